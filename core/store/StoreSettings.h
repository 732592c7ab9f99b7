#pragma once

#include "accounts/Permissions.h"
#include "accounts/Roles.h"
#include "base/Result.h"

#include <QCoreApplication>

namespace cc {

class Clock;
class Database;

/// Store-wide settings the manager sets (the `settings` table). Changes are audited.
class StoreSettings {
    Q_DECLARE_TR_FUNCTIONS(cc::StoreSettings)

public:
    static constexpr int defaultIdleLockMinutes = 5;
    static constexpr int minIdleLockMinutes = 1;
    static constexpr int maxIdleLockMinutes = 120;

    StoreSettings(Database& database, const Clock& clock);

    /// Minutes without input before the window locks.
    Result<int> idleLockMinutes();
    /// Manager only; 1 to 120 minutes.
    Status setIdleLockMinutes(const Actor& by, int minutes);

    /// Lifetime profit (fen) from which a customer is silver, gold, VIP.
    struct TierThresholds {
        qint64 silverFen = 100'000; // 1,000 yuan
        qint64 goldFen = 500'000;   // 5,000 yuan
        qint64 vipFen = 2'000'000;  // 20,000 yuan
    };
    Result<TierThresholds> tierThresholds();
    /// Manager only; each threshold above the one before.
    Status setTierThresholds(const Actor& by, const TierThresholds& thresholds);

    /// A refund or exchange demanded for an item priced above this makes a complaint major.
    static constexpr qint64 defaultMajorAmountFen = 100'000; // 1,000 yuan
    Result<qint64> majorAmountFen();
    /// Manager only; above zero.
    Status setMajorAmountFen(const Actor& by, qint64 fen);

    /// A warning shows when a customer received more than this in compensation in 12 months.
    static constexpr qint64 defaultCompensationWarnFen = 100'000; // 1,000 yuan
    Result<qint64> compensationWarnFen();
    /// Manager only; above zero.
    Status setCompensationWarnFen(const Actor& by, qint64 fen);

    /// Where the automatic backups go: a folder the manager sets (a USB stick, a second
    /// disk); by default `backups` beside the database file.
    static QString defaultBackupFolder(const QString& databasePath);
    Result<QString> backupFolder();
    /// Manager only (BackupRestore): an absolute folder this program can write to; it is
    /// created when missing.
    Status setBackupFolder(const Actor& by, const QString& folder);

    /// The settings table itself, for the settings each domain types for itself
    /// (ComplaintSettings, CallbackSettings): a key's stored text, empty when unset.
    Result<QString> value(const QString& key);
    /// Writes the changed ones in one transaction, each audited, if `by` may `action`.
    Status setValues(const Actor& by, const QList<QPair<QString, QString>>& values,
                     Action action = Action::EditSettings);
    /// A stored whole number within [low, high], or `fallback` when unset or out of range.
    static int storedInt(const Result<QString>& stored, int low, int high, int fallback);

private:
    Status setValue(const Actor& by, const QString& key, const QString& value);

    Database& m_database;
    const Clock& m_clock;
};

} // namespace cc
