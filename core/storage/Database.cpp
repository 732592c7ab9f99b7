#include "Database.h"

#include "AuditHead.h"
#include "Dialect.h"
#include "FileCheckSchedule.h"
#include "Migrations.h"
#include "ServerLocation.h"
#include "SqliteWatch.h"
#include "base/Clock.h"
#include "base/PrivateFile.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sqlite3.h>

#include <cstdio>
#include <fcntl.h>
#include <malloc.h>
#include <map>
#include <mutex>
#include <sys/stat.h>
#include <unistd.h>

namespace cc {

namespace {

// The start-up modes that ask FileCheckSchedule whether the file is to be read whole.
bool followsSchedule(QuickCheck quickCheck)
{
    return quickCheck == QuickCheck::WhenDue || quickCheck == QuickCheck::WhenUrgent;
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("countercare-%1").arg(counter.fetchAndAddRelaxed(1));
}

// What the first 100 bytes of a file say of it, read without SQLite.
struct FileHeader {
    bool readable = true;
    QString problem; ///< why it cannot be read
    qint64 size = 0;
    bool sqlite = false; ///< "SQLite format 3"
    bool ours = false;   ///< and our application_id
};

FileHeader readHeader(const QString& path)
{
    FileHeader header;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        header.readable = false;
        header.problem = file.errorString();
        return header;
    }
    header.size = file.size();
    const QByteArray bytes = file.read(100);
    header.sqlite = bytes.size() == 100 && bytes.startsWith(QByteArrayLiteral("SQLite format 3\0"));
    if (header.sqlite) {
        const auto byte = [&](int i) {
            return quint32(quint8(bytes.at(i)));
        };
        const quint32 appId = byte(68) << 24 | byte(69) << 16 | byte(70) << 8 | byte(71);
        header.ours = appId == quint32(Database::applicationId);
    }
    return header;
}

// "Now" for the start-up check's schedule and its record.
QDateTime nowFor(const OpenOptions& options)
{
    return options.clock ? options.clock->nowUtc() : QDateTime::currentDateTimeUtc();
}

} // namespace

Database::Database(QString connectionName, QString path, bool readOnly)
    : m_dialect(&Dialect::forLocation(path))
    , m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
    , m_readOnly(readOnly)
{}

Database::~Database()
{
    dropStatements();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString fromEnv =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("COUNTERCARE_DB"));
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("countercare.sqlite"));
}

// SQLite frees and takes back buffers of a few hundred KiB on every statement of a write
// transaction; glibc returns the top of the heap to the kernel whenever more than 128 KiB
// of it is free, so each statement page-faults the memory back in. Keeping up to 64 MiB
// measured 2.4x faster on bulk writes (the demo generator, imports).
namespace {
void keepFreedMemoryForSqlite()
{
    static std::once_flag once;
    std::call_once(once, [] { mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024); });
}
} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString& path, const OpenOptions& options)
{
    if (!Dialect::forLocation(path).keepsStoreInFile())
        return openServer(path, options);
    keepFreedMemoryForSqlite();
    if (path.trimmed().isEmpty())
        return makeError(ErrorCode::DatabaseUnusable, tr("No database file was given."));

    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return makeError(ErrorCode::DatabaseUnusable, tr("%1 is not a file.").arg(path));
    if (!info.exists()) {
        if (!options.create || options.readOnly)
            return makeError(ErrorCode::DatabaseUnusable,
                             tr("The database file %1 does not exist.").arg(path));
        // Owner-only before SQLite sees it: SQLite gives its -wal and -shm files the same
        // mode as the database, so customer data never becomes readable by others.
        if (Status created = PrivateFile::create(path); !created)
            return created.error();
    } else if (!options.create && info.size() == 0 &&
               QFileInfo(path + QStringLiteral("-wal")).size() == 0) {
        // SQLite would take an empty file for a new database and write one into it.
        return makeError(ErrorCode::DatabaseUnusable,
                         tr("The database file %1 is empty: it holds no store. It was left "
                            "untouched.")
                             .arg(path));
    }

    std::unique_ptr<Database> database(
        new Database(nextConnectionName(), info.absoluteFilePath(), options.readOnly));
    database->m_options = options;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(database->dialect().qtDriver(), database->m_connectionName);
        db.setDatabaseName(info.absoluteFilePath());
    }
    if (Status connected = database->connect(options); !connected)
        return connected.error();
    return database;
}

// Opens the connection and brings the file into service: identify, settings, migrations.
Result<std::unique_ptr<Database>> Database::openServer(const QString& location,
                                                       const OpenOptions& options)
{
    Result<ServerLocation> server = ServerLocation::parse(location);
    if (!server)
        return server.error();
    std::unique_ptr<Database> database(
        new Database(nextConnectionName(), server->toString(), options.readOnly));
    database->m_options = options;
    database->m_serverParameters = server->parameters;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(database->dialect().qtDriver(), database->m_connectionName);
        if (!db.isValid())
            return makeError(ErrorCode::DatabaseUnusable,
                             tr("This PC cannot reach a PostgreSQL server: Qt's QPSQL driver is "
                                "not installed (Debian: libqt6sql6-psql)."));
        // No password: libpq takes it from ~/.pgpass or PGPASSFILE.
        db.setHostName(server->host);
        db.setPort(server->port);
        db.setUserName(server->user);
        db.setDatabaseName(server->database);
    }
    if (Status connected = database->connect(options); !connected)
        return connected.error();
    return database;
}

Status Database::holdsServerStore()
{
    Result<QVariant> present =
        scalar(QStringLiteral("SELECT to_regclass('countercare_schema') IS NOT NULL"));
    if (!present)
        return present.error();
    if (!present->toBool())
        return makeError(ErrorCode::DatabaseUnusable,
                         tr("The database %1 holds no CounterCare store. Set it up with "
                            "countercare-cli server init.")
                             .arg(m_path));
    return {};
}

Status Database::checkServerSchema()
{
    // The counter never changes a server's schema: `countercare-cli server init` and
    // `server upgrade` do, with the owner role. It only checks that it can work on it.
    if (Status holds = holdsServerStore(); !holds)
        return holds;
    const int version = schemaVersion();
    const int latest = Migrations::latestVersion();
    if (version > latest)
        return makeError(ErrorCode::DatabaseUnusable,
                         tr("%1 was written by a newer CounterCare (schema %2; this program "
                            "knows up to %3). Install the newer version; the database was left "
                            "untouched.")
                             .arg(m_path)
                             .arg(version)
                             .arg(latest));
    if (version < latest)
        return makeError(ErrorCode::DatabaseUnusable,
                         tr("%1 is at schema %2 and this program needs %3. Upgrade it once "
                            "with countercare-cli server upgrade; the database was left "
                            "untouched.")
                             .arg(m_path)
                             .arg(version)
                             .arg(latest));
    return {};
}

Status Database::prepareServerSchema(ServerSchema intent)
{
    if (intent == ServerSchema::Check)
        return checkServerSchema();
    if (m_readOnly)
        return makeError(ErrorCode::Internal, tr("A read-only connection changes no schema."));
    if (intent == ServerSchema::Create) {
        // Anything in the schema but an empty version table (a `server init` cut short
        // before its first migration committed) is someone's data: never written into.
        Result<QVariant> tables = scalar(QStringLiteral(
            "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') "
            "AND c.relname <> 'countercare_schema'"));
        if (!tables)
            return tables.error();
        // A `server init` whose schema committed but whose first manager did not: the store
        // is still empty, and this one goes on where that one stopped.
        if (tables->toLongLong() > 0 && schemaVersion() == Migrations::latestVersion()) {
            Result<QVariant> stores = scalar(QStringLiteral(
                "SELECT (SELECT count(*) FROM store) + (SELECT count(*) FROM users)"));
            if (!stores)
                return stores.error();
            if (stores->toLongLong() == 0)
                return {};
            return makeError(ErrorCode::Conflict,
                             tr("The database %1 already holds a CounterCare store; it was left "
                                "untouched.")
                                 .arg(m_path));
        }
        if (tables->toLongLong() > 0)
            return makeError(ErrorCode::Conflict,
                             tr("The database %1 is not empty: it already holds %n table(s). "
                                "server init sets up an empty database only; it was left "
                                "untouched.",
                                nullptr, int(tables->toLongLong()))
                                 .arg(m_path));
    } else if (Status holds = holdsServerStore(); !holds) {
        return holds;
    }
    return Migrations::migrate(*this);
}

Status Database::connect(const OpenOptions& options)
{
    const bool inFile = m_dialect->keepsStoreInFile();
    // Before the connection opens: once it has, the files beside the database are its own.
    const bool leftUnclean =
        inFile && followsSchedule(options.quickCheck) && FileCheckSchedule::leftUnclean(m_path);
    {
        QSqlDatabase db = connection();
        QStringList connect{m_dialect->connectOptions(options)};
        connect << m_serverParameters;
        db.setConnectOptions(connect.join(QLatin1Char(';')));
        if (!db.open()) {
            if (!inFile)
                return makeError(ErrorCode::DatabaseUnusable,
                                 tr("Cannot connect to the store's server %1: %2 (the password "
                                    "is read from ~/.pgpass, or the file PGPASSFILE names).")
                                     .arg(m_path, db.lastError().databaseText().trimmed().isEmpty()
                                                      ? db.lastError().text()
                                                      : db.lastError().databaseText().trimmed()));
            return makeError(
                ErrorCode::DatabaseUnusable,
                tr("Cannot open the database %1: %2").arg(m_path, db.lastError().text()));
        }
    }
    if (!inFile) {
        if (Status configured = m_dialect->configure(*this, options); !configured)
            return configured.error();
        return prepareServerSchema(options.serverSchema);
    }
    const FileCheck check = identify(options, leftUnclean);
    if (check.verdict != FileCheck::Verdict::Usable)
        return makeError(ErrorCode::DatabaseUnusable, check.message);
    if (Status configured = m_dialect->configure(*this, options); !configured)
        return configured.error();
    if (options.migrate && !options.readOnly) {
        if (Status migrated = Migrations::migrate(*this); !migrated)
            return migrated.error();
    }
    if (check.checkedWhole && !options.readOnly) {
        // Best effort: without the record, the next start checks again.
        (void)FileCheckSchedule::recordPassed(*this, nowFor(options));
    }
    return {};
}

FileCheck Database::examine(const QString& path, QuickCheck quickCheck, const Clock* clock,
                            const Progress& progress)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {FileCheck::Verdict::Missing, tr("The database file %1 does not exist.").arg(path)};
    if (!info.isFile())
        return {FileCheck::Verdict::Unopenable, tr("%1 is not a file.").arg(path)};
    const QString name = nextConnectionName();
    const bool leftUnclean =
        followsSchedule(quickCheck) && FileCheckSchedule::leftUnclean(info.absoluteFilePath());
    FileCheck check;
    {
        Database database(name, info.absoluteFilePath(), true);
        OpenOptions options;
        options.readOnly = true;
        options.quickCheck = quickCheck;
        options.clock = clock;
        QSqlDatabase db = QSqlDatabase::addDatabase(database.dialect().qtDriver(), name);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(database.dialect().connectOptions(options));
        if (!db.open())
            return {FileCheck::Verdict::Unopenable,
                    tr("Cannot open the database %1: %2").arg(path, db.lastError().text())};
        check = database.identify(options, leftUnclean, progress);
    }
    return check;
}

Status Database::replaceFileWith(const QString& incoming)
{
    (void)execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    dropStatements(); // they belong to the connection closed below
    {
        QSqlDatabase db = connection();
        db.close();
    }
    QFile::remove(m_path + QStringLiteral("-wal"));
    QFile::remove(m_path + QStringLiteral("-shm"));
    const bool swapped = std::rename(QFile::encodeName(incoming).constData(),
                                     QFile::encodeName(m_path).constData()) == 0;
    if (swapped) {
        // What a check found in the file replaced does not hold of the checked copy.
        QFile::remove(FileCheckSchedule::failureMarkPath(m_path));
        // The rename is durable only once the folder's entry is on disk.
        const int dir = ::open(QFile::encodeName(QFileInfo(m_path).absolutePath()).constData(),
                               O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dir >= 0) {
            ::fsync(dir);
            ::close(dir);
        }
    }
    Status reopened = connect(m_options);
    if (!swapped)
        return makeError(ErrorCode::Validation,
                         tr("Cannot replace %1; it was left as it was.").arg(m_path));
    return reopened;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::unique_ptr<QSqlQuery> Database::takeStatement(const QString& sql, bool* cached)
{
    const auto found = m_idleStatements.find(sql);
    *cached = found != m_idleStatements.end() && !found->second.empty();
    if (*cached) {
        std::unique_ptr<QSqlQuery> statement = std::move(found->second.back());
        found->second.pop_back();
        --m_idleCount;
        return statement;
    }
    auto statement = std::make_unique<QSqlQuery>(connection());
    statement->setForwardOnly(true);
    return statement;
}

void Database::returnStatement(const QString& sql, std::unique_ptr<QSqlQuery> statement)
{
    // A few hundred distinct statements at most; past that, keep none rather than grow.
    constexpr int maxIdle = 400;
    if (m_idleCount >= maxIdle)
        return;
    statement->finish();
    m_idleStatements[sql].push_back(std::move(statement));
    ++m_idleCount;
}

void Database::dropStatements()
{
    m_idleStatements.clear();
    m_idleCount = 0;
}

sqlite3* Database::nativeHandle() const
{
    const QVariant handle = connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(m_dialect->schemaVersionQuery()) && query.next())
        return query.value(0).toInt();
    return -1;
}

Status Database::execute(const QString& sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return translateError(query.lastError(), sql.section(QLatin1Char(' '), 0, 2));
    return {};
}

Result<QVariant> Database::scalar(const QString& sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return translateError(query.lastError(), sql.section(QLatin1Char(' '), 0, 2));
    if (!query.next())
        return QVariant();
    return query.value(0);
}

// Reads who wrote the file before anything writes to it.
FileCheck Database::identify(const OpenOptions& options, bool leftUnclean, const Progress& progress)
{
    const auto notOurs = [this] {
        return FileCheck{
            FileCheck::Verdict::NotOurs,
            tr("%1 is not a CounterCare database; it was left untouched.").arg(m_path)};
    };
    // The header says whose file it is before SQLite reads any page: a store cut short by
    // a failed copy, or with a page gone bad, is ours and damaged, not someone else's.
    const FileHeader header = readHeader(m_path);
    if (!header.readable)
        return {FileCheck::Verdict::Unopenable,
                tr("The database file %1 cannot be read: %2").arg(m_path, header.problem)};
    if (header.size > 0 && !header.sqlite)
        return notOurs();
    const auto damaged = [this](const QString& found) {
        FileCheckSchedule::recordFailed(m_path);
        return FileCheck{FileCheck::Verdict::Damaged, tr("%1 is damaged: %2").arg(m_path, found)};
    };
    // A query the header promised would work: its failure is damage when the file is ours.
    const auto unreadable = [&](const QSqlQuery& failed) {
        return header.ours ? damaged(failed.lastError().databaseText()) : notOurs();
    };

    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return unreadable(query);
    const qint32 appId = query.value(0).toInt();
    query.finish();

    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return unreadable(query);
    const int version = query.value(0).toInt();
    query.finish();

    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !query.next())
        return unreadable(query);
    const int objects = query.value(0).toInt();
    query.finish();

    const bool empty = appId == 0 && version == 0 && objects == 0;
    if (!empty && appId != applicationId)
        return notOurs();
    if (version > Migrations::latestVersion())
        return {FileCheck::Verdict::Newer,
                tr("%1 was written by a newer CounterCare (schema %2; this program "
                   "knows up to %3). Install the newer version; the file was left "
                   "untouched.")
                    .arg(m_path)
                    .arg(version)
                    .arg(Migrations::latestVersion())};

    FileCheck usable;
    usable.schemaVersion = version;
    bool readWhole = options.quickCheck == QuickCheck::Always;
    // After a check that found damage, only a check as thorough as `check`'s clears it:
    // quick_check does not compare the indexes with their tables.
    const bool failedBefore = FileCheckSchedule::failedBefore(m_path);
    if (followsSchedule(options.quickCheck)) {
        const QDateTime last = empty ? QDateTime() : FileCheckSchedule::lastPassed(*this);
        const bool upgradePending = !empty && version < Migrations::latestVersion();
        const FileCheckSchedule::Reason reason = FileCheckSchedule::due(
            upgradePending, leftUnclean, failedBefore, last, nowFor(options));
        readWhole = reason != FileCheckSchedule::Reason::NotDue;
        if (readWhole && options.quickCheck == QuickCheck::WhenUrgent &&
            FileCheckSchedule::canWait(reason)) {
            readWhole = false;
            usable.dailyCheckDue = true;
        }
    }
    if (readWhole && !empty) {
        if (progress && !progress(0))
            return usable; // stopped before it began
        const SqliteWatch watch(*this, progress, [] { return 0; });
        if (!query.exec(failedBefore ? QStringLiteral("PRAGMA integrity_check")
                                     : QStringLiteral("PRAGMA quick_check")))
            return watch.stopped() ? usable : damaged(query.lastError().text());
        QStringList problems; // a line each; SQLite may put many in one row
        while (query.next())
            problems << query.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (watch.stopped())
            return usable;
        if (problems != QStringList{QStringLiteral("ok")})
            return damaged(problems.mid(0, 3).join(QStringLiteral("; ")) +
                           (problems.size() > 3 ? QStringLiteral("; …") : QString()));
        usable.checkedWhole = true;
    }
    return usable;
}

Status Database::stopWriting()
{
    if (Status stopped = execute(m_dialect->stopWriting()); !stopped)
        return stopped;
    m_readOnly = true;
    return {};
}

void Database::publishAuditHead()
{
    // The head file beside a store file; a server keeps its audit chain to itself.
    if (m_pendingHead.first > 0 && m_dialect->keepsStoreInFile())
        AuditHead::write(m_path, m_pendingHead.first, m_pendingHead.second);
    dropAuditHead();
}

bool Database::openElsewhere(const QString& path)
{
    // SQLite's unix VFS holds a shared lock on this byte of the -shm file for as long as a
    // connection has the database open (UNIX_SHM_DMS, "the dead-man switch").
    constexpr off_t deadManSwitchByte = 128;
    const QByteArray shm =
        QFile::encodeName(QFileInfo(path).absoluteFilePath() + QStringLiteral("-shm"));
    struct stat now {};
    if (::stat(shm.constData(), &now) != 0)
        return false; // no -shm: nobody has the file open in WAL mode
    static std::mutex mutex;
    static std::map<QByteArray, int> probes; // kept open: see the header
    std::lock_guard<std::mutex> locked(mutex);
    int& fd = probes[shm];
    struct stat held {};
    if (fd > 0 &&
        (::fstat(fd, &held) != 0 || held.st_ino != now.st_ino || held.st_dev != now.st_dev)) {
        // A new -shm (the old one was deleted): the old descriptor holds no lock of ours
        // that matters, the old file being gone.
        ::close(fd);
        fd = 0;
    }
    if (fd <= 0) {
        fd = ::open(shm.constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            fd = 0;
            return false;
        }
    }
    struct flock probe {};
    probe.l_type = F_WRLCK;
    probe.l_whence = SEEK_SET;
    probe.l_start = deadManSwitchByte;
    probe.l_len = 1;
    // F_GETLK reports the locks of other processes only: this one's never conflict.
    return ::fcntl(fd, F_GETLK, &probe) == 0 && probe.l_type != F_UNLCK;
}

Error Database::failed(const QSqlError& error, const QString& context) const
{
    if (m_dialect->showsDamage(error) && m_dialect->keepsStoreInFile())
        FileCheckSchedule::recordFailed(m_path);
    return translateError(error, context);
}

Status Database::mayWrite() const
{
    if (!m_dialect->keepsStoreInFile() || !FileCheckSchedule::failedBefore(m_path))
        return {};
    return makeError(ErrorCode::DatabaseUnusable,
                     tr("%1 was found damaged: nothing is written to it until a check passes "
                        "or a backup is restored. Nothing was saved.")
                         .arg(m_path));
}

Error Database::translateError(const QSqlError& error, const QString& context) const
{
    return m_dialect->translate(error, context);
}

} // namespace cc
