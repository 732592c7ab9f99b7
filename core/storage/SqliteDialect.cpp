#include "Database.h"
#include "Dialect.h"
#include "Migration.h"
#include "Query.h"
#include "ServerLocation.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace cc {

namespace {

// Qt reports SQLite's (extended) result code as the native error code.
int primaryCode(const QSqlError& error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

} // namespace

const Dialect& Dialect::forLocation(const QString& location)
{
    static const SqliteDialect sqlite;
    static const PostgresDialect postgres;
    if (ServerLocation::isServer(location))
        return postgres;
    return sqlite;
}

QString SqliteDialect::qtDriver() const
{
    return QStringLiteral("QSQLITE");
}

QString SqliteDialect::connectOptions(const OpenOptions& options) const
{
    QString connect = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
    if (options.readOnly)
        connect += QStringLiteral(";QSQLITE_OPEN_READONLY");
    return connect;
}

Status SqliteDialect::configure(Database& database, const OpenOptions& options) const
{
    struct Setting {
        QString pragma;
        QString value;
        QString expected;
    };
    QList<Setting> settings{
        {QStringLiteral("foreign_keys"), QStringLiteral("ON"), QStringLiteral("1")},
        {QStringLiteral("trusted_schema"), QStringLiteral("OFF"), QStringLiteral("0")},
        {QStringLiteral("busy_timeout"), QString::number(options.busyTimeoutMs),
         QString::number(options.busyTimeoutMs)},
    };
    if (!options.readOnly) {
        // WAL lets the counter read while another connection writes; FULL syncs the WAL
        // on every commit, so a confirmed complaint survives a power cut.
        settings.prepend(
            {QStringLiteral("journal_mode"), QStringLiteral("WAL"), QStringLiteral("wal")});
        settings.append(
            {QStringLiteral("synchronous"), QStringLiteral("FULL"), QStringLiteral("2")});
        settings.append(
            {QStringLiteral("secure_delete"), QStringLiteral("ON"), QStringLiteral("1")});
    }

    QSqlQuery query(database.connection());
    for (const Setting& setting : settings) {
        const QString set = QStringLiteral("PRAGMA %1 = %2").arg(setting.pragma, setting.value);
        if (!query.exec(set))
            return translate(query.lastError(), setting.pragma);
        query.finish();
        if (!query.exec(QStringLiteral("PRAGMA %1").arg(setting.pragma)) || !query.next())
            return translate(query.lastError(), setting.pragma);
        const QString actual = query.value(0).toString().toLower();
        query.finish();
        if (actual != setting.expected)
            return makeError(ErrorCode::DatabaseUnusable,
                             tr("The database refused the setting %1=%2 (it reports %3).")
                                 .arg(setting.pragma, setting.value, actual));
    }
    return {};
}

QString SqliteDialect::beginWrite() const
{
    // A plain BEGIN fails at once with "database is locked" when another connection has
    // just written; IMMEDIATE waits for the busy timeout.
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString SqliteDialect::schemaVersionQuery() const
{
    return QStringLiteral("PRAGMA user_version");
}

QString SqliteDialect::setSchemaVersion(int version) const
{
    return QStringLiteral("PRAGMA user_version = %1").arg(version);
}

const QList<Migration>& SqliteDialect::migrations() const
{
    return sqliteMigrations();
}

QStringList SqliteDialect::prepareSchemaVersion() const
{
    return {}; // PRAGMA user_version is in every file's header
}

QString SqliteDialect::lockSchema() const
{
    return {}; // BEGIN IMMEDIATE holds the whole file
}

QString SqliteDialect::stopWriting() const
{
    return QStringLiteral("PRAGMA query_only = ON");
}

Result<qint64> SqliteDialect::reserveIds(Database& database, const QString& table,
                                         qint64 count) const
{
    Q_ASSERT(count >= 0);
    static const QRegularExpression identifier(QStringLiteral("^[a-z_]+$"));
    if (!identifier.match(table).hasMatch())
        return makeError(ErrorCode::Internal,
                         tr("No ids can be reserved for \"%1\": not a table name.").arg(table));
    // The write transaction (BEGIN IMMEDIATE) holds the file's one write lock: no other
    // connection inserts until it ends, so the ids after the largest are free.
    Query query(database, QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM %1").arg(table));
    if (Status done = query.exec(QStringLiteral("%1.reserve_ids").arg(table)); !done)
        return done.error();
    return query.next() ? query.value(0).toLongLong() : 1;
}

bool SqliteDialect::showsDamage(const QSqlError& error) const
{
    const int code = primaryCode(error);
    return code == 11 /* SQLITE_CORRUPT */ || code == 26 /* SQLITE_NOTADB */;
}

QString SqliteDialect::idsIn(const QString& placeholder) const
{
    return QStringLiteral("SELECT value FROM json_each(%1)").arg(placeholder);
}

QString SqliteDialect::contains(const QString& haystack, const QString& needle) const
{
    return QStringLiteral("instr(%1, %2) > 0").arg(haystack, needle);
}

QString SqliteDialect::nextLocalMidnight(const QString& column,
                                         const QString& offsetPlaceholder) const
{
    return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', %1, %2 || ' seconds', 'start of day', "
                          "'+1 day', (-%2) || ' seconds')")
        .arg(column, offsetPlaceholder);
}

QString SqliteDialect::selectPieceMatches(const QString& table) const
{
    return QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH :word LIMIT :limit").arg(table);
}

QString SqliteDialect::pieceWord(const QString& word) const
{
    // A quoted FTS5 string: one word of hex digits, never query syntax.
    return QLatin1Char('"') + word + QLatin1Char('"');
}

QString SqliteDialect::selectFullTextMatches() const
{
    return QStringLiteral(
        "SELECT rowid FROM customer_fts WHERE customer_fts MATCH :phrase LIMIT :limit");
}

QString SqliteDialect::fullTextPhrase(const QString& text) const
{
    // A quoted FTS5 string: the user's text is data, never query syntax.
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

QString SqliteDialect::countAuditGuards() const
{
    return QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name IN "
                          "('audit_log_no_update', 'audit_log_no_delete')");
}

QStringList SqliteDialect::auditGuards() const
{
    return {
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON "
                       "audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON "
                       "audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
    };
}

Error SqliteDialect::translate(const QSqlError& error, const QString& context) const
{
    switch (primaryCode(error)) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return makeError(ErrorCode::Busy,
                         tr("The database is busy: another counter is saving. Nothing was "
                            "saved; please try again."));
    case 8: // SQLITE_READONLY
        return makeError(ErrorCode::DatabaseUnusable,
                         tr("The database file is read-only. Nothing was saved."));
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return makeError(ErrorCode::DatabaseUnusable,
                         tr("The database file is damaged: %1").arg(error.databaseText()));
    case 13: // SQLITE_FULL
        return makeError(ErrorCode::DatabaseUnusable,
                         tr("The disk is full. Nothing was saved; free some space and try again."));
    case 10: // SQLITE_IOERR
        return makeError(
            ErrorCode::DatabaseUnusable,
            tr("The database file could not be read or written: %1").arg(error.databaseText()));
    case 19: // SQLITE_CONSTRAINT
        return makeError(
            ErrorCode::Conflict,
            tr("The change conflicts with existing data (%1).").arg(error.databaseText()));
    default:
        return makeError(ErrorCode::Internal,
                         tr("Database error in %1: %2").arg(context, error.text()));
    }
}

} // namespace cc
