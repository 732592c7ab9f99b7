#pragma once

#include <functional>

namespace cc {

/// Long work (an import, demo data) calls this now and then with the share done, 0 to
/// 100; returning false asks it to stop, and it then keeps nothing.
using Progress = std::function<bool(int percent)>;

} // namespace cc
