#include "ComplaintService.h"

#include "ComplaintRepository.h"
#include "ComplaintSettings.h"
#include "accounts/AuditLog.h"
#include "accounts/Permissions.h"
#include "accounts/UserRepository.h"
#include "base/Clock.h"
#include "base/TextInput.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomerService.h"
#include "customers/ProtectedFiles.h"
#include "storage/WriteTransaction.h"
#include "store/StoreSettings.h"

#include <functional>

namespace cc {

namespace {

QString conflictOfInterest()
{
    return ComplaintService::tr(
        "The employee complained about may not handle, be assigned or close this case.");
}

bool isAboutActor(const Complaint& complaint, const Actor& by)
{
    return complaint.aboutStaffId && by.userId && *complaint.aboutStaffId == *by.userId;
}

} // namespace

ComplaintService::ComplaintService(Database& database, const Clock& clock,
                                   std::shared_ptr<ComplaintFollowups> followups)
    : m_database(database)
    , m_clock(clock)
    , m_followups(std::move(followups))
{}

Result<ComplaintFollowups*> ComplaintService::followups() const
{
    if (!m_followups)
        return makeError(ErrorCode::Internal,
                         tr("This change plans callbacks, and the callback rules are not "
                            "available here."));
    return m_followups.get();
}

Result<Complaint> ComplaintService::add(const Actor& by, const ComplaintDraft& draft)
{
    if (Status allowed = Permissions::require(by, Action::LogComplaint); !allowed)
        return allowed.error();
    const std::pair<const QString&, QString> texts[] = {
        {draft.description, tr("Description")},
        {draft.product, tr("Product")},
        {draft.receiptNo, tr("Receipt")},
    };
    for (const auto& [text, field] : texts) {
        if (Status typed = TextInput::check(text, field); !typed)
            return typed.error();
    }
    Complaint c;
    c.description = draft.description.trimmed();
    if (c.description.isEmpty())
        return makeError(ErrorCode::Validation,
                         tr("Description: write what happened, in the customer's words."));
    if (c.description.size() > 4000)
        return makeError(ErrorCode::Validation, tr("Description: at most 4000 characters."));
    const QDateTime now = m_clock.nowUtc();
    c.receivedAt = draft.receivedAt.isValid() ? draft.receivedAt.toUTC() : now;
    if (c.receivedAt > now.addSecs(60))
        return makeError(ErrorCode::Validation, tr("Received at: cannot be in the future."));
    if (draft.purchaseDate.isValid() && draft.purchaseDate > c.receivedAt.toLocalTime().date())
        return makeError(ErrorCode::Validation,
                         tr("Purchase date: cannot be after the complaint."));
    c.customerId = draft.customerId;
    c.channel = draft.channel;
    c.category = draft.category;
    c.demand = draft.demand;
    c.product = draft.product.simplified();
    c.receiptNo = draft.receiptNo.trimmed();
    c.purchaseDate = draft.purchaseDate;
    c.priceFen = draft.priceFen;
    c.flags = draft.flags;

    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    // The customer must exist and be one whose file the clerk may see.
    Result<std::optional<Customer>> customer = CustomerRepository(m_database).get(c.customerId);
    if (!customer)
        return customer.error();
    if (!customer.value())
        return makeError(
            ErrorCode::NotFound,
            tr("Customer: there is no file %1.").arg(CustomerService::fileNumber(c.customerId)));
    if (!CustomerService::maySee(by, *customer.value()))
        return makeError(ErrorCode::Permission,
                         tr("Customer: you may not open file %1.").arg(customer.value()->fileNo));
    c.customerName = customer.value()->name;

    UserRepository users(m_database);
    if (!draft.aboutStaff.trimmed().isEmpty()) {
        Result<std::optional<User>> staff = users.findByName(draft.aboutStaff.trimmed());
        if (!staff)
            return staff.error();
        if (!staff.value())
            return makeError(
                ErrorCode::Validation,
                tr("Staff involved: there is no user \"%1\".").arg(draft.aboutStaff.trimmed()));
        c.aboutStaffId = staff.value()->id;
        c.aboutStaff = staff.value()->username;
    }

    ComplaintRepository complaints(m_database);
    Result<int> earlier = complaints.countSince(
        c.customerId, c.receivedAt.addDays(-ComplaintRules::repeatWindowDays));
    if (!earlier)
        return earlier.error();
    SeverityFacts facts;
    facts.flags = c.flags;
    facts.repeatWithin90Days = earlier.value() > 0;
    facts.demand = c.demand;
    facts.priceFen = c.priceFen.value_or(0);
    StoreSettings settings(m_database, m_clock);
    Result<qint64> majorAmount = settings.majorAmountFen();
    if (!majorAmount)
        return majorAmount.error();
    facts.majorAmountFen = majorAmount.value();
    c.severity = ComplaintRules::severity(facts, &c.severityReasons);

    Result<ServicePromise> promised = ComplaintSettings(m_database, m_clock).servicePromise();
    if (!promised)
        return promised.error();
    const ServicePromise promise = promised.value();
    c.replyDue = ComplaintRules::replyDue(c.receivedAt, promise);
    c.resolveDue = ComplaintRules::resolveDue(c.receivedAt, promise);
    c.escalateDue = ComplaintRules::escalateDue(c.receivedAt, promise);
    c.status = ComplaintStatus::Received;
    if (!isAboutActor(c, by) && by.userId) {
        c.handlerId = by.userId;
        c.handler = by.username;
    }

    // TS-YYYYMMDD-NNNN by the local day it was received, gap-free: the sequence is taken
    // inside this write transaction, and a refused intake rolls it back.
    const QString day = c.receivedAt.toLocalTime().date().toString(QStringLiteral("yyyyMMdd"));
    Result<int> sequence = complaints.nextSequence(day);
    if (!sequence)
        return sequence.error();
    c.number = QStringLiteral("TS-%1-%2").arg(day).arg(sequence.value(), 4, 10, QLatin1Char('0'));
    Result<qint64> id = complaints.insert(c, day, sequence.value(), by.userId.value_or(0), now);
    if (!id)
        return id.error();
    c.id = id.value();
    if (Status done = record(by, c, QStringLiteral("received"), QString(),
                             ComplaintRules::statusKey(c.status),
                             c.severity == Severity::Major
                                 ? tr("Major: %1").arg(c.severityReasons.join(QStringLiteral("; ")))
                                 : QString(),
                             QStringLiteral("complaint.add"));
        !done)
        return done.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return show(by, c.number);
}

Result<Complaint> ComplaintService::require(const Actor& by, const QString& number)
{
    if (Status allowed = Permissions::require(by, Action::HandleComplaint); !allowed)
        return allowed.error();
    Result<std::optional<Complaint>> found =
        ComplaintRepository(m_database).byNumber(number.trimmed().toUpper());
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound,
                         tr("Complaint: there is no case %1.").arg(number.trimmed()));
    return *found.value();
}

Result<Complaint> ComplaintService::show(const Actor& by, const QString& number)
{
    Result<Complaint> found = require(by, number);
    if (found && screen(by, found.value()))
        ProtectedFiles::recordViews(m_database, m_clock, by, QStringLiteral("complaint show"),
                                    {CustomerService::fileNumber(found->customerId)});
    return found;
}

Result<ComplaintReceipt> ComplaintService::receipt(const Actor& by, const QString& number)
{
    Result<Complaint> complaint = show(by, number);
    if (!complaint)
        return complaint.error();
    Result<std::optional<StoreInfo>> store = StoreService(m_database, m_clock).store();
    if (!store)
        return store.error();
    ComplaintReceipt receipt{store.value().value_or(StoreInfo{}), complaint.value(), QString()};
    if (receipt.complaint.handlerId) {
        Result<std::optional<User>> handler =
            UserRepository(m_database).findById(*receipt.complaint.handlerId);
        if (!handler)
            return handler.error();
        receipt.handlerName = handler.value() ? handler.value()->displayName : QString();
    }
    return receipt;
}

Result<QList<Complaint>> ComplaintService::list(const Actor& by, const ComplaintFilter& filter,
                                                const QDateTime& asOfUtc)
{
    if (Status allowed = Permissions::require(by, Action::HandleComplaint); !allowed)
        return allowed.error();
    Result<QList<Complaint>> listed = ComplaintRepository(m_database).list(filter, asOfUtc);
    if (!listed)
        return listed;
    QStringList viewed;
    for (Complaint& complaint : listed.value()) {
        if (screen(by, complaint))
            viewed << CustomerService::fileNumber(complaint.customerId);
    }
    ProtectedFiles::recordViews(m_database, m_clock, by, QStringLiteral("complaint list"), viewed);
    return listed;
}

Status ComplaintService::each(const Actor& by, const ComplaintFilter& filter,
                              const QDateTime& asOfUtc,
                              const std::function<void(const Complaint&)>& visit)
{
    if (Status allowed = Permissions::require(by, Action::HandleComplaint); !allowed)
        return allowed;
    QStringList viewed;
    Status listed =
        ComplaintRepository(m_database).each(filter, asOfUtc, [&](const Complaint& row) {
            Complaint shown = row;
            if (screen(by, shown))
                viewed << CustomerService::fileNumber(shown.customerId);
            visit(shown);
        });
    ProtectedFiles::recordViews(m_database, m_clock, by, QStringLiteral("complaint list"), viewed);
    return listed;
}

Result<int> ComplaintService::countOverdue(const Actor& by, const QDateTime& asOfUtc)
{
    if (Status allowed = Permissions::require(by, Action::HandleComplaint); !allowed)
        return allowed.error();
    return ComplaintRepository(m_database).countOverdue(asOfUtc);
}

Status ComplaintService::record(const Actor& by, Complaint& complaint, const QString& kind,
                                const QString& from, const QString& to, const QString& note,
                                const QString& auditAction)
{
    const ComplaintEventEntry event{m_clock.nowUtc(), by.username, kind, from, to, note};
    if (Status done = ComplaintRepository(m_database).addEvent(complaint.id, event, by.userId);
        !done)
        return done;
    complaint.timeline.append(event);
    return AuditLog(m_database, m_clock)
        .append(by, auditAction, QStringLiteral("complaint"), complaint.number,
                AuditLog::details({{QStringLiteral("from"), from}, {QStringLiteral("to"), to}}));
}

Result<Complaint> ComplaintService::requireHandleable(const Actor& by, const QString& number)
{
    Result<Complaint> found = require(by, number);
    if (!found)
        return found.error();
    if (isAboutActor(found.value(), by))
        return makeError(ErrorCode::Permission, conflictOfInterest());
    return found;
}

Status ComplaintService::transitionWithin(const Actor& by, Complaint& complaint,
                                          ComplaintEvent event, const QString& note)
{
    Result<ComplaintStatus> next = ComplaintRules::next(complaint.status, event);
    if (!next)
        return next.error();
    const QString from = ComplaintRules::statusKey(complaint.status);
    complaint.status = next.value();
    if (Status saved = ComplaintRepository(m_database).updateState(complaint, m_clock.nowUtc());
        !saved)
        return saved;
    return record(by, complaint, QStringLiteral("transition"), from,
                  ComplaintRules::statusKey(complaint.status), note,
                  QStringLiteral("complaint.%1").arg(ComplaintRules::statusKey(complaint.status)));
}

Status ComplaintService::noteWithin(const Actor& by, Complaint& complaint, const QString& note,
                                    const QString& auditAction)
{
    return record(by, complaint, QStringLiteral("note"), QString(), QString(), note, auditAction);
}

Result<Complaint> ComplaintService::move(const Actor& by, const QString& number,
                                         ComplaintEvent event, const QString& note,
                                         const std::function<Status(Complaint&)>& change)
{
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    Result<Complaint> found = require(by, number);
    if (!found)
        return found.error();
    Complaint complaint = found.value();
    if (isAboutActor(complaint, by) && event != ComplaintEvent::Cancel)
        return makeError(ErrorCode::Permission, conflictOfInterest());
    Result<ComplaintStatus> next = ComplaintRules::next(complaint.status, event);
    if (!next)
        return next.error();
    const QString from = ComplaintRules::statusKey(complaint.status);
    complaint.status = next.value();
    if (change) {
        if (Status changed = change(complaint); !changed)
            return changed.error();
    }
    // Whoever moves an unassigned case on takes it.
    if (!complaint.handlerId && by.userId) {
        complaint.handlerId = by.userId;
        complaint.handler = by.username;
    }
    ComplaintRepository complaints(m_database);
    if (Status saved = complaints.updateState(complaint, m_clock.nowUtc()); !saved)
        return saved.error();
    if (Status done =
            record(by, complaint, QStringLiteral("transition"), from,
                   ComplaintRules::statusKey(complaint.status), note,
                   QStringLiteral("complaint.%1").arg(ComplaintRules::statusKey(complaint.status)));
        !done)
        return done.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return show(by, complaint.number);
}

Result<Complaint> ComplaintService::start(const Actor& by, const QString& number)
{
    return move(by, number, ComplaintEvent::Start, QString());
}

Result<Complaint> ComplaintService::resolve(const Actor& by, const QString& number,
                                            const QString& resolution,
                                            std::optional<int> satisfaction)
{
    if (resolution.trimmed().isEmpty())
        return makeError(ErrorCode::Validation, tr("Resolution: say how the case was resolved."));
    if (satisfaction && (*satisfaction < 0 || *satisfaction > 5))
        return makeError(ErrorCode::Validation,
                         tr("Satisfaction: 1 to 5, or 0 when the customer declined to say."));
    return move(by, number, ComplaintEvent::Resolve, resolution.trimmed(),
                [&](Complaint& c) -> Status {
                    c.resolution = resolution.trimmed();
                    if (satisfaction)
                        c.satisfaction = satisfaction;
                    Result<ComplaintFollowups*> rules = followups();
                    if (!rules)
                        return rules.error();
                    return rules.value()->afterResolve(by, c);
                });
}

Result<Complaint> ComplaintService::close(const Actor& by, const QString& number)
{
    return move(by, number, ComplaintEvent::Close, QString(), [this](Complaint& c) -> Status {
        if (Status ready = requireClosable(c); !ready)
            return ready;
        Result<ComplaintFollowups*> rules = followups();
        if (!rules)
            return rules.error();
        return rules.value()->requireFollowupDone(c);
    });
}

Status ComplaintService::requireClosable(const Complaint& c)
{
    if (c.resolution.isEmpty())
        return makeError(ErrorCode::Conflict, tr("Close: the case has no resolution."));
    if (!c.satisfaction)
        return makeError(ErrorCode::Conflict, tr("Close: record the customer's satisfaction (1 "
                                                 "to 5, or declined to say) first."));
    return {};
}

Result<Complaint> ComplaintService::closeWithoutCallback(const Actor& by, const QString& number,
                                                         const QString& reason)
{
    if (Status allowed = Permissions::require(by, Action::CloseWithoutCallback); !allowed)
        return allowed.error();
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return makeError(ErrorCode::Validation,
                         tr("Reason: say why the case is closed without the follow-up callback."));
    return move(by, number, ComplaintEvent::Close,
                tr("Closed without the follow-up callback: %1").arg(why),
                [&](Complaint& c) -> Status {
                    if (Status ready = requireClosable(c); !ready)
                        return ready;
                    Result<ComplaintFollowups*> rules = followups();
                    if (!rules)
                        return rules.error();
                    return rules.value()->dropFollowup(by, c, why);
                });
}

Result<Complaint> ComplaintService::reopen(const Actor& by, const QString& number,
                                           const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Validation, tr("Reason: say why the case is reopened."));
    return move(by, number, ComplaintEvent::Reopen, reason.trimmed(), [&](Complaint& c) -> Status {
        c.satisfaction.reset();
        Result<ComplaintFollowups*> rules = followups();
        if (!rules)
            return rules.error();
        return rules.value()->afterReopen(by, c);
    });
}

Result<Complaint> ComplaintService::cancel(const Actor& by, const QString& number,
                                           const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Validation, tr("Reason: say why the complaint is withdrawn."));
    return move(by, number, ComplaintEvent::Cancel, reason.trimmed());
}

Result<Complaint>
ComplaintService::edit(const Actor& by, const QString& number,
                       const std::function<Result<TimelineEntry>(Complaint&)>& change)
{
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    // The employee complained about touches the case in no way: no note, no custody, no
    // escalation (only the customer's withdrawal, a move, is open to all).
    Result<Complaint> found = requireHandleable(by, number);
    if (!found)
        return found.error();
    Complaint complaint = found.value();
    Result<TimelineEntry> entry = change(complaint);
    if (!entry)
        return entry.error();
    if (Status done = record(by, complaint, entry->kind, QString(), QString(), entry->note,
                             entry->auditAction);
        !done)
        return done.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return show(by, complaint.number);
}

Result<Complaint> ComplaintService::escalate(const Actor& by, const QString& number,
                                             const QString& note)
{
    if (note.trimmed().isEmpty())
        return makeError(ErrorCode::Validation,
                         tr("Note: say who was told (manager, head office) and how."));
    return edit(by, number, [&](Complaint& complaint) -> Result<TimelineEntry> {
        if (!ComplaintRules::isOpen(complaint.status))
            return makeError(ErrorCode::Conflict,
                             tr("Escalate: the case is %1.")
                                 .arg(ComplaintRules::statusName(complaint.status).toLower()));
        if (!complaint.escalatedAt.isValid())
            complaint.escalatedAt = m_clock.nowUtc();
        if (complaint.severity != Severity::Major) {
            complaint.severity = Severity::Major;
            complaint.severityReasons << tr("escalated by %1").arg(by.username);
        }
        if (Status saved = ComplaintRepository(m_database).updateState(complaint, m_clock.nowUtc());
            !saved)
            return saved.error();
        return TimelineEntry{QStringLiteral("escalation"), note.trimmed(),
                             QStringLiteral("complaint.escalate")};
    });
}

Result<Complaint> ComplaintService::raiseToMajor(const Actor& by, const QString& number,
                                                 const QString& reason)
{
    if (Status allowed = Permissions::require(by, Action::RaiseSeverity); !allowed)
        return allowed.error();
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Validation, tr("Reason: say why the case is major."));
    return edit(by, number, [&](Complaint& complaint) -> Result<TimelineEntry> {
        if (!ComplaintRules::isOpen(complaint.status))
            return makeError(ErrorCode::Conflict,
                             tr("Raise: the case is %1.")
                                 .arg(ComplaintRules::statusName(complaint.status).toLower()));
        if (complaint.severity == Severity::Major)
            return makeError(ErrorCode::Conflict,
                             tr("Raise: %1 is already a major case.").arg(complaint.number));
        // The escalation clock starts when the case becomes major, by the store's own
        // promise (a store that promised 12 hours is held to 12, not to the default 24).
        Result<ServicePromise> promised = ComplaintSettings(m_database, m_clock).servicePromise();
        if (!promised)
            return promised.error();
        complaint.severity = Severity::Major;
        complaint.escalateDue = std::max(
            complaint.escalateDue, ComplaintRules::escalateDue(m_clock.nowUtc(), promised.value()));
        complaint.severityReasons << tr("raised by %1: %2").arg(by.username, reason.trimmed());
        if (Status saved = ComplaintRepository(m_database).updateState(complaint, m_clock.nowUtc());
            !saved)
            return saved.error();
        return TimelineEntry{QStringLiteral("note"),
                             tr("Raised to major: %1").arg(reason.trimmed()),
                             QStringLiteral("complaint.raise")};
    });
}

Result<Complaint> ComplaintService::check(const Actor& by, const QString& number,
                                          HandlingCheck item, bool done)
{
    return edit(by, number, [&](Complaint& complaint) -> Result<TimelineEntry> {
        if (isAboutActor(complaint, by))
            return makeError(ErrorCode::Permission, conflictOfInterest());
        if (!ComplaintRules::isOpen(complaint.status))
            return makeError(ErrorCode::Conflict,
                             tr("Checklist: the case is %1.")
                                 .arg(ComplaintRules::statusName(complaint.status).toLower()));
        Result<bool> changed = ComplaintRepository(m_database)
                                   .setCheck(complaint.id, item, done, by.userId, m_clock.nowUtc());
        if (!changed)
            return changed.error();
        if (!changed.value())
            return makeError(ErrorCode::Conflict, done ? tr("Checklist: already ticked.")
                                                       : tr("Checklist: not ticked."));
        if (done)
            complaint.checks.append(item);
        else
            complaint.checks.removeAll(item);
        return TimelineEntry{
            QStringLiteral("note"),
            (done ? tr("Ticked: %1") : tr("Unticked: %1")).arg(ComplaintRules::checkName(item)),
            QStringLiteral("complaint.check")};
    });
}

Result<Complaint> ComplaintService::note(const Actor& by, const QString& number,
                                         const QString& text)
{
    if (text.trimmed().isEmpty())
        return makeError(ErrorCode::Validation, tr("Note: write something."));
    return edit(by, number, [&](Complaint&) -> Result<TimelineEntry> {
        return TimelineEntry{QStringLiteral("note"), text.trimmed(),
                             QStringLiteral("complaint.note")};
    });
}

Result<Complaint> ComplaintService::takeIntoCustody(const Actor& by, const QString& number,
                                                    const QString& item, const QString& condition,
                                                    const QString& sentTo)
{
    if (item.trimmed().isEmpty())
        return makeError(ErrorCode::Validation, tr("Item: say what the store keeps."));
    return edit(by, number, [&](Complaint& complaint) -> Result<TimelineEntry> {
        const CustodyItem held{0,
                               item.simplified(),
                               condition.simplified(),
                               sentTo.simplified(),
                               m_clock.nowUtc(),
                               QDateTime()};
        if (Result<qint64> id =
                ComplaintRepository(m_database).addCustody(complaint.id, held, by.userId);
            !id)
            return id.error();
        return TimelineEntry{QStringLiteral("custody"),
                             held.sentTo.isEmpty()
                                 ? tr("Kept: %1").arg(held.item)
                                 : tr("Kept: %1, sent to %2").arg(held.item, held.sentTo),
                             QStringLiteral("complaint.custody")};
    });
}

Result<Complaint> ComplaintService::returnCustody(const Actor& by, const QString& number)
{
    return edit(by, number, [&](Complaint& complaint) -> Result<TimelineEntry> {
        Result<int> returned = ComplaintRepository(m_database)
                                   .returnCustody(complaint.id, m_clock.nowUtc(), by.userId);
        if (!returned)
            return returned.error();
        if (returned.value() == 0)
            return makeError(ErrorCode::Conflict,
                             tr("Custody: the store holds nothing for %1.").arg(complaint.number));
        return TimelineEntry{QStringLiteral("custody"),
                             tr("%n item(s) returned to the customer", nullptr, returned.value()),
                             QStringLiteral("complaint.custody_return")};
    });
}

Result<Complaint> ComplaintService::assign(const Actor& by, const QString& number,
                                           const QString& username)
{
    if (Status allowed = Permissions::require(by, Action::AssignComplaint); !allowed)
        return allowed.error();
    return edit(by, number, [&](Complaint& complaint) -> Result<TimelineEntry> {
        Result<std::optional<User>> user =
            UserRepository(m_database).findByName(username.trimmed());
        if (!user)
            return user.error();
        if (!user.value() || !user.value()->active)
            return makeError(
                ErrorCode::Validation,
                tr("Assign to: there is no active user \"%1\".").arg(username.trimmed()));
        if (complaint.aboutStaffId && *complaint.aboutStaffId == user.value()->id)
            return makeError(ErrorCode::Conflict, conflictOfInterest());
        if (!ComplaintRules::isOpen(complaint.status))
            return makeError(ErrorCode::Conflict,
                             tr("Assign: the case is %1.")
                                 .arg(ComplaintRules::statusName(complaint.status).toLower()));
        complaint.handlerId = user.value()->id;
        complaint.handler = user.value()->username;
        if (Status saved = ComplaintRepository(m_database).updateState(complaint, m_clock.nowUtc());
            !saved)
            return saved.error();
        return TimelineEntry{QStringLiteral("assignment"),
                             tr("Assigned to %1").arg(complaint.handler),
                             QStringLiteral("complaint.assign")};
    });
}

} // namespace cc
