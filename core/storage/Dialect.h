#pragma once

#include "OpenOptions.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace cc {

class Database;
struct Migration;

/// How a thing is said on one backend: the one place where SQLite and PostgreSQL differ
/// (as KMyMoney's MyMoneyDbDriver is for its dialects). The gateway, the transactions and
/// the migrations ask it; the services above never know which backend they are on.
///
/// A dialect holds no state: one instance serves every connection of its backend.
class Dialect {
public:
    virtual ~Dialect() = default;

    /// The dialect of the store at `location`: a file path today.
    static const Dialect& forLocation(const QString& location);

    /// Qt's driver for the backend ("QSQLITE", "QPSQL").
    virtual QString qtDriver() const = 0;
    /// True when the store is one file on this PC (its header, its -wal, the marks of its
    /// checks beside it); false for a server, which keeps its files itself.
    virtual bool keepsStoreInFile() const = 0;
    /// Qt's connect options for a connection opened with `options`.
    virtual QString connectOptions(const OpenOptions& options) const = 0;
    /// Settings made on every connection once it is open (journal, sync, locking), each
    /// read back: a backend that refuses one is refused (DatabaseUnusable).
    virtual Status configure(Database& database, const OpenOptions& options) const = 0;

    /// The statement that begins a write transaction and waits for the write lock up
    /// front, so that a transaction never fails half way for want of it.
    virtual QString beginWrite() const = 0;
    /// The schema version the store is at, and the statement that sets it.
    virtual QString schemaVersionQuery() const = 0;
    virtual QString setSchemaVersion(int version) const = 0;
    /// The backend's numbered migrations, from an empty store (Migration.h).
    virtual const QList<Migration>& migrations() const = 0;
    /// Statements run before the schema version is first read by the migrations: a place
    /// to keep it in an empty store.
    virtual QStringList prepareSchemaVersion() const = 0;
    /// The statement a migration's transaction begins with: it holds back another process
    /// migrating the same store until this one has committed ("" when the write lock does).
    virtual QString lockSchema() const = 0;
    /// The statement after which this connection writes nothing.
    virtual QString stopWriting() const = 0;

    /// The first of `count` consecutive ids for new rows of `table` (an identifier written
    /// in core, never input), taken inside the caller's write transaction: no other
    /// counter's transaction can take the same ones.
    virtual Result<qint64> reserveIds(Database& database, const QString& table,
                                      qint64 count) const = 0;

    /// `SELECT value FROM ...`: the ids in the JSON array of numbers bound to `placeholder`.
    virtual QString idsIn(const QString& placeholder) const = 0;
    /// SQL that is true when the text `haystack` contains the text `needle`.
    virtual QString contains(const QString& haystack, const QString& needle) const = 0;

    /// The stored time (UTC text, toStoredTime's form) of the first midnight after the stored
    /// time `column`, in a local time `offsetPlaceholder` seconds east of UTC.
    virtual QString nextLocalMidnight(const QString& column,
                                      const QString& offsetPlaceholder) const = 0;

    /// Search. The ids (`rowid`) of a piece index (customer_name_pieces,
    /// customer_text_pieces) whose words include the one bound to `:word`, at most `:limit`.
    virtual QString selectPieceMatches(const QString& table) const = 0;
    /// The value to bind to `:word` for one word of hex digits (SearchKeys::pieceWord).
    virtual QString pieceWord(const QString& word) const = 0;
    /// The ids (`rowid`) of customer_fts whose text holds the fragment bound to `:phrase`,
    /// at most `:limit`.
    virtual QString selectFullTextMatches() const = 0;
    /// The value to bind to `:phrase` for what the user typed: always data, never syntax.
    virtual QString fullTextPhrase(const QString& text) const = 0;

    /// The number of the audit log's append-only triggers in the store (2 when whole), and
    /// the statements that put them back.
    virtual QString countAuditGuards() const = 0;
    virtual QStringList auditGuards() const = 0;

    /// A driver error as a core error with a message a person can act on; `context` names
    /// the statement (never the values).
    virtual Error translate(const QSqlError& error, const QString& context) const = 0;
    /// True when the error shows the store damaged.
    virtual bool showsDamage(const QSqlError& error) const = 0;
};

/// SQLite: one file, locked as a whole for writing; the write lock is waited for up to
/// the busy timeout.
class SqliteDialect final : public Dialect {
    Q_DECLARE_TR_FUNCTIONS(cc::SqliteDialect)

public:
    QString qtDriver() const override;
    bool keepsStoreInFile() const override { return true; }
    QString connectOptions(const OpenOptions& options) const override;
    Status configure(Database& database, const OpenOptions& options) const override;
    QString beginWrite() const override;
    QString schemaVersionQuery() const override;
    QString setSchemaVersion(int version) const override;
    const QList<Migration>& migrations() const override;
    QStringList prepareSchemaVersion() const override;
    QString lockSchema() const override;
    QString stopWriting() const override;
    Result<qint64> reserveIds(Database& database, const QString& table,
                              qint64 count) const override;
    QString idsIn(const QString& placeholder) const override;
    QString contains(const QString& haystack, const QString& needle) const override;
    QString nextLocalMidnight(const QString& column,
                              const QString& offsetPlaceholder) const override;
    QString selectPieceMatches(const QString& table) const override;
    QString pieceWord(const QString& word) const override;
    QString selectFullTextMatches() const override;
    QString fullTextPhrase(const QString& text) const override;
    QString countAuditGuards() const override;
    QStringList auditGuards() const override;
    Error translate(const QSqlError& error, const QString& context) const override;
    bool showsDamage(const QSqlError& error) const override;
};

/// PostgreSQL 15 on the store's server: several counters at once, each in its own
/// transaction; rows are locked, not the whole store. Errors are told by SQLSTATE.
class PostgresDialect final : public Dialect {
    Q_DECLARE_TR_FUNCTIONS(cc::PostgresDialect)

public:
    /// The oldest server the store runs on (server_version_num).
    static constexpr int oldestServer = 150000;

    QString qtDriver() const override;
    bool keepsStoreInFile() const override { return false; }
    QString connectOptions(const OpenOptions& options) const override;
    Status configure(Database& database, const OpenOptions& options) const override;
    QString beginWrite() const override;
    QString schemaVersionQuery() const override;
    QString setSchemaVersion(int version) const override;
    const QList<Migration>& migrations() const override;
    QStringList prepareSchemaVersion() const override;
    QString lockSchema() const override;
    QString stopWriting() const override;
    Result<qint64> reserveIds(Database& database, const QString& table,
                              qint64 count) const override;
    QString idsIn(const QString& placeholder) const override;
    QString contains(const QString& haystack, const QString& needle) const override;
    QString nextLocalMidnight(const QString& column,
                              const QString& offsetPlaceholder) const override;
    QString selectPieceMatches(const QString& table) const override;
    QString pieceWord(const QString& word) const override;
    QString selectFullTextMatches() const override;
    QString fullTextPhrase(const QString& text) const override;
    QString countAuditGuards() const override;
    QStringList auditGuards() const override;
    Error translate(const QSqlError& error, const QString& context) const override;
    bool showsDamage(const QSqlError& error) const override;
};

} // namespace cc
