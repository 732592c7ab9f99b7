#pragma once

#include "Callback.h"
#include "base/Result.h"

namespace cc {

class Database;

/// A callback a rule or a user schedules.
struct NewCallback {
    qint64 customerId = 0;
    CallbackReason reason = CallbackReason::Manual;
    QString source; ///< unique per reason; empty for manual calls
    std::optional<qint64> complaintId;
    QDateTime dueAt;
    qint64 assigneeId = 0;
    QString note;
    QDateTime createdAt;
    std::optional<qint64> createdBy;
};

/// A customer a greeting or a reminder may go to.
struct CallbackTarget {
    qint64 customerId = 0;
    qint64 ownerId = 0;
    QString contactHours;
    QString source; ///< what makes the callback unique
    QString note;
    QDate day; ///< the day it is for
};

/// The SQL of callbacks, holidays and service intervals. Callers hold the transaction.
class CallbackRepository {
public:
    explicit CallbackRepository(Database& database)
        : m_database(database)
    {}

    /// False when a callback of the same reason and source exists already.
    Result<bool> insert(const NewCallback& callback, qint64* id = nullptr);
    Result<std::optional<Callback>> get(qint64 id);
    Result<QList<Callback>> list(const CallbackFilter& filter);
    /// Writes status, due time, assignee, tries, outcome, satisfaction and when finished.
    Status update(const Callback& callback, std::optional<qint64> finishedBy);
    /// The customer's contact log entry of a callback outcome.
    Status logContact(qint64 customerId, qint64 callbackId, const QDateTime& at, qint64 userId,
                      const QString& note);
    /// Cancels the pending callbacks of a customer (of the given reasons; all when empty).
    Result<int> cancelPending(qint64 customerId, const QList<CallbackReason>& reasons,
                              const QString& outcome, const QDateTime& at,
                              std::optional<qint64> by);
    Result<int> cancelPendingFollowups(qint64 complaintId, const QString& outcome,
                                       const QDateTime& at, std::optional<qint64> by);
    /// The newest follow-up of a case, whatever its status.
    Result<std::optional<Callback>> latestFollowup(qint64 complaintId);
    Result<int> followupCount(qint64 complaintId);
    Result<bool> hasPurchaseOn(qint64 customerId, const QDate& day);
    /// Pending calls due before `untilUtc`, and those due before `nowUtc`.
    Result<CallbackCounts> countPending(std::optional<qint64> assigneeId, const QDateTime& untilUtc,
                                        const QDateTime& nowUtc);

    /// Everyone active with callbacks or the right to make them, with their figures.
    Result<QList<CallbackWorkload>> workload(const QDateTime& dayStartUtc,
                                             const QDateTime& dayEndUtc, const QDateTime& nowUtc,
                                             const QDateTime& since30Utc);

    // Greetings and reminders, for customers who take calls.
    /// Customers and family members whose birthday falls on `monthDay` ("MM-DD").
    Result<QList<CallbackTarget>> birthdays(const QString& monthDay, const QDate& day);
    /// A holiday greeting for every file that takes calls at any time, in one statement;
    /// the source is `sourcePrefix` and the customer id. The number scheduled.
    Result<int> greetEveryone(const QString& sourcePrefix, const QString& note,
                              const QDateTime& dueUtc, const QDateTime& now,
                              std::optional<qint64> by);
    /// The files that take calls at set hours only: their due time is their own.
    Result<QList<CallbackTarget>> contactableWithHours(const QString& sourcePrefix,
                                                       const QString& note, const QDate& day);
    /// Purchase lines of a serviced product, bought on or before `until`.
    struct ServicedLine {
        qint64 lineId = 0;
        qint64 customerId = 0;
        qint64 ownerId = 0;
        QString contactHours;
        QString product;
        QDate purchasedOn;
    };
    Result<QList<ServicedLine>> servicedLines(const QString& product, const QDate& until);

    Result<QDate> generatedUntil();
    Status setGeneratedUntil(const QDate& day);

    Result<QList<Holiday>> holidays();
    Result<qint64> addHoliday(const QString& name, const QDate& day);
    Result<bool> removeHoliday(qint64 id);
    Result<QList<ServiceInterval>> serviceIntervals();
    /// Inserts or changes the interval of a product.
    Status setServiceInterval(const QString& product, int days);
    Result<bool> removeServiceInterval(const QString& product);

private:
    Database& m_database;
};

} // namespace cc
