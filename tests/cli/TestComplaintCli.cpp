#include "CliTestSupport.h"
#include "TestStore.h"

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

TEST_CASE("complaint add prints the contract's JSON and the case walks to closed")
{
    test::TestStore store;
    store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
    store.addUser(QStringLiteral("zhang"), Role::Supervisor);
    store.close();
    REQUIRE(runCli(inStore(store, {QStringLiteral("customer"), QStringLiteral("add"),
                                   QStringLiteral("--name"), QStringLiteral("刘女士"),
                                   QStringLiteral("--phone"), QStringLiteral("13800138000")}),
                   test::asBoss())
                .code == 0);
    const ManualClock december(QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC));
    const auto asZhang = test::asUser(QStringLiteral("zhang"));
    test::CliRun added = runCli(
        inStore(store,
                {QStringLiteral("complaint"),       QStringLiteral("add"),
                 QStringLiteral("--customer"),      QStringLiteral("KH-000001"),
                 QStringLiteral("--category"),      QStringLiteral("attitude"),
                 QStringLiteral("--channel"),       QStringLiteral("walk_in"),
                 QStringLiteral("--description"),   QStringLiteral("鞋跟发黑，店员说是牛仔裤染的"),
                 QStringLiteral("--demand"),        QStringLiteral("repair"),
                 QStringLiteral("--product"),       QStringLiteral("女靴"),
                 QStringLiteral("--purchase-date"), QStringLiteral("2026-11-26"),
                 QStringLiteral("--price"),         QStringLiteral("1498"),
                 QStringLiteral("--about-staff"),   QStringLiteral("xiaoli"),
                 QStringLiteral("--received-at"),   QStringLiteral("2026-12-02T10:05:00Z"),
                 QStringLiteral("--json")}),
        asZhang, &december);
    INFO(added.err.toStdString());
    REQUIRE(added.code == 0);
    const QJsonObject json = added.json().object();
    for (const char* field :
         {"number", "status", "severity", "reply_due", "resolve_due", "handler"})
        CHECK(json.contains(QLatin1String(field)));
    const QString number = json.value(QStringLiteral("number")).toString();
    CHECK(number == QStringLiteral("TS-20261202-0001"));
    CHECK(json.value(QStringLiteral("status")).toString() == QStringLiteral("received"));
    CHECK(json.value(QStringLiteral("severity")).toString() == QStringLiteral("general"));
    CHECK(json.value(QStringLiteral("handler")).toString() == QStringLiteral("zhang"));

    const auto move = [&](QStringList args, const QMap<QString, QString>& env) {
        return runCli(inStore(store, QStringList{QStringLiteral("complaint")} + args), env,
                      &december);
    };
    // Refusals: the clerk complained about, a move the state machine forbids, a missing option.
    CHECK(move({QStringLiteral("start"), number}, test::asUser(QStringLiteral("xiaoli"))).code ==
          1);
    test::CliRun early = move({QStringLiteral("close"), number}, asZhang);
    CHECK(early.code == 1);
    CHECK(early.err.startsWith(QStringLiteral("Cannot close")));
    CHECK(move({QStringLiteral("resolve"), number}, asZhang).code == 2);
    CHECK(move({QStringLiteral("resolve"), number, QStringLiteral("--resolution"),
                QStringLiteral("x"), QStringLiteral("--satisfaction"), QStringLiteral("9")},
               asZhang)
              .code == 1);

    CHECK(move({QStringLiteral("start"), number}, asZhang).code == 0);
    // Seed 000: the supervisor keeps the boots for the technical department.
    CHECK(move({QStringLiteral("custody"), number}, asZhang).code == 1);
    CHECK(move({QStringLiteral("custody"), number, QStringLiteral("--returned")}, asZhang).code ==
          1);
    test::CliRun kept =
        move({QStringLiteral("custody"), number, QStringLiteral("--item"),
              QStringLiteral("女靴一双"), QStringLiteral("--condition"), QStringLiteral("鞋跟发黑"),
              QStringLiteral("--sent-to"), QStringLiteral("技术部"), QStringLiteral("--json")},
             asZhang);
    REQUIRE(kept.code == 0);
    const QJsonArray custody = kept.json().object().value(QStringLiteral("custody")).toArray();
    REQUIRE(custody.size() == 1);
    CHECK(custody.first().toObject().value(QStringLiteral("sent_to")).toString() ==
          QStringLiteral("技术部"));
    CHECK(custody.first().toObject().value(QStringLiteral("returned_at")).isNull());
    CHECK(move({QStringLiteral("custody"), number, QStringLiteral("--returned")}, asZhang).code ==
          0);
    CHECK(move({QStringLiteral("note"), number, QStringLiteral("--text"),
                QStringLiteral("靴子送技术部检测")},
               asZhang)
              .code == 0);
    CHECK(move({QStringLiteral("resolve"), number, QStringLiteral("--resolution"),
                QStringLiteral("免费更换"), QStringLiteral("--satisfaction"), QStringLiteral("5")},
               asZhang)
              .code == 0);
    CHECK(move({QStringLiteral("close"), number}, asZhang).code == 0);

    test::CliRun shown = move({QStringLiteral("show"), number, QStringLiteral("--json")}, asZhang);
    REQUIRE(shown.code == 0);
    const QJsonArray timeline = shown.json().object().value(QStringLiteral("timeline")).toArray();
    REQUIRE(timeline.size() == 7);
    CHECK(timeline.last().toObject().value(QStringLiteral("to")).toString() ==
          QStringLiteral("closed"));
    CHECK(timeline.last().toObject().value(QStringLiteral("actor")).toString() ==
          QStringLiteral("zhang"));
    CHECK(move({QStringLiteral("show"), QStringLiteral("TS-20990101-0001")}, asZhang).code == 1);
}

TEST_CASE("complaint list shows overdue major cases as of a given time")
{
    test::TestStore store;
    store.close();
    REQUIRE(runCli(inStore(store, {QStringLiteral("customer"), QStringLiteral("add"),
                                   QStringLiteral("--name"), QStringLiteral("刘女士"),
                                   QStringLiteral("--phone"), QStringLiteral("13800138000")}),
                   test::asBoss())
                .code == 0);
    const ManualClock now(QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC));
    test::CliRun added = runCli(
        inStore(store,
                {QStringLiteral("complaint"), QStringLiteral("add"), QStringLiteral("--customer"),
                 QStringLiteral("1"), QStringLiteral("--category"), QStringLiteral("quality"),
                 QStringLiteral("--channel"), QStringLiteral("phone"),
                 QStringLiteral("--description"), QStringLiteral("电暖器冒烟"),
                 QStringLiteral("--flag"), QStringLiteral("safety"), QStringLiteral("--json")}),
        test::asBoss(), &now);
    REQUIRE(added.code == 0);
    CHECK(added.json().object().value(QStringLiteral("severity")).toString() ==
          QStringLiteral("major"));
    const auto list = [&](const QString& asOf) {
        return runCli(inStore(store, {QStringLiteral("complaint"), QStringLiteral("list"),
                                      QStringLiteral("--overdue"), QStringLiteral("--as-of"), asOf,
                                      QStringLiteral("--json")}),
                      test::asBoss(), &now);
    };
    CHECK(list(QStringLiteral("2026-12-03T11:00:00Z")).json().array().isEmpty());
    CHECK(list(QStringLiteral("2026-12-03T12:01:00Z")).json().array().size() == 1);
    CHECK(runCli(inStore(store, {QStringLiteral("complaint"), QStringLiteral("list"),
                                 QStringLiteral("--status"), QStringLiteral("open")}),
                 test::asBoss())
              .code == 2);
    CHECK(runCli(inStore(store, {QStringLiteral("complaint"), QStringLiteral("add"),
                                 QStringLiteral("--customer"), QStringLiteral("1"),
                                 QStringLiteral("--category"), QStringLiteral("rude"),
                                 QStringLiteral("--channel"), QStringLiteral("phone"),
                                 QStringLiteral("--description"), QStringLiteral("x")}),
                 test::asBoss())
              .code == 2);
}
