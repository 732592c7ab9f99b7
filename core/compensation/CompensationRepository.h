#pragma once

#include "Compensation.h"
#include "base/Result.h"

#include <functional>

namespace cc {

class Database;

/// The SQL of compensation requests and the authority table. Callers hold the transaction.
class CompensationRepository {
public:
    explicit CompensationRepository(Database& database)
        : m_database(database)
    {}

    Result<AuthorityTable> authority();
    /// Writes one limit and bumps the table's version; returns the new version.
    Result<int> setLimit(CompensationKind kind, Role role, std::optional<qint64> maxFen);

    Result<qint64> insert(const Compensation& request, qint64 requestedBy);
    Result<std::optional<Compensation>> get(qint64 id);
    Result<QList<Compensation>> list(const CompensationFilter& filter);
    /// The same requests one at a time, as SQLite reads them.
    Status each(const CompensationFilter& filter,
                const std::function<void(const Compensation&)>& visit);
    Status saveDecision(const Compensation& request, qint64 decidedBy);
    Status saveRecommendation(qint64 id, qint64 by, const QDateTime& at, const QString& text);
    Result<int> pendingCount(qint64 complaintId);
    /// Approved compensation of a customer decided since `sinceUtc`.
    Result<CompensationHistory> approvedSince(qint64 customerId, const QDateTime& sinceUtc);

private:
    Database& m_database;
};

} // namespace cc
