#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>

namespace cc {

class Database;

/// The database roles of a store on a server. The owner role (the one `server init` and
/// `server upgrade` connect as) owns the schema; the counters connect as the app role,
/// which may read and write the store's rows and nothing more: no DDL, no change or
/// removal of the audit log, no change of the schema version.
class ServerRoles {
    Q_DECLARE_TR_FUNCTIONS(cc::ServerRoles)

public:
    /// Refuses a role name that is not a plain PostgreSQL identifier (it is written into
    /// GRANT statements, which take no bound values).
    static Status validateRoleName(const QString& role);
    /// Gives `role` what the counters need on every table and sequence of the store, and
    /// records it, so that `server upgrade` gives it the same on what a migration adds.
    static Status grantApp(Database& database, const QString& role);
    /// The app role recorded by grantApp ("" when none was given).
    static Result<QString> appRole(Database& database);
};

} // namespace cc
