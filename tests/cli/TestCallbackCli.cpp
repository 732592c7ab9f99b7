#include "CliTestSupport.h"
#include "TestStore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace cc;
using test::runCli;

namespace {

// The scripts run on 2026-11-23 at 09:00 local time.
const ManualClock monday(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::LocalTime));

struct Store {
    test::TestStore store;
    Store()
    {
        store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
        store.addUser(QStringLiteral("zhang"), Role::Supervisor);
        store.close();
    }
    test::CliRun run(QStringList arguments, const QString& user = QStringLiteral("xiaoli"),
                     const Clock* clock = &monday)
    {
        return runCli(QStringList{QStringLiteral("--db"), store.path()} + arguments,
                      test::asUser(user), clock);
    }
    QJsonArray list(QStringList options, const QString& user = QStringLiteral("xiaoli"),
                    const Clock* clock = &monday)
    {
        test::CliRun listed = run(QStringList{QStringLiteral("callback"), QStringLiteral("list"),
                                              QStringLiteral("--json")} +
                                      options,
                                  user, clock);
        INFO(listed.err.toStdString());
        REQUIRE(listed.code == 0);
        return listed.json().array();
    }
};

QString idOf(const QJsonValue& callback)
{
    return QString::number(callback.toObject().value(QStringLiteral("id")).toInteger());
}

} // namespace

TEST_CASE("callback list: the contract's fields, due-by, overdue as of, one assignee")
{
    Store s;
    REQUIRE(
        s.run({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
               QStringLiteral("王女士"), QStringLiteral("--phone"), QStringLiteral("13800138000")})
            .code == 0);
    REQUIRE(s.run({QStringLiteral("purchase"), QStringLiteral("add"), QStringLiteral("--customer"),
                   QStringLiteral("1"), QStringLiteral("--receipt"), QStringLiteral("R-1001"),
                   QStringLiteral("--date"), QStringLiteral("2026-11-23"), QStringLiteral("--item"),
                   QStringLiteral("羊毛大衣;1;1299;700")})
                .code == 0);
    REQUIRE(s.run({QStringLiteral("callback"), QStringLiteral("add"), QStringLiteral("--customer"),
                   QStringLiteral("KH-000001"), QStringLiteral("--due"),
                   QStringLiteral("2026-11-23T15:00:00"), QStringLiteral("--note"),
                   QStringLiteral("约好下午确认尺码")},
                  QStringLiteral("zhang"))
                .code == 0);

    const QJsonArray all = s.list({});
    REQUIRE(all.size() == 4);
    const QJsonObject first = all.first().toObject();
    for (const char* field : {"id", "customer_id", "due", "reason", "status", "assignee"})
        CHECK(first.contains(QLatin1String(field)));
    CHECK(first.value(QStringLiteral("reason")).toString() == QStringLiteral("manual"));
    CHECK(first.value(QStringLiteral("status")).toString() == QStringLiteral("pending"));
    CHECK(first.value(QStringLiteral("customer_id")).toInteger() == 1);
    CHECK(first.value(QStringLiteral("due")).toString() ==
          toIsoLocal(QDateTime(QDate(2026, 11, 23), QTime(15, 0), Qt::LocalTime)));
    QStringList reasons;
    for (const QJsonValue& callback : all)
        reasons << callback.toObject().value(QStringLiteral("reason")).toString();
    CHECK(reasons == QStringList{QStringLiteral("manual"), QStringLiteral("purchase_3d"),
                                 QStringLiteral("purchase_30d"), QStringLiteral("purchase_60d")});

    CHECK(s.list({QStringLiteral("--due-by"), QStringLiteral("2026-11-26")}).size() == 2);
    CHECK(s.list({QStringLiteral("--overdue"), QStringLiteral("--as-of"),
                  QStringLiteral("2026-11-23T16:00:00")})
              .size() == 1);
    CHECK(s.list({QStringLiteral("--overdue")}).isEmpty());
    CHECK(s.list({QStringLiteral("--assignee"), QStringLiteral("zhang")}).size() == 1);

    // Usage errors exit 2; an unknown assignee is refused with 1.
    CHECK(s.run({QStringLiteral("callback"), QStringLiteral("list"), QStringLiteral("--due-by"),
                 QStringLiteral("23/11/2026")})
              .code == 2);
    CHECK(s.run({QStringLiteral("callback"), QStringLiteral("list"), QStringLiteral("--as-of"),
                 QStringLiteral("2026-11-23T16:00:00")})
              .code == 2);
    test::CliRun unknown = s.run({QStringLiteral("callback"), QStringLiteral("list"),
                                  QStringLiteral("--assignee"), QStringLiteral("nobody")});
    CHECK(unknown.code == 1);
    CHECK(unknown.err.contains(QStringLiteral("nobody")));

    // The customer's file lists them.
    test::CliRun shown = s.run({QStringLiteral("customer"), QStringLiteral("show"),
                                QStringLiteral("KH-000001"), QStringLiteral("--json")});
    REQUIRE(shown.code == 0);
    CHECK(shown.json().object().value(QStringLiteral("callbacks")).toArray().size() == 4);
}

TEST_CASE("callback done, no-answer, reschedule: outcomes on the file, refusals change nothing")
{
    Store s;
    REQUIRE(
        s.run({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
               QStringLiteral("孙女士"), QStringLiteral("--phone"), QStringLiteral("13500135000"),
               QStringLiteral("--contact-hours"), QStringLiteral("18:00-21:00")})
            .code == 0);
    REQUIRE(s.run({QStringLiteral("purchase"), QStringLiteral("add"), QStringLiteral("--customer"),
                   QStringLiteral("1"), QStringLiteral("--receipt"), QStringLiteral("R-2001"),
                   QStringLiteral("--date"), QStringLiteral("2026-11-23"), QStringLiteral("--item"),
                   QStringLiteral("吸尘器;1;2999;2000")})
                .code == 0);
    QJsonArray calls = s.list({});
    REQUIRE(calls.size() == 3);
    // Due in her evening hours.
    CHECK(calls.first().toObject().value(QStringLiteral("due")).toString() ==
          toIsoLocal(QDateTime(QDate(2026, 11, 26), QTime(18, 0), Qt::LocalTime)));
    const QString first = idOf(calls.at(0));
    const QString second = idOf(calls.at(1));

    CHECK(s.run({QStringLiteral("callback"), QStringLiteral("done"), first}).code == 2);
    CHECK(s.run({QStringLiteral("callback"), QStringLiteral("done"), QStringLiteral("x"),
                 QStringLiteral("--outcome"), QStringLiteral("好")})
              .code == 2);
    CHECK(s.run({QStringLiteral("callback"), QStringLiteral("done"), first,
                 QStringLiteral("--outcome"), QStringLiteral("好"),
                 QStringLiteral("--satisfaction"), QStringLiteral("7")})
              .code == 1);
    test::CliRun morning = s.run({QStringLiteral("callback"), QStringLiteral("reschedule"), first,
                                  QStringLiteral("--to"), QStringLiteral("2026-11-27T10:00:00")});
    CHECK(morning.code == 1);
    CHECK(morning.err.contains(QStringLiteral("18:00-21:00")));
    CHECK(s.list({}).first().toObject().value(QStringLiteral("due")) ==
          calls.first().toObject().value(QStringLiteral("due")));

    test::CliRun moved = s.run({QStringLiteral("callback"), QStringLiteral("reschedule"), first,
                                QStringLiteral("--to"), QStringLiteral("2026-11-27T19:30:00"),
                                QStringLiteral("--json")});
    REQUIRE(moved.code == 0);
    CHECK(moved.json().object().value(QStringLiteral("due")).toString() ==
          toIsoLocal(QDateTime(QDate(2026, 11, 27), QTime(19, 30), Qt::LocalTime)));

    test::CliRun done =
        s.run({QStringLiteral("callback"), QStringLiteral("done"), first,
               QStringLiteral("--outcome"), QStringLiteral("会用了，很满意"),
               QStringLiteral("--satisfaction"), QStringLiteral("5"), QStringLiteral("--json")});
    REQUIRE(done.code == 0);
    CHECK(done.json().object().value(QStringLiteral("status")).toString() ==
          QStringLiteral("done"));
    CHECK(s.run({QStringLiteral("callback"), QStringLiteral("done"), first,
                 QStringLiteral("--outcome"), QStringLiteral("again")})
              .code == 1);

    for (int i = 0; i < 3; ++i)
        REQUIRE(s.run({QStringLiteral("callback"), QStringLiteral("no-answer"), second}).code == 0);
    const QJsonArray missed = s.list({QStringLiteral("--status"), QStringLiteral("missed")});
    REQUIRE(missed.size() == 1);
    CHECK(missed.first().toObject().value(QStringLiteral("attempts")).toInt() == 3);

    test::CliRun file = s.run({QStringLiteral("customer"), QStringLiteral("show"),
                               QStringLiteral("1"), QStringLiteral("--json")});
    REQUIRE(file.code == 0);
    const QJsonArray contacts = file.json().object().value(QStringLiteral("contacts")).toArray();
    CHECK(contacts.size() == 5); // moved, done, three tries
    bool logged = false;
    for (const QJsonValue& contact : contacts)
        logged = logged || contact.toObject()
                               .value(QStringLiteral("note"))
                               .toString()
                               .contains(QStringLiteral("会用了，很满意"));
    CHECK(logged);
}

TEST_CASE("complaint close --without-callback: supervisors, with a reason")
{
    Store s;
    REQUIRE(
        s.run({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
               QStringLiteral("刘女士"), QStringLiteral("--phone"), QStringLiteral("13800138000")})
            .code == 0);
    test::CliRun added = s.run(
        {QStringLiteral("complaint"), QStringLiteral("add"), QStringLiteral("--customer"),
         QStringLiteral("1"), QStringLiteral("--category"), QStringLiteral("delivery"),
         QStringLiteral("--channel"), QStringLiteral("phone"), QStringLiteral("--description"),
         QStringLiteral("送货晚了"), QStringLiteral("--json")});
    REQUIRE(added.code == 0);
    const QString number = added.json().object().value(QStringLiteral("number")).toString();
    REQUIRE(s.run({QStringLiteral("complaint"), QStringLiteral("resolve"), number,
                   QStringLiteral("--resolution"), QStringLiteral("道歉"),
                   QStringLiteral("--satisfaction"), QStringLiteral("4")})
                .code == 0);
    CHECK(s.run({QStringLiteral("complaint"), QStringLiteral("close"), number}).code == 1);
    CHECK(s.run({QStringLiteral("complaint"), QStringLiteral("close"), number,
                 QStringLiteral("--without-callback"), QStringLiteral("--reason"),
                 QStringLiteral("顾客要求结案")})
              .code == 1); // a clerk
    CHECK(s.run({QStringLiteral("complaint"), QStringLiteral("close"), number,
                 QStringLiteral("--without-callback")},
                QStringLiteral("zhang"))
              .code == 1); // no reason
    test::CliRun closed =
        s.run({QStringLiteral("complaint"), QStringLiteral("close"), number,
               QStringLiteral("--without-callback"), QStringLiteral("--reason"),
               QStringLiteral("顾客要求结案，不必回访"), QStringLiteral("--json")},
              QStringLiteral("zhang"));
    REQUIRE(closed.code == 0);
    CHECK(closed.json().object().value(QStringLiteral("status")).toString() ==
          QStringLiteral("closed"));
    CHECK(s.list({}).isEmpty());
}

TEST_CASE("callback rules and holidays: the manager sets them, others may only read")
{
    Store s;
    test::CliRun rules =
        s.run({QStringLiteral("callback"), QStringLiteral("rules"), QStringLiteral("--json")});
    REQUIRE(rules.code == 0);
    CHECK(rules.json().object().value(QStringLiteral("purchase_days")).toArray() ==
          QJsonArray{3, 30, 60});
    CHECK(s.run({QStringLiteral("callback"), QStringLiteral("rules"),
                 QStringLiteral("--purchase-days"), QStringLiteral("5,30,60")})
              .code == 1);
    const auto asBoss = [&](QStringList arguments) {
        return runCli(QStringList{QStringLiteral("--db"), s.store.path()} + arguments,
                      test::asBoss(), &monday);
    };
    CHECK(asBoss({QStringLiteral("callback"), QStringLiteral("rules"),
                  QStringLiteral("--purchase-days"), QStringLiteral("30,5")})
              .code == 1);
    test::CliRun changed =
        asBoss({QStringLiteral("callback"), QStringLiteral("rules"),
                QStringLiteral("--purchase-days"), QStringLiteral("5,30,60"),
                QStringLiteral("--call-at"), QStringLiteral("14:00"), QStringLiteral("--json")});
    REQUIRE(changed.code == 0);
    CHECK(changed.json().object().value(QStringLiteral("call_at")).toString() ==
          QStringLiteral("14:00"));
    CHECK(asBoss({QStringLiteral("holiday"), QStringLiteral("add"), QStringLiteral("--name"),
                  QStringLiteral("春节"), QStringLiteral("--date"), QStringLiteral("2027-02-06")})
              .code == 0);
    CHECK(s.run({QStringLiteral("holiday"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("中秋"), QStringLiteral("--date"), QStringLiteral("2027-09-15")})
              .code == 1);
    test::CliRun holidays =
        s.run({QStringLiteral("holiday"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(holidays.code == 0);
    REQUIRE(holidays.json().array().size() == 1);
    CHECK(holidays.json().array().first().toObject().value(QStringLiteral("name")).toString() ==
          QStringLiteral("春节"));
}
