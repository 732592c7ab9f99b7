#include "StoreSettings.h"

#include "AuditLog.h"
#include "Permissions.h"
#include "Query.h"
#include "WriteTransaction.h"

namespace cc {

namespace {
const QString idleLockKey = QStringLiteral("idle_lock_minutes");
const QString tiersKey = QStringLiteral("tier_thresholds_fen");
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
    if (Status allowed = Permissions::require(by, Action::EditSettings); !allowed)
        return allowed.error();
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Result<QString> current = this->value(key);
    if (!current)
        return current.error();
    if (current.value() == value)
        return {}; // nothing changed: nothing to write or record
    Query upsert(m_database,
                 QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    upsert.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), value);
    if (Status done = upsert.exec(QStringLiteral("settings.set")); !done)
        return done;
    AuditLog audit(m_database, m_clock);
    if (Status logged = audit.append(by, QStringLiteral("settings.set"), QStringLiteral("setting"),
                                     key, AuditLog::details({{QStringLiteral("value"), value}}));
        !logged)
        return logged;
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

} // namespace cc
