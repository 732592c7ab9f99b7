#pragma once

#include "Callback.h"
#include "accounts/Roles.h"
#include "base/Result.h"

#include <QCoreApplication>

namespace cc {

class Clock;
class Database;

/// Working the callbacks: the day's call list, outcomes, reassignment, manual calls, the
/// workload view, and the manager's holidays and service intervals. Every outcome is
/// written onto the customer's contact log in the same transaction, and audited.
///
/// A callback is worked by its assignee, or by a supervisor or manager; the employee
/// named in a complaint never makes its follow-up.
class CallbackService {
    Q_DECLARE_TR_FUNCTIONS(cc::CallbackService)

public:
    CallbackService(Database& database, const Clock& clock);

    /// Reads the schedule: first makes the greetings and reminders due by the filter's
    /// last day (or today), then lists. Oldest first; a customer's newest first.
    Result<QList<Callback>> list(const Actor& by, const CallbackFilter& filter);
    Result<Callback> get(const Actor& by, qint64 id);
    /// Makes the greetings and reminders due by `upTo` (see CallbackScheduler).
    Result<int> prepare(const Actor& by, const QDate& upTo);

    /// A manual callback, assigned to whoever arranges it.
    Result<Callback> add(const Actor& by, qint64 customerId, const QDateTime& dueUtc,
                         const QString& note);
    /// The call was made. Satisfaction 1–5 where asked; on a complaint's follow-up it is
    /// also the case's satisfaction, and the outcome goes on the case's timeline.
    Result<Callback> done(const Actor& by, qint64 id, const QString& outcome,
                          std::optional<int> satisfaction);
    /// Nobody answered: tried again the next day, missed after the last try.
    Result<Callback> noAnswer(const Actor& by, qint64 id);
    Result<Callback> reschedule(const Actor& by, qint64 id, const QDateTime& toUtc,
                                const QString& why = {});
    Result<Callback> cancel(const Actor& by, qint64 id, const QString& reason);
    /// Supervisors and managers.
    Result<Callback> assign(const Actor& by, qint64 id, const QString& username);

    /// How many calls `assigneeId` (everyone's when empty) has to make today.
    Result<CallbackCounts> todayCounts(const Actor& by, std::optional<qint64> assigneeId);

    /// Everyone's callbacks with their on-time rate over 30 days (supervisors, managers).
    Result<QList<CallbackWorkload>> workload(const Actor& by);

    Result<QList<Holiday>> holidays(const Actor& by);
    Result<Holiday> addHoliday(const Actor& by, const QString& name, const QDate& day);
    Status removeHoliday(const Actor& by, qint64 id);
    Result<QList<ServiceInterval>> serviceIntervals(const Actor& by);
    /// Sets the interval of a product; 0 days removes it.
    Status setServiceInterval(const Actor& by, const QString& product, int days);

private:
    /// One outcome in one write transaction: `change` edits the callback and returns the
    /// contact log note; the callback is saved, the note logged and the action audited.
    Result<Callback> work(const Actor& by, qint64 id, const QString& auditAction,
                          const std::function<Result<QString>(Callback&)>& change);
    Result<Callback> requireWorkable(const Actor& by, qint64 id);
    /// The due time is not outside the customer's contact hours, nor are calls declined.
    Status requireReachable(qint64 customerId, const QDateTime& dueUtc, const QString& field);

    Database& m_database;
    const Clock& m_clock;
};

} // namespace cc
