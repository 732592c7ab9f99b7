#pragma once

#include "ComplaintRules.h"
#include "accounts/Roles.h"
#include "base/Result.h"
#include "store/StoreSettings.h"

#include <QCoreApplication>

namespace cc {

/// The complaint side's settings, kept in the store's settings table: the service promise
/// (seed 002). Changes are audited, as every setting's.
class ComplaintSettings {
    Q_DECLARE_TR_FUNCTIONS(cc::ComplaintSettings)

public:
    ComplaintSettings(Database& database, const Clock& clock);

    /// Reply and resolve times promised to every complainant (seed 002: 24 hours, 3 days).
    Result<ServicePromise> servicePromise();
    /// Manager only; reply within 1 to 168 hours, resolve within 1 to 30 days and not
    /// before the reply is due.
    Status setServicePromise(const Actor& by, const ServicePromise& promise);

private:
    StoreSettings m_settings;
};

} // namespace cc
