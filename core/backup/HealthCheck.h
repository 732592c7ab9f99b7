#pragma once

#include "base/Result.h"

#include <QCoreApplication>

namespace cc {

class Clock;
class Database;

/// The answer of `countercare-cli check` and the status bar's health light.
struct HealthReport {
    int schemaVersion = 0;
    QString integrity; ///< "ok" or what integrity_check found
    QString audit;     ///< "ok" or the first broken entry
    bool ok() const;
};

/// Full integrity check plus the audit chain. Reads only.
class HealthCheck {
    Q_DECLARE_TR_FUNCTIONS(cc::HealthCheck)

public:
    static Result<HealthReport> run(Database& database, const Clock& clock);
};

} // namespace cc
