#include "TestStore.h"

#include <accounts/AccountService.h>
#include <base/SearchKeys.h>
#include <storage/ServerLocation.h>
#include <store/StoreService.h>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <catch2/catch.hpp>

namespace cc::test {

TestStore::TestStore()
    : m_path(m_dir.filePath(QStringLiteral("store.sqlite")))
    , m_clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::utc()))
{
    REQUIRE(m_dir.isValid());
    if (onServer()) {
        m_server = std::make_unique<ServerDatabase>();
        m_path = m_server->uri();
        OpenOptions setUp;
        setUp.serverSchema = ServerSchema::Create;
        Result<std::unique_ptr<Database>> created = Database::open(m_path, setUp);
        if (!created)
            FAIL(created.error().message.toStdString());
        m_database = std::move(created).value();
    } else {
        reopen();
    }
    StoreSetup setup{QStringLiteral("旗舰店"), adminName, QStringLiteral("王店长"), adminPassword};
    Result<User> admin = StoreService(*m_database, m_clock).initialize(setup);
    REQUIRE(admin.ok());
    m_admin = admin.value();
}

void TestStore::reopen()
{
    m_database.reset();
    Result<std::unique_ptr<Database>> opened = Database::open(m_path);
    if (!opened)
        FAIL(opened.error().message.toStdString());
    m_database = std::move(opened).value();
}

User TestStore::addUser(const QString& username, Role role)
{
    Result<User> user = AccountService(*m_database, m_clock)
                            .addUser(m_admin.actor(), username, username, role, staffPassword);
    if (!user)
        FAIL(user.error().message.toStdString());
    return user.value();
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

namespace {

template <typename Body>
void withRawConnection(const QString& path, Body body)
{
    if (ServerLocation::isServer(path)) {
        const Result<ServerLocation> server = ServerLocation::parse(path);
        REQUIRE(server.ok());
        connectToCluster(server->database, body);
        return;
    }
    const QString name = QStringLiteral("raw-test-connection");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        body(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

void rawExec(const QString& path, const QStringList& statements)
{
    withRawConnection(path, [&](QSqlDatabase& db) {
        QSqlQuery query(db);
        for (const QString& statement : statements) {
            if (!query.exec(statement))
                FAIL(QStringLiteral("raw SQL failed: %1: %2")
                         .arg(statement, query.lastError().text())
                         .toStdString());
        }
    });
}

void rewindToSchema9(const QString& path)
{
    QStringList statements{
        QStringLiteral(R"sql(CREATE TABLE customer_name_grams (
                 gram TEXT NOT NULL,
                 customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
                 PRIMARY KEY (gram, customer_id)
             ) STRICT, WITHOUT ROWID)sql"),
        QStringLiteral(
            "CREATE INDEX customer_name_grams_customer ON customer_name_grams(customer_id)"),
    };
    withRawConnection(path, [&](QSqlDatabase& db) {
        QSqlQuery query(db);
        REQUIRE(query.exec(QStringLiteral("SELECT id, name_key FROM customers")));
        while (query.next()) {
            for (const QString& gram : SearchKeys::nameGrams(query.value(1).toString()))
                statements << QStringLiteral("INSERT INTO customer_name_grams VALUES ('%1', %2)")
                                  .arg(gram, query.value(0).toString());
        }
    });
    statements << QStringLiteral("DROP TABLE complaint_numbers") // schema 12
               << QStringLiteral("DROP TABLE customer_name_pieces")
               << QStringLiteral("DROP TABLE customer_text_pieces")
               << QStringLiteral("PRAGMA writable_schema = ON")
               << QStringLiteral(R"sql(UPDATE sqlite_schema SET sql = replace(sql,
                      '(gender = '''' OR gender = ''f'' OR gender = ''m'')',
                      'gender IN ('''', ''f'', ''m'')') WHERE name = 'customers')sql")
               << QStringLiteral("PRAGMA schema_version = 100000")
               << QStringLiteral("PRAGMA writable_schema = OFF")
               << QStringLiteral("PRAGMA user_version = 9");
    rawExec(path, statements);
    REQUIRE(
        rawScalar(path, QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'customers'"))
            .toString()
            .contains(QStringLiteral("gender IN ('', 'f', 'm')")));
}

QVariant rawScalar(const QString& path, const QString& sql)
{
    QVariant value;
    withRawConnection(path, [&](QSqlDatabase& db) {
        QSqlQuery query(db);
        REQUIRE(query.exec(sql));
        if (query.next())
            value = query.value(0);
    });
    return value;
}

void copyAsLeftByPowerCut(const QString& path, const QString& to)
{
    REQUIRE(QFile::copy(path, to));
    REQUIRE(QFile::copy(path + QStringLiteral("-wal"), to + QStringLiteral("-wal")));
}

void damagePage(const QString& path, int page)
{
    rawExec(path, {QStringLiteral("PRAGMA journal_mode = DELETE")});
    const int pageSize = rawScalar(path, QStringLiteral("PRAGMA page_size")).toInt();
    REQUIRE(pageSize > 0);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.seek(qint64(page - 1) * pageSize);
    file.write(QByteArray(pageSize, '\x5a'));
}

void damageIndexEntry(const QString& path, const QString& index, const QByteArray& text)
{
    rawExec(path, {QStringLiteral("PRAGMA journal_mode = DELETE")});
    const int pageSize = rawScalar(path, QStringLiteral("PRAGMA page_size")).toInt();
    const int root = rawScalar(path, QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE "
                                                    "type = 'index' AND name = '%1'")
                                         .arg(index))
                         .toInt();
    REQUIRE(root > 1);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.seek(qint64(root - 1) * pageSize);
    const QByteArray page = file.read(pageSize);
    const qsizetype at = page.indexOf(text);
    REQUIRE(at >= 0);
    const qint64 last = qint64(root - 1) * pageSize + at + text.size() - 1;
    file.seek(last);
    file.write(QByteArray(1, text.back() == '0' ? '1' : '0'));
}

void damageTable(const QString& path, const QString& table)
{
    const int root = rawScalar(path, QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE "
                                                    "type = 'table' AND name = '%1'")
                                         .arg(table))
                         .toInt();
    REQUIRE(root > 2);
    damagePage(path, root);
}

} // namespace cc::test
