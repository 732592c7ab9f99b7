// The demo generator: a store the services read as they read one the counter filled, and
// its refusals; the monthly report; the fast stored-time formatter the generator uses.
#include "TestStore.h"

#include <AccountService.h>
#include <ChineseText.h>
#include <Complaint.h>
#include <ComplaintService.h>
#include <Customer.h>
#include <CustomerService.h>
#include <DemoData.h>
#include <HealthCheck.h>
#include <ReportService.h>

#include <QRandomGenerator>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace cc;

namespace {

const QDateTime demoNow = QDateTime(QDate(2026, 11, 23), QTime(6, 0), QTimeZone::utc());

qint64 count(Database& db, const QString& sql)
{
    Result<QVariant> value = db.scalar(sql);
    REQUIRE(value);
    return value->toLongLong();
}

DemoReport fill(test::TestStore& store, qint64 customers, qint64 complaints, quint64 seed = 7)
{
    store.clock().set(demoNow);
    DemoOptions options;
    options.customers = customers;
    options.complaints = complaints;
    options.seed = seed;
    Result<DemoReport> filled =
        DemoData(store.db(), store.clock()).fill(store.admin().actor(), options);
    INFO((filled ? QString() : filled.error().message).toStdString());
    REQUIRE(filled);
    return filled.value();
}

} // namespace

TEST_CASE("Demo data fills an empty store that the counter's services read like any other")
{
    test::TestStore store;
    const DemoReport report = fill(store, 400, 4000);
    CHECK(report.customers == 400);
    CHECK(report.complaints == 4000);
    CHECK(report.staff == 10);
    CHECK(report.purchases > 200);
    CHECK(report.compensations > 0);
    CHECK(report.callbacks > 0);
    Database& db = store.db();
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM customers")) == 400);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM complaints")) == 4000);

    // The file is whole and the audit chain holds, with the generation recorded in it.
    Result<HealthReport> health = HealthCheck::run(db, store.clock());
    REQUIRE(health);
    CHECK(health->ok());
    // Every reference points at a row (the generator writes with the checks set aside),
    // and the checks are back on for the counter.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")) == 0);
    CHECK(count(db, QStringLiteral("PRAGMA foreign_keys")) == 1);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'demo.fill'")) ==
          1);

    // Every file is found by its mobile number and by its name, in either script.
    CustomerService customers(db, store.clock());
    const Actor boss = store.admin().actor();
    int traditional = 0;
    for (qint64 id : {1, 2, 57, 133, 250, 399, 400}) {
        Result<CustomerFile> file = customers.open(boss, id, QStringLiteral("test"));
        REQUIRE(file);
        REQUIRE_FALSE(file->customer.phones.isEmpty());
        Result<QList<CustomerMatch>> byPhone =
            customers.find(boss, file->customer.phones.first().e164.mid(3), 20);
        REQUIRE(byPhone);
        REQUIRE_FALSE(byPhone->isEmpty());
        CHECK(byPhone->first().id == id);
        Result<QList<CustomerMatch>> byName = customers.find(boss, file->customer.name, 200);
        REQUIRE(byName);
        CHECK(std::any_of(byName->cbegin(), byName->cend(),
                          [&](const CustomerMatch& m) { return m.id == id; }));
    }
    // Names in Traditional characters are stored under their Simplified search key.
    for (qint64 id = 1; id <= 400; ++id) {
        Result<CustomerFile> file = customers.open(boss, id, QStringLiteral("test"));
        REQUIRE(file);
        if (ChineseText::searchKey(file->customer.name) != file->customer.name)
            ++traditional;
    }
    CHECK(traditional > 5);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM customers WHERE name_key <> name")) ==
          traditional);

    // Numbers are gap-free per day; every case has its received entry on the timeline.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM (SELECT day, max(seq) AS m, count(*) AS n "
                                   "FROM complaints GROUP BY day) WHERE m <> n")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM complaints c WHERE NOT EXISTS (SELECT 1 "
                                   "FROM complaint_events e WHERE e.complaint_id = c.id AND "
                                   "e.kind = 'received')")) == 0);
    // Every state and severity occurs; open cases are recent ones.
    for (const char* status : {"received", "in_progress", "resolved", "closed", "cancelled"})
        CHECK(count(db, QStringLiteral("SELECT count(*) FROM complaints WHERE status = '%1'")
                            .arg(QLatin1String(status))) > 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM complaints WHERE severity = 'major'")) >
          0);
    // A closed case had its follow-up call done first, as the close gate demands.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM callbacks b JOIN complaints c ON "
                                   "c.id = b.complaint_id WHERE c.status = 'closed' AND "
                                   "b.status <> 'done'")) == 0);

    ComplaintService complaints(db, store.clock());
    ComplaintFilter open;
    open.openOnly = true;
    Result<QList<Complaint>> openCases = complaints.list(boss, open, store.clock().nowUtc());
    REQUIRE(openCases);
    REQUIRE_FALSE(openCases->isEmpty());
    Result<Complaint> shown = complaints.show(boss, openCases->first().number);
    REQUIRE(shown);
    CHECK_FALSE(shown->timeline.isEmpty());

    // The demo staff exist, with a password nobody was told.
    Result<User> clerk = AccountService(db, store.clock()).findUser(QStringLiteral("zhangmin"));
    REQUIRE(clerk);
    CHECK(clerk->role == Role::Clerk);
}

TEST_CASE("The same seed makes the same store")
{
    test::TestStore first;
    test::TestStore second;
    fill(first, 120, 200, 42);
    fill(second, 120, 200, 42);
    const QString names = QStringLiteral(
        "SELECT group_concat(name || e164, ',') FROM customers c JOIN customer_phones p ON "
        "p.customer_id = c.id");
    const QString cases =
        QStringLiteral("SELECT group_concat(number || status || category, ',') FROM complaints");
    CHECK(first.db().scalar(names)->toString() == second.db().scalar(names)->toString());
    CHECK(first.db().scalar(cases)->toString() == second.db().scalar(cases)->toString());
}

TEST_CASE("Demo data is refused without writing anything")
{
    test::TestStore store;
    const User clerk = store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
    const qint64 users = count(store.db(), QStringLiteral("SELECT count(*) FROM users"));
    DemoData demo(store.db(), store.clock());
    DemoOptions options;
    options.customers = 50;

    Result<DemoReport> refused = demo.fill(clerk.actor(), options);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Permission);

    options.customers = 0;
    refused = demo.fill(store.admin().actor(), options);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.startsWith(QStringLiteral("Customers")));

    options.customers = 50;
    options.staffPassword = QStringLiteral("short");
    refused = demo.fill(store.admin().actor(), options);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.startsWith(QStringLiteral("Staff password")));

    // Cancelled half way: nothing of it is kept, not even the staff.
    options.staffPassword.clear();
    refused = demo.fill(store.admin().actor(), options, [](int percent) { return percent < 50; });
    REQUIRE_FALSE(refused);
    CHECK(count(store.db(), QStringLiteral("SELECT count(*) FROM customers")) == 0);
    CHECK(count(store.db(), QStringLiteral("SELECT count(*) FROM users")) == users);
    // The indexes the generator set aside are all back.
    CHECK(count(store.db(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = "
                                           "'complaints_status_due'")) == 1);

    // A store that already has customers is never mixed with demo data.
    fill(store, 30, 10);
    refused = demo.fill(store.admin().actor(), options);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(count(store.db(), QStringLiteral("SELECT count(*) FROM customers")) == 30);
}

TEST_CASE("The monthly report counts a month's complaints by category, severity and channel")
{
    test::TestStore store;
    fill(store, 300, 1500);
    ReportService reports(store.db(), store.clock());
    const QDate october(2026, 10, 1);
    Result<MonthlyReport> report = reports.monthly(store.admin().actor(), october);
    REQUIRE(report);
    const QString from = toStoredTime(october.startOfDay(QTimeZone::systemTimeZone()).toUTC());
    const QString until =
        toStoredTime(october.addMonths(1).startOfDay(QTimeZone::systemTimeZone()).toUTC());
    const qint64 expected = count(
        store.db(), QStringLiteral("SELECT count(*) FROM complaints WHERE received_at >= '%1' AND "
                                   "received_at < '%2'")
                        .arg(from, until));
    REQUIRE(expected > 0);
    CHECK(report->total == expected);
    const auto sum = [](const QMap<QString, qint64>& counts) {
        qint64 total = 0;
        for (qint64 n : counts)
            total += n;
        return total;
    };
    CHECK(sum(report->byCategory) == expected);
    CHECK(sum(report->bySeverity) == expected);
    CHECK(sum(report->byChannel) == expected);
    CHECK(sum(report->byStatus) == expected);
    CHECK(report->byCategory.value(QStringLiteral("quality")) ==
          count(store.db(), QStringLiteral("SELECT count(*) FROM complaints WHERE received_at >= "
                                           "'%1' AND received_at < '%2' AND category = 'quality'")
                                .arg(from, until)));
    CHECK(report->resolvedOnTime + report->resolvedLate ==
          report->byStatus.value(QStringLiteral("resolved")) +
              report->byStatus.value(QStringLiteral("closed")));
    REQUIRE(report->averageSatisfaction);
    CHECK(*report->averageSatisfaction >= 1.0);
    CHECK(*report->averageSatisfaction <= 5.0);

    // A month with nothing in it is an empty report, not an error; clerks may not read it.
    Result<MonthlyReport> empty = reports.monthly(store.admin().actor(), QDate(2019, 1, 1));
    REQUIRE(empty);
    CHECK(empty->total == 0);
    const User clerk = store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
    CHECK(reports.monthly(clerk.actor(), october).error().code == ErrorCode::Permission);
}

TEST_CASE("Stored times written from milliseconds read like those written from a QDateTime")
{
    QRandomGenerator random(20261201);
    for (int i = 0; i < 20000; ++i) {
        // 1900 to 2200, milliseconds included
        const qint64 ms = qint64(random.bounded(9'467'280'000'000LL)) - 2'208'988'800'000LL;
        const QDateTime instant = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
        INFO(ms);
        REQUIRE(toStoredTime(ms) == toStoredTime(instant));
    }
}

TEST_CASE("The monthly report judges a case on time by its standing resolution")
{
    test::TestStore store;
    const User supervisor = store.addUser(QStringLiteral("zhang"), Role::Supervisor);
    CustomerDraft draft;
    draft.name = QStringLiteral("刘女士");
    draft.phones = {QStringLiteral("13800138000")};
    const Customer customer =
        CustomerService(store.db(), store.clock()).create(supervisor.actor(), draft).value();
    store.clock().set(QDateTime(QDate(2026, 11, 2), QTime(10, 0), QTimeZone::utc()));
    ComplaintService complaints(store.db(), store.clock());
    const auto logCase = [&] {
        ComplaintDraft d;
        d.customerId = customer.id;
        d.channel = ComplaintChannel::Phone;
        d.category = ComplaintCategory::Delivery;
        d.description = QStringLiteral("送货晚了两天");
        Result<Complaint> logged = complaints.add(supervisor.actor(), d);
        REQUIRE(logged);
        REQUIRE(complaints.start(supervisor.actor(), logged->number));
        return logged->number;
    };
    const QString quick = logCase();
    const QString slow = logCase();
    const QString reopened = logCase();
    const Actor by = supervisor.actor();
    REQUIRE(complaints.resolve(by, quick, QStringLiteral("已致歉"), 5));
    REQUIRE(complaints.resolve(by, reopened, QStringLiteral("已致歉"), 4));
    // Five days later: past the three-day promise.
    store.clock().advanceSecs(5 * 24 * 3600);
    REQUIRE(complaints.resolve(by, slow, QStringLiteral("已补偿"), 3));
    REQUIRE(complaints.reopen(by, reopened, QStringLiteral("顾客说还没送到")));
    REQUIRE(complaints.resolve(by, reopened, QStringLiteral("已送到"), 4));

    Result<MonthlyReport> report =
        ReportService(store.db(), store.clock()).monthly(store.admin().actor(), QDate(2026, 11, 1));
    REQUIRE(report);
    CHECK(report->total == 3);
    CHECK(report->byChannel.value(QStringLiteral("phone")) == 3);
    CHECK(report->resolvedOnTime == 1);
    CHECK(report->resolvedLate == 2); // the slow one, and the reopened one resolved again late
    REQUIRE(report->averageSatisfaction);
    CHECK(*report->averageSatisfaction == Approx((5 + 3 + 4) / 3.0));
}
