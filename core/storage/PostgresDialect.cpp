#include "Database.h"
#include "Dialect.h"
#include "Migration.h"
#include "Query.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cc {

QString PostgresDialect::qtDriver() const
{
    return QStringLiteral("QPSQL");
}

QString PostgresDialect::connectOptions(const OpenOptions& options) const
{
    // libpq's own parameters; the store's URI adds its sslmode and the like (Database).
    // A counter waits this long for a server that does not answer, then says so.
    return QStringLiteral("connect_timeout=%1;application_name=countercare")
        .arg(std::max(2, options.busyTimeoutMs / 1000));
}

Status PostgresDialect::configure(Database& database, const OpenOptions& options) const
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SHOW server_version_num")) || !query.next())
        return translate(query.lastError(), QStringLiteral("server_version_num"));
    const int version = query.value(0).toInt();
    query.finish();
    if (version < oldestServer)
        return makeError(ErrorCode::DatabaseUnusable,
                         tr("The server runs PostgreSQL %1.%2; CounterCare needs 15 or newer.")
                             .arg(version / 10000)
                             .arg(version % 10000));
    // Times are stored in UTC and shown in local time by the program, never by the server.
    // A row another counter holds is waited for as long as a file lock would be.
    QStringList settings{QStringLiteral("SET TIME ZONE 'UTC'"),
                         QStringLiteral("SET lock_timeout = %1").arg(options.busyTimeoutMs),
                         QStringLiteral("SET client_encoding = 'UTF8'")};
    if (options.readOnly)
        settings << stopWriting();
    for (const QString& setting : settings) {
        if (!query.exec(setting))
            return translate(query.lastError(), setting);
        query.finish();
    }
    return {};
}

QString PostgresDialect::beginWrite() const
{
    // Rows are locked as they are written (the day's complaint counter, a decided
    // request); a write that meets another counter's lock waits for it to commit.
    return QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED");
}

QString PostgresDialect::schemaVersionQuery() const
{
    return QStringLiteral("SELECT version FROM countercare_schema");
}

QString PostgresDialect::setSchemaVersion(int version) const
{
    return QStringLiteral("UPDATE countercare_schema SET version = %1").arg(version);
}

const QList<Migration>& PostgresDialect::migrations() const
{
    return postgresMigrations();
}

QStringList PostgresDialect::prepareSchemaVersion() const
{
    // Version 0 in an empty database; created by the owner role, read by every counter.
    return {QStringLiteral("CREATE TABLE IF NOT EXISTS countercare_schema (version integer NOT "
                           "NULL CHECK (version >= 0))"),
            QStringLiteral("INSERT INTO countercare_schema (version) SELECT 0 WHERE NOT EXISTS "
                           "(SELECT 1 FROM countercare_schema)")};
}

QString PostgresDialect::lockSchema() const
{
    return QStringLiteral("LOCK TABLE countercare_schema IN EXCLUSIVE MODE");
}

QString PostgresDialect::stopWriting() const
{
    return QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
}

Result<qint64> PostgresDialect::reserveIds(Database& database, const QString& table,
                                           qint64 count) const
{
    Q_ASSERT(count >= 0);
    if (count == 0)
        return qint64(0);
    // The table's own sequence hands out the ids. A block of consecutive ones is taken
    // under a lock held to the end of the transaction, so that two counters reserving at
    // once get two blocks that do not overlap. A rolled-back block leaves a gap in the
    // file numbers, never a second file with the same number.
    Query lock(database, QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(:lock))"));
    lock.bind(QStringLiteral(":lock"), QStringLiteral("countercare.ids.%1").arg(table));
    if (Status done = lock.exec(QStringLiteral("%1.reserve_ids").arg(table)); !done)
        return done.error();
    Query take(database, QStringLiteral(R"sql(
        SELECT setval(seq, nextval(seq) + :more) - :more
        FROM (SELECT pg_get_serial_sequence(:table, 'id') AS seq) s
    )sql"));
    take.bind(QStringLiteral(":table"), table).bind(QStringLiteral(":more"), count - 1);
    if (Status done = take.exec(QStringLiteral("%1.reserve_ids").arg(table)); !done)
        return done.error();
    if (!take.next() || take.value(0).isNull())
        return makeError(
            ErrorCode::Internal,
            tr("No ids can be reserved for \"%1\": it has no id sequence.").arg(table));
    return take.value(0).toLongLong();
}

QString PostgresDialect::idsIn(const QString& placeholder) const
{
    return QStringLiteral("SELECT CAST(value AS bigint) FROM json_array_elements_text(CAST(%1 AS "
                          "json)) AS ids(value)")
        .arg(placeholder);
}

QString PostgresDialect::contains(const QString& haystack, const QString& needle) const
{
    return QStringLiteral("strpos(%1, %2) > 0").arg(haystack, needle);
}

QString PostgresDialect::nextLocalMidnight(const QString& column,
                                           const QString& offsetPlaceholder) const
{
    // The format has no double quotes: Qt reads a colon between them as a placeholder.
    return QStringLiteral(
               "(replace(to_char(date_trunc('day', CAST(%1 AS timestamp) + CAST(%2 AS integer) * "
               "interval '1 second') + interval '1 day' - CAST(%2 AS integer) * interval "
               "'1 second', 'YYYY-MM-DD HH24:MI:SS.MS'), ' ', 'T') || 'Z')")
        .arg(column, offsetPlaceholder);
}

QString PostgresDialect::selectPieceMatches(const QString& table) const
{
    // The same expression as the table's GIN index (PostgresMigrations.cpp).
    return QStringLiteral("SELECT rowid FROM %1 WHERE string_to_array(pieces, ' ') @> "
                          "ARRAY[CAST(:word AS text)] LIMIT :limit")
        .arg(table);
}

QString PostgresDialect::pieceWord(const QString& word) const
{
    return word;
}

QString PostgresDialect::selectFullTextMatches() const
{
    // The same expression as the trigram index (PostgresMigrations.cpp).
    return QStringLiteral("SELECT rowid FROM customer_fts WHERE (name_key || chr(31) || address "
                          "|| chr(31) || note || chr(31) || phones) ILIKE :phrase LIMIT :limit");
}

QString PostgresDialect::fullTextPhrase(const QString& text) const
{
    // LIKE's wildcards and its escape character in the user's text match only themselves.
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString PostgresDialect::countAuditGuards() const
{
    return QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgrelid = "
                          "to_regclass('audit_log') AND tgname IN ('audit_log_no_update', "
                          "'audit_log_no_delete') AND tgenabled <> 'D'");
}

QStringList PostgresDialect::auditGuards() const
{
    return {
        QStringLiteral("CREATE OR REPLACE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                       "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"),
        QStringLiteral("CREATE OR REPLACE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                       "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"),
    };
}

bool PostgresDialect::showsDamage(const QSqlError& error) const
{
    const QString state = error.nativeErrorCode();
    return state == QLatin1String("XX001") /* data_corrupted */ ||
           state == QLatin1String("XX002") /* index_corrupted */;
}

Error PostgresDialect::translate(const QSqlError& error, const QString& context) const
{
    const QString state = error.nativeErrorCode();
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") ||
        state == QLatin1String("55P03"))
        return makeError(ErrorCode::Busy,
                         tr("The server is busy: another counter is saving the same thing. "
                            "Nothing was saved; please try again."));
    if (state == QLatin1String("23505"))
        return makeError(ErrorCode::Conflict,
                         tr("This is already on file (%1). Nothing was saved.").arg(context));
    if (state.startsWith(QLatin1String("23")))
        return makeError(ErrorCode::Conflict,
                         tr("The server refused it: it does not fit what is on file (%1). "
                            "Nothing was saved.")
                             .arg(context));
    if (state == QLatin1String("25006"))
        return makeError(ErrorCode::DatabaseUnusable,
                         tr("This counter's connection to the server is read-only. Nothing "
                            "was saved."));
    if (state == QLatin1String("42501"))
        return makeError(ErrorCode::DatabaseUnusable,
                         tr("The server refused CounterCare's database role (%1): it lacks a "
                            "grant. Ask whoever set up the server.")
                             .arg(context));
    if (showsDamage(error))
        return makeError(ErrorCode::DatabaseUnusable,
                         tr("The server reports damaged data: %1").arg(error.databaseText()));
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")) ||
        error.type() == QSqlError::ConnectionError)
        return makeError(ErrorCode::DatabaseUnusable,
                         tr("The server cannot be reached: %1. Nothing was saved.")
                             .arg(error.databaseText().trimmed().isEmpty()
                                      ? error.driverText()
                                      : error.databaseText().trimmed()));
    return makeError(ErrorCode::Internal,
                     tr("Database error in %1: %2").arg(context, error.databaseText()));
}

} // namespace cc
