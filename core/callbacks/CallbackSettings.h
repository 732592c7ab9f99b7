#pragma once

#include "Callback.h"
#include "accounts/Roles.h"
#include "base/Result.h"
#include "store/StoreSettings.h"

namespace cc {

/// The callback rules, kept in the store's settings table (issue [callbacks]'s defaults
/// until the manager changes them). Changes are audited, as every setting's.
class CallbackSettings {
public:
    CallbackSettings(Database& database, const Clock& clock);

    Result<CallbackRules> callbackRules();
    /// Manager only (EditCallbackRules); CallbackRules::problem() names what is wrong.
    Status setCallbackRules(const Actor& by, const CallbackRules& rules);

private:
    StoreSettings m_settings;
};

} // namespace cc
