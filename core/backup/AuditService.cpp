#include "AuditService.h"

#include "accounts/Permissions.h"
#include "base/Clock.h"
#include "base/Csv.h"
#include "storage/AuditHead.h"
#include "storage/WriteTransaction.h"

#include "BackupService.h"
#include "base/PrivateFile.h"
#include "storage/Database.h"
#include "store/StoreSettings.h"
#include <QFileInfo>

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <algorithm>

namespace cc {

AuditService::AuditService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<QList<AuditEntry>> AuditService::list(const Actor& by, const AuditFilter& filter)
{
    if (Status allowed = Permissions::require(by, Action::ViewAuditLog); !allowed)
        return allowed.error();
    return AuditLog(m_database, m_clock).list(filter);
}

Status AuditService::each(const Actor& by, const AuditFilter& filter,
                          const std::function<void(const AuditEntry&)>& visit)
{
    if (Status allowed = Permissions::require(by, Action::ViewAuditLog); !allowed)
        return allowed;
    return AuditLog(m_database, m_clock).each(filter, visit);
}

Result<AuditVerification> AuditService::verify()
{
    // Every anchor this PC holds: the head file (AuditLog reads it) and the manifests of the
    // store's backups made since the last restore set the history back.
    QList<AuditAnchor> anchors;
    if (Result<QString> folder = StoreSettings(m_database, m_clock).backupFolder(); folder) {
        const QDateTime resetAt = AuditHead::resetAt(m_database.path());
        const QDir dir(folder.value());
        for (const QString& name :
             dir.entryList({QStringLiteral("*.sqlite.json")}, QDir::Files | QDir::Readable)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const std::optional<BackupManifest> manifest = BackupManifest::fromJson(file.readAll());
            if (!manifest || manifest->auditHead.isEmpty() ||
                (resetAt.isValid() && manifest->at.isValid() && manifest->at < resetAt))
                continue;
            for (const auto& [table, rows] : manifest->rowCounts) {
                if (table == QLatin1String("audit_log"))
                    anchors.append({rows, manifest->auditHead, name});
            }
        }
    }
    return AuditLog(m_database, m_clock).verify(anchors);
}

Result<qint64> AuditService::exportCsv(const Actor& by, AuditFilter filter, const QString& path)
{
    if (Status allowed = Permissions::require(by, Action::ExportAuditLog); !allowed)
        return allowed.error();

    AuditLog log(m_database, m_clock);
    QList<AuditEntry> entries;
    filter.beforeId = 0;
    filter.limit = 5000;
    for (;;) {
        Result<QList<AuditEntry>> page = log.list(filter);
        if (!page)
            return page.error();
        entries.append(page.value());
        if (page->size() < filter.limit)
            break;
        filter.beforeId = page->constLast().id;
    }
    std::reverse(entries.begin(), entries.end());

    // QSaveFile: a failed export never leaves a half-written file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Validation, tr("File: cannot write %1.").arg(path));
    file.setPermissions(PrivateFile::permissions); // it names customers by file number
    file.write(Csv::utf8Bom());
    file.write(Csv::row({tr("Entry"), tr("Time"), tr("User"), tr("Action"), tr("Kind"), tr("Id"),
                         tr("Detail"), tr("Hash")})
                   .toUtf8());
    for (const AuditEntry& entry : entries) {
        file.write(
            Csv::row({QString::number(entry.id), toIsoLocal(entry.at), entry.actor, entry.action,
                      entry.entityKind, entry.entityId, entry.detail, entry.hash})
                .toUtf8());
    }

    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    if (Status logged = log.append(
            by, QStringLiteral("audit.export"), QStringLiteral("audit"), QString(),
            AuditLog::details({{QStringLiteral("entries"), QString::number(entries.size())},
                               {QStringLiteral("file"), QFileInfo(path).fileName()}}));
        !logged)
        return logged.error();
    if (!file.commit())
        return makeError(ErrorCode::Validation, tr("File: cannot write %1.").arg(path));
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return qint64(entries.size());
}

} // namespace cc
