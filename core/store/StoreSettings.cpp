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
const QString replyHoursKey = QStringLiteral("promise_reply_hours");
const QString resolveDaysKey = QStringLiteral("promise_resolve_days");
const QString majorAmountKey = QStringLiteral("major_amount_fen");
const QString compensationWarnKey = QStringLiteral("compensation_warn_fen");
const QString purchaseDaysKey = QStringLiteral("callback_purchase_days");
const QString visitDaysKey = QStringLiteral("callback_visit_days");
const QString followupDaysKey = QStringLiteral("callback_followup_days");
const QString callAtKey = QStringLiteral("callback_call_at");
const QString birthdaysKey = QStringLiteral("callback_birthdays");
const QString holidaysKey = QStringLiteral("callback_holidays");
const QString maxTriesKey = QStringLiteral("callback_max_tries");
const QString backupFolderKey = QStringLiteral("backup_folder");

/// A stored whole number within [low, high], or `fallback` when unset or out of range.
int storedInt(const Result<QString>& stored, int low, int high, int fallback)
{
    bool ok = false;
    const int number = stored ? stored.value().toInt(&ok) : 0;
    return ok && number >= low && number <= high ? number : fallback;
}
} // namespace

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

Result<ServicePromise> StoreSettings::servicePromise()
{
    Result<QString> reply = value(replyHoursKey);
    if (!reply)
        return reply.error();
    Result<QString> resolve = value(resolveDaysKey);
    if (!resolve)
        return resolve.error();
    ServicePromise promise;
    promise.replyWithinHours = storedInt(reply, 1, 168, promise.replyWithinHours);
    promise.resolveWithinDays = storedInt(resolve, 1, 30, promise.resolveWithinDays);
    return promise;
}

Status StoreSettings::setServicePromise(const Actor& by, const ServicePromise& promise)
{
    if (promise.replyWithinHours < 1 || promise.replyWithinHours > 168)
        return makeError(ErrorCode::Validation, tr("Reply within: 1 to 168 hours."));
    if (promise.resolveWithinDays < 1 || promise.resolveWithinDays > 30)
        return makeError(ErrorCode::Validation, tr("Resolve within: 1 to 30 days."));
    if (promise.resolveWithinDays * 24 < promise.replyWithinHours)
        return makeError(ErrorCode::Validation,
                         tr("Resolve within: cannot be sooner than the reply is due."));
    return setValues(by, {{replyHoursKey, QString::number(promise.replyWithinHours)},
                          {resolveDaysKey, QString::number(promise.resolveWithinDays)}});
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

Result<CallbackRules> StoreSettings::callbackRules()
{
    CallbackRules rules;
    // A copy of the untouched rules (a second construction trips a GCC 12 -O2 false warning).
    const CallbackRules defaults = rules;
    QList<Result<QString>> stored;
    for (const QString& key : {purchaseDaysKey, visitDaysKey, followupDaysKey, callAtKey,
                               birthdaysKey, holidaysKey, maxTriesKey}) {
        stored.append(value(key));
        if (!stored.constLast())
            return stored.constLast().error();
    }
    if (const QList<int> days = CallbackRules::parseDays(stored.at(0).value()); !days.isEmpty())
        rules.purchaseDays = days;
    if (const QList<int> days = CallbackRules::parseDays(stored.at(1).value()); !days.isEmpty())
        rules.visitDays = days;
    rules.followupDays = storedInt(stored.at(2), 0, 30, defaults.followupDays);
    if (const QTime at = QTime::fromString(stored.at(3).value(), QStringLiteral("HH:mm"));
        at.isValid())
        rules.callAt = at;
    rules.birthdays = stored.at(4).value() != QLatin1String("0");
    rules.holidays = stored.at(5).value() != QLatin1String("0");
    rules.maxTries = storedInt(stored.at(6), 1, 10, defaults.maxTries);
    // Stored rules that are no longer sound fall back to the defaults as a whole.
    return rules.problem().isEmpty() ? rules : defaults;
}

Status StoreSettings::setCallbackRules(const Actor& by, const CallbackRules& rules)
{
    if (Status allowed = Permissions::require(by, Action::EditCallbackRules); !allowed)
        return allowed;
    if (const QString problem = rules.problem(); !problem.isEmpty())
        return makeError(ErrorCode::Validation, problem);
    return setValues(by,
                     {{purchaseDaysKey, CallbackRules::joinDays(rules.purchaseDays)},
                      {visitDaysKey, CallbackRules::joinDays(rules.visitDays)},
                      {followupDaysKey, QString::number(rules.followupDays)},
                      {callAtKey, rules.callAt.toString(QStringLiteral("HH:mm"))},
                      {birthdaysKey, rules.birthdays ? QStringLiteral("1") : QStringLiteral("0")},
                      {holidaysKey, rules.holidays ? QStringLiteral("1") : QStringLiteral("0")},
                      {maxTriesKey, QString::number(rules.maxTries)}},
                     Action::EditCallbackRules);
}

} // namespace cc
