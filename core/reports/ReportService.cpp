#include "ReportService.h"

#include "accounts/Permissions.h"
#include "base/Clock.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/SqliteWatch.h"

#include <QTimeZone>

#include <algorithm>

namespace cc {

namespace {

Error stopped()
{
    return makeError(ErrorCode::Conflict, ReportService::tr("Report stopped."));
}

// Runs one of a report's queries with its Stop listening; `share` is how far along the
// report is when the query starts.
Status run(Database& database, Query& query, const char* what, const Progress& progress, int share)
{
    if (progress && !progress(share))
        return stopped();
    SqliteWatch watch(database, progress, [share] { return share; });
    Status done = query.exec(QString::fromLatin1(what));
    if (watch.stopped())
        return stopped();
    return done;
}

// The local days from..to as stored UTC times: [start of `from`, start of the day after `to`).
std::pair<QString, QString> storedSpan(const QDate& from, const QDate& to)
{
    const QTimeZone zone = QTimeZone::systemTimeZone();
    return {toStoredTime(from.startOfDay(zone).toUTC()),
            toStoredTime(to.addDays(1).startOfDay(zone).toUTC())};
}

} // namespace

QList<std::pair<QString, qint64>> ChurnReport::reasonsByCount() const
{
    QList<std::pair<QString, qint64>> reasons;
    for (auto it = lostByReason.cbegin(); it != lostByReason.cend(); ++it)
        reasons.append({it.key(), it.value()});
    std::stable_sort(reasons.begin(), reasons.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    return reasons;
}

double ChurnReport::absoluteRate() const
{
    return customers > 0 ? 100.0 * double(lost) / double(customers) : 0.0;
}

std::optional<double> ChurnReport::relativeRate() const
{
    if (lost == 0)
        return 0.0;
    if (purchasesFen <= 0 || customers <= 0)
        return std::nullopt;
    const double lostAverage = double(lostPurchasesFen) / double(lost);
    const double allAverage = double(purchasesFen) / double(customers);
    return absoluteRate() * lostAverage / allAverage;
}

ReportService::ReportService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<MonthlyReport> ReportService::monthly(const Actor& by, const QDate& month,
                                             const Progress& progress)
{
    if (Status allowed = Permissions::require(by, Action::ViewReports); !allowed)
        return allowed.error();
    if (!month.isValid())
        return makeError(ErrorCode::Validation, tr("Month: give one like 2026-11."));
    MonthlyReport report;
    report.month = QDate(month.year(), month.month(), 1);
    // The month as the store lives it: from local midnight on the 1st to the next 1st.
    const auto [from, until] = storedSpan(report.month, report.month.addMonths(1).addDays(-1));

    // One pass over the month's entries of the covering index (schema 8).
    {
        Query counts(m_database, QStringLiteral(R"sql(
            SELECT category, severity, channel, status, count(*),
                   sum(satisfaction BETWEEN 1 AND 5),
                   sum(CASE WHEN satisfaction BETWEEN 1 AND 5 THEN satisfaction ELSE 0 END),
                   sum(resolved_at <= resolve_due), sum(resolved_at > resolve_due)
            FROM complaints INDEXED BY complaints_received
            WHERE received_at >= :from AND received_at < :until
            GROUP BY category, severity, channel, status
        )sql"));
        counts.bind(QStringLiteral(":from"), from).bind(QStringLiteral(":until"), until);
        if (Status done = run(m_database, counts, "report.monthly.counts", progress, 0); !done)
            return done.error();
        qint64 rated = 0;
        qint64 ratingSum = 0;
        while (counts.next()) {
            const qint64 n = counts.value(4).toLongLong();
            report.byCategory[counts.value(0).toString()] += n;
            report.bySeverity[counts.value(1).toString()] += n;
            report.byChannel[counts.value(2).toString()] += n;
            report.byStatus[counts.value(3).toString()] += n;
            report.total += n;
            rated += counts.value(5).toLongLong();
            ratingSum += counts.value(6).toLongLong();
            // Only resolved and closed cases have resolved_at.
            report.resolvedOnTime += counts.value(7).toLongLong();
            report.resolvedLate += counts.value(8).toLongLong();
        }
        if (rated > 0)
            report.averageSatisfaction = double(ratingSum) / double(rated);
    }
    {
        // From the month's complaints to their compensation, never the other way round.
        Query granted(m_database, QStringLiteral(R"sql(
            SELECT coalesce(sum(p.granted_fen), 0)
            FROM complaints c CROSS JOIN compensations p ON p.complaint_id = c.id
            WHERE c.received_at >= :from AND c.received_at < :until AND p.status = 'approved'
        )sql"));
        granted.bind(QStringLiteral(":from"), from).bind(QStringLiteral(":until"), until);
        if (Status done = run(m_database, granted, "report.monthly.granted", progress, 60); !done)
            return done.error();
        if (granted.next())
            report.compensationGrantedFen = granted.value(0).toLongLong();
    }
    if (progress && !progress(100))
        return stopped();
    return report;
}

Result<ChurnReport> ReportService::churn(const Actor& by, const QDate& from, const QDate& to,
                                         const Progress& progress)
{
    if (Status allowed = Permissions::require(by, Action::ViewReports); !allowed)
        return allowed.error();
    if (!from.isValid())
        return makeError(ErrorCode::Validation, tr("From: give a date like 2026-01-01."));
    if (!to.isValid())
        return makeError(ErrorCode::Validation, tr("To: give a date like 2026-12-31."));
    if (to < from)
        return makeError(ErrorCode::Validation, tr("To: the period ends before it begins."));
    ChurnReport report;
    report.from = from;
    report.to = to;
    const auto [start, until] = storedSpan(from, to);
    const QString lastDay = to.toString(Qt::ISODate);

    {
        Query customers(m_database, QStringLiteral(R"sql(
            SELECT count(*) FROM customers WHERE created_at < :until AND merged_into IS NULL
        )sql"));
        customers.bind(QStringLiteral(":until"), until);
        if (Status done = run(m_database, customers, "report.churn.customers", progress, 0); !done)
            return done.error();
        if (customers.next())
            report.customers = customers.value(0).toLongLong();
    }
    // The customers lost in the period, once each, with the reason they were lost for.
    const QString lostInPeriod = QStringLiteral(R"sql(
        SELECT s.customer_id AS id, max(s.reason) AS reason
        FROM customer_status_changes s CROSS JOIN customers c ON c.id = s.customer_id
        WHERE s.status = 'lost' AND s.at >= :start AND s.at < :until AND c.merged_into IS NULL
        GROUP BY s.customer_id
    )sql");
    {
        Query lost(
            m_database,
            QStringLiteral("SELECT reason, count(*) FROM (%1) GROUP BY reason").arg(lostInPeriod));
        lost.bind(QStringLiteral(":start"), start).bind(QStringLiteral(":until"), until);
        if (Status done = run(m_database, lost, "report.churn.lost", progress, 30); !done)
            return done.error();
        while (lost.next()) {
            const qint64 n = lost.value(1).toLongLong();
            report.lostByReason[lost.value(0).toString()] += n;
            report.lost += n;
        }
    }
    {
        Query wonBack(m_database, QStringLiteral(R"sql(
            SELECT count(DISTINCT s.customer_id)
            FROM customer_status_changes s CROSS JOIN customers c ON c.id = s.customer_id
            WHERE s.status = 'won_back' AND s.at >= :start AND s.at < :until
              AND c.merged_into IS NULL
        )sql"));
        wonBack.bind(QStringLiteral(":start"), start).bind(QStringLiteral(":until"), until);
        if (Status done = run(m_database, wonBack, "report.churn.won_back", progress, 35); !done)
            return done.error();
        if (wonBack.next())
            report.wonBack = wonBack.value(0).toLongLong();
    }
    {
        Query lostBought(m_database, QStringLiteral(R"sql(
            SELECT coalesce(sum(l.quantity * l.unit_price_fen), 0)
            FROM (%1) x CROSS JOIN purchases p ON p.customer_id = x.id
                CROSS JOIN purchase_lines l ON l.purchase_id = p.id
            WHERE p.purchased_on <= :last_day
        )sql")
                                         .arg(lostInPeriod));
        lostBought.bind(QStringLiteral(":start"), start)
            .bind(QStringLiteral(":until"), until)
            .bind(QStringLiteral(":last_day"), lastDay);
        if (Status done = run(m_database, lostBought, "report.churn.lost_purchases", progress, 40);
            !done)
            return done.error();
        if (lostBought.next())
            report.lostPurchasesFen = lostBought.value(0).toLongLong();
    }
    {
        // Every purchase line up to the end of the period: the one long read of the report,
        // taken a slice of line numbers at a time so that the bar moves.
        Query last(m_database, QStringLiteral("SELECT coalesce(max(id), 0) FROM purchase_lines"));
        if (Status done = run(m_database, last, "report.churn.lines", progress, 50); !done)
            return done.error();
        const qint64 lines = last.next() ? last.value(0).toLongLong() : 0;
        constexpr qint64 slice = 250'000;
        for (qint64 low = 1; low <= lines; low += slice) {
            Query bought(m_database, QStringLiteral(R"sql(
                SELECT coalesce(sum(l.quantity * l.unit_price_fen), 0)
                FROM purchase_lines l CROSS JOIN purchases p ON p.id = l.purchase_id
                WHERE l.id BETWEEN :low AND :high AND p.purchased_on <= :last_day
            )sql"));
            bought.bind(QStringLiteral(":low"), low)
                .bind(QStringLiteral(":high"), low + slice - 1)
                .bind(QStringLiteral(":last_day"), lastDay);
            const int share = 50 + int(50 * (low - 1) / lines);
            if (Status done = run(m_database, bought, "report.churn.purchases", progress, share);
                !done)
                return done.error();
            if (bought.next())
                report.purchasesFen += bought.value(0).toLongLong();
        }
    }
    if (progress && !progress(100))
        return stopped();
    return report;
}

} // namespace cc
