// The store on a PostgreSQL server, against the throwaway cluster tests/postgres/cluster.sh
// starts for the run (ctest fixture "postgres"). Each test works in a fresh database.
#include "TestServer.h"

#include <storage/Database.h>
#include <storage/Dialect.h>
#include <storage/Migrations.h>
#include <storage/Query.h>
#include <storage/ServerLocation.h>
#include <storage/WriteTransaction.h>

#include <QAtomicInt>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtGlobal>

#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

using namespace cc;
using cc::test::ServerDatabase;

TEST_CASE("A server address names host, port, role and database, and never a password")
{
    Result<ServerLocation> ok =
        ServerLocation::parse(QStringLiteral("postgresql://counter@10.0.0.5:5433/store1"
                                             "?sslmode=require"));
    REQUIRE(ok.ok());
    CHECK(ok->host == QStringLiteral("10.0.0.5"));
    CHECK(ok->port == 5433);
    CHECK(ok->user == QStringLiteral("counter"));
    CHECK(ok->database == QStringLiteral("store1"));
    CHECK(ok->parameters == QStringList{QStringLiteral("sslmode=require")});
    CHECK(ServerLocation::parse(QStringLiteral("postgresql://pc/store"))->port == 5432);

    Result<ServerLocation> secret =
        ServerLocation::parse(QStringLiteral("postgresql://counter:hunter2@pc/store"));
    REQUIRE_FALSE(secret.ok());
    CHECK(secret.error().code == ErrorCode::Validation);
    CHECK(secret.error().message.contains(QStringLiteral(".pgpass")));
    CHECK_FALSE(secret.error().message.contains(QStringLiteral("hunter2")));

    CHECK(ServerLocation::parse(QStringLiteral("postgresql://counter@pc"))
              .error()
              .message.contains(QStringLiteral("database")));
    CHECK(ServerLocation::parse(QStringLiteral("postgresql://counter@pc/store?passfile=/tmp/x"))
              .error()
              .message.contains(QStringLiteral("passfile")));
    CHECK(ServerLocation::isServer(QStringLiteral("postgres://pc/store")));
    CHECK_FALSE(ServerLocation::isServer(QStringLiteral("/home/shop/store.sqlite")));
}

TEST_CASE("An empty server database is refused until server init makes it a store")
{
    ServerDatabase server;
    Result<std::unique_ptr<Database>> opened = Database::open(server.uri());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::DatabaseUnusable);
    CHECK(opened.error().message.contains(QStringLiteral("server init")));
    // Left as it was: nothing was created in it.
    CHECK(server
              .value(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                    "'public'"))
              .toInt() == 0);
}

TEST_CASE("The password comes from PGPASSFILE, and a refused sign-in says so plainly")
{
    ServerDatabase server;
    server.lookLikeStore(Migrations::latestVersion());
    Result<std::unique_ptr<Database>> opened = Database::open(server.uri());
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    CHECK_FALSE(opened.value()->dialect().keepsStoreInFile());
    CHECK(opened.value()->schemaVersion() == Migrations::latestVersion());
    opened.value().reset();

    // Without the password file libpq has no password: refused, with the server's reason.
    const QString uri = server.uri();
    qputenv("PGPASSFILE", "/nonexistent/pgpass");
    Result<std::unique_ptr<Database>> refused = Database::open(uri);
    qputenv("PGPASSFILE", COUNTERCARE_TEST_PG_DIR "/pgpass");
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::DatabaseUnusable);
    CHECK(refused.error().message.contains(QStringLiteral("password")));
}

TEST_CASE("sslmode in the address is honoured - a server without TLS is refused for require")
{
    ServerDatabase server;
    server.lookLikeStore(Migrations::latestVersion());
    Result<std::unique_ptr<Database>> opened =
        Database::open(server.uri(QStringLiteral("sslmode=require")));
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::DatabaseUnusable);
    CHECK(opened.error().message.contains(QStringLiteral("SSL")));
    CHECK(Database::open(server.uri(QStringLiteral("sslmode=disable"))).ok());
}

TEST_CASE("A server store newer or older than the program is refused and left untouched")
{
    ServerDatabase newer;
    newer.lookLikeStore(Migrations::latestVersion() + 1);
    Result<std::unique_ptr<Database>> opened = Database::open(newer.uri());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::DatabaseUnusable);
    CHECK(opened.error().message.contains(QStringLiteral("newer CounterCare")));
    CHECK(newer.value(QStringLiteral("SELECT version FROM countercare_schema")).toInt() ==
          Migrations::latestVersion() + 1);

    ServerDatabase older;
    older.lookLikeStore(Migrations::latestVersion() - 1);
    opened = Database::open(older.uri());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().message.contains(QStringLiteral("server upgrade")));
    CHECK(older.value(QStringLiteral("SELECT version FROM countercare_schema")).toInt() ==
          Migrations::latestVersion() - 1);
}

TEST_CASE("Two counters reserving customer ids at once get blocks that do not overlap")
{
    ServerDatabase server;
    server.lookLikeStore(Migrations::latestVersion());
    Result<std::unique_ptr<Database>> first = Database::open(server.uri());
    REQUIRE(first.ok());
    Database& a = *first.value();

    WriteTransaction held(a);
    REQUIRE(held.begin().ok());
    Result<qint64> block = a.dialect().reserveIds(a, QStringLiteral("customers"), 5);
    REQUIRE(block.ok());
    CHECK(block.value() == 1);

    // The second counter, on its own connection in its own thread, waits for the first.
    QAtomicInt finished = 0;
    qint64 second = -1;
    QString problem;
    std::thread other([&] {
        Result<std::unique_ptr<Database>> opened = Database::open(server.uri());
        if (!opened) {
            problem = opened.error().message;
            finished = 1;
            return;
        }
        Database& b = *opened.value();
        WriteTransaction mine(b);
        if (Status begun = mine.begin(); !begun)
            problem = begun.error().message;
        Result<qint64> got = b.dialect().reserveIds(b, QStringLiteral("customers"), 3);
        if (got)
            second = got.value();
        else
            problem = got.error().message;
        (void)mine.commit();
        finished = 1;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
    CHECK(finished.loadRelaxed() == 0);
    REQUIRE(held.commit().ok());
    other.join();
    INFO(problem.toStdString());
    CHECK(second == 6);

    // A file inserted with the reserved id takes it; the identity goes on after the blocks.
    WriteTransaction next(a);
    REQUIRE(next.begin().ok());
    CHECK(a.dialect().reserveIds(a, QStringLiteral("customers"), 1).value() == 9);
    REQUIRE(next.commit().ok());
}

TEST_CASE("Server errors reach the counter as sentences, never as raw driver text")
{
    ServerDatabase server;
    server.lookLikeStore(Migrations::latestVersion());
    Result<std::unique_ptr<Database>> opened = Database::open(server.uri());
    REQUIRE(opened.ok());
    Database& db = *opened.value();
    WriteTransaction transaction(db);
    REQUIRE(transaction.begin().ok());
    Query insert(db, QStringLiteral("INSERT INTO customers (file_no) VALUES (:no)"));
    insert.bind(QStringLiteral(":no"), QStringLiteral("KH-000001"));
    REQUIRE(insert.exec(QStringLiteral("customers.insert")).ok());
    Query again(db, QStringLiteral("INSERT INTO customers (file_no) VALUES (:no)"));
    again.bind(QStringLiteral(":no"), QStringLiteral("KH-000001"));
    Status duplicate = again.exec(QStringLiteral("customers.insert"));
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().code == ErrorCode::Conflict);
    CHECK(duplicate.error().message.contains(QStringLiteral("already on file")));
    CHECK_FALSE(duplicate.error().message.contains(QStringLiteral("duplicate key")));
    transaction.rollback();

    // Times are UTC on every connection, whatever the server's own zone.
    CHECK(db.scalar(QStringLiteral("SHOW TIME ZONE"))->toString() == QStringLiteral("UTC"));
}
