#pragma once

#include "base/Result.h"

#include <QCoreApplication>

namespace cc {

class Database;

/// Numbered, forward-only schema migrations gated by `PRAGMA user_version`.
///
/// Each migration runs in one `BEGIN IMMEDIATE` transaction together with the bump of
/// user_version, so a crash leaves the file at the previous version, never between.
class Migrations {
    Q_DECLARE_TR_FUNCTIONS(cc::Migrations)

public:
    /// The schema version this program writes.
    static int latestVersion();
    /// Applies every migration above the file's version. Refuses a newer file.
    static Status migrate(Database& database);
};

} // namespace cc
