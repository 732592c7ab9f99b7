#include "CallbackScheduler.h"

#include "CallbackRepository.h"
#include "CallbackSettings.h"
#include "accounts/AuditLog.h"
#include "base/Clock.h"
#include "complaints/Complaint.h"
#include "customers/Customer.h"
#include "customers/CustomerRepository.h"

namespace cc {

namespace {

std::optional<ContactHours> hoursOf(const QString& stored)
{
    return stored.isEmpty() ? std::nullopt : ContactHours::parse(stored);
}

// A greeting or reminder is made for the days the schedule is read up to, at most this
// far ahead; reminders for purchases older than two years are not made.
constexpr int maxDaysAhead = 400;
constexpr int maintenanceHorizonDays = 730;

} // namespace

CallbackScheduler::CallbackScheduler(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

qint64 CallbackScheduler::pickAssignee(const QList<qint64>& candidates,
                                       std::optional<qint64> exceptId)
{
    for (qint64 candidate : candidates) {
        if (candidate > 0 && (!exceptId || candidate != *exceptId))
            return candidate;
    }
    return 0;
}

Status CallbackScheduler::schedule(const Actor& by, const Customer& customer, CallbackReason reason,
                                   const QString& source, const QDate& day, const QString& note,
                                   std::optional<qint64> complaintId, qint64 assigneeId)
{
    Result<CallbackRules> rules = CallbackSettings(m_database, m_clock).callbackRules();
    if (!rules)
        return rules.error();
    NewCallback callback;
    callback.customerId = customer.id;
    callback.reason = reason;
    callback.source = source;
    callback.complaintId = complaintId;
    callback.dueAt = rules->dueOn(day, hoursOf(customer.contactHours));
    callback.assigneeId = assigneeId ? assigneeId : customer.ownerId;
    callback.note = note;
    callback.createdAt = m_clock.nowUtc();
    callback.createdBy = by.userId;
    Result<bool> inserted = CallbackRepository(m_database).insert(callback);
    if (!inserted)
        return inserted.error();
    return {};
}

Status CallbackScheduler::afterPurchase(const Actor& by, const Customer& customer,
                                        const Purchase& purchase)
{
    if (!customer.contactOk)
        return {};
    Result<CallbackRules> rules = CallbackSettings(m_database, m_clock).callbackRules();
    if (!rules)
        return rules.error();
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    const QList<CallbackReason> steps{CallbackReason::Purchase3d, CallbackReason::Purchase30d,
                                      CallbackReason::Purchase60d};
    for (qsizetype i = 0; i < steps.size() && i < rules->purchaseDays.size(); ++i) {
        const QDate day = purchase.date.addDays(rules->purchaseDays.at(i));
        if (day < today)
            continue; // that call's moment has gone; the later ones still stand
        if (Status done =
                schedule(by, customer, steps.at(i), QStringLiteral("purchase:%1").arg(purchase.id),
                         day, purchase.receiptNo);
            !done)
            return done;
    }
    Result<int> cancelled =
        CallbackRepository(m_database)
            .cancelPending(customer.id, {CallbackReason::Visit3d, CallbackReason::Visit15d},
                           tr("The customer bought: the calls after the purchase take over."),
                           m_clock.nowUtc(), by.userId);
    if (!cancelled)
        return cancelled.error();
    return {};
}

Status CallbackScheduler::afterVisit(const Actor& by, const Customer& customer)
{
    if (!customer.contactOk)
        return {};
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    CallbackRepository callbacks(m_database);
    Result<bool> bought = callbacks.hasPurchaseOn(customer.id, today);
    if (!bought)
        return bought.error();
    if (bought.value())
        return {};
    // A buyer whose calls after a purchase are still to come gets those, not visit calls.
    CallbackFilter purchaseCalls;
    purchaseCalls.customerId = customer.id;
    purchaseCalls.limit = 50;
    Result<QList<Callback>> pending = callbacks.list(purchaseCalls);
    if (!pending)
        return pending.error();
    for (const Callback& call : pending.value()) {
        if (call.reason == CallbackReason::Purchase3d ||
            call.reason == CallbackReason::Purchase30d ||
            call.reason == CallbackReason::Purchase60d)
            return {};
    }
    Result<CallbackRules> rules = CallbackSettings(m_database, m_clock).callbackRules();
    if (!rules)
        return rules.error();
    const QList<CallbackReason> steps{CallbackReason::Visit3d, CallbackReason::Visit15d};
    const QString source =
        QStringLiteral("visit:%1:%2").arg(customer.id).arg(today.toString(Qt::ISODate));
    for (qsizetype i = 0; i < steps.size() && i < rules->visitDays.size(); ++i) {
        if (Status done = schedule(by, customer, steps.at(i), source,
                                   today.addDays(rules->visitDays.at(i)), QString());
            !done)
            return done;
    }
    return {};
}

Status CallbackScheduler::afterResolve(const Actor& by, const Complaint& complaint)
{
    Result<std::optional<Customer>> customer =
        CustomerRepository(m_database).get(complaint.customerId);
    if (!customer)
        return customer.error();
    if (!customer.value() || !customer.value()->contactOk)
        return {};
    CallbackRepository callbacks(m_database);
    Result<std::optional<Callback>> latest = callbacks.latestFollowup(complaint.id);
    if (!latest)
        return latest.error();
    if (latest.value() && latest.value()->status == CallbackStatus::Pending)
        return {}; // resolved again before the call: the pending one still stands
    Result<int> count = callbacks.followupCount(complaint.id);
    if (!count)
        return count.error();
    Result<CallbackRules> rules = CallbackSettings(m_database, m_clock).callbackRules();
    if (!rules)
        return rules.error();
    const qint64 assignee = pickAssignee(
        {customer.value()->ownerId, complaint.handlerId.value_or(0), by.userId.value_or(0)},
        complaint.aboutStaffId);
    const QDate day = m_clock.nowUtc().toLocalTime().date().addDays(rules->followupDays);
    return schedule(by, *customer.value(), CallbackReason::ComplaintFollowup,
                    QStringLiteral("complaint:%1:%2").arg(complaint.id).arg(count.value() + 1), day,
                    complaint.number, complaint.id, assignee);
}

Status CallbackScheduler::afterReopen(const Actor& by, const Complaint& complaint)
{
    Result<int> cancelled = CallbackRepository(m_database)
                                .cancelPendingFollowups(complaint.id, tr("The case was reopened."),
                                                        m_clock.nowUtc(), by.userId);
    if (!cancelled)
        return cancelled.error();
    return {};
}

Status CallbackScheduler::afterDeclined(const Actor& by, qint64 customerId)
{
    Result<int> cancelled = CallbackRepository(m_database)
                                .cancelPending(customerId, {}, tr("The customer declined calls."),
                                               m_clock.nowUtc(), by.userId);
    if (!cancelled)
        return cancelled.error();
    return {};
}

Status CallbackScheduler::requireFollowupDone(const Complaint& complaint)
{
    Result<std::optional<Customer>> customer =
        CustomerRepository(m_database).get(complaint.customerId);
    if (!customer)
        return customer.error();
    if (customer.value() && !customer.value()->contactOk)
        return {}; // they take no calls: there is no follow-up to make
    Result<std::optional<Callback>> latest =
        CallbackRepository(m_database).latestFollowup(complaint.id);
    if (!latest)
        return latest.error();
    const QString orSupervisor =
        tr("A supervisor may close the case without it, with a written reason.");
    if (!latest.value())
        return makeError(ErrorCode::Conflict,
                         tr("Close: the case has no follow-up callback. %1").arg(orSupervisor));
    const Callback& followup = *latest.value();
    switch (followup.status) {
    case CallbackStatus::Done:
        return {};
    case CallbackStatus::Pending:
        return makeError(
            ErrorCode::Conflict,
            tr("Close: the follow-up callback (due %1, %2) is not done yet. %3")
                .arg(QLocale().toString(followup.dueAt.toLocalTime(), QLocale::ShortFormat),
                     followup.assigneeName, orSupervisor));
    case CallbackStatus::Missed:
        return makeError(
            ErrorCode::Conflict,
            tr("Close: the customer did not answer the follow-up callback. %1").arg(orSupervisor));
    case CallbackStatus::Cancelled:
        break;
    }
    return makeError(ErrorCode::Conflict,
                     tr("Close: the follow-up callback was cancelled. %1").arg(orSupervisor));
}

Status CallbackScheduler::dropFollowup(const Actor& by, const Complaint& complaint,
                                       const QString& reason)
{
    Result<int> cancelled =
        CallbackRepository(m_database)
            .cancelPendingFollowups(complaint.id, reason, m_clock.nowUtc(), by.userId);
    if (!cancelled)
        return cancelled.error();
    return {};
}

Result<int> CallbackScheduler::generateUntil(const Actor& by, const QDate& upTo)
{
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    CallbackRepository callbacks(m_database);
    Result<QDate> readUntil = callbacks.generatedUntil();
    if (!readUntil)
        return readUntil.error();
    QDate from = today;
    if (readUntil->isValid() && readUntil->addDays(1) > from)
        from = readUntil->addDays(1);
    const QDate until = std::min(upTo, today.addDays(maxDaysAhead));
    if (from > until)
        return 0;
    Result<CallbackRules> rules = CallbackSettings(m_database, m_clock).callbackRules();
    if (!rules)
        return rules.error();
    const QDateTime now = m_clock.nowUtc();
    int made = 0;
    const auto make = [&](CallbackReason reason, const CallbackTarget& target) -> Status {
        NewCallback callback;
        callback.customerId = target.customerId;
        callback.reason = reason;
        callback.source = target.source;
        callback.dueAt = rules->dueOn(target.day, hoursOf(target.contactHours));
        callback.assigneeId = target.ownerId;
        callback.note = target.note;
        callback.createdAt = now;
        callback.createdBy = by.userId;
        Result<bool> inserted = callbacks.insert(callback);
        if (!inserted)
            return inserted.error();
        made += inserted.value() ? 1 : 0;
        return {};
    };

    if (rules->birthdays) {
        for (QDate day = from; day <= until; day = day.addDays(1)) {
            QStringList monthDays{day.toString(QStringLiteral("MM-dd"))};
            // Born on 29 February: greeted on the 28th in other years.
            if (day.month() == 2 && day.day() == 28 && !QDate::isLeapYear(day.year()))
                monthDays << QStringLiteral("02-29");
            for (const QString& monthDay : monthDays) {
                Result<QList<CallbackTarget>> born = callbacks.birthdays(monthDay, day);
                if (!born)
                    return born.error();
                for (const CallbackTarget& target : born.value()) {
                    if (Status done = make(CallbackReason::Birthday, target); !done)
                        return done.error();
                }
            }
        }
    }

    if (rules->holidays) {
        Result<QList<Holiday>> holidays = callbacks.holidays();
        if (!holidays)
            return holidays.error();
        for (const Holiday& holiday : holidays.value()) {
            if (holiday.day < from || holiday.day > until)
                continue;
            const QString prefix = QStringLiteral("holiday:%1:c").arg(holiday.id);
            Result<int> greeted = callbacks.greetEveryone(
                prefix, holiday.name, rules->dueOn(holiday.day, std::nullopt), now, by.userId);
            if (!greeted)
                return greeted.error();
            made += greeted.value();
            Result<QList<CallbackTarget>> withHours =
                callbacks.contactableWithHours(prefix, holiday.name, holiday.day);
            if (!withHours)
                return withHours.error();
            for (const CallbackTarget& target : withHours.value()) {
                if (Status done = make(CallbackReason::Holiday, target); !done)
                    return done.error();
            }
        }
    }

    Result<QList<ServiceInterval>> intervals = callbacks.serviceIntervals();
    if (!intervals)
        return intervals.error();
    for (const ServiceInterval& interval : intervals.value()) {
        Result<QList<CallbackRepository::ServicedLine>> lines =
            callbacks.servicedLines(interval.product, until);
        if (!lines)
            return lines.error();
        for (const CallbackRepository::ServicedLine& line : lines.value()) {
            // The n-th service falls `n × days` after the purchase; those in the window.
            const qint64 sinceFrom = line.purchasedOn.daysTo(from);
            for (qint64 n = std::max<qint64>(1, (sinceFrom + interval.days - 1) / interval.days);
                 n * interval.days <= maintenanceHorizonDays; ++n) {
                const QDate day = line.purchasedOn.addDays(n * interval.days);
                if (day > until)
                    break;
                if (day < from)
                    continue;
                const CallbackTarget target{
                    line.customerId,   line.ownerId,
                    line.contactHours, QStringLiteral("maintenance:%1:%2").arg(line.lineId).arg(n),
                    line.product,      day};
                if (Status done = make(CallbackReason::Maintenance, target); !done)
                    return done.error();
            }
        }
    }

    if (Status saved = callbacks.setGeneratedUntil(until); !saved)
        return saved.error();
    if (made > 0) {
        if (Status logged =
                AuditLog(m_database, m_clock)
                    .append(by, QStringLiteral("callback.generate"), QStringLiteral("callbacks"),
                            until.toString(Qt::ISODate),
                            AuditLog::details({{QStringLiteral("made"), QString::number(made)}}));
            !logged)
            return logged.error();
    }
    return made;
}

} // namespace cc
