#include "BackupService.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "Migrations.h"
#include "Permissions.h"
#include "WriteTransaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace cc {

namespace {

// The tables whose row counts a manifest records.
const QStringList countedTables{QStringLiteral("customers"),     QStringLiteral("purchases"),
                                QStringLiteral("contacts"),      QStringLiteral("complaints"),
                                QStringLiteral("compensations"), QStringLiteral("callbacks"),
                                QStringLiteral("users"),         QStringLiteral("audit_log")};

Result<QString> sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::Validation,
            BackupService::tr("Backup: cannot read %1: %2").arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return makeError(ErrorCode::Validation,
                         BackupService::tr("Backup: cannot read %1.").arg(path));
    return QString::fromLatin1(hash.result().toHex());
}

Status syncFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0 || ::fsync(fd) != 0) {
        if (fd >= 0)
            ::close(fd);
        return makeError(ErrorCode::Validation,
                         BackupService::tr("Backup: cannot flush %1 to disk.").arg(path));
    }
    ::close(fd);
    return {};
}

/// What an opened copy holds: schema, integrity, counts and the audit head.
Result<BackupManifest> describe(Database& copy, const QString& path)
{
    Result<QVariant> integrity = copy.scalar(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return integrity.error();
    if (integrity->toString() != QLatin1String("ok"))
        return makeError(
            ErrorCode::Validation,
            BackupService::tr("Backup: %1 is damaged: %2").arg(path, integrity->toString()));
    BackupManifest manifest;
    manifest.file = QFileInfo(path).fileName();
    manifest.schemaVersion = copy.schemaVersion();
    for (const QString& table : countedTables) {
        Result<QVariant> count =
            copy.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)); // fixed names
        if (!count)
            return count.error();
        manifest.rowCounts.append({table, count->toLongLong()});
    }
    Result<QVariant> head =
        copy.scalar(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!head)
        return head.error();
    manifest.auditHead = head->toString();
    return manifest;
}

QString manifestPath(const QString& backupPath)
{
    return backupPath + QStringLiteral(".json");
}

} // namespace

QByteArray BackupManifest::toJson() const
{
    QJsonObject counts;
    for (const auto& [table, rows] : rowCounts)
        counts.insert(table, rows);
    return QJsonDocument(QJsonObject{{QStringLiteral("file"), file},
                                     {QStringLiteral("at"), toIsoLocal(at)},
                                     {QStringLiteral("schema_version"), schemaVersion},
                                     {QStringLiteral("row_counts"), counts},
                                     {QStringLiteral("sha256"), sha256},
                                     {QStringLiteral("audit_head"), auditHead}})
        .toJson(QJsonDocument::Indented);
}

std::optional<BackupManifest> BackupManifest::fromJson(const QByteArray& json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    if (object.isEmpty())
        return std::nullopt;
    BackupManifest manifest;
    manifest.file = object.value(QStringLiteral("file")).toString();
    manifest.at = parseIsoDateTime(object.value(QStringLiteral("at")).toString());
    manifest.schemaVersion = object.value(QStringLiteral("schema_version")).toInt();
    const QJsonObject counts = object.value(QStringLiteral("row_counts")).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        manifest.rowCounts.append({it.key(), it.value().toInteger()});
    manifest.sha256 = object.value(QStringLiteral("sha256")).toString();
    manifest.auditHead = object.value(QStringLiteral("audit_head")).toString();
    return manifest;
}

BackupService::BackupService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<BackupManifest> BackupService::backup(const Actor& by, const QString& toPath)
{
    if (Status allowed = Permissions::require(by, Action::BackupRestore); !allowed)
        return allowed.error();
    const QString target = QFileInfo(toPath).absoluteFilePath();
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(m_database.path()).absoluteFilePath())
        return makeError(ErrorCode::Validation,
                         tr("--to: a backup cannot replace the database itself."));
    if (!QFileInfo(QFileInfo(target).absolutePath()).isDir())
        return makeError(ErrorCode::Validation,
                         tr("--to: the folder %1 does not exist.")
                             .arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath())));
    // Snapshot into a temporary file beside the target, check it, then rename: a backup
    // that fails half-way never leaves a file that looks complete.
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    if (Status vacuumed = m_database.execute(
            QStringLiteral("VACUUM INTO '%1'")
                .arg(QString(partial).replace(QLatin1Char('\''), QStringLiteral("''"))));
        !vacuumed) {
        QFile::remove(partial);
        return makeError(ErrorCode::Validation,
                         tr("Backup: cannot write %1: %2").arg(target, vacuumed.error().message));
    }
    if (Status synced = syncFile(partial); !synced) {
        QFile::remove(partial);
        return synced.error();
    }
    Result<BackupManifest> manifest = makeError(ErrorCode::Internal, QString());
    {
        OpenOptions readOnly;
        readOnly.create = false;
        readOnly.readOnly = true;
        readOnly.migrate = false;
        Result<std::unique_ptr<Database>> copy = Database::open(partial, readOnly);
        if (!copy) {
            QFile::remove(partial);
            return copy.error();
        }
        manifest = describe(*copy.value(), target);
    }
    if (!manifest) {
        QFile::remove(partial);
        return manifest.error();
    }
    Result<QString> sha = sha256Of(partial);
    if (!sha) {
        QFile::remove(partial);
        return sha.error();
    }
    BackupManifest made = manifest.value();
    made.sha256 = sha.value();
    made.at = m_clock.nowUtc();
    if (std::rename(QFile::encodeName(partial).constData(),
                    QFile::encodeName(target).constData()) != 0) {
        QFile::remove(partial);
        return makeError(ErrorCode::Validation, tr("Backup: cannot write %1.").arg(target));
    }
    QFile json(manifestPath(target));
    if (!json.open(QIODevice::WriteOnly | QIODevice::Truncate) || json.write(made.toJson()) < 0)
        return makeError(ErrorCode::Validation,
                         tr("Backup: cannot write the manifest %1.").arg(json.fileName()));
    json.close();
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    if (Status logged =
            AuditLog(m_database, m_clock)
                .append(by, QStringLiteral("backup.create"), QStringLiteral("backup"), made.file,
                        AuditLog::details({{QStringLiteral("sha256"), made.sha256}}));
        !logged)
        return logged.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return made;
}

Result<BackupManifest> BackupService::verify(const QString& path)
{
    if (!QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound, tr("--from: there is no file %1.").arg(path));
    OpenOptions readOnly;
    readOnly.create = false;
    readOnly.readOnly = true;
    readOnly.migrate = false;
    Result<BackupManifest> described = makeError(ErrorCode::Internal, QString());
    {
        Result<std::unique_ptr<Database>> copy = Database::open(path, readOnly);
        if (!copy)
            return makeError(ErrorCode::Validation,
                             tr("--from: %1 is not a usable CounterCare backup: %2")
                                 .arg(path, copy.error().message));
        described = describe(*copy.value(), path);
    }
    if (!described)
        return described.error();
    Result<QString> sha = sha256Of(path);
    if (!sha)
        return sha.error();
    BackupManifest result = described.value();
    result.sha256 = sha.value();
    QFile json(manifestPath(path));
    if (json.open(QIODevice::ReadOnly)) {
        const std::optional<BackupManifest> recorded = BackupManifest::fromJson(json.readAll());
        if (recorded && recorded->sha256 != sha.value())
            return makeError(ErrorCode::Validation,
                             tr("--from: %1 does not match its manifest (SHA-256 differs): the "
                                "copy was changed or damaged.")
                                 .arg(path));
        if (recorded)
            result.at = recorded->at;
    }
    return result;
}

Result<QString> BackupService::restore(std::unique_ptr<Database>& database, const Clock& clock,
                                       const Actor& by, const QString& fromPath)
{
    if (Status allowed = Permissions::require(by, Action::BackupRestore); !allowed)
        return allowed.error();
    Result<BackupManifest> checked = verify(fromPath);
    if (!checked)
        return checked.error();
    if (checked->schemaVersion > Migrations::latestVersion())
        return makeError(ErrorCode::Validation,
                         tr("--from: the backup has schema %1, newer than this program's %2.")
                             .arg(checked->schemaVersion)
                             .arg(Migrations::latestVersion()));
    const QString current = database->path();
    const QString safety =
        current +
        QStringLiteral(".before-restore-%1")
            .arg(clock.nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    // The safety copy of what is replaced, made and checked like any backup.
    {
        BackupService service(*database, clock);
        Result<BackupManifest> kept = service.backup(by, safety);
        if (!kept)
            return kept.error();
    }
    // Copy the backup beside the database first, so the swap is one rename.
    const QString incoming = current + QStringLiteral(".restore-part");
    QFile::remove(incoming);
    if (!QFile::copy(fromPath, incoming))
        return makeError(ErrorCode::Validation,
                         tr("Restore: cannot copy %1 beside the database.").arg(fromPath));
    if (Status synced = syncFile(incoming); !synced) {
        QFile::remove(incoming);
        return synced.error();
    }
    (void)database->execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    database.reset(); // no connection may hold the old file during the swap
    QFile::remove(current + QStringLiteral("-wal"));
    QFile::remove(current + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(incoming).constData(),
                    QFile::encodeName(current).constData()) != 0) {
        QFile::remove(incoming);
        Result<std::unique_ptr<Database>> back = Database::open(current);
        if (back)
            database = std::move(back.value());
        return makeError(ErrorCode::Validation,
                         tr("Restore: cannot replace %1; it was left as it was.").arg(current));
    }
    Result<std::unique_ptr<Database>> reopened = Database::open(current);
    if (!reopened)
        return reopened.error();
    database = std::move(reopened.value());
    WriteTransaction transaction(*database);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    if (Status logged = AuditLog(*database, clock)
                            .append(by, QStringLiteral("backup.restore"), QStringLiteral("backup"),
                                    QFileInfo(fromPath).fileName(),
                                    AuditLog::details({{QStringLiteral("sha256"), checked->sha256},
                                                       {QStringLiteral("safety_copy"),
                                                        QFileInfo(safety).fileName()}}));
        !logged)
        return logged.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return safety;
}

} // namespace cc
