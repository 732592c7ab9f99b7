#pragma once

#include "Complaint.h"
#include "base/Result.h"

#include <QCoreApplication>

#include <functional>

namespace cc {

class Database;

/// SQL for complaints and their timelines. No rules here: ComplaintService decides.
class ComplaintRepository {
    Q_DECLARE_TR_FUNCTIONS(cc::ComplaintRepository)

public:
    explicit ComplaintRepository(Database& database)
        : m_database(database)
    {}

    /// The next sequence number of a day, from the day's counter row: inside a write
    /// transaction, so gap-free; the row stays locked until it ends, so two counters on one
    /// server never take the same number.
    Result<int> nextSequence(const QString& day);
    Result<qint64> insert(const Complaint& complaint, const QString& day, int sequence,
                          qint64 createdBy, const QDateTime& now);
    Status updateState(const Complaint& complaint, const QDateTime& now);
    Status addEvent(qint64 complaintId, const ComplaintEventEntry& event,
                    std::optional<qint64> actorId);
    Result<std::optional<Complaint>> byNumber(const QString& number);
    Result<qint64> addCustody(qint64 complaintId, const CustodyItem& item,
                              std::optional<qint64> takenBy);
    /// Marks every item still held for the case as returned; returns how many.
    Result<int> returnCustody(qint64 complaintId, const QDateTime& at,
                              std::optional<qint64> returnedBy);
    /// Ticks (or unticks) one of the five "clears"; false when nothing changed.
    Result<bool> setCheck(qint64 complaintId, HandlingCheck check, bool done,
                          std::optional<qint64> by, const QDateTime& at);
    Result<QList<Complaint>> list(const ComplaintFilter& filter, const QDateTime& asOfUtc);
    /// The same cases one at a time, as SQLite reads them: a list of millions is never held.
    Status each(const ComplaintFilter& filter, const QDateTime& asOfUtc,
                const std::function<void(const Complaint&)>& visit);
    /// Complaints of a customer received on or after `sinceUtc` (repeat-complaint rule).
    Result<int> countSince(qint64 customerId, const QDateTime& sinceUtc);
    /// Open cases overdue at `asOfUtc` (the navigation badge).
    Result<int> countOverdue(const QDateTime& asOfUtc);

private:
    Database& m_database;
};

} // namespace cc
