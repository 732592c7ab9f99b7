// demo, report monthly and report churn, as a script runs them.
#include "CliTestSupport.h"
#include "TestStore.h"

#include <accounts/AuditLog.h>
#include <storage/WriteTransaction.h>

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

#include <catch2/catch.hpp>

using namespace cc;
using test::runCli;

namespace {

struct Store {
    test::TestStore store;
    Store()
    {
        store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
        store.close();
    }
    test::CliRun run(QStringList arguments, const QMap<QString, QString>& env = test::asBoss())
    {
        return runCli(QStringList{QStringLiteral("--db"), store.path()} + arguments, env,
                      &store.clock());
    }
};

qint64 sum(const QJsonObject& counts)
{
    qint64 total = 0;
    for (const QJsonValue& value : counts)
        total += value.toInteger();
    return total;
}

} // namespace

TEST_CASE("demo fills an empty store once, for managers only, and the staff can sign in")
{
    Store s;
    test::CliRun clerk =
        s.run({QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("50")},
              test::asUser(QStringLiteral("xiaoli")));
    CHECK(clerk.code == 1);
    CHECK(clerk.err.contains(QStringLiteral("clerk")));
    CHECK(s.run({QStringLiteral("demo")}).code == 2);
    CHECK(s.run({QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("many")})
              .code == 2);
    test::CliRun tooMany =
        s.run({QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("0")});
    CHECK(tooMany.code == 1);
    CHECK(tooMany.err.startsWith(QStringLiteral("Customers")));

    test::CliRun made =
        s.run({QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("150"),
               QStringLiteral("--complaints"), QStringLiteral("400"), QStringLiteral("--json")},
              test::with(test::asBoss(), QStringLiteral("COUNTERCARE_NEW_PASSWORD"),
                         QStringLiteral("demo-staff-2026")));
    INFO(made.err.toStdString());
    REQUIRE(made.code == 0);
    const QJsonObject report = made.json().object();
    CHECK(report.value(QStringLiteral("customers")).toInteger() == 150);
    CHECK(report.value(QStringLiteral("complaints")).toInteger() == 400);
    CHECK(report.value(QStringLiteral("staff")).toInteger() == 10);

    // A demo clerk signs in with the password given, and works the store.
    test::CliRun found = s.run(
        {QStringLiteral("customer"), QStringLiteral("find"), QStringLiteral("KH-000007"),
         QStringLiteral("--json")},
        test::with(test::with(test::asBoss(), QStringLiteral("COUNTERCARE_USER"),
                              QStringLiteral("zhangmin")),
                   QStringLiteral("COUNTERCARE_PASSWORD"), QStringLiteral("demo-staff-2026")));
    INFO(found.err.toStdString());
    REQUIRE(found.code == 0);
    CHECK(found.json().array().first().toObject().value(QStringLiteral("id")).toInteger() == 7);

    // Never twice, never over real files.
    test::CliRun again =
        s.run({QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("10")});
    CHECK(again.code == 1);
    CHECK(again.err.contains(QStringLiteral("150")));
}

TEST_CASE("report monthly prints a month's counts as JSON or CSV, for supervisors and managers")
{
    Store s;
    REQUIRE(s.run({QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("100"),
                   QStringLiteral("--complaints"), QStringLiteral("800")})
                .code == 0);
    test::CliRun json =
        s.run({QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"),
               QStringLiteral("2026-10"), QStringLiteral("--json")});
    INFO(json.err.toStdString());
    REQUIRE(json.code == 0);
    const QJsonObject report = json.json().object();
    CHECK(report.value(QStringLiteral("month")).toString() == QStringLiteral("2026-10"));
    const qint64 total = report.value(QStringLiteral("total")).toInteger();
    CHECK(total > 0);
    for (const char* field : {"by_category", "by_severity", "by_channel", "by_status"})
        CHECK(sum(report.value(QLatin1String(field)).toObject()) == total);
    CHECK(
        report.value(QStringLiteral("compensation_granted")).toString().contains(QLatin1Char('.')));

    test::CliRun csv =
        s.run({QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"),
               QStringLiteral("2026-10"), QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(csv.code == 0);
    const QStringList lines = csv.out.trimmed().split(QLatin1Char('\n'));
    CHECK(lines.first() == QStringLiteral("month,dimension,key,count"));
    CHECK(lines.last() == QStringLiteral("2026-10,total,all,%1").arg(total));

    CHECK(s.run({QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"),
                 QStringLiteral("2026-13")})
              .code == 2);
    CHECK(s.run({QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"),
                 QStringLiteral("2026-10"), QStringLiteral("--format"), QStringLiteral("xml")})
              .code == 2);
    CHECK(s.run({QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"),
                 QStringLiteral("2026-10")},
                test::asUser(QStringLiteral("xiaoli")))
              .code == 1);
}

TEST_CASE("report churn prints the customers lost in a period with both churn rates")
{
    Store s;
    REQUIRE(s.run({QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("1500"),
                   QStringLiteral("--complaints"), QStringLiteral("100")})
                .code == 0);
    const auto churn = [&](const QString& from, const QString& to,
                           const QMap<QString, QString>& env = test::asBoss()) {
        return s.run({QStringLiteral("report"), QStringLiteral("churn"), QStringLiteral("--from"),
                      from, QStringLiteral("--to"), to, QStringLiteral("--json")},
                     env);
    };
    test::CliRun all = churn(QStringLiteral("2000-01-01"), QStringLiteral("2099-12-31"));
    INFO(all.err.toStdString());
    REQUIRE(all.code == 0);
    const QJsonObject report = all.json().object();
    CHECK(report.value(QStringLiteral("from")).toString() == QStringLiteral("2000-01-01"));
    CHECK(report.value(QStringLiteral("customers")).toInteger() == 1500);
    const qint64 lost = report.value(QStringLiteral("lost")).toInteger();
    CHECK(lost ==
          test::rawScalar(s.store.path(),
                          QStringLiteral("SELECT count(*) FROM customers WHERE status <> 'active'"))
              .toLongLong());
    CHECK(report.value(QStringLiteral("absolute_churn_percent")).toDouble() ==
          Approx(std::round(10000.0 * double(lost) / 1500.0) / 100));
    CHECK(report.value(QStringLiteral("relative_churn_percent")).toDouble() > 0);
    qint64 byReason = 0;
    for (const QJsonValue& row : report.value(QStringLiteral("lost_by_reason")).toArray()) {
        CHECK_FALSE(row.toObject().value(QStringLiteral("reason")).toString().isEmpty());
        byReason += row.toObject().value(QStringLiteral("count")).toInteger();
    }
    CHECK(byReason == lost);
    CHECK(report.value(QStringLiteral("purchases")).toString().contains(QLatin1Char('.')));

    // Before the store opened: nobody lost, no rate to speak of.
    test::CliRun none = churn(QStringLiteral("2001-01-01"), QStringLiteral("2001-12-31"));
    REQUIRE(none.code == 0);
    CHECK(none.json().object().value(QStringLiteral("lost")).toInteger() == 0);
    CHECK(none.json().object().value(QStringLiteral("customers")).toInteger() == 0);

    test::CliRun backwards = churn(QStringLiteral("2026-06-30"), QStringLiteral("2026-01-01"));
    CHECK(backwards.code == 2);
    CHECK(backwards.err.contains(QStringLiteral("--to")));
    test::CliRun badDate = churn(QStringLiteral("2026-02-30"), QStringLiteral("2026-03-01"));
    CHECK(badDate.code == 2);
    CHECK(badDate.err.contains(QStringLiteral("--from")));
    CHECK(churn(QStringLiteral("2026-01-01"), QStringLiteral("2026-06-30"),
                test::asUser(QStringLiteral("xiaoli")))
              .code == 1);
}

TEST_CASE("complaint, compensation and audit lists print every row that matches, not a page")
{
    Store s;
    REQUIRE(s.run({QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("800"),
                   QStringLiteral("--complaints"), QStringLiteral("4000")})
                .code == 0);
    const auto count = [&](const char* sql) {
        return test::rawScalar(s.store.path(), QLatin1String(sql)).toLongLong();
    };

    // Complaints: the list once stopped at the first 200, whatever a script asked for.
    test::CliRun major =
        s.run({QStringLiteral("complaint"), QStringLiteral("list"), QStringLiteral("--severity"),
               QStringLiteral("major"), QStringLiteral("--json")});
    INFO(major.err.toStdString());
    REQUIRE(major.code == 0);
    const qint64 majors = count("SELECT count(*) FROM complaints WHERE severity = 'major'");
    REQUIRE(majors > 200);
    CHECK(major.json().array().size() == majors);
    test::CliRun all = s.run({QStringLiteral("complaint"), QStringLiteral("list")});
    REQUIRE(all.code == 0);
    CHECK(all.out.count(QLatin1Char('\n')) == 4000);

    // Compensation: every request, and a case's request found however old it is (the list
    // once read the newest 500 and then picked the case's out of those).
    test::CliRun requests =
        s.run({QStringLiteral("compensation"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(requests.code == 0);
    const QJsonArray listed = requests.json().array();
    REQUIRE(count("SELECT count(*) FROM compensations") > 500);
    CHECK(listed.size() == count("SELECT count(*) FROM compensations"));
    const QJsonObject oldest = listed.last().toObject(); // newest first
    test::CliRun ofCase = s.run(
        {QStringLiteral("compensation"), QStringLiteral("list"), QStringLiteral("--complaint"),
         oldest.value(QStringLiteral("number")).toString().toLower(), QStringLiteral("--json")});
    INFO(ofCase.err.toStdString());
    REQUIRE(ofCase.code == 0);
    bool found = false;
    for (const QJsonValue& request : ofCase.json().array()) {
        CHECK(request.toObject().value(QStringLiteral("number")) ==
              oldest.value(QStringLiteral("number")));
        found = found || request.toObject().value(QStringLiteral("id")) ==
                             oldest.value(QStringLiteral("id"));
    }
    CHECK(found);
    test::CliRun noCase =
        s.run({QStringLiteral("compensation"), QStringLiteral("list"),
               QStringLiteral("--complaint"), QStringLiteral("TS-19990101-0001")});
    CHECK(noCase.code == 1);
    CHECK(noCase.err.contains(QStringLiteral("TS-19990101-0001")));
    CHECK(noCase.out.isEmpty());

    // Audit: a year of a store's entries is far more than the 1,000 once printed.
    s.store.reopen();
    {
        WriteTransaction transaction(s.store.db());
        REQUIRE(transaction.begin().ok());
        AuditLog log(s.store.db(), s.store.clock());
        for (int i = 0; i < 1200; ++i)
            REQUIRE(log.append(s.store.admin().actor(), QStringLiteral("customer.view"),
                               QStringLiteral("customer"), QString::number(i + 1))
                        .ok());
        REQUIRE(transaction.commit().ok());
    }
    s.store.close();
    test::CliRun audit =
        s.run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(audit.code == 0);
    const QJsonArray entries = audit.json().array();
    // This run's own sign-in is the newest entry.
    CHECK(entries.size() == count("SELECT count(*) FROM audit_log"));
    CHECK(entries.size() > 1200);
    CHECK(entries.last().toObject().value(QStringLiteral("id")).toInteger() == 1);
    test::CliRun few =
        s.run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"),
               QStringLiteral("3"), QStringLiteral("--json")});
    REQUIRE(few.code == 0);
    CHECK(few.json().array().size() == 3);
}
