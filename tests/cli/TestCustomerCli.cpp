#include "CliTestSupport.h"
#include "TestStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace cc;
using test::runCli;

namespace {

QStringList inStore(const test::TestStore& store, QStringList arguments)
{
    return QStringList{QStringLiteral("--db"), store.path()} + arguments;
}

} // namespace

TEST_CASE("customer add prints the contract's JSON with normalised phones")
{
    test::TestStore store;
    store.close();
    test::CliRun added = runCli(
        inStore(store,
                {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("张伟"), QStringLiteral("--phone"), QStringLiteral("138 0013 8000"),
                 QStringLiteral("--phone"), QStringLiteral("0755-88886666"),
                 QStringLiteral("--gender"), QStringLiteral("m"), QStringLiteral("--birthday"),
                 QStringLiteral("1990-05-17"), QStringLiteral("--tag"), QStringLiteral("VIP"),
                 QStringLiteral("--json")}),
        test::asBoss());
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    const QJsonObject json = added.json().object();
    CHECK(json.value(QStringLiteral("id")).toInt() == 1);
    CHECK(json.value(QStringLiteral("file_no")).toString() == QStringLiteral("KH-000001"));
    CHECK(json.value(QStringLiteral("name")).toString() == QStringLiteral("张伟"));
    CHECK(json.value(QStringLiteral("phones")).toArray() ==
          QJsonArray{QStringLiteral("+8613800138000"), QStringLiteral("+8675588886666")});
}

TEST_CASE("customer add refusals exit 1 or 2 and create nothing")
{
    test::TestStore store;
    store.close();
    const auto add = [&](QStringList extra) {
        return runCli(
            inStore(store, QStringList{QStringLiteral("customer"), QStringLiteral("add")} + extra),
            test::asBoss());
    };
    test::CliRun badPhone = add({QStringLiteral("--name"), QStringLiteral("张伟"),
                                 QStringLiteral("--phone"), QStringLiteral("12345")});
    CHECK(badPhone.code == 1);
    CHECK(badPhone.err.startsWith(QStringLiteral("Phone")));
    CHECK(add({QStringLiteral("--name"), QStringLiteral("张伟")}).code == 2);
    CHECK(add({QStringLiteral("--phone"), QStringLiteral("13800138000")}).code == 2);
    CHECK(add({QStringLiteral("--name"), QStringLiteral("张伟"), QStringLiteral("--phone"),
               QStringLiteral("13800138000"), QStringLiteral("--gender"), QStringLiteral("x")})
              .code == 2);
    CHECK(add({QStringLiteral("--name"), QStringLiteral("张伟"), QStringLiteral("--phone"),
               QStringLiteral("13800138000"), QStringLiteral("--birthday"),
               QStringLiteral("17/05/1990")})
              .code == 2);
    CHECK(test::rawScalar(store.path(), QStringLiteral("SELECT count(*) FROM customers")).toInt() ==
          0);

    REQUIRE(add({QStringLiteral("--name"), QStringLiteral("张伟"), QStringLiteral("--phone"),
                 QStringLiteral("13800138000")})
                .code == 0);
    test::CliRun duplicate = add({QStringLiteral("--name"), QStringLiteral("张太太"),
                                  QStringLiteral("--phone"), QStringLiteral("13800138000")});
    CHECK(duplicate.code == 1);
    CHECK(duplicate.err.contains(QStringLiteral("KH-000001")));
    CHECK(add({QStringLiteral("--name"), QStringLiteral("张太太"), QStringLiteral("--phone"),
               QStringLiteral("13800138000"), QStringLiteral("--allow-shared-phone")})
              .code == 0);
}

TEST_CASE("customer find, purchase add, contact add and customer show work together")
{
    test::TestStore store;
    store.close();
    REQUIRE(runCli(inStore(store, {QStringLiteral("customer"), QStringLiteral("add"),
                                   QStringLiteral("--name"), QStringLiteral("張偉"),
                                   QStringLiteral("--phone"), QStringLiteral("13800138000")}),
                   test::asBoss())
                .code == 0);

    test::CliRun found = runCli(inStore(store, {QStringLiteral("customer"), QStringLiteral("find"),
                                                QStringLiteral("张伟"), QStringLiteral("--json")}),
                                test::asBoss());
    REQUIRE(found.code == 0);
    const QJsonArray matches = found.json().array();
    REQUIRE(matches.size() == 1);
    const QJsonObject match = matches.first().toObject();
    for (const char* field : {"id", "file_no", "name", "phones", "tier"})
        CHECK(match.contains(QLatin1String(field)));
    CHECK(runCli(inStore(store, {QStringLiteral("customer"), QStringLiteral("find"),
                                 QStringLiteral("8000"), QStringLiteral("--json")}),
                 test::asBoss())
              .json()
              .array()
              .size() == 1);

    test::CliRun purchase =
        runCli(inStore(store, {QStringLiteral("purchase"), QStringLiteral("add"),
                               QStringLiteral("--customer"), QStringLiteral("KH-000001"),
                               QStringLiteral("--receipt"), QStringLiteral("R-1126-42"),
                               QStringLiteral("--date"), QStringLiteral("2026-11-20"),
                               QStringLiteral("--item"), QStringLiteral("女靴 38码;1;1498;890"),
                               QStringLiteral("--item"), QStringLiteral("护理剂;2;35.5;12"),
                               QStringLiteral("--json")}),
               test::asBoss());
    INFO(purchase.err.toStdString());
    REQUIRE(purchase.code == 0);
    CHECK(purchase.json().object().value(QStringLiteral("total")).toString() ==
          QStringLiteral("1569.00"));

    test::CliRun badItem =
        runCli(inStore(store, {QStringLiteral("purchase"), QStringLiteral("add"),
                               QStringLiteral("--customer"), QStringLiteral("1"),
                               QStringLiteral("--receipt"), QStringLiteral("R-2"),
                               QStringLiteral("--date"), QStringLiteral("2026-11-20"),
                               QStringLiteral("--item"), QStringLiteral("袜子;1;-3;1")}),
               test::asBoss());
    CHECK(badItem.code == 1);
    CHECK(badItem.err.contains(QStringLiteral("--item 1")));
    CHECK(runCli(inStore(store, {QStringLiteral("purchase"), QStringLiteral("add"),
                                 QStringLiteral("--customer"), QStringLiteral("KH-000099"),
                                 QStringLiteral("--receipt"), QStringLiteral("R-3"),
                                 QStringLiteral("--date"), QStringLiteral("2026-11-20"),
                                 QStringLiteral("--item"), QStringLiteral("袜子;1;3;1")}),
                 test::asBoss())
              .code == 1);

    REQUIRE(runCli(inStore(store, {QStringLiteral("contact"), QStringLiteral("add"),
                                   QStringLiteral("--customer"), QStringLiteral("1"),
                                   QStringLiteral("--channel"), QStringLiteral("wechat"),
                                   QStringLiteral("--note"), QStringLiteral("发送保养说明")}),
                   test::asBoss())
                .code == 0);
    CHECK(runCli(inStore(store, {QStringLiteral("contact"), QStringLiteral("add"),
                                 QStringLiteral("--customer"), QStringLiteral("1"),
                                 QStringLiteral("--channel"), QStringLiteral("fax"),
                                 QStringLiteral("--note"), QStringLiteral("x")}),
                 test::asBoss())
              .code == 2);

    test::CliRun shown =
        runCli(inStore(store, {QStringLiteral("customer"), QStringLiteral("show"),
                               QStringLiteral("KH-000001"), QStringLiteral("--json")}),
               test::asBoss());
    REQUIRE(shown.code == 0);
    const QJsonObject file = shown.json().object();
    for (const char* field :
         {"purchases", "complaints", "callbacks", "contacts", "profit_contribution"})
        CHECK(file.contains(QLatin1String(field)));
    CHECK(file.value(QStringLiteral("purchases")).toArray().size() == 1);
    // People read the display name, scripts the username.
    CHECK(file.value(QStringLiteral("owner")).toString() == QStringLiteral("王店长"));
    CHECK(file.value(QStringLiteral("owner_user")).toString() == test::adminName);
    CHECK(file.value(QStringLiteral("contacts"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("channel"))
              .toString() == QStringLiteral("wechat"));
    CHECK(file.value(QStringLiteral("profit_contribution"))
              .toObject()
              .value(QStringLiteral("lifetime"))
              .toString() == QStringLiteral("655.00"));
}

TEST_CASE("customer show of a protected file needs --reason and a role allowed to see it")
{
    test::TestStore store;
    store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
    store.close();
    REQUIRE(runCli(inStore(store,
                           {QStringLiteral("customer"), QStringLiteral("add"),
                            QStringLiteral("--name"), QStringLiteral("陈律师"),
                            QStringLiteral("--phone"), QStringLiteral("13600136000"),
                            QStringLiteral("--confidentiality"), QStringLiteral("confidential")}),
                   test::asBoss())
                .code == 0);
    const QStringList show =
        inStore(store, {QStringLiteral("customer"), QStringLiteral("show"), QStringLiteral("1")});
    CHECK(runCli(show, test::asBoss()).code == 1);
    CHECK(runCli(show + QStringList{QStringLiteral("--reason"), QStringLiteral("处理投诉")},
                 test::asBoss())
              .code == 0);
    test::CliRun clerk =
        runCli(show + QStringList{QStringLiteral("--reason"), QStringLiteral("看看")},
               test::asUser(QStringLiteral("xiaoli")));
    CHECK(clerk.code == 1);
    CHECK(clerk.err.contains(QStringLiteral("KH-000001")));
    test::CliRun masked = runCli(inStore(store, {QStringLiteral("customer"), QStringLiteral("find"),
                                                 QStringLiteral("陈"), QStringLiteral("--json")}),
                                 test::asUser(QStringLiteral("xiaoli")));
    CHECK(masked.json().array().first().toObject().value(QStringLiteral("masked")).toBool());
}

TEST_CASE("customer import is all or nothing, reports every bad line, and has a dry run")
{
    test::TestStore store;
    store.close();
    const QString bad = store.dir() + QStringLiteral("/bad.csv");
    const QString good = store.dir() + QStringLiteral("/good.csv");
    for (const auto& [path, text] :
         {std::pair{bad,
                    QByteArrayLiteral("姓名,手机\n张伟,13800138000\n李娜,123\n,13900139000\n")},
          std::pair{good, QByteArrayLiteral("姓名,手机\n张伟,13800138000\n李娜,13900139000\n")}}) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    test::CliRun refused =
        runCli(inStore(store, {QStringLiteral("customer"), QStringLiteral("import"), bad,
                               QStringLiteral("--json")}),
               test::asBoss());
    CHECK(refused.code == 1);
    const QJsonObject report = refused.json().object();
    CHECK(report.value(QStringLiteral("imported")).toInt() == 0);
    const QJsonArray errors = report.value(QStringLiteral("errors")).toArray();
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].toObject().value(QStringLiteral("line")).toInt() == 3);
    CHECK(errors[1].toObject().value(QStringLiteral("line")).toInt() == 4);
    CHECK(refused.err.contains(QStringLiteral("Line 3")));

    test::CliRun dry = runCli(inStore(store, {QStringLiteral("customer"), QStringLiteral("import"),
                                              good, QStringLiteral("--dry-run")}),
                              test::asBoss());
    CHECK(dry.code == 0);
    CHECK(test::rawScalar(store.path(), QStringLiteral("SELECT count(*) FROM customers")).toInt() ==
          0);
    test::CliRun imported =
        runCli(inStore(store, {QStringLiteral("customer"), QStringLiteral("import"), good,
                               QStringLiteral("--json"), QStringLiteral("--encoding"),
                               QStringLiteral("utf-8")}),
               test::asBoss());
    CHECK(imported.code == 0);
    CHECK(imported.json().object().value(QStringLiteral("imported")).toInt() == 2);
    CHECK(runCli(inStore(store, {QStringLiteral("customer"), QStringLiteral("import"), good,
                                 QStringLiteral("--encoding"), QStringLiteral("big5")}),
                 test::asBoss())
              .code == 2);
}

TEST_CASE("customer export is for managers and customer merge for supervisors")
{
    test::TestStore store;
    store.addUser(QStringLiteral("zhang"), Role::Supervisor);
    store.close();
    for (const char* phone : {"13800138000", "13900139000"})
        REQUIRE(runCli(inStore(store, {QStringLiteral("customer"), QStringLiteral("add"),
                                       QStringLiteral("--name"), QStringLiteral("张伟"),
                                       QStringLiteral("--phone"), QLatin1String(phone)}),
                       test::asBoss())
                    .code == 0);
    const QString out = store.dir() + QStringLiteral("/export.csv");
    CHECK(runCli(inStore(store, {QStringLiteral("customer"), QStringLiteral("export"), out}),
                 test::asUser(QStringLiteral("zhang")))
              .code == 1);
    CHECK_FALSE(QFile::exists(out));
    CHECK(runCli(inStore(store, {QStringLiteral("customer"), QStringLiteral("export"), out}),
                 test::asBoss())
              .code == 0);
    CHECK(test::fileBytes(out).contains("13900139000"));

    test::CliRun merged =
        runCli(inStore(store, {QStringLiteral("customer"), QStringLiteral("merge"),
                               QStringLiteral("KH-000001"), QStringLiteral("KH-000002"),
                               QStringLiteral("--json")}),
               test::asUser(QStringLiteral("zhang")));
    INFO(merged.err.toStdString());
    CHECK(merged.code == 0);
    test::CliRun found =
        runCli(inStore(store, {QStringLiteral("customer"), QStringLiteral("find"),
                               QStringLiteral("13900139000"), QStringLiteral("--json")}),
               test::asBoss());
    CHECK(found.json().array().first().toObject().value(QStringLiteral("file_no")).toString() ==
          QStringLiteral("KH-000001"));
    CHECK(runCli(inStore(store, {QStringLiteral("customer"), QStringLiteral("merge"),
                                 QStringLiteral("KH-000001")}),
                 test::asBoss())
              .code == 2);
}
