#pragma once

#include "Result.h"
#include "Roles.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>

#include <optional>

namespace cc {

class Clock;
class Database;

/// The monthly complaint statistics (客户月投诉统计表, seed 003 篇九 (8)).
struct MonthlyReport {
    QDate month; ///< the first day of the month, local time
    qint64 total = 0;
    /// Complaints received in the month by stored key (quality, walk_in, major, ...).
    QMap<QString, qint64> byCategory;
    QMap<QString, qint64> bySeverity;
    QMap<QString, qint64> byChannel;
    QMap<QString, qint64> byStatus; ///< where those complaints stand now
    qint64 resolvedOnTime = 0;      ///< resolved or closed, and resolved before the promise ran out
    qint64 resolvedLate = 0;
    std::optional<double> averageSatisfaction; ///< of those that gave one (1 to 5)
    qint64 compensationGrantedFen = 0;         ///< approved on the month's complaints
};

/// Reports for supervisors and managers. Read-only.
class ReportService {
    Q_DECLARE_TR_FUNCTIONS(cc::ReportService)

public:
    ReportService(Database& database, const Clock& clock);

    /// Complaints received in the local month of `month` (any day of it).
    Result<MonthlyReport> monthly(const Actor& by, const QDate& month);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace cc
