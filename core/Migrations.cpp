#include "Migrations.h"

#include "Database.h"
#include "WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cc {

namespace {

struct Migration {
    int version;
    QList<const char*> statements;
};

// Append only. A released migration is never edited: add a new one instead.
const QList<Migration>& migrations()
{
    static const QList<Migration> all{
        {1,
         {
             R"sql(PRAGMA application_id = 1128489330)sql", // Database::applicationId
             R"sql(CREATE TABLE store (
                 id INTEGER PRIMARY KEY CHECK (id = 1),
                 name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
                 hotline TEXT NOT NULL DEFAULT '',
                 created_at TEXT NOT NULL
             ) STRICT)sql",
             R"sql(CREATE TABLE settings (
                 key TEXT PRIMARY KEY,
                 value TEXT NOT NULL
             ) STRICT, WITHOUT ROWID)sql",
             R"sql(CREATE TABLE users (
                 id INTEGER PRIMARY KEY,
                 username TEXT NOT NULL UNIQUE COLLATE NOCASE,
                 display_name TEXT NOT NULL,
                 role TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor', 'manager')),
                 password_hash TEXT NOT NULL,
                 active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
                 failed_attempts INTEGER NOT NULL DEFAULT 0,
                 locked_until TEXT,
                 created_at TEXT NOT NULL,
                 deactivated_at TEXT
             ) STRICT)sql",
             R"sql(CREATE TABLE audit_log (
                 id INTEGER PRIMARY KEY,
                 at TEXT NOT NULL,
                 actor_id INTEGER REFERENCES users(id),
                 actor TEXT NOT NULL,
                 action TEXT NOT NULL,
                 entity_kind TEXT NOT NULL,
                 entity_id TEXT NOT NULL,
                 detail TEXT NOT NULL DEFAULT '',
                 prev_hash TEXT NOT NULL,
                 hash TEXT NOT NULL
             ) STRICT)sql",
             R"sql(CREATE INDEX audit_log_at ON audit_log(at))sql",
             R"sql(CREATE INDEX audit_log_entity ON audit_log(entity_kind, entity_id))sql",
             R"sql(CREATE INDEX audit_log_actor ON audit_log(actor_id))sql",
             R"sql(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
                 BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)sql",
             R"sql(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
                 BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)sql",
         }},
    };
    return all;
}

} // namespace

int Migrations::latestVersion()
{
    return migrations().constLast().version;
}

Status Migrations::migrate(Database& database)
{
    const int current = database.schemaVersion();
    if (current < 0)
        return makeError(ErrorCode::DatabaseUnusable, tr("Cannot read the schema version."));
    if (current > latestVersion())
        return makeError(ErrorCode::DatabaseUnusable,
                         tr("The database has schema %1, newer than this program's %2.")
                             .arg(current)
                             .arg(latestVersion()));

    for (const Migration& migration : migrations()) {
        if (migration.version <= current)
            continue;
        WriteTransaction transaction(database);
        if (Status begun = transaction.begin(); !begun)
            return begun;
        // Another process may have migrated while this one waited for the lock.
        if (database.schemaVersion() >= migration.version)
            continue;
        for (const char* statement : migration.statements) {
            if (Status done = database.execute(QString::fromUtf8(statement)); !done)
                return makeError(ErrorCode::DatabaseUnusable,
                                 tr("Upgrading the database to schema %1 failed: %2")
                                     .arg(migration.version)
                                     .arg(done.error().message));
        }
        if (Status bumped =
                database.execute(QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
            !bumped)
            return bumped;
        if (Status committed = transaction.commit(); !committed)
            return committed;
    }
    return {};
}

} // namespace cc
