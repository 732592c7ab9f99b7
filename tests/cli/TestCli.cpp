#include "CliTestSupport.h"
#include "TestStore.h"

#include <Cli.h>
#include <storage/Migrations.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace cc;

using test::CliRun;
using test::runCli;
using test::with;

namespace {
const QMap<QString, QString> asBoss = test::asBoss();
} // namespace

TEST_CASE("help, version and usage errors")
{
    CliRun help = runCli({QStringLiteral("--help")});
    CHECK(help.code == 0);
    CHECK(help.out.contains(QStringLiteral("init")));
    CHECK(help.out.contains(QStringLiteral("user deactivate")));

    CliRun version = runCli({QStringLiteral("version"), QStringLiteral("--json")});
    CHECK(version.code == 0);
    CHECK(version.json().object().value(QStringLiteral("schema_version")).toInt() ==
          Migrations::latestVersion());

    CHECK(runCli({}).code == 2);
    CliRun unknown = runCli({QStringLiteral("frobnicate")});
    CHECK(unknown.code == 2);
    CHECK(unknown.err.contains(QStringLiteral("frobnicate")));
    CHECK(runCli({QStringLiteral("version"), QStringLiteral("--no-such-option")}).code == 2);
    CHECK(
        runCli({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("version")}).code ==
        2);
}

TEST_CASE("init creates a healthy store and check reports it as JSON")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("store.sqlite"));
    CliRun init =
        runCli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--store-name"),
                QStringLiteral("旗舰店"), QStringLiteral("--admin"), QStringLiteral("boss"),
                QStringLiteral("--json")},
               {{QStringLiteral("COUNTERCARE_PASSWORD"), test::adminPassword}});
    INFO(init.err.toStdString());
    REQUIRE(init.code == 0);
    CHECK(init.json().object().value(QStringLiteral("admin")).toString() == QStringLiteral("boss"));
    CHECK(QFileInfo(db).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ReadUser | QFileDevice::WriteUser));

    CliRun check =
        runCli({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--db"), db});
    REQUIRE(check.code == 0);
    const QJsonObject report = check.json().object();
    CHECK(report.value(QStringLiteral("ok")).toBool());
    CHECK(report.value(QStringLiteral("schema_version")).toInt() == Migrations::latestVersion());
    CHECK(report.value(QStringLiteral("integrity")).toString() == QStringLiteral("ok"));
    CHECK(report.value(QStringLiteral("audit")).toString() == QStringLiteral("ok"));

    SECTION("a second init is refused (exit 1) and the store keeps its name")
    {
        CliRun again = runCli({QStringLiteral("init"), QStringLiteral("--db"), db,
                               QStringLiteral("--store-name"), QStringLiteral("Other"),
                               QStringLiteral("--admin"), QStringLiteral("x2")},
                              {{QStringLiteral("COUNTERCARE_PASSWORD"), test::adminPassword}});
        CHECK(again.code == 1);
        CHECK(again.err.contains(QStringLiteral("旗舰店")));
    }
}

TEST_CASE("a refused init leaves no file behind")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("store.sqlite"));
    CliRun weak =
        runCli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--store-name"),
                QStringLiteral("x"), QStringLiteral("--admin"), QStringLiteral("boss")},
               {{QStringLiteral("COUNTERCARE_PASSWORD"), QStringLiteral("short")}});
    CHECK(weak.code == 1);
    CHECK(weak.err.startsWith(QStringLiteral("Password")));
    CHECK_FALSE(QFileInfo::exists(db));

    CliRun noPassword =
        runCli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--store-name"),
                QStringLiteral("x"), QStringLiteral("--admin"), QStringLiteral("boss")});
    CHECK(noPassword.code == 1);
    CHECK(noPassword.err.contains(QStringLiteral("COUNTERCARE_PASSWORD")));
    CHECK_FALSE(QFileInfo::exists(db));

    CHECK(runCli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--admin"),
                  QStringLiteral("boss")})
              .code == 2);
}

TEST_CASE("the password can come from a file, never from an option value")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("store.sqlite"));
    const QString secret = dir.filePath(QStringLiteral("secret.txt"));
    QFile file(secret);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(test::adminPassword.toUtf8() + "\n");
    file.close();
    CliRun init =
        runCli({QStringLiteral("init"), QStringLiteral("--db"), db, QStringLiteral("--store-name"),
                QStringLiteral("x"), QStringLiteral("--admin"), QStringLiteral("boss"),
                QStringLiteral("--password-file"), secret});
    INFO(init.err.toStdString());
    REQUIRE(init.code == 0);
    CliRun list = runCli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"),
                          db, QStringLiteral("--user"), QStringLiteral("boss"),
                          QStringLiteral("--password-file"), secret});
    CHECK(list.code == 0);
    CHECK(list.out.contains(QStringLiteral("boss")));
    CHECK(runCli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), db,
                  QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("--password"),
                  test::adminPassword})
              .code == 2);
}

TEST_CASE("check and every command exit 3 on garbage, foreign and newer files, changing nothing")
{
    QTemporaryDir dir;
    const QString garbage = dir.filePath(QStringLiteral("garbage.sqlite"));
    QFile file(garbage);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(5000, '\x42'));
    file.close();
    const QByteArray garbageBytes = test::fileBytes(garbage);

    CliRun check = runCli(
        {QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--db"), garbage});
    CHECK(check.code == 3);
    CHECK_FALSE(check.json().object().value(QStringLiteral("ok")).toBool(true));
    CHECK(check.err.contains(QStringLiteral("not a CounterCare database")));
    CHECK(runCli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), garbage},
                 asBoss)
              .code == 3);
    CHECK(test::fileBytes(garbage) == garbageBytes);

    test::TestStore store;
    store.close();
    test::rawExec(store.path(), {QStringLiteral("PRAGMA journal_mode = DELETE"),
                                 QStringLiteral("PRAGMA user_version = 999")});
    const QByteArray newerBytes = test::fileBytes(store.path());
    CliRun newer = runCli({QStringLiteral("check"), QStringLiteral("--db"), store.path()});
    CHECK(newer.code == 3);
    CHECK(newer.err.contains(QStringLiteral("newer")));
    CHECK(test::fileBytes(store.path()) == newerBytes);

    CHECK(runCli({QStringLiteral("check"), QStringLiteral("--db"),
                  dir.filePath(QStringLiteral("missing.sqlite"))})
              .code == 3);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("missing.sqlite"))));
}

TEST_CASE("a command reads the store whole on the day's first run only: a page gone bad "
          "later that day is refused by the next day's first command")
{
    test::TestStore store;
    store.close();
    const QStringList list{QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"),
                           store.path()};
    // Tomorrow, so that the check the test store's own opening recorded is from an earlier day.
    const QDate day = QDate::currentDate().addDays(1);
    ManualClock clock(QDateTime(day, QTime(9, 0)).toUTC());
    CHECK(runCli(list, asBoss, &clock).code == 0);

    test::damagePage(store.path());
    clock.set(QDateTime(day, QTime(15, 0)).toUTC());
    CliRun afternoon = runCli(list, asBoss, &clock);
    INFO(afternoon.err.toStdString());
    CHECK(afternoon.code == 0); // its pages were not read: the damage is elsewhere

    clock.set(QDateTime(day.addDays(1), QTime(8, 0)).toUTC());
    CliRun nextMorning = runCli(list, asBoss, &clock);
    CHECK(nextMorning.code == 3);
    CHECK(nextMorning.err.contains(QStringLiteral("damaged")));
}

TEST_CASE("users are managed by managers only")
{
    test::TestStore store;
    store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
    store.close();
    const QStringList db{QStringLiteral("--db"), store.path()};
    const auto asClerk =
        QMap<QString, QString>{{QStringLiteral("COUNTERCARE_USER"), QStringLiteral("xiaoli")},
                               {QStringLiteral("COUNTERCARE_PASSWORD"), test::staffPassword}};

    CliRun add =
        runCli(db + QStringList{QStringLiteral("user"), QStringLiteral("add"),
                                QStringLiteral("zhang"), QStringLiteral("--role"),
                                QStringLiteral("supervisor"), QStringLiteral("--display-name"),
                                QStringLiteral("张主管"), QStringLiteral("--json")},
               with(asBoss, QStringLiteral("COUNTERCARE_NEW_PASSWORD"),
                    QStringLiteral("supervisor-pw-1")));
    INFO(add.err.toStdString());
    REQUIRE(add.code == 0);
    CHECK(add.json().object().value(QStringLiteral("role")).toString() ==
          QStringLiteral("supervisor"));

    CliRun byClerk = runCli(
        db + QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("sneaky"),
                         QStringLiteral("--role"), QStringLiteral("manager")},
        with(asClerk, QStringLiteral("COUNTERCARE_NEW_PASSWORD"), QStringLiteral("sneaky-pw-12")));
    CHECK(byClerk.code == 1);
    CHECK(byClerk.err.contains(QStringLiteral("may not manage users")));

    CHECK(
        runCli(db + QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x3"),
                                QStringLiteral("--role"), QStringLiteral("boss")},
               asBoss)
            .code == 2);

    CliRun wrong = runCli(
        db + QStringList{QStringLiteral("user"), QStringLiteral("list")},
        with(asBoss, QStringLiteral("COUNTERCARE_PASSWORD"), QStringLiteral("wrong-password")));
    CHECK(wrong.code == 1);
    CHECK(wrong.err.contains(QStringLiteral("user name or the password is wrong")));

    CliRun list = runCli(
        db + QStringList{QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")},
        asBoss);
    REQUIRE(list.code == 0);
    CHECK(list.json().array().size() == 3);

    CliRun deactivate =
        runCli(db + QStringList{QStringLiteral("user"), QStringLiteral("deactivate"),
                                QStringLiteral("xiaoli"), QStringLiteral("--handover-to"),
                                QStringLiteral("zhang")},
               asBoss);
    INFO(deactivate.err.toStdString());
    CHECK(deactivate.code == 0);
    CHECK(runCli(db + QStringList{QStringLiteral("user"), QStringLiteral("list")}, asClerk).code ==
          1);
}

TEST_CASE("audit verify and list and tampering exits 1 naming the entry")
{
    test::TestStore store;
    store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
    store.close();
    const QStringList db{QStringLiteral("--db"), store.path()};

    CliRun verify = runCli(db + QStringList{QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(verify.code == 0);

    CliRun list = runCli(db + QStringList{QStringLiteral("audit"), QStringLiteral("list"),
                                          QStringLiteral("--json"), QStringLiteral("--entity"),
                                          QStringLiteral("user:2")},
                         asBoss);
    REQUIRE(list.code == 0);
    const QJsonArray entries = list.json().array();
    REQUIRE(entries.size() == 1);
    const QJsonObject entry = entries.first().toObject();
    for (const char* field : {"id", "at", "actor", "action", "entity", "detail"})
        CHECK(entry.contains(QLatin1String(field)));
    CHECK(entry.value(QStringLiteral("entity")).toString() == QStringLiteral("user:2"));
    CHECK(runCli(db + QStringList{QStringLiteral("audit"), QStringLiteral("list"),
                                  QStringLiteral("--since"), QStringLiteral("23/11/2026")},
                 asBoss)
              .code == 2);

    test::rawExec(store.path(),
                  {QStringLiteral("DROP TRIGGER audit_log_no_update"),
                   QStringLiteral("UPDATE audit_log SET detail = 'edited' WHERE id = 3")});
    CliRun tampered = runCli(db + QStringList{QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(tampered.code == 1);
    CHECK(tampered.err.contains(QStringLiteral("entry 3")));
    CliRun check = runCli(db + QStringList{QStringLiteral("check"), QStringLiteral("--json")});
    CHECK(check.code != 0);
    CHECK_FALSE(check.json().object().value(QStringLiteral("ok")).toBool(true));
}

TEST_CASE("messages follow --lang, in Simplified Chinese too")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.sqlite"));
    CliRun chinese = runCli({QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                             QStringLiteral("check"), QStringLiteral("--db"), missing});
    CHECK(chinese.code == 3);
    CHECK(chinese.err.contains(QStringLiteral("数据库文件")));
    CHECK(chinese.err.contains(QStringLiteral("不存在")));
    CliRun english = runCli({QStringLiteral("--lang"), QStringLiteral("en"),
                             QStringLiteral("check"), QStringLiteral("--db"), missing});
    CHECK(english.err.contains(QStringLiteral("does not exist")));
    CliRun traditional =
        runCli({QStringLiteral("--lang"), QStringLiteral("zh_TW"), QStringLiteral("--help")});
    CHECK(traditional.out.contains(QStringLiteral("命令")));
    CHECK(traditional.out.contains(QStringLiteral("審計")));
}
