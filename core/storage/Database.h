#pragma once

#include "OpenOptions.h"
#include "base/Progress.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <vector>

class QSqlError;
class QSqlQuery;
struct sqlite3;

namespace cc {

class Clock;
class Dialect;

/// The gateway: owns one SQLite connection to one CounterCare file.
///
/// A Database belongs to the thread that opened it (Qt Sql's rule); another thread
/// opens its own. Opening refuses, without writing a byte, a file that is not
/// SQLite, an SQLite file of another program, a file that fails `quick_check`, and a
/// file written by a newer CounterCare (all ErrorCode::DatabaseUnusable).
class Database {
    Q_DECLARE_TR_FUNCTIONS(cc::Database)

public:
    /// Our mark in the SQLite header (`PRAGMA application_id`): "CCar".
    static constexpr qint32 applicationId = 0x43436172;

    static Result<std::unique_ptr<Database>> open(const QString& path,
                                                  const OpenOptions& options = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens the file read-only and says whether it is usable and, if not, why: the
    /// start-up check that decides between the counter and the damaged-file screen. With
    /// QuickCheck::WhenDue, the file is read whole only when FileCheckSchedule says so.
    /// `progress` is called now and then while the file is read; returning false stops the
    /// read, and the answer is then Usable without `checkedWhole`: nothing was found, nor
    /// shown. A check that finds the file damaged leaves FileCheckSchedule's mark of it.
    static FileCheck examine(const QString& path, QuickCheck quickCheck = QuickCheck::Always,
                             const Clock* clock = nullptr, const Progress& progress = {});

    /// Replaces the file under this open connection by `incoming` (a checked copy in the
    /// same folder) with one rename, then reopens and migrates it. Used by restore: every
    /// service holding this Database keeps working, on the restored data.
    Status replaceFileWith(const QString& incoming);

    /// True when another process has the database at `path` open (in WAL mode); false also
    /// when that cannot be told. Safe to ask while this process has the file open: the
    /// probe's descriptor is kept, since closing any descriptor of a file drops every POSIX
    /// lock this process holds on it, SQLite's included.
    static bool openElsewhere(const QString& path);

    /// The default file: AppDataLocation/countercare.sqlite, unless env COUNTERCARE_DB.
    static QString defaultPath();

    QSqlDatabase connection() const;
    /// The SQLite handle under the connection, for the few writers of millions of rows
    /// (the demo generator) that cannot afford Qt Sql's per-row cost. Null if not SQLite.
    sqlite3* nativeHandle() const;
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    /// From now on this connection writes nothing (`PRAGMA query_only`) and isReadOnly()
    /// says so: for a file found damaged while the counter has it open.
    Status stopWriting();
    /// The audit entry appended in the open write transaction (AuditLog::append): the head
    /// file beside the store is moved to it once the transaction commits, and never for
    /// one rolled back.
    void noteAuditHead(qint64 count, const QString& hash) { m_pendingHead = {count, hash}; }
    void publishAuditHead();
    void dropAuditHead() { m_pendingHead = {0, QString()}; }

    /// `PRAGMA user_version` as read now.
    int schemaVersion() const;

    /// Runs one statement without parameters (PRAGMAs, DDL). For data use Query.
    Status execute(const QString& sql);
    /// Runs a PRAGMA or scalar SELECT and returns the first column of the first row.
    Result<QVariant> scalar(const QString& sql);

    /// A prepared statement for `sql` from the connection's cache of idle ones (`cached`
    /// true), or a new one to prepare. Preparing costs more than running the short queries
    /// the counter asks all day, so each is prepared once per connection. Query uses these.
    std::unique_ptr<QSqlQuery> takeStatement(const QString& sql, bool* cached);
    /// Gives a finished statement back for the next Query of the same text.
    void returnStatement(const QString& sql, std::unique_ptr<QSqlQuery> statement);

    /// How things are said on this store's backend.
    const Dialect& dialect() const { return *m_dialect; }

    /// Turns a Qt SQL error into a core error with a message a person can act on.
    Error translateError(const QSqlError& error, const QString& context) const;
    /// The same, for an error met on this connection: one that shows the file damaged
    /// leaves FileCheckSchedule's mark of it, so that nothing writes to the file again
    /// until a check passes or a backup is restored.
    Error failed(const QSqlError& error, const QString& context) const;
    /// Refuses (DatabaseUnusable) when a check found the file damaged and neither a check
    /// has passed nor a backup been restored since: asked before every write transaction,
    /// by every process that uses the file.
    Status mayWrite() const;

private:
    Database(QString connectionName, QString path, bool readOnly);
    static Result<std::unique_ptr<Database>> openServer(const QString& location,
                                                        const OpenOptions& options);
    /// A server store must be at this program's schema: the counter never migrates it.
    Status checkServerSchema();
    /// Refuses a server database without the schema version table: no store set up in it.
    Status holdsServerStore();
    /// Checks, creates or upgrades a server's schema, as `intent` says.
    Status prepareServerSchema(ServerSchema intent);
    /// `leftUnclean`: FileCheckSchedule::leftUnclean, asked before the connection opened.
    FileCheck identify(const OpenOptions& options, bool leftUnclean, const Progress& progress = {});
    Status connect(const OpenOptions& options);

    void dropStatements();

    const Dialect* m_dialect;
    std::map<QString, std::vector<std::unique_ptr<QSqlQuery>>> m_idleStatements;
    int m_idleCount = 0;
    QString m_connectionName;
    QString m_path;
    bool m_readOnly = false;
    OpenOptions m_options;
    QStringList m_serverParameters; ///< libpq parameters from a server's URI (sslmode=…)
    std::pair<qint64, QString> m_pendingHead{0, QString()};
};

} // namespace cc
