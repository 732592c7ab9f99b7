#pragma once

#include "accounts/Roles.h"
#include "base/Progress.h"
#include "base/Result.h"

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

/// Customers lost in a period, against all on file (seed 001 项目八: 客户流失率).
struct ChurnReport {
    QDate from; ///< the first day, local time
    QDate to;   ///< the last day, local time, included
    /// Files on record at the end of the period (files merged into another are not counted).
    qint64 customers = 0;
    /// Customers marked lost in the period, each once, including those won back since.
    qint64 lost = 0;
    QMap<QString, qint64> lostByReason; ///< the reason as the clerk wrote it
    /// The reasons, the most frequent first (ties by name).
    QList<std::pair<QString, qint64>> reasonsByCount() const;
    qint64 wonBack = 0; ///< customers marked won back in the period
    /// Purchases up to the end of the period: of all customers, and of those lost.
    qint64 purchasesFen = 0;
    qint64 lostPurchasesFen = 0;
    /// Absolute churn rate, percent: lost / customers × 100.
    double absoluteRate() const;
    /// Relative churn rate, percent: the absolute rate × the lost customers' average
    /// purchase / the average purchase of all customers. None without purchases.
    std::optional<double> relativeRate() const;
};

/// Reports for supervisors and managers. Read-only. A report on a large store takes a
/// moment: `progress` hears how far along, and a "stop" abandons it.
class ReportService {
    Q_DECLARE_TR_FUNCTIONS(cc::ReportService)

public:
    ReportService(Database& database, const Clock& clock);

    /// Complaints received in the local month of `month` (any day of it).
    Result<MonthlyReport> monthly(const Actor& by, const QDate& month,
                                  const Progress& progress = {});
    /// Customers lost from `from` to `to`, both local days and included.
    Result<ChurnReport> churn(const Actor& by, const QDate& from, const QDate& to,
                              const Progress& progress = {});

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace cc
