#include "AutoBackup.h"

#include "accounts/AuditLog.h"
#include "base/Clock.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "store/StoreSettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace cc {

namespace {

const QString namePattern = QStringLiteral("'countercare-'yyyyMMdd-HHmmss");
/// The setting that says an exit backup was given up at a shutdown, and when.
constexpr const char* owedKey = "backup.exit_owed";

/// The backup's time from a name made by fileNameFor(), invalid for any other name.
QDateTime timeFromName(const QString& fileName)
{
    static const QRegularExpression pattern(
        QStringLiteral("^countercare-(\\d{8}-\\d{6})\\.sqlite$"));
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch())
        return {};
    QDateTime local = QDateTime::fromString(match.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
    return local.isValid() ? local.toUTC() : QDateTime();
}

bool folderWritable(const QString& folder)
{
    const QFileInfo info(folder);
    return info.isDir() && info.isWritable();
}

} // namespace

AutoBackup::AutoBackup(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

QString AutoBackup::fileNameFor(const QDateTime& at)
{
    return at.toLocalTime().toString(namePattern) + QStringLiteral(".sqlite");
}

QList<BackupEntry> AutoBackup::list(const QString& folder)
{
    QList<BackupEntry> entries;
    const QFileInfoList files =
        QDir(folder).entryInfoList({QStringLiteral("countercare-*.sqlite")}, QDir::Files);
    for (const QFileInfo& file : files) {
        BackupEntry entry;
        entry.at = timeFromName(file.fileName());
        if (!entry.at.isValid())
            continue; // not one of ours: never listed, never removed
        entry.path = file.absoluteFilePath();
        entry.bytes = file.size();
        QFile json(entry.path + QStringLiteral(".json"));
        if (json.open(QIODevice::ReadOnly)) {
            const std::optional<BackupManifest> manifest = BackupManifest::fromJson(json.readAll());
            entry.hasManifest = manifest.has_value();
            if (manifest && manifest->at.isValid())
                entry.at = manifest->at.toUTC();
        }
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(),
              [](const BackupEntry& a, const BackupEntry& b) { return a.at > b.at; });
    return entries;
}

QStringList AutoBackup::toPrune(const QList<BackupEntry>& newestFirst)
{
    // Grandfather-father-son: walking from the newest, the first backup seen in a period
    // is that period's keeper, for the most recent N periods of each kind.
    QSet<QString> kept;
    const auto keepNewestPer = [&](int periods, auto periodOf) {
        QList<qint64> seen;
        for (const BackupEntry& entry : newestFirst) {
            const qint64 period = periodOf(entry.at.toLocalTime().date());
            if (seen.contains(period))
                continue;
            if (seen.size() == periods)
                break;
            seen.append(period);
            kept.insert(entry.path);
        }
    };
    keepNewestPer(keepDaily, [](const QDate& day) { return day.toJulianDay(); });
    keepNewestPer(keepWeekly, [](const QDate& day) {
        int year = 0;
        const int week = day.weekNumber(&year);
        return qint64(year) * 100 + week;
    });
    keepNewestPer(keepMonthly,
                  [](const QDate& day) { return qint64(day.year()) * 100 + day.month(); });
    QStringList prune;
    for (const BackupEntry& entry : newestFirst)
        if (!kept.contains(entry.path))
            prune.append(entry.path);
    return prune;
}

Result<std::optional<BackupManifest>> AutoBackup::run(BackupTrigger trigger, const Actor& by,
                                                      const Progress& progress)
{
    StoreSettings settings(m_database, m_clock);
    Result<QString> folder = settings.backupFolder();
    if (!folder)
        return folder.error();
    const bool isDefault = folder.value() == StoreSettings::defaultBackupFolder(m_database.path());
    if (isDefault)
        QDir().mkpath(folder.value());
    if (!folderWritable(folder.value()))
        return makeError(ErrorCode::Validation,
                         tr("Backup folder %1 cannot be reached or written to; no backup was "
                            "made. Plug the disk in, or choose another folder in Admin.")
                             .arg(QDir::toNativeSeparators(folder.value())));
    const QDateTime now = m_clock.nowUtc();
    QList<BackupEntry> entries = list(folder.value());
    Result<bool> isOwed = owed();
    if (!isOwed)
        return isOwed.error();
    if (trigger == BackupTrigger::Start && !isOwed.value()) {
        const QDate today = now.toLocalTime().date();
        for (const BackupEntry& entry : entries)
            if (entry.at.toLocalTime().date() == today)
                return std::optional<BackupManifest>();
    }
    const QString target = QDir(folder.value()).filePath(fileNameFor(now));
    Result<BackupManifest> made = BackupService(m_database, m_clock).backup(by, target, progress);
    if (!made)
        return made.error();
    if (isOwed.value()) {
        Query paid(m_database, QStringLiteral("DELETE FROM settings WHERE key = :key"));
        paid.bind(QStringLiteral(":key"), QLatin1String(owedKey));
        if (Status done = paid.exec(QStringLiteral("backup.paid")); !done)
            return done.error();
    }
    for (const QString& old : toPrune(list(folder.value()))) {
        QFile::remove(old);
        QFile::remove(old + QStringLiteral(".json"));
    }
    return std::optional<BackupManifest>(made.value());
}

Status AutoBackup::owe()
{
    Query upsert(m_database,
                 QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    upsert.bind(QStringLiteral(":key"), QLatin1String(owedKey))
        .bind(QStringLiteral(":value"), toStoredTime(m_clock.nowUtc()));
    return upsert.exec(QStringLiteral("backup.owe"));
}

Result<bool> AutoBackup::owed()
{
    Query query(m_database, QStringLiteral("SELECT 1 FROM settings WHERE key = :key"));
    query.bind(QStringLiteral(":key"), QLatin1String(owedKey));
    if (Status done = query.exec(QStringLiteral("backup.owed")); !done)
        return done.error();
    return query.next();
}

Result<BackupStatus> AutoBackup::status()
{
    BackupStatus status;
    Result<QString> folder = StoreSettings(m_database, m_clock).backupFolder();
    if (!folder)
        return folder.error();
    status.folder = folder.value();
    const bool isDefault = status.folder == StoreSettings::defaultBackupFolder(m_database.path());
    // The default folder is made on the first backup; until then its parent counts.
    status.reachable = folderWritable(status.folder) ||
                       (isDefault && !QFileInfo::exists(status.folder) &&
                        folderWritable(QFileInfo(m_database.path()).absolutePath()));
    Result<std::optional<AuditEntry>> last =
        AuditLog(m_database, m_clock).newest(QStringLiteral("backup.create"));
    if (!last)
        return last.error();
    if (last.value())
        status.lastGoodAt = last.value()->at;
    const QDateTime now = m_clock.nowUtc();
    if (!status.reachable) {
        status.warning = BackupStatus::Warning::Unreachable;
        status.message = tr("The backup folder %1 cannot be reached: no backups are being made. "
                            "Plug the disk in, or choose another folder in Admin → Backups.")
                             .arg(QDir::toNativeSeparators(status.folder));
    } else if (!status.lastGoodAt.isValid()) {
        status.warning = BackupStatus::Warning::Never;
        status.message = tr("No backup has been made yet.");
    } else if (status.lastGoodAt.secsTo(now) > qint64(warnAfterDays) * 24 * 3600) {
        status.warning = BackupStatus::Warning::Stale;
        status.message =
            tr("No backup for %n day(s): the last good one is from %1.", nullptr,
               int(status.lastGoodAt.secsTo(now) / (24 * 3600)))
                .arg(QLocale().toString(status.lastGoodAt.toLocalTime(), QLocale::ShortFormat));
    }
    return status;
}

} // namespace cc
