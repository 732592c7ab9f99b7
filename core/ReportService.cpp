#include "ReportService.h"

#include "Clock.h"
#include "Database.h"
#include "Permissions.h"
#include "Query.h"

#include <QTimeZone>

namespace cc {

ReportService::ReportService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<MonthlyReport> ReportService::monthly(const Actor& by, const QDate& month)
{
    if (Status allowed = Permissions::require(by, Action::ViewReports); !allowed)
        return allowed.error();
    if (!month.isValid())
        return makeError(ErrorCode::Validation, tr("Month: give one like 2026-11."));
    MonthlyReport report;
    report.month = QDate(month.year(), month.month(), 1);
    // The month as the store lives it: from local midnight on the 1st to the next 1st.
    const QString from = toStoredTime(report.month.startOfDay(QTimeZone::systemTimeZone()).toUTC());
    const QString until =
        toStoredTime(report.month.addMonths(1).startOfDay(QTimeZone::systemTimeZone()).toUTC());

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
        if (Status done = counts.exec(QStringLiteral("report.monthly.counts")); !done)
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
        if (Status done = granted.exec(QStringLiteral("report.monthly.granted")); !done)
            return done.error();
        if (granted.next())
            report.compensationGrantedFen = granted.value(0).toLongLong();
    }
    return report;
}

} // namespace cc
