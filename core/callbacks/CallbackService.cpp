#include "CallbackService.h"

#include "storage/Database.h"

#include "CallbackRepository.h"
#include "CallbackScheduler.h"
#include "CallbackSettings.h"
#include "accounts/AuditLog.h"
#include "accounts/Permissions.h"
#include "accounts/UserRepository.h"
#include "base/ChineseText.h"
#include "base/Clock.h"
#include "complaints/ComplaintRepository.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomerService.h"
#include "customers/ProtectedFiles.h"
#include "storage/WriteTransaction.h"

#include <QLocale>

namespace cc {

namespace {

QString shortTime(const QDateTime& utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

CallbackService::CallbackService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<int> CallbackService::prepare(const Actor& by, const QDate& upTo)
{
    if (Status allowed = Permissions::require(by, Action::WorkCallbacks); !allowed)
        return allowed.error();
    if (m_database.isReadOnly())
        return 0; // a file opened to rescue data: the schedule is read as it stands
    Result<QDate> readUntil = CallbackRepository(m_database).generatedUntil();
    if (!readUntil)
        return readUntil.error();
    if (readUntil->isValid() && *readUntil >= upTo)
        return 0; // read before: nothing new to make, and no write lock to take
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    Result<int> made = CallbackScheduler(m_database, m_clock).generateUntil(by, upTo);
    if (!made)
        return made.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return made;
}

Result<QList<Callback>> CallbackService::list(const Actor& by, const CallbackFilter& filter)
{
    if (Status allowed = Permissions::require(by, Action::WorkCallbacks); !allowed)
        return allowed.error();
    QDate upTo = m_clock.nowUtc().toLocalTime().date();
    if (filter.dueBy.isValid())
        upTo = std::max(upTo, filter.dueBy);
    if (filter.overdueAsOf)
        upTo = std::max(upTo, filter.overdueAsOf->toLocalTime().date());
    CallbackFilter resolved = filter;
    if (!filter.assigneeUsername.trimmed().isEmpty()) {
        Result<std::optional<User>> user =
            UserRepository(m_database).findByName(filter.assigneeUsername.trimmed());
        if (!user)
            return user.error();
        if (!user.value())
            return makeError(
                ErrorCode::NotFound,
                tr("Assignee: there is no user \"%1\".").arg(filter.assigneeUsername.trimmed()));
        resolved.assigneeId = user.value()->id;
    }
    if (Result<int> made = prepare(by, upTo); !made)
        return made.error();
    Result<QList<Callback>> listed = CallbackRepository(m_database).list(resolved);
    if (!listed)
        return listed;
    QStringList viewed;
    for (Callback& callback : listed.value()) {
        if (screen(by, callback))
            viewed << callback.fileNo;
    }
    ProtectedFiles::recordViews(m_database, m_clock, by, QStringLiteral("callback list"), viewed);
    return listed;
}

Result<Callback> CallbackService::get(const Actor& by, qint64 id)
{
    if (Status allowed = Permissions::require(by, Action::WorkCallbacks); !allowed)
        return allowed.error();
    Result<std::optional<Callback>> found = CallbackRepository(m_database).get(id);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound, tr("Callback: there is no callback %1.").arg(id));
    Callback callback = *found.value();
    if (screen(by, callback))
        ProtectedFiles::recordViews(m_database, m_clock, by, QStringLiteral("callback"),
                                    {callback.fileNo});
    return callback;
}

Status CallbackService::requireReachable(qint64 customerId, const QDateTime& dueUtc,
                                         const QString& field)
{
    Result<std::optional<Customer>> customer = CustomerRepository(m_database).get(customerId);
    if (!customer)
        return customer.error();
    if (!customer.value())
        return makeError(
            ErrorCode::NotFound,
            tr("Customer: there is no file %1.").arg(CustomerService::fileNumber(customerId)));
    const Customer& c = *customer.value();
    if (!c.contactOk)
        return makeError(
            ErrorCode::Conflict,
            tr("%1: %2 declined calls; no callback can be arranged.").arg(field, c.name));
    if (const std::optional<ContactHours> hours = ContactHours::parse(c.contactHours);
        hours && !hours->contains(dueUtc.toLocalTime().time()))
        return makeError(
            ErrorCode::Validation,
            tr("%1: %2 takes calls between %3 only.").arg(field, c.name, hours->toString()));
    return {};
}

Result<Callback> CallbackService::add(const Actor& by, qint64 customerId, const QDateTime& dueUtc,
                                      const QString& note)
{
    if (Status allowed = Permissions::require(by, Action::WorkCallbacks); !allowed)
        return allowed.error();
    const QString text = note.trimmed();
    if (text.isEmpty())
        return makeError(ErrorCode::Validation, tr("Note: say what the call is about."));
    if (ChineseText::characters(text) > 500)
        return makeError(ErrorCode::Validation, tr("Note: at most 500 characters."));
    const QDateTime now = m_clock.nowUtc();
    if (!dueUtc.isValid())
        return makeError(ErrorCode::Validation, tr("Due: enter a date and time."));
    if (dueUtc < now.addSecs(-60))
        return makeError(ErrorCode::Validation, tr("Due: choose a time from now on."));

    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    Result<std::optional<Customer>> customer = CustomerRepository(m_database).get(customerId);
    if (!customer)
        return customer.error();
    if (customer.value() && !CustomerService::maySee(by, *customer.value()))
        return makeError(ErrorCode::Permission,
                         tr("Customer: you may not open file %1.").arg(customer.value()->fileNo));
    if (Status reachable = requireReachable(customerId, dueUtc, tr("Due")); !reachable)
        return reachable.error();
    NewCallback callback;
    callback.customerId = customerId;
    callback.reason = CallbackReason::Manual;
    callback.dueAt = dueUtc.toUTC();
    callback.assigneeId = by.userId.value_or(customer.value()->ownerId);
    callback.note = text;
    callback.createdAt = now;
    callback.createdBy = by.userId;
    qint64 id = 0;
    Result<bool> inserted = CallbackRepository(m_database).insert(callback, &id);
    if (!inserted)
        return inserted.error();
    if (Status logged = AuditLog(m_database, m_clock)
                            .append(by, QStringLiteral("callback.add"), QStringLiteral("callback"),
                                    QString::number(id),
                                    AuditLog::details({{QStringLiteral("customer"),
                                                        QString::number(customerId)}}));
        !logged)
        return logged.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return get(by, id);
}

Result<Callback> CallbackService::requireWorkable(const Actor& by, qint64 id)
{
    Result<Callback> found = get(by, id);
    if (!found)
        return found.error();
    const Callback& cb = found.value();
    if (cb.status != CallbackStatus::Pending)
        return makeError(
            ErrorCode::Conflict,
            tr("Callback %1 is already %2.").arg(id).arg(CallbackKeys::displayName(cb.status)));
    if ((!by.userId || *by.userId != cb.assigneeId) &&
        !Permissions::allows(by.role, Action::ReassignCallbacks))
        return makeError(ErrorCode::Permission,
                         tr("Callback %1 is %2's to make; a supervisor can reassign it.")
                             .arg(id)
                             .arg(cb.assigneeName));
    if (!cb.complaintNumber.isEmpty() && by.userId) {
        Result<std::optional<Complaint>> complaint =
            ComplaintRepository(m_database).byNumber(cb.complaintNumber);
        if (!complaint)
            return complaint.error();
        if (complaint.value() && complaint.value()->aboutStaffId == by.userId)
            return makeError(ErrorCode::Permission,
                             tr("The employee complained about may not make the case's "
                                "follow-up callback."));
    }
    return cb;
}

Result<Callback> CallbackService::work(const Actor& by, qint64 id, const QString& auditAction,
                                       const std::function<Result<QString>(Callback&)>& change)
{
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    Result<Callback> found = requireWorkable(by, id);
    if (!found)
        return found.error();
    Callback cb = found.value();
    Result<QString> logNote = change(cb);
    if (!logNote)
        return logNote.error();
    if (cb.status != CallbackStatus::Pending)
        cb.finishedAt = m_clock.nowUtc();
    CallbackRepository callbacks(m_database);
    if (Status saved = callbacks.update(cb, by.userId); !saved)
        return saved.error();
    if (!logNote->isEmpty() && by.userId) {
        if (Status logged = callbacks.logContact(cb.customerId, cb.id, m_clock.nowUtc(), *by.userId,
                                                 logNote.value());
            !logged)
            return logged.error();
    }
    if (Status logged =
            AuditLog(m_database, m_clock)
                .append(by, auditAction, QStringLiteral("callback"), QString::number(id),
                        AuditLog::details({{QStringLiteral("status"), CallbackKeys::key(cb.status)},
                                           {QStringLiteral("due"), toStoredTime(cb.dueAt)}}));
        !logged)
        return logged.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return get(by, id);
}

Result<Callback> CallbackService::done(const Actor& by, qint64 id, const QString& outcome,
                                       std::optional<int> satisfaction)
{
    const QString text = outcome.trimmed();
    if (text.isEmpty())
        return makeError(ErrorCode::Validation, tr("Outcome: write what the customer said."));
    if (ChineseText::characters(text) > 2000)
        return makeError(ErrorCode::Validation, tr("Outcome: at most 2000 characters."));
    if (satisfaction && (*satisfaction < 1 || *satisfaction > 5))
        return makeError(ErrorCode::Validation, tr("Satisfaction: 1 to 5."));
    return work(by, id, QStringLiteral("callback.done"), [&](Callback& cb) -> Result<QString> {
        cb.status = CallbackStatus::Done;
        cb.outcome = text;
        cb.satisfaction = satisfaction;
        QString note = tr("%1: done. %2").arg(CallbackKeys::displayName(cb.reason), text);
        if (satisfaction)
            note += QLatin1Char(' ') + tr("Satisfaction %1/5.").arg(*satisfaction);
        if (cb.complaintNumber.isEmpty())
            return note;
        // The follow-up's answer is the case's latest word on satisfaction.
        ComplaintRepository complaints(m_database);
        Result<std::optional<Complaint>> complaint = complaints.byNumber(cb.complaintNumber);
        if (!complaint)
            return complaint.error();
        if (!complaint.value())
            return note;
        Complaint c = *complaint.value();
        if (satisfaction) {
            c.satisfaction = satisfaction;
            if (Status saved = complaints.updateState(c, m_clock.nowUtc()); !saved)
                return saved.error();
        }
        const ComplaintEventEntry event{m_clock.nowUtc(), by.username, QStringLiteral("note"),
                                        QString(),        QString(),   note};
        if (Status added = complaints.addEvent(c.id, event, by.userId); !added)
            return added.error();
        return note;
    });
}

Result<Callback> CallbackService::noAnswer(const Actor& by, qint64 id)
{
    Result<CallbackRules> rules = CallbackSettings(m_database, m_clock).callbackRules();
    if (!rules)
        return rules.error();
    return work(by, id, QStringLiteral("callback.no_answer"), [&](Callback& cb) -> Result<QString> {
        ++cb.attempts;
        const QString name = CallbackKeys::displayName(cb.reason);
        if (cb.attempts >= rules->maxTries) {
            cb.status = CallbackStatus::Missed;
            return tr("%1: no answer (try %2 of %3); marked missed.")
                .arg(name)
                .arg(cb.attempts)
                .arg(rules->maxTries);
        }
        Result<std::optional<Customer>> customer =
            CustomerRepository(m_database).get(cb.customerId);
        if (!customer)
            return customer.error();
        CallbackRules retry = rules.value();
        retry.callAt = cb.dueAt.toLocalTime().time();
        const std::optional<ContactHours> hours =
            customer.value() ? ContactHours::parse(customer.value()->contactHours) : std::nullopt;
        cb.dueAt = retry.dueOn(m_clock.nowUtc().toLocalTime().date().addDays(1), hours);
        return tr("%1: no answer (try %2 of %3); next try %4.")
            .arg(name)
            .arg(cb.attempts)
            .arg(rules->maxTries)
            .arg(shortTime(cb.dueAt));
    });
}

Result<Callback> CallbackService::reschedule(const Actor& by, qint64 id, const QDateTime& toUtc,
                                             const QString& why)
{
    if (!toUtc.isValid())
        return makeError(ErrorCode::Validation, tr("To: enter a date and time."));
    if (toUtc < m_clock.nowUtc().addSecs(-60))
        return makeError(ErrorCode::Validation, tr("To: choose a time from now on."));
    return work(
        by, id, QStringLiteral("callback.reschedule"), [&](Callback& cb) -> Result<QString> {
            if (Status reachable = requireReachable(cb.customerId, toUtc, tr("To")); !reachable)
                return reachable.error();
            cb.dueAt = toUtc.toUTC();
            QString note = tr("%1: moved to %2.")
                               .arg(CallbackKeys::displayName(cb.reason), shortTime(cb.dueAt));
            if (!why.trimmed().isEmpty())
                note += QLatin1Char(' ') + why.trimmed();
            return note;
        });
}

Result<Callback> CallbackService::cancel(const Actor& by, qint64 id, const QString& reason)
{
    const QString text = reason.trimmed();
    if (text.isEmpty())
        return makeError(ErrorCode::Validation, tr("Reason: say why the call is cancelled."));
    return work(by, id, QStringLiteral("callback.cancel"), [&](Callback& cb) -> Result<QString> {
        cb.status = CallbackStatus::Cancelled;
        cb.outcome = text;
        return tr("%1: cancelled. %2").arg(CallbackKeys::displayName(cb.reason), text);
    });
}

Result<Callback> CallbackService::assign(const Actor& by, qint64 id, const QString& username)
{
    if (Status allowed = Permissions::require(by, Action::ReassignCallbacks); !allowed)
        return allowed.error();
    return work(by, id, QStringLiteral("callback.assign"), [&](Callback& cb) -> Result<QString> {
        Result<std::optional<User>> user =
            UserRepository(m_database).findByName(username.trimmed());
        if (!user)
            return user.error();
        if (!user.value())
            return makeError(ErrorCode::Validation,
                             tr("To: there is no user \"%1\".").arg(username.trimmed()));
        if (!user.value()->active)
            return makeError(ErrorCode::Validation,
                             tr("To: %1 is deactivated.").arg(user.value()->username));
        if (!cb.complaintNumber.isEmpty()) {
            Result<std::optional<Complaint>> complaint =
                ComplaintRepository(m_database).byNumber(cb.complaintNumber);
            if (!complaint)
                return complaint.error();
            if (complaint.value() && complaint.value()->aboutStaffId == user.value()->id)
                return makeError(ErrorCode::Permission,
                                 tr("To: %1 is named in complaint %2 and may not make its "
                                    "follow-up callback.")
                                     .arg(user.value()->username, cb.complaintNumber));
        }
        cb.assigneeId = user.value()->id;
        return QString(); // not an outcome: nothing for the contact log
    });
}

Result<CallbackCounts> CallbackService::todayCounts(const Actor& by,
                                                    std::optional<qint64> assigneeId)
{
    const QDateTime now = m_clock.nowUtc();
    const QDate today = now.toLocalTime().date();
    if (Result<int> made = prepare(by, today); !made)
        return made.error();
    return CallbackRepository(m_database)
        .countPending(assigneeId, today.addDays(1).startOfDay().toUTC(), now);
}

Result<QList<CallbackWorkload>> CallbackService::workload(const Actor& by)
{
    if (Status allowed = Permissions::require(by, Action::ReassignCallbacks); !allowed)
        return allowed.error();
    const QDateTime now = m_clock.nowUtc();
    const QDate today = now.toLocalTime().date();
    if (Result<int> made = prepare(by, today); !made)
        return made.error();
    return CallbackRepository(m_database)
        .workload(today.startOfDay().toUTC(), today.addDays(1).startOfDay().toUTC(), now,
                  now.addDays(-30));
}

Result<QList<Holiday>> CallbackService::holidays(const Actor& by)
{
    if (Status allowed = Permissions::require(by, Action::WorkCallbacks); !allowed)
        return allowed.error();
    return CallbackRepository(m_database).holidays();
}

Result<Holiday> CallbackService::addHoliday(const Actor& by, const QString& name, const QDate& day)
{
    if (Status allowed = Permissions::require(by, Action::EditCallbackRules); !allowed)
        return allowed.error();
    const QString text = name.simplified();
    if (text.isEmpty() || ChineseText::characters(text) > 40)
        return makeError(ErrorCode::Validation,
                         tr("Holiday: enter its name (at most 40 characters)."));
    if (!day.isValid())
        return makeError(ErrorCode::Validation, tr("Date: enter the holiday's date."));
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    CallbackRepository callbacks(m_database);
    Result<QList<Holiday>> existing = callbacks.holidays();
    if (!existing)
        return existing.error();
    for (const Holiday& holiday : existing.value()) {
        if (holiday.name == text && holiday.day == day)
            return makeError(
                ErrorCode::Conflict,
                tr("Holiday: %1 on %2 is already listed.").arg(text, day.toString(Qt::ISODate)));
    }
    Result<qint64> id = callbacks.addHoliday(text, day);
    if (!id)
        return id.error();
    if (Status logged =
            AuditLog(m_database, m_clock)
                .append(by, QStringLiteral("holiday.add"), QStringLiteral("holiday"),
                        QString::number(id.value()),
                        AuditLog::details({{QStringLiteral("name"), text},
                                           {QStringLiteral("day"), day.toString(Qt::ISODate)}}));
        !logged)
        return logged.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return Holiday{id.value(), text, day};
}

Status CallbackService::removeHoliday(const Actor& by, qint64 id)
{
    if (Status allowed = Permissions::require(by, Action::EditCallbackRules); !allowed)
        return allowed;
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Result<bool> removed = CallbackRepository(m_database).removeHoliday(id);
    if (!removed)
        return removed.error();
    if (!removed.value())
        return makeError(ErrorCode::NotFound, tr("Holiday: there is no holiday %1.").arg(id));
    if (Status logged = AuditLog(m_database, m_clock)
                            .append(by, QStringLiteral("holiday.remove"), QStringLiteral("holiday"),
                                    QString::number(id), QString());
        !logged)
        return logged;
    return transaction.commit();
}

Result<QList<ServiceInterval>> CallbackService::serviceIntervals(const Actor& by)
{
    if (Status allowed = Permissions::require(by, Action::WorkCallbacks); !allowed)
        return allowed.error();
    return CallbackRepository(m_database).serviceIntervals();
}

Status CallbackService::setServiceInterval(const Actor& by, const QString& product, int days)
{
    if (Status allowed = Permissions::require(by, Action::EditCallbackRules); !allowed)
        return allowed;
    const QString text = product.simplified();
    if (text.isEmpty() || ChineseText::characters(text) > 60)
        return makeError(ErrorCode::Validation,
                         tr("Product: enter the product's name (at most 60 characters)."));
    if (days < 0 || days > 3650)
        return makeError(ErrorCode::Validation,
                         tr("Every: 1 to 3650 days (0 stops the reminders)."));
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    CallbackRepository callbacks(m_database);
    if (days == 0) {
        Result<bool> removed = callbacks.removeServiceInterval(text);
        if (!removed)
            return removed.error();
        if (!removed.value())
            return makeError(ErrorCode::NotFound,
                             tr("Product: \"%1\" has no service interval.").arg(text));
    } else if (Status saved = callbacks.setServiceInterval(text, days); !saved) {
        return saved;
    }
    if (Status logged =
            AuditLog(m_database, m_clock)
                .append(by, QStringLiteral("service_interval.set"), QStringLiteral("product"), text,
                        AuditLog::details({{QStringLiteral("days"), QString::number(days)}}));
        !logged)
        return logged;
    return transaction.commit();
}

} // namespace cc
