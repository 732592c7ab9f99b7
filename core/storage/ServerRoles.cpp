#include "ServerRoles.h"

#include "Database.h"
#include "Query.h"
#include "WriteTransaction.h"

#include <QRegularExpression>

namespace cc {

namespace {
const QString appRoleKey = QStringLiteral("server.app_role");
} // namespace

Status ServerRoles::validateRoleName(const QString& role)
{
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!plain.match(role).hasMatch())
        return makeError(ErrorCode::Validation,
                         tr("--app-role: \"%1\" is not a role name (lower-case letters, digits "
                            "and _, starting with a letter).")
                             .arg(role));
    return {};
}

Status ServerRoles::grantApp(Database& database, const QString& role)
{
    if (Status valid = validateRoleName(role); !valid)
        return valid;
    Result<QVariant> exists = [&]() -> Result<QVariant> {
        Query query(database, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = :r"));
        query.bind(QStringLiteral(":r"), role);
        if (Status done = query.exec(QStringLiteral("server.role")); !done)
            return done.error();
        query.next();
        return query.value(0);
    }();
    if (!exists)
        return exists.error();
    if (exists->toInt() == 0)
        return makeError(ErrorCode::Validation,
                         tr("--app-role: the server has no role \"%1\". Create it first: "
                            "CREATE ROLE %1 LOGIN PASSWORD '…';")
                             .arg(role));

    const QString quoted = QLatin1Char('"') + role + QLatin1Char('"');
    const QStringList grants{
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1"),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public "
                       "TO %1"),
        // The log is appended to and read; the schema version only read.
        QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM %1"),
        QStringLiteral("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON countercare_schema FROM %1"),
        // Identity columns take their ids from sequences; blocks of ids are set (setval).
        QStringLiteral("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %1"),
    };
    WriteTransaction transaction(database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    for (const QString& grant : grants)
        if (Status done = database.execute(grant.arg(quoted)); !done)
            return done;
    Query record(database,
                 QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :role) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    record.bind(QStringLiteral(":key"), appRoleKey).bind(QStringLiteral(":role"), role);
    if (Status done = record.exec(QStringLiteral("server.app_role")); !done)
        return done;
    return transaction.commit();
}

Result<QString> ServerRoles::appRole(Database& database)
{
    Query query(database, QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    query.bind(QStringLiteral(":key"), appRoleKey);
    if (Status done = query.exec(QStringLiteral("server.app_role")); !done)
        return done.error();
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace cc
