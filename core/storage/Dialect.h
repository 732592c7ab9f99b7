#pragma once

#include "OpenOptions.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace cc {

class Database;

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
    /// The statement after which this connection writes nothing.
    virtual QString stopWriting() const = 0;

    /// The first of `count` consecutive ids for new rows of `table` (an identifier written
    /// in core, never input), taken inside the caller's write transaction: no other
    /// counter's transaction can take the same ones.
    virtual Result<qint64> reserveIds(Database& database, const QString& table,
                                      qint64 count) const = 0;

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
    QString stopWriting() const override;
    Result<qint64> reserveIds(Database& database, const QString& table,
                              qint64 count) const override;
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
    QString stopWriting() const override;
    Result<qint64> reserveIds(Database& database, const QString& table,
                              qint64 count) const override;
    Error translate(const QSqlError& error, const QString& context) const override;
    bool showsDamage(const QSqlError& error) const override;
};

} // namespace cc
