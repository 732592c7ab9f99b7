#include "CliTestSupport.h"
#include "TestStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace cc;
using test::runCli;

namespace {

/// Every row of every table, sorted, as text: two files with the same dump hold the same
/// data. The audit log is dumped up to `auditUpTo` entries (a restore adds its own).
QStringList dump(const QString& path, qint64 auditUpTo)
{
    QStringList lines;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dump"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        QSqlQuery tables(db);
        REQUIRE(tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%' ORDER BY name")));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString& table : names) {
            QSqlQuery rows(db);
            const QString where = table == QLatin1String("audit_log")
                                      ? QStringLiteral(" WHERE id <= %1").arg(auditUpTo)
                                      : QString();
            REQUIRE(rows.exec(QStringLiteral("SELECT * FROM \"%1\"%2").arg(table, where)));
            QStringList tableLines;
            while (rows.next()) {
                QStringList values;
                for (int i = 0; i < rows.record().count(); ++i)
                    values << rows.value(i).toString();
                tableLines << table + QLatin1Char('|') + values.join(QLatin1Char('|'));
            }
            tableLines.sort();
            lines << tableLines;
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("dump"));
    return lines;
}

struct Store {
    test::TestStore store;
    Store()
    {
        store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
        store.close();
        REQUIRE(run({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                     QStringLiteral("刘女士"), QStringLiteral("--phone"),
                     QStringLiteral("13800138000")})
                    .code == 0);
    }
    test::CliRun run(QStringList arguments, bool asManager = true)
    {
        return runCli(QStringList{QStringLiteral("--db"), store.path()} + arguments,
                      asManager ? test::asBoss() : test::asUser(QStringLiteral("xiaoli")));
    }
};

} // namespace

TEST_CASE("backup writes a checked snapshot and manifest, and restore brings it back exactly")
{
    Store s;
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("store-2026-11-23.sqlite"));
    CHECK(s.run({QStringLiteral("backup"), QStringLiteral("--to"), copy}, false).code == 1);
    CHECK_FALSE(QFile::exists(copy));
    CHECK(s.run({QStringLiteral("backup"), QStringLiteral("--to"),
                 dir.filePath(QStringLiteral("missing/x.sqlite"))})
              .code == 1);

    test::CliRun made =
        s.run({QStringLiteral("backup"), QStringLiteral("--to"), copy, QStringLiteral("--json")});
    INFO(made.err.toStdString());
    REQUIRE(made.code == 0);
    const QJsonObject manifest = made.json().object();
    QFile file(copy);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(manifest.value(QStringLiteral("sha256")).toString() ==
          QString::fromLatin1(
              QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
    file.close();
    CHECK(manifest.value(QStringLiteral("row_counts"))
              .toObject()
              .value(QStringLiteral("customers"))
              .toInt() == 1);
    CHECK_FALSE(manifest.value(QStringLiteral("audit_head")).toString().isEmpty());
    CHECK(QFile::exists(copy + QStringLiteral(".json")));
    CHECK_FALSE(QFile::exists(copy + QStringLiteral(".part")));
    const qint64 auditAtBackup =
        test::rawScalar(copy, QStringLiteral("SELECT max(id) FROM audit_log")).toLongLong();
    const QStringList before = dump(copy, auditAtBackup);

    // Work goes on after the backup; the restore takes the store back to the copy.
    REQUIRE(
        s.run({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
               QStringLiteral("王先生"), QStringLiteral("--phone"), QStringLiteral("13900139000")})
            .code == 0);
    CHECK(s.run({QStringLiteral("restore"), QStringLiteral("--from"), copy}, false).code == 1);
    test::CliRun restored = s.run(
        {QStringLiteral("restore"), QStringLiteral("--from"), copy, QStringLiteral("--json")});
    INFO(restored.err.toStdString());
    REQUIRE(restored.code == 0);
    const QString safety = restored.json().object().value(QStringLiteral("safety_copy")).toString();
    CHECK(QFile::exists(safety));
    CHECK(test::rawScalar(safety, QStringLiteral("SELECT count(*) FROM customers")).toInt() == 2);
    CHECK(
        test::rawScalar(s.store.path(), QStringLiteral("SELECT count(*) FROM customers")).toInt() ==
        1);
    CHECK(dump(s.store.path(), auditAtBackup) == before);
    CHECK(s.run({QStringLiteral("audit"), QStringLiteral("verify")}).code == 0);
    CHECK(s.run({QStringLiteral("check")}).code == 0);
}

TEST_CASE("restore refuses a backup with one flipped byte, or a file that is not ours")
{
    Store s;
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("b.sqlite"));
    REQUIRE(s.run({QStringLiteral("backup"), QStringLiteral("--to"), copy}).code == 0);
    REQUIRE(
        s.run({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
               QStringLiteral("王先生"), QStringLiteral("--phone"), QStringLiteral("13900139000")})
            .code == 0);
    // A refused restore leaves the database as it is and makes no safety copy.
    const auto unchanged = [&] {
        CHECK(test::rawScalar(s.store.path(), QStringLiteral("SELECT count(*) FROM customers"))
                  .toInt() == 2);
        CHECK(QDir(s.store.dir())
                  .entryList({QStringLiteral("*before-restore*")}, QDir::Files)
                  .isEmpty());
    };

    QFile file(copy);
    REQUIRE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    bytes[bytes.size() - 100] = char(bytes.at(bytes.size() - 100) ^ 0x01);
    file.seek(0);
    file.write(bytes);
    file.close();
    test::CliRun flipped = s.run({QStringLiteral("restore"), QStringLiteral("--from"), copy});
    CHECK(flipped.code == 1);
    CHECK(flipped.err.contains(QStringLiteral("manifest")));
    unchanged();

    const QString notOurs = dir.filePath(QStringLiteral("notes.txt"));
    QFile text(notOurs);
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("not a database\n");
    text.close();
    test::CliRun refused = s.run({QStringLiteral("restore"), QStringLiteral("--from"), notOurs});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("--from")));
    unchanged();
}

TEST_CASE("restore refuses a copy without its manifest unless --unverified is given, and the "
          "audit log says it was not verified")
{
    Store s;
    QTemporaryDir dir;
    REQUIRE(
        s.run({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
               QStringLiteral("陈先生"), QStringLiteral("--phone"), QStringLiteral("13700137000"),
               QStringLiteral("--note"), QStringLiteral("VIP-ABCDEFGH")})
            .code == 0);
    const QString made = dir.filePath(QStringLiteral("b.sqlite"));
    REQUIRE(s.run({QStringLiteral("backup"), QStringLiteral("--to"), made}).code == 0);
    // The copy travels without its manifest, and one byte of a row's text changes on the way.
    const QString copy = dir.filePath(QStringLiteral("usb-stick.sqlite"));
    REQUIRE(QFile::copy(made, copy));
    QFile file(copy);
    REQUIRE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const qsizetype at = bytes.indexOf("VIP-ABCDEFGH");
    REQUIRE(at > 0);
    bytes[at + 4] = 'X';
    file.seek(0);
    file.write(bytes);
    file.close();
    REQUIRE(
        s.run({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
               QStringLiteral("王先生"), QStringLiteral("--phone"), QStringLiteral("13900139000")})
            .code == 0);

    test::CliRun refused = s.run({QStringLiteral("restore"), QStringLiteral("--from"), copy});
    CHECK(refused.code == 1);
    CHECK(refused.err.contains(QStringLiteral("usb-stick.sqlite.json")));
    CHECK(refused.err.contains(QStringLiteral("--unverified")));
    CHECK(
        test::rawScalar(s.store.path(), QStringLiteral("SELECT count(*) FROM customers")).toInt() ==
        3);
    CHECK(
        QDir(s.store.dir()).entryList({QStringLiteral("*before-restore*")}, QDir::Files).isEmpty());

    test::CliRun accepted = s.run({QStringLiteral("restore"), QStringLiteral("--from"), copy,
                                   QStringLiteral("--unverified")});
    INFO(accepted.err.toStdString());
    REQUIRE(accepted.code == 0);
    CHECK(
        test::rawScalar(s.store.path(), QStringLiteral("SELECT count(*) FROM customers")).toInt() ==
        2);
    const QString detail =
        test::rawScalar(s.store.path(),
                        QStringLiteral("SELECT detail FROM audit_log WHERE action = "
                                       "'backup.restore' ORDER BY id DESC LIMIT 1"))
            .toString();
    CHECK(detail.contains(QStringLiteral("verified=no")));

    // A copy with its manifest is restored as before, and its entry carries no such mark.
    REQUIRE(s.run({QStringLiteral("restore"), QStringLiteral("--from"), made}).code == 0);
    CHECK_FALSE(test::rawScalar(s.store.path(),
                                QStringLiteral("SELECT detail FROM audit_log WHERE action = "
                                               "'backup.restore' ORDER BY id DESC LIMIT 1"))
                    .toString()
                    .contains(QStringLiteral("verified")));
}
