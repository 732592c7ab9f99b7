// The demo generator: a store the services read as they read one the counter filled, and
// its refusals; the monthly report; the fast stored-time formatter the generator uses.
#include "TestStore.h"

#include <accounts/AccountService.h>
#include <backup/HealthCheck.h>
#include <base/ChineseText.h>
#include <complaints/Complaint.h>
#include <complaints/ComplaintService.h>
#include <customers/Customer.h>
#include <customers/CustomerService.h>
#include <demo/DemoData.h>
#include <overview/CustomerFiles.h>
#include <reports/ReportService.h>
#include <services/Services.h>

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

TEST_CASE("Demo data fills an empty store that the counter's services read like any other",
          "[server-later]")
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
    CustomerService customers = Services(db, store.clock()).customers();
    CustomerFiles files(db, store.clock());
    const Actor boss = store.admin().actor();
    int traditional = 0;
    for (qint64 id : {1, 2, 57, 133, 250, 399, 400}) {
        Result<CustomerFile> file = files.open(boss, id, QStringLiteral("test"));
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
        Result<CustomerFile> file = files.open(boss, id, QStringLiteral("test"));
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
    // The counter's next complaint on a day of the demo goes on from its last number.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM (SELECT day, max(seq) AS m FROM "
                                   "complaints GROUP BY day) c LEFT JOIN complaint_numbers n "
                                   "USING (day) WHERE n.last IS NOT c.m")) == 0);
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

    ComplaintService complaints = Services(db, store.clock()).complaints();
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

TEST_CASE("The same seed makes the same store", "[server-later]")
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

TEST_CASE("Demo data is refused without writing anything", "[server-later]")
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

    // The disk fills up half way: the writer's failure is reported, nothing is kept, and the
    // store takes the next write.
    const qint64 pages = count(store.db(), QStringLiteral("PRAGMA page_count"));
    REQUIRE(store.db().scalar(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 300)));
    options.customers = 5'000;
    options.complaints = 5'000;
    refused = demo.fill(store.admin().actor(), options);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.startsWith(QStringLiteral("Demo data could not be written")));
    CHECK(refused.error().message.contains(QStringLiteral("full")));
    CHECK(count(store.db(), QStringLiteral("SELECT count(*) FROM customers")) == 0);
    CHECK(count(store.db(), QStringLiteral("SELECT count(*) FROM users")) == users);
    REQUIRE(store.db().scalar(QStringLiteral("PRAGMA max_page_count = 1073741823")));

    // A store that already has customers is never mixed with demo data.
    fill(store, 30, 10);
    refused = demo.fill(store.admin().actor(), options);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(count(store.db(), QStringLiteral("SELECT count(*) FROM customers")) == 30);
}

TEST_CASE("The monthly report counts a month's complaints by category, severity and channel",
          "[server-later]")
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

TEST_CASE("The monthly report judges a case on time by its standing resolution", "[server-later]")
{
    test::TestStore store;
    const User supervisor = store.addUser(QStringLiteral("zhang"), Role::Supervisor);
    CustomerDraft draft;
    draft.name = QStringLiteral("刘女士");
    draft.phones = {QStringLiteral("13800138000")};
    const Customer customer =
        Services(store.db(), store.clock()).customers().create(supervisor.actor(), draft).value();
    store.clock().set(QDateTime(QDate(2026, 11, 2), QTime(10, 0), QTimeZone::utc()));
    ComplaintService complaints = Services(store.db(), store.clock()).complaints();
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

TEST_CASE("The churn report counts the customers lost in a period, once each, against all on file",
          "[server-later]")
{
    test::TestStore store;
    const Actor by = store.admin().actor();
    CustomerService customers = Services(store.db(), store.clock()).customers();
    CustomerFiles files(store.db(), store.clock());
    store.clock().set(QDateTime(QDate(2026, 1, 5), QTime(3, 0), QTimeZone::utc()));
    const auto open = [&](const QString& name, const QString& phone, qint64 spentYuan) {
        CustomerDraft draft;
        draft.name = name;
        draft.phones = {phone};
        Result<Customer> made = customers.create(by, draft);
        REQUIRE(made);
        PurchaseLine line;
        line.product = QStringLiteral("电饭煲");
        line.unitPriceFen = spentYuan * 100;
        REQUIRE(customers.addPurchase(by, made->id, QStringLiteral("R-%1").arg(made->id),
                                      QDate(2026, 1, 5), {line}));
        return made->id;
    };
    const qint64 big = open(QStringLiteral("王建国"), QStringLiteral("13800138001"), 9000);
    const qint64 small = open(QStringLiteral("李秀英"), QStringLiteral("13800138002"), 1000);
    open(QStringLiteral("张伟"), QStringLiteral("13800138003"), 1000);
    open(QStringLiteral("刘洋"), QStringLiteral("13800138004"), 1000);
    const auto mark = [&](qint64 id, CustomerStatus status, const QString& reason) {
        Result<CustomerFile> file = files.open(by, id);
        REQUIRE(file);
        CustomerEdit edit;
        const Customer& c = file->customer;
        edit.draft.name = c.name;
        for (const CustomerPhone& phone : c.phones)
            edit.draft.phones << phone.e164;
        edit.stage = c.stage;
        edit.status = status;
        edit.lostReason = reason;
        Result<Customer> saved = customers.update(by, id, edit);
        INFO((saved ? QString() : saved.error().message).toStdString());
        REQUIRE(saved);
    };
    // March: the big spender is lost, won back in April, lost again in May (counted once).
    store.clock().set(QDateTime(QDate(2026, 3, 10), QTime(3, 0), QTimeZone::utc()));
    mark(big, CustomerStatus::Lost, QStringLiteral("价格比别家高"));
    store.clock().set(QDateTime(QDate(2026, 4, 10), QTime(3, 0), QTimeZone::utc()));
    mark(big, CustomerStatus::WonBack, QString());
    store.clock().set(QDateTime(QDate(2026, 5, 10), QTime(3, 0), QTimeZone::utc()));
    mark(big, CustomerStatus::Lost, QStringLiteral("搬家到外地"));
    // July, outside the first half-year.
    store.clock().set(QDateTime(QDate(2026, 7, 1), QTime(3, 0), QTimeZone::utc()));
    mark(small, CustomerStatus::Lost, QStringLiteral("联系不上"));

    ReportService reports(store.db(), store.clock());
    Result<ChurnReport> half = reports.churn(by, QDate(2026, 1, 1), QDate(2026, 6, 30));
    REQUIRE(half);
    CHECK(half->customers == 4);
    CHECK(half->lost == 1);
    CHECK(half->wonBack == 1);
    CHECK(half->lostByReason.size() == 1);
    CHECK(half->absoluteRate() == Approx(25.0));
    CHECK(half->purchasesFen == 12000 * 100);
    CHECK(half->lostPurchasesFen == 9000 * 100);
    // The lost customer spent 9,000 against an average of 3,000: three times the weight.
    REQUIRE(half->relativeRate());
    CHECK(*half->relativeRate() == Approx(75.0));

    // The year: both lost, the won-back one still counted for the March loss.
    Result<ChurnReport> year = reports.churn(by, QDate(2026, 1, 1), QDate(2026, 12, 31));
    REQUIRE(year);
    CHECK(year->lost == 2);
    CHECK(year->absoluteRate() == Approx(50.0));
    CHECK(*year->relativeRate() == Approx(50.0 * 5000.0 / 3000.0));
    CHECK(year->reasonsByCount().size() == 2);

    // A period with no losses is a report of none; a period of June alone has nobody lost.
    Result<ChurnReport> june = reports.churn(by, QDate(2026, 6, 1), QDate(2026, 6, 30));
    REQUIRE(june);
    CHECK(june->lost == 0);
    CHECK(june->absoluteRate() == 0.0);

    // Refusals: a clerk; a period that ends before it begins; a stop from the caller.
    const User clerk = store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
    CHECK(reports.churn(clerk.actor(), QDate(2026, 1, 1), QDate(2026, 6, 30)).error().code ==
          ErrorCode::Permission);
    Result<ChurnReport> backwards = reports.churn(by, QDate(2026, 6, 30), QDate(2026, 1, 1));
    REQUIRE_FALSE(backwards);
    CHECK(backwards.error().code == ErrorCode::Validation);
    CHECK(backwards.error().message.startsWith(QStringLiteral("To:")));
    int heard = 0;
    Result<ChurnReport> stopped = reports.churn(by, QDate(2026, 1, 1), QDate(2026, 6, 30),
                                                [&heard](int) { return ++heard < 3; });
    REQUIRE_FALSE(stopped);
    CHECK(stopped.error().message == QStringLiteral("Report stopped."));
    CHECK(heard == 3);
}

TEST_CASE("The demo store's lost customers have a history the churn report reads", "[server-later]")
{
    test::TestStore store;
    fill(store, 2000, 500);
    // Every file now lost or won back was lost at some time; a won-back file after that.
    CHECK(count(store.db(),
                QStringLiteral("SELECT count(*) FROM customers c WHERE c.status <> 'active' AND "
                               "NOT EXISTS (SELECT 1 FROM customer_status_changes s WHERE "
                               "s.customer_id = c.id AND s.status = 'lost')")) == 0);
    CHECK(count(store.db(),
                QStringLiteral("SELECT count(*) FROM customers c WHERE c.status = 'won_back' AND "
                               "NOT EXISTS (SELECT 1 FROM customer_status_changes s WHERE "
                               "s.customer_id = c.id AND s.status = 'won_back')")) == 0);
    Result<ChurnReport> all =
        ReportService(store.db(), store.clock())
            .churn(store.admin().actor(), QDate(2015, 1, 1), QDate(2030, 1, 1));
    REQUIRE(all);
    CHECK(all->customers == 2000);
    CHECK(all->lost == count(store.db(), QStringLiteral("SELECT count(*) FROM customers WHERE "
                                                        "status <> 'active'")));
    CHECK(all->lost > 40);
    CHECK(all->purchasesFen > all->lostPurchasesFen);
}

TEST_CASE("A store from before the status history counts its lost customers at their last edit",
          "[server-later]")
{
    test::TestStore store;
    store.clock().set(QDateTime(QDate(2026, 2, 1), QTime(3, 0), QTimeZone::utc()));
    CustomerService customers = Services(store.db(), store.clock()).customers();
    CustomerDraft draft;
    draft.name = QStringLiteral("赵敏");
    draft.phones = {QStringLiteral("13900139000")};
    const Customer made = customers.create(store.admin().actor(), draft).value();
    store.clock().set(QDateTime(QDate(2026, 3, 15), QTime(3, 0), QTimeZone::utc()));
    CustomerEdit edit;
    edit.draft = draft;
    edit.status = CustomerStatus::Lost;
    edit.lostReason = QStringLiteral("改在网上购买");
    REQUIRE(customers.update(store.admin().actor(), made.id, edit));
    // The file as version 8 left it: lost, with no history.
    store.close();
    test::rewindToSchema9(store.path());
    test::rawExec(store.path(), {QStringLiteral("DROP TABLE customer_status_changes"),
                                 QStringLiteral("PRAGMA user_version = 8")});
    store.reopen();
    Result<ChurnReport> march =
        ReportService(store.db(), store.clock())
            .churn(store.admin().actor(), QDate(2026, 3, 1), QDate(2026, 3, 31));
    REQUIRE(march);
    CHECK(march->lost == 1);
    CHECK(march->lostByReason.value(QStringLiteral("改在网上购买")) == 1);
}
