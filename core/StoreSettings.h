#pragma once

#include "Result.h"
#include "Roles.h"

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

private:
    Result<QString> value(const QString& key);
    Status setValue(const Actor& by, const QString& key, const QString& value);

    Database& m_database;
    const Clock& m_clock;
};

} // namespace cc
