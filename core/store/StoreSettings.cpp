#include "StoreSettings.h"

#include "accounts/AuditLog.h"
#include "accounts/Permissions.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/WriteTransaction.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

namespace cc {

namespace {
const QString idleLockKey = QStringLiteral("idle_lock_minutes");
const QString tiersKey = QStringLiteral("tier_thresholds_fen");
const QString majorAmountKey = QStringLiteral("major_amount_fen");
const QString compensationWarnKey = QStringLiteral("compensation_warn_fen");
const QString backupFolderKey = QStringLiteral("backup_folder");
} // namespace

int StoreSettings::storedInt(const Result<QString>& stored, int low, int high, int fallback)
{
    bool ok = false;
    const int number = stored ? stored.value().toInt(&ok) : 0;
    return ok && number >= low && number <= high ? number : fallback;
}

StoreSettings::StoreSettings(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<QString> StoreSettings::value(const QString& key)
{
    Query query(m_database, QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    query.bind(QStringLiteral(":key"), key);
    if (Status done = query.exec(QStringLiteral("settings.get")); !done)
        return done.error();
    return query.next() ? query.value(0).toString() : QString();
}

Status StoreSettings::setValue(const Actor& by, const QString& key, const QString& value)
{
    return setValues(by, {{key, value}});
}

Status StoreSettings::setValues(const Actor& by, const QList<QPair<QString, QString>>& values,
                                Action action)
{
    if (Status allowed = Permissions::require(by, action); !allowed)
        return allowed.error();
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    for (const auto& [key, value] : values) {
        Result<QString> current = this->value(key);
        if (!current)
            return current.error();
        if (current.value() == value)
            continue; // nothing changed: nothing to write or record
        Query upsert(m_database,
                     QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        upsert.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), value);
        if (Status done = upsert.exec(QStringLiteral("settings.set")); !done)
            return done;
        if (Status logged =
                AuditLog(m_database, m_clock)
                    .append(by, QStringLiteral("settings.set"), QStringLiteral("setting"), key,
                            AuditLog::details({{QStringLiteral("value"), value}}));
            !logged)
            return logged;
    }
    return transaction.commit();
}

Result<int> StoreSettings::idleLockMinutes()
{
    Result<QString> stored = value(idleLockKey);
    if (!stored)
        return stored.error();
    bool ok = false;
    const int minutes = stored.value().toInt(&ok);
    if (!ok || minutes < minIdleLockMinutes || minutes > maxIdleLockMinutes)
        return defaultIdleLockMinutes;
    return minutes;
}

Status StoreSettings::setIdleLockMinutes(const Actor& by, int minutes)
{
    if (minutes < minIdleLockMinutes || minutes > maxIdleLockMinutes)
        return makeError(ErrorCode::Validation, tr("Lock after: choose between %1 and %2 minutes.")
                                                    .arg(minIdleLockMinutes)
                                                    .arg(maxIdleLockMinutes));
    return setValue(by, idleLockKey, QString::number(minutes));
}

Result<StoreSettings::TierThresholds> StoreSettings::tierThresholds()
{
    Result<QString> stored = value(tiersKey);
    if (!stored)
        return stored.error();
    TierThresholds thresholds;
    const QStringList parts = stored.value().split(QLatin1Char(','));
    if (parts.size() == 3) {
        bool ok1 = false, ok2 = false, ok3 = false;
        const TierThresholds parsed{parts[0].toLongLong(&ok1), parts[1].toLongLong(&ok2),
                                    parts[2].toLongLong(&ok3)};
        if (ok1 && ok2 && ok3)
            thresholds = parsed;
    }
    return thresholds;
}

Status StoreSettings::setTierThresholds(const Actor& by, const TierThresholds& thresholds)
{
    if (thresholds.silverFen <= 0 || thresholds.goldFen <= thresholds.silverFen ||
        thresholds.vipFen <= thresholds.goldFen)
        return makeError(ErrorCode::Validation,
                         tr("Tiers: each threshold must be above zero and above the one before."));
    return setValue(by, tiersKey,
                    QStringLiteral("%1,%2,%3")
                        .arg(thresholds.silverFen)
                        .arg(thresholds.goldFen)
                        .arg(thresholds.vipFen));
}

Result<qint64> StoreSettings::majorAmountFen()
{
    Result<QString> stored = value(majorAmountKey);
    if (!stored)
        return stored.error();
    bool ok = false;
    const qint64 fen = stored.value().toLongLong(&ok);
    return ok && fen > 0 ? fen : defaultMajorAmountFen;
}

Status StoreSettings::setMajorAmountFen(const Actor& by, qint64 fen)
{
    if (fen <= 0)
        return makeError(ErrorCode::Validation, tr("Major from: the amount must be above zero."));
    return setValue(by, majorAmountKey, QString::number(fen));
}

Result<qint64> StoreSettings::compensationWarnFen()
{
    Result<QString> stored = value(compensationWarnKey);
    if (!stored)
        return stored.error();
    bool ok = false;
    const qint64 fen = stored.value().toLongLong(&ok);
    return ok && fen > 0 ? fen : defaultCompensationWarnFen;
}

Status StoreSettings::setCompensationWarnFen(const Actor& by, qint64 fen)
{
    if (fen <= 0)
        return makeError(ErrorCode::Validation, tr("Warn above: the amount must be above zero."));
    return setValue(by, compensationWarnKey, QString::number(fen));
}

QString StoreSettings::defaultBackupFolder(const QString& databasePath)
{
    return QDir(QFileInfo(databasePath).absolutePath()).filePath(QStringLiteral("backups"));
}

Result<QString> StoreSettings::backupFolder()
{
    Result<QString> stored = value(backupFolderKey);
    if (!stored)
        return stored.error();
    return stored.value().isEmpty() ? defaultBackupFolder(m_database.path()) : stored.value();
}

Status StoreSettings::setBackupFolder(const Actor& by, const QString& folder)
{
    if (Status allowed = Permissions::require(by, Action::BackupRestore); !allowed)
        return allowed.error();
    const QString trimmed = folder.trimmed();
    if (trimmed.isEmpty() || QDir::isRelativePath(trimmed))
        return makeError(ErrorCode::Validation,
                         tr("Backup folder: give a full path, such as /media/usb/backups."));
    const QString clean = QDir::cleanPath(trimmed);
    if (!QDir().mkpath(clean) || !QFileInfo(clean).isDir())
        return makeError(ErrorCode::Validation,
                         tr("Backup folder: %1 cannot be created; is the disk plugged in?")
                             .arg(QDir::toNativeSeparators(clean)));
    {
        QTemporaryFile probe(QDir(clean).filePath(QStringLiteral("countercare-probe-XXXXXX")));
        if (!probe.open())
            return makeError(
                ErrorCode::Validation,
                tr("Backup folder: %1 cannot be written to.").arg(QDir::toNativeSeparators(clean)));
    }
    return setValues(by, {{backupFolderKey, clean}}, Action::BackupRestore);
}

} // namespace cc
