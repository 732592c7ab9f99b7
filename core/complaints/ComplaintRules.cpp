#include "ComplaintRules.h"

namespace cc {

namespace {

struct Move {
    ComplaintStatus from;
    ComplaintEvent event;
    ComplaintStatus to;
};

// Every allowed move; anything else is refused.
const QList<Move>& moves()
{
    using S = ComplaintStatus;
    using E = ComplaintEvent;
    static const QList<Move> all{
        {S::Received, E::Start, S::InProgress},
        {S::Received, E::RequestApproval, S::AwaitingApproval},
        {S::InProgress, E::RequestApproval, S::AwaitingApproval},
        {S::AwaitingApproval, E::ApprovalDecided, S::InProgress},
        // Solved on the spot at the counter, or after handling.
        {S::Received, E::Resolve, S::Resolved},
        {S::InProgress, E::Resolve, S::Resolved},
        {S::Resolved, E::Close, S::Closed},
        {S::Resolved, E::Reopen, S::InProgress},
        {S::Closed, E::Reopen, S::InProgress},
        {S::Received, E::Cancel, S::Cancelled},
        {S::InProgress, E::Cancel, S::Cancelled},
    };
    return all;
}

} // namespace

Result<ComplaintStatus> ComplaintRules::next(ComplaintStatus from, ComplaintEvent event)
{
    for (const Move& move : moves()) {
        if (move.from == from && move.event == event)
            return move.to;
    }
    QString why;
    switch (from) {
    case ComplaintStatus::AwaitingApproval:
        why = tr("a compensation request is waiting for approval");
        break;
    case ComplaintStatus::Closed:
        why = event == ComplaintEvent::Close ? tr("it is already closed")
                                             : tr("it is closed; reopen it first");
        break;
    case ComplaintStatus::Cancelled:
        why = tr("it was cancelled");
        break;
    case ComplaintStatus::Resolved:
        why = event == ComplaintEvent::Resolve ? tr("it is already resolved")
                                               : tr("it is resolved; close or reopen it");
        break;
    case ComplaintStatus::Received:
        why = tr("it has not been resolved yet");
        break;
    case ComplaintStatus::InProgress:
        why = event == ComplaintEvent::Start ? tr("it is already being handled")
                                             : tr("it has not been resolved yet");
        break;
    }
    return makeError(ErrorCode::Conflict,
                     tr("Cannot %1 a case that is %2: %3.")
                         .arg(eventName(event), statusName(from).toLower(), why));
}

Severity ComplaintRules::severity(const SeverityFacts& facts, QStringList* reasons)
{
    QStringList found;
    for (ComplaintFlag flag : facts.flags) {
        switch (flag) {
        case ComplaintFlag::Media:
            found << tr("negative media involved");
            break;
        case ComplaintFlag::Regulator:
            found << tr("complaint to a regulator");
            break;
        case ComplaintFlag::Group:
            found << tr("group complaint of three or more customers");
            break;
        case ComplaintFlag::Manufacturer:
            found << tr("complaint to the manufacturer or head office");
            break;
        case ComplaintFlag::Safety:
            found << tr("safety incident");
            break;
        }
    }
    if (facts.repeatWithin90Days)
        found << tr("repeat complaint within 90 days");
    if ((facts.demand == ComplaintDemand::Refund || facts.demand == ComplaintDemand::Exchange) &&
        facts.majorAmountFen > 0 && facts.priceFen > facts.majorAmountFen)
        found << tr("refund or exchange of an expensive item");
    found.removeDuplicates();
    if (reasons)
        *reasons = found;
    return found.isEmpty() ? Severity::General : Severity::Major;
}

QDateTime ComplaintRules::replyDue(const QDateTime& receivedUtc, const ServicePromise& promise)
{
    return receivedUtc.addSecs(qint64(promise.replyWithinHours) * 3600);
}

QDateTime ComplaintRules::resolveDue(const QDateTime& receivedUtc, const ServicePromise& promise)
{
    return receivedUtc.addDays(promise.resolveWithinDays);
}

QDateTime ComplaintRules::escalateDue(const QDateTime& receivedUtc, const ServicePromise& promise)
{
    return receivedUtc.addSecs(qint64(promise.escalateMajorWithinHours) * 3600);
}

bool ComplaintRules::isOpen(ComplaintStatus status)
{
    return status == ComplaintStatus::Received || status == ComplaintStatus::InProgress ||
           status == ComplaintStatus::AwaitingApproval;
}

bool ComplaintRules::isOverdue(ComplaintStatus status, Severity severity, bool escalated,
                               const QDateTime& receivedUtc, const ServicePromise& promise,
                               const QDateTime& asOfUtc)
{
    return isEscalationLate(status, severity, escalated, escalateDue(receivedUtc, promise),
                            asOfUtc) ||
           isResolveLate(status, resolveDue(receivedUtc, promise), asOfUtc);
}

bool ComplaintRules::isResolveLate(ComplaintStatus status, const QDateTime& resolveDueUtc,
                                   const QDateTime& asOfUtc)
{
    return isOpen(status) && asOfUtc > resolveDueUtc;
}

bool ComplaintRules::isEscalationLate(ComplaintStatus status, Severity severity, bool escalated,
                                      const QDateTime& escalateDueUtc, const QDateTime& asOfUtc)
{
    return isOpen(status) && severity == Severity::Major && !escalated && asOfUtc > escalateDueUtc;
}

QString ComplaintRules::statusKey(ComplaintStatus status)
{
    switch (status) {
    case ComplaintStatus::Received:
        return QStringLiteral("received");
    case ComplaintStatus::InProgress:
        return QStringLiteral("in_progress");
    case ComplaintStatus::AwaitingApproval:
        return QStringLiteral("awaiting_approval");
    case ComplaintStatus::Resolved:
        return QStringLiteral("resolved");
    case ComplaintStatus::Closed:
        return QStringLiteral("closed");
    case ComplaintStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<ComplaintStatus> ComplaintRules::statusFromKey(const QString& key)
{
    for (ComplaintStatus status : allStatuses()) {
        if (statusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QString ComplaintRules::statusName(ComplaintStatus status)
{
    switch (status) {
    case ComplaintStatus::Received:
        return tr("Received");
    case ComplaintStatus::InProgress:
        return tr("In progress");
    case ComplaintStatus::AwaitingApproval:
        return tr("Awaiting approval");
    case ComplaintStatus::Resolved:
        return tr("Resolved");
    case ComplaintStatus::Closed:
        return tr("Closed");
    case ComplaintStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString ComplaintRules::eventName(ComplaintEvent event)
{
    switch (event) {
    case ComplaintEvent::Start:
        return tr("start handling");
    case ComplaintEvent::RequestApproval:
        return tr("request approval for");
    case ComplaintEvent::ApprovalDecided:
        return tr("record an approval decision on");
    case ComplaintEvent::Resolve:
        return tr("resolve");
    case ComplaintEvent::Close:
        return tr("close");
    case ComplaintEvent::Reopen:
        return tr("reopen");
    case ComplaintEvent::Cancel:
        return tr("cancel");
    }
    return {};
}

QList<ComplaintStatus> ComplaintRules::allStatuses()
{
    return {ComplaintStatus::Received,         ComplaintStatus::InProgress,
            ComplaintStatus::AwaitingApproval, ComplaintStatus::Resolved,
            ComplaintStatus::Closed,           ComplaintStatus::Cancelled};
}

QList<ComplaintEvent> ComplaintRules::allEvents()
{
    return {ComplaintEvent::Start,           ComplaintEvent::RequestApproval,
            ComplaintEvent::ApprovalDecided, ComplaintEvent::Resolve,
            ComplaintEvent::Close,           ComplaintEvent::Reopen,
            ComplaintEvent::Cancel};
}

bool ComplaintRules::isReplyLate(ComplaintStatus status, const QDateTime& replyDueUtc,
                                 const QDateTime& asOfUtc)
{
    return status == ComplaintStatus::Received && replyDueUtc.isValid() && asOfUtc > replyDueUtc;
}

QList<HandlingCheck> ComplaintRules::allChecks()
{
    return {HandlingCheck::Listen, HandlingCheck::Ask, HandlingCheck::Follow, HandlingCheck::Reply,
            HandlingCheck::Record};
}

QString ComplaintRules::checkKey(HandlingCheck check)
{
    switch (check) {
    case HandlingCheck::Listen:
        return QStringLiteral("listen");
    case HandlingCheck::Ask:
        return QStringLiteral("ask");
    case HandlingCheck::Follow:
        return QStringLiteral("follow");
    case HandlingCheck::Reply:
        return QStringLiteral("reply");
    case HandlingCheck::Record:
        return QStringLiteral("record");
    }
    return {};
}

std::optional<HandlingCheck> ComplaintRules::checkFromKey(const QString& key)
{
    for (HandlingCheck check : allChecks()) {
        if (checkKey(check) == key)
            return check;
    }
    return std::nullopt;
}

QString ComplaintRules::checkName(HandlingCheck check)
{
    switch (check) {
    case HandlingCheck::Listen:
        return tr("Listened: the customer's whole account is heard");
    case HandlingCheck::Ask:
        return tr("Asked: product, time and what they want are clear");
    case HandlingCheck::Follow:
        return tr("Followed through: the case is with whoever can solve it");
    case HandlingCheck::Reply:
        return tr("Replied: the customer knows the answer or when it comes");
    case HandlingCheck::Record:
        return tr("Recorded: the outcome is written on the case");
    }
    return {};
}

} // namespace cc
