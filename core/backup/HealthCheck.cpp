#include "HealthCheck.h"

#include "AuditService.h"

#include "accounts/AuditLog.h"
#include "base/Clock.h"
#include "storage/Database.h"
#include "storage/FileCheckSchedule.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cc {

bool HealthReport::ok() const
{
    return integrity == QLatin1String("ok") && audit == QLatin1String("ok");
}

Result<HealthReport> HealthCheck::run(Database& database, const Clock& clock)
{
    HealthReport report;
    report.schemaVersion = database.schemaVersion();
    {
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
            report.integrity = query.lastError().databaseText();
        } else {
            QStringList lines;
            while (query.next())
                lines << query.value(0).toString();
            report.integrity = lines.join(QLatin1Char('\n'));
        }
    }
    // integrity_check reads more than the start-up check does: it counts as one, and damage
    // it finds stops every writer of the file until a check passes or a backup is restored.
    if (report.integrity == QLatin1String("ok") && !database.isReadOnly())
        (void)FileCheckSchedule::recordPassed(database, clock.nowUtc());
    else if (report.integrity != QLatin1String("ok"))
        FileCheckSchedule::recordFailed(database.path());
    Result<AuditVerification> chain = AuditService(database, clock).verify();
    if (!chain)
        report.audit = chain.error().message;
    else
        report.audit = chain->intact ? QStringLiteral("ok") : chain->problem;
    return report;
}

} // namespace cc
