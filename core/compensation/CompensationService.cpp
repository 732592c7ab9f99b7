#include "CompensationService.h"

#include "CompensationRepository.h"
#include "accounts/AuditLog.h"
#include "accounts/Permissions.h"
#include "base/ChineseText.h"
#include "base/Clock.h"
#include "base/Money.h"
#include "complaints/ComplaintService.h"
#include "customers/CustomerService.h"
#include "customers/ProtectedFiles.h"
#include "storage/WriteTransaction.h"
#include "store/StoreSettings.h"

namespace cc {

namespace {

QString limitText(std::optional<qint64> fen)
{
    return fen ? Money::displayFen(*fen) : CompensationService::tr("no limit");
}

} // namespace

CompensationService::CompensationService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<Compensation> CompensationService::request(const Actor& by, const QString& complaintNumber,
                                                  CompensationKind kind, qint64 amountFen,
                                                  const QString& reason)
{
    if (Status allowed = Permissions::require(by, Action::RequestCompensation); !allowed)
        return allowed.error();
    if (amountFen <= 0 || amountFen > Money::maxFen)
        return makeError(ErrorCode::Validation, tr("Amount: enter an amount above zero."));
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return makeError(ErrorCode::Validation,
                         tr("Reason: say why the customer should be compensated."));
    if (ChineseText::characters(why) > 1000)
        return makeError(ErrorCode::Validation, tr("Reason: at most 1000 characters."));

    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    ComplaintService complaints(m_database, m_clock);
    Result<Complaint> found = complaints.requireHandleable(by, complaintNumber);
    if (!found)
        return found.error();
    Complaint complaint = found.value();
    if (!ComplaintRules::isOpen(complaint.status) || complaint.status == ComplaintStatus::Resolved)
        return makeError(
            ErrorCode::Conflict,
            tr("Compensation: case %1 is %2; reopen it first.")
                .arg(complaint.number, ComplaintRules::statusName(complaint.status).toLower()));
    CompensationRepository compensations(m_database);
    Result<AuthorityTable> table = compensations.authority();
    if (!table)
        return table.error();
    const std::optional<Role> approver = table->lowestCovering(kind, amountFen);
    if (!approver)
        return makeError(ErrorCode::Validation,
                         tr("Amount: %1 is above every limit in the authority table.")
                             .arg(Money::displayFen(amountFen)));

    Compensation p;
    p.complaintId = complaint.id;
    p.complaintNumber = complaint.number;
    p.customerId = complaint.customerId;
    p.kind = kind;
    p.amountFen = amountFen;
    p.reason = why;
    p.requestedBy = by.username;
    p.requestedAt = m_clock.nowUtc();
    p.approverRole = *approver;
    const bool own = Roles::atLeast(by.role, *approver);
    QString note;
    if (own) {
        p.status = CompensationStatus::Approved;
        p.grantedFen = amountFen;
        p.decidedAt = p.requestedAt;
        p.authorityVersion = table->version;
        p.comment = tr("Within the requester's own limit.");
        note = tr("Compensation approved at once, within %1's own limit: %2 %3. %4")
                   .arg(by.username, CompensationKeys::displayName(kind),
                        Money::displayFen(amountFen), why);
    } else {
        p.status = CompensationStatus::Pending;
        note = tr("Compensation requested: %1 %2, for a %3 to decide. %4")
                   .arg(CompensationKeys::displayName(kind), Money::displayFen(amountFen),
                        Roles::displayName(*approver).toLower(), why);
    }
    Result<qint64> id = compensations.insert(p, by.userId.value_or(0));
    if (!id)
        return id.error();
    p.id = id.value();
    if (Status recorded =
            onCase(by, complaint,
                   !own && complaint.status != ComplaintStatus::AwaitingApproval
                       ? std::optional<ComplaintEvent>(ComplaintEvent::RequestApproval)
                       : std::nullopt,
                   note);
        !recorded)
        return recorded.error();
    if (Status logged =
            AuditLog(m_database, m_clock)
                .append(by,
                        own ? QStringLiteral("compensation.approve_own")
                            : QStringLiteral("compensation.request"),
                        QStringLiteral("compensation"), QString::number(p.id),
                        AuditLog::details({{QStringLiteral("complaint"), complaint.number},
                                           {QStringLiteral("kind"), CompensationKeys::key(kind)},
                                           {QStringLiteral("amount"), Money::formatFen(amountFen)},
                                           {QStringLiteral("approver_role"), Roles::key(*approver)},
                                           {QStringLiteral("reason"), why}}));
        !logged)
        return logged.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return require(p.id);
}

Result<Compensation> CompensationService::require(qint64 id)
{
    Result<std::optional<Compensation>> found = CompensationRepository(m_database).get(id);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, tr("Compensation: there is no request %1.").arg(id));
    return *found.value();
}

Status CompensationService::onCase(const Actor& by, Complaint& complaint,
                                   std::optional<ComplaintEvent> move, const QString& note)
{
    ComplaintService complaints(m_database, m_clock);
    if (move)
        return complaints.transitionWithin(by, complaint, *move, note);
    return complaints.noteWithin(by, complaint, note, QStringLiteral("complaint.compensation"));
}

Result<QPair<Compensation, Complaint>> CompensationService::requireDecidable(const Actor& by,
                                                                             qint64 id)
{
    Result<Compensation> found = require(id);
    if (!found)
        return found.error();
    const Compensation& p = found.value();
    if (p.status != CompensationStatus::Pending)
        return makeError(ErrorCode::Conflict,
                         tr("Compensation %1 is already %2.")
                             .arg(id)
                             .arg(CompensationKeys::displayName(p.status).toLower()));
    if (p.requestedBy == by.username)
        return makeError(ErrorCode::Permission, tr("You may not decide your own request."));
    Result<Complaint> complaint =
        ComplaintService(m_database, m_clock).requireHandleable(by, p.complaintNumber);
    if (!complaint)
        return complaint.error();
    return qMakePair(p, complaint.value());
}

Result<Compensation> CompensationService::decide(const Actor& by, qint64 id, bool approve,
                                                 std::optional<qint64> grantedFen,
                                                 const QString& comment)
{
    if (Status allowed = Permissions::require(by, Action::DecideCompensation); !allowed)
        return allowed.error();
    const QString text = comment.trimmed();
    if (text.isEmpty())
        return makeError(ErrorCode::Validation, tr("Comment: say why you decide so."));
    if (ChineseText::characters(text) > 1000)
        return makeError(ErrorCode::Validation, tr("Comment: at most 1000 characters."));

    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    Result<QPair<Compensation, Complaint>> decidable = requireDecidable(by, id);
    if (!decidable)
        return decidable.error();
    Compensation p = decidable->first;
    Complaint complaint = decidable->second;
    CompensationRepository compensations(m_database);
    Result<AuthorityTable> table = compensations.authority();
    if (!table)
        return table.error();
    if (!Roles::atLeast(by.role, p.approverRole))
        return makeError(ErrorCode::Permission,
                         tr("%1 of %2 is above your limit of %3: only a %4 decides; you may "
                            "recommend.")
                             .arg(CompensationKeys::displayName(p.kind),
                                  Money::displayFen(p.amountFen),
                                  limitText(table->limit(p.kind, by.role)),
                                  Roles::displayName(p.approverRole).toLower()));
    const qint64 granted = approve ? grantedFen.value_or(p.amountFen) : 0;
    if (approve && (granted <= 0 || granted > p.amountFen))
        return makeError(ErrorCode::Validation,
                         tr("Amount: grant more than zero and at most the %1 requested.")
                             .arg(Money::displayFen(p.amountFen)));
    if (approve && !table->covers(p.kind, by.role, granted))
        return makeError(ErrorCode::Permission, tr("%1 is above your limit of %2.")
                                                    .arg(Money::displayFen(granted),
                                                         limitText(table->limit(p.kind, by.role))));

    p.status = approve ? CompensationStatus::Approved : CompensationStatus::Rejected;
    p.grantedFen = approve ? std::optional<qint64>(granted) : std::nullopt;
    p.comment = text;
    p.decidedAt = m_clock.nowUtc();
    p.authorityVersion = table->version;
    if (Status saved = compensations.saveDecision(p, by.userId.value_or(0)); !saved)
        return saved.error();
    const QString note =
        approve ? tr("Compensation approved by %1: %2 %3 (requested %4). %5")
                      .arg(by.username, CompensationKeys::displayName(p.kind),
                           Money::displayFen(granted), Money::displayFen(p.amountFen), text)
                : tr("Compensation rejected by %1: %2 %3. %4")
                      .arg(by.username, CompensationKeys::displayName(p.kind),
                           Money::displayFen(p.amountFen), text);
    Result<int> pending = compensations.pendingCount(complaint.id);
    if (!pending)
        return pending.error();
    // The last decision hands the case back to its handler.
    if (Status recorded =
            onCase(by, complaint,
                   pending.value() == 0 && complaint.status == ComplaintStatus::AwaitingApproval
                       ? std::optional<ComplaintEvent>(ComplaintEvent::ApprovalDecided)
                       : std::nullopt,
                   note);
        !recorded)
        return recorded.error();
    if (Status logged =
            AuditLog(m_database, m_clock)
                .append(by,
                        approve ? QStringLiteral("compensation.approve")
                                : QStringLiteral("compensation.reject"),
                        QStringLiteral("compensation"), QString::number(id),
                        AuditLog::details(
                            {{QStringLiteral("granted"), Money::formatFen(granted)},
                             {QStringLiteral("requested"), Money::formatFen(p.amountFen)},
                             {QStringLiteral("authority_version"), QString::number(table->version)},
                             {QStringLiteral("comment"), text}}));
        !logged)
        return logged.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return require(id);
}

Result<Compensation> CompensationService::recommend(const Actor& by, qint64 id,
                                                    const QString& comment)
{
    if (Status allowed = Permissions::require(by, Action::DecideCompensation); !allowed)
        return allowed.error();
    const QString text = comment.trimmed();
    if (text.isEmpty())
        return makeError(ErrorCode::Validation, tr("Comment: say what you recommend and why."));
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    Result<QPair<Compensation, Complaint>> decidable = requireDecidable(by, id);
    if (!decidable)
        return decidable.error();
    const Compensation p = decidable->first;
    Complaint complaint = decidable->second;
    ComplaintService complaints(m_database, m_clock);
    if (Status saved = CompensationRepository(m_database)
                           .saveRecommendation(id, by.userId.value_or(0), m_clock.nowUtc(), text);
        !saved)
        return saved.error();
    if (Status noted = complaints.noteWithin(
            by, complaint,
            tr("Compensation %1 recommended by %2: %3").arg(id).arg(by.username, text),
            QStringLiteral("compensation.recommend"));
        !noted)
        return noted.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return require(id);
}

Result<Compensation> CompensationService::get(const Actor& by, qint64 id)
{
    if (Status allowed = Permissions::require(by, Action::HandleComplaint); !allowed)
        return allowed.error();
    Result<Compensation> found = require(id);
    if (found && screen(by, found.value()))
        ProtectedFiles::recordViews(m_database, m_clock, by, QStringLiteral("compensation"),
                                    {CustomerService::fileNumber(found->customerId)});
    return found;
}

Result<CompensationSlipData> CompensationService::slip(const Actor& by, qint64 id)
{
    Result<Compensation> found = get(by, id);
    if (!found)
        return found.error();
    if (found->status == CompensationStatus::Pending)
        return makeError(
            ErrorCode::Conflict,
            tr("Compensation %1 is waiting for approval: there is no slip yet.").arg(id));
    Result<std::optional<StoreInfo>> store = StoreService(m_database, m_clock).store();
    if (!store)
        return store.error();
    return CompensationSlipData{store.value().value_or(StoreInfo{}), found.value()};
}

Result<QList<Compensation>> CompensationService::list(const Actor& by,
                                                      const CompensationFilter& filter)
{
    if (Status allowed = Permissions::require(by, Action::HandleComplaint); !allowed)
        return allowed.error();
    Result<QList<Compensation>> listed = CompensationRepository(m_database).list(filter);
    if (!listed)
        return listed;
    QStringList viewed;
    for (Compensation& p : listed.value()) {
        if (screen(by, p))
            viewed << CustomerService::fileNumber(p.customerId);
    }
    ProtectedFiles::recordViews(m_database, m_clock, by, QStringLiteral("compensation list"),
                                viewed);
    return listed;
}

Status CompensationService::each(const Actor& by, const CompensationFilter& filter,
                                 const std::function<void(const Compensation&)>& visit)
{
    if (Status allowed = Permissions::require(by, Action::HandleComplaint); !allowed)
        return allowed;
    QStringList viewed;
    Status listed = CompensationRepository(m_database).each(filter, [&](const Compensation& row) {
        Compensation shown = row;
        if (screen(by, shown))
            viewed << CustomerService::fileNumber(shown.customerId);
        visit(shown);
    });
    ProtectedFiles::recordViews(m_database, m_clock, by, QStringLiteral("compensation list"),
                                viewed);
    return listed;
}

Result<QList<Compensation>> CompensationService::queue(const Actor& by)
{
    if (Status allowed = Permissions::require(by, Action::DecideCompensation); !allowed)
        return allowed.error();
    CompensationFilter pending;
    pending.status = CompensationStatus::Pending;
    Result<QList<Compensation>> all = CompensationRepository(m_database).list(pending);
    if (!all)
        return all.error();
    QList<Compensation> mine;
    QStringList viewed;
    for (Compensation& p : all.value()) {
        if (p.requestedBy == by.username)
            continue; // deciding, or for a supervisor above the limit, recommending
        if (screen(by, p))
            viewed << CustomerService::fileNumber(p.customerId);
        mine.append(p);
    }
    ProtectedFiles::recordViews(m_database, m_clock, by, QStringLiteral("approval queue"), viewed);
    return mine;
}

Result<CompensationHistory> CompensationService::history(const Actor& by, qint64 customerId)
{
    if (Status allowed = Permissions::require(by, Action::HandleComplaint); !allowed)
        return allowed.error();
    Result<CompensationHistory> history =
        CompensationRepository(m_database)
            .approvedSince(customerId, m_clock.nowUtc().addDays(-365));
    if (!history)
        return history.error();
    Result<qint64> total = StoreSettings(m_database, m_clock).compensationWarnFen();
    if (!total)
        return total.error();
    CompensationHistory result = history.value();
    if (result.approvedCount > 2 || result.approvedFen > total.value())
        result.warning = tr("This customer received compensation %n time(s) in the last 12 "
                            "months, %1 in all.",
                            nullptr, result.approvedCount)
                             .arg(Money::displayFen(result.approvedFen));
    return result;
}

Result<AuthorityTable> CompensationService::authority(const Actor& by)
{
    if (Status allowed = Permissions::require(by, Action::RequestCompensation); !allowed)
        return allowed.error();
    return CompensationRepository(m_database).authority();
}

Result<AuthorityTable> CompensationService::setLimit(const Actor& by, CompensationKind kind,
                                                     Role role, std::optional<qint64> maxFen)
{
    if (Status allowed = Permissions::require(by, Action::EditAuthorityTable); !allowed)
        return allowed.error();
    if (maxFen && (*maxFen < 0 || *maxFen > Money::maxFen))
        return makeError(ErrorCode::Validation, tr("Limit: an amount of zero or more."));
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    CompensationRepository compensations(m_database);
    Result<AuthorityTable> table = compensations.authority();
    if (!table)
        return table.error();
    // Roles are nested: the new limit sits between the role below and the role above.
    const auto above = [](std::optional<qint64> a, std::optional<qint64> b) {
        return !a ? bool(b) : (b && *a > *b); // a > b, with "no limit" the largest
    };
    const QList<Role> roles = Roles::all();
    const int index = int(roles.indexOf(role));
    if (index > 0 && above(table->limit(kind, roles.at(index - 1)), maxFen))
        return makeError(ErrorCode::Validation,
                         tr("Limit: a %1 may not grant less than a %2 (%3).")
                             .arg(Roles::displayName(role).toLower(),
                                  Roles::displayName(roles.at(index - 1)).toLower(),
                                  limitText(table->limit(kind, roles.at(index - 1)))));
    if (index + 1 < roles.size() && above(maxFen, table->limit(kind, roles.at(index + 1))))
        return makeError(ErrorCode::Validation,
                         tr("Limit: a %1 may not grant more than a %2 (%3).")
                             .arg(Roles::displayName(role).toLower(),
                                  Roles::displayName(roles.at(index + 1)).toLower(),
                                  limitText(table->limit(kind, roles.at(index + 1)))));
    Result<int> version = compensations.setLimit(kind, role, maxFen);
    if (!version)
        return version.error();
    if (Status logged =
            AuditLog(m_database, m_clock)
                .append(by, QStringLiteral("authority.set"), QStringLiteral("authority"),
                        QStringLiteral("%1:%2").arg(CompensationKeys::key(kind), Roles::key(role)),
                        AuditLog::details(
                            {{QStringLiteral("max"),
                              maxFen ? Money::formatFen(*maxFen) : QStringLiteral("none")},
                             {QStringLiteral("version"), QString::number(version.value())}}));
        !logged)
        return logged.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return compensations.authority();
}

} // namespace cc
