#include "TestStore.h"

#include <accounts/AuditLog.h>
#include <customers/CustomerExport.h>
#include <customers/CustomerImport.h>
#include <customers/CustomerService.h>
#include <overview/CustomerFiles.h>
#include <services/Services.h>

#include <QFile>
#include <QStringEncoder>

#include <catch2/catch.hpp>

using namespace cc;

namespace {

Result<ImportReport> importBytes(test::TestStore& store, const QByteArray& bytes,
                                 bool dryRun = false, CsvEncoding encoding = CsvEncoding::Auto)
{
    return CustomerImport(store.db(), store.clock())
        .runOnBytes(store.admin().actor(), bytes, QStringLiteral("till.csv"), encoding, dryRun);
}

CustomerDraft draft(const QString& name, const QString& phone)
{
    CustomerDraft d;
    d.name = name;
    d.phones = {phone};
    return d;
}

qint64 customerCount(test::TestStore& store)
{
    return store.db().scalar(QStringLiteral("SELECT count(*) FROM customers")).value().toLongLong();
}

const QByteArray goodCsv = QByteArrayLiteral(
    "\xEF\xBB\xBF"
    "姓名,手机,性别,生日,地址,备注\r\n"
    "张伟,138-0013-8000,男,1990/5/17,\"北京市朝阳区建国路88号, 3单元\",\"喜欢黑色\r\n38码\"\r\n"
    "張麗,13900139000,女,1988年3月2日,,\r\n"
    "\r\n"
    "Li Na,+86 137 0013 7000,f,,,\"She said \"\"call after 6\"\"\"\r\n");

} // namespace

TEST_CASE("CSV import: UTF-8 with BOM, quotes, commas and line breaks inside quotes")
{
    test::TestStore store;
    Result<ImportReport> report = importBytes(store, goodCsv);
    REQUIRE(report.ok());
    CHECK(report->errors.isEmpty());
    CHECK(report->rows == 3);
    CHECK(report->imported == 3);
    CustomerFiles files(store.db(), store.clock());
    Result<CustomerFile> zhang = files.open(store.admin().actor(), 1);
    REQUIRE(zhang.ok());
    CHECK(zhang->customer.address == QStringLiteral("北京市朝阳区建国路88号, 3单元"));
    CHECK(zhang->customer.note == QStringLiteral("喜欢黑色\n38码"));
    CHECK(zhang->customer.birthday == QDate(1990, 5, 17));
    CHECK(zhang->customer.gender == Gender::Male);
    CHECK(files.open(store.admin().actor(), 3)->customer.note ==
          QStringLiteral("She said \"call after 6\""));
    // One audit entry for the whole import.
    AuditFilter filter;
    filter.entityKind = QStringLiteral("customer");
    const QList<AuditEntry> entries = AuditLog(store.db(), store.clock()).list(filter).value();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().action == QStringLiteral("customer.import"));
}

TEST_CASE("CSV import: GB18030 as Excel in China saves it is detected")
{
    test::TestStore store;
    QStringEncoder gb("GB18030");
    const QByteArray bytes =
        gb.encode(QStringLiteral("客户姓名,联系电话,备注\r\n王芳,0755-88886666,老顾客\r\n"));
    REQUIRE(CsvReader::detect(bytes) == CsvEncoding::Gb18030);
    Result<ImportReport> report = importBytes(store, bytes);
    REQUIRE(report.ok());
    CHECK(report->imported == 1);
    CHECK(CustomerFiles(store.db(), store.clock()).open(store.admin().actor(), 1)->customer.name ==
          QStringLiteral("王芳"));
}

TEST_CASE("CSV import: every bad line is reported by number and nothing is imported")
{
    test::TestStore store;
    Services(store.db(), store.clock())
        .customers()
        .create(store.admin().actor(),
                draft(QStringLiteral("老客户"), QStringLiteral("13500135000")))
        .value();
    const QByteArray csv = QByteArrayLiteral("name,phone,gender,birthday\n"
                                             "Good One,13800138000,m,1990-01-01\n"
                                             ",13900139000,,\n"
                                             "Bad Phone,12345,,\n"
                                             "Bad Gender,13700137000,x,\n"
                                             "Bad Date,13600136000,,1990-13-45\n"
                                             "Twin,13800138000,,\n"
                                             "Existing,135 0013 5000,,\n"
                                             "Also Good,13300133000,f,\n");

    SECTION("dry run reports the same and writes nothing")
    {
        Result<ImportReport> report = importBytes(store, csv, true);
        REQUIRE(report.ok());
        CHECK(report->errors.size() == 6);
    }
    Result<ImportReport> report = importBytes(store, csv);
    REQUIRE(report.ok());
    CHECK(report->imported == 0);
    REQUIRE(report->errors.size() == 6);
    QList<int> lines;
    for (const ImportProblem& problem : report->errors)
        lines << problem.line;
    CHECK(lines == QList<int>{3, 4, 5, 6, 7, 8});
    CHECK(report->errors[0].message.startsWith(QStringLiteral("Name")));
    CHECK(report->errors[1].message.startsWith(QStringLiteral("Phone")));
    CHECK(report->errors[2].message.contains(QStringLiteral("gender")));
    CHECK(report->errors[3].message.contains(QStringLiteral("birthday")));
    CHECK(report->errors[4].message.contains(QStringLiteral("line 2")));
    CHECK(report->errors[5].message.contains(QStringLiteral("KH-000001")));
    CHECK(customerCount(store) == 1);
}

TEST_CASE("CSV import: a birthday after the store's today is refused, today's is taken")
{
    test::TestStore store;
    // The store's date, not the computer's: every row is checked against the clock's today.
    store.clock().set(QDateTime(QDate(2031, 7, 9), QTime(10, 0)).toUTC());
    const QDate today = store.clock().nowUtc().toLocalTime().date();
    const auto fileWith = [&](const QDate& birthday) {
        return QStringLiteral("姓名,手机,生日\n周一,13800138000,%1\n周二,13900139000,1990-01-01\n")
            .arg(birthday.toString(Qt::ISODate))
            .toUtf8();
    };

    Result<ImportReport> refused = importBytes(store, fileWith(today.addDays(1)));
    REQUIRE(refused.ok());
    REQUIRE(refused->errors.size() == 1);
    CHECK(refused->errors[0].line == 2);
    CHECK(refused->errors[0].message.startsWith(QStringLiteral("Birthday")));
    CHECK(customerCount(store) == 0);

    Result<ImportReport> taken = importBytes(store, fileWith(today));
    REQUIRE(taken.ok());
    CHECK(taken->errors.isEmpty());
    CHECK(taken->imported == 2);
    CHECK(CustomerFiles(store.db(), store.clock())
              .open(store.admin().actor(), 1)
              ->customer.birthday == today);
}

TEST_CASE("CSV import: a large file is checked in parallel and still reported in line order")
{
    test::TestStore store;
    // 5,000 rows: read on several threads. Line numbers count the header as line 1.
    const auto fileOf = [](const QList<std::pair<int, QString>>& changes) {
        QByteArray csv = QByteArrayLiteral("姓名,手机,地址\n");
        for (int i = 0; i < 5'000; ++i) {
            QString row = QStringLiteral("客户%1,1370%2,深圳市南山区科技园路%3号\n")
                              .arg(i)
                              .arg(i, 7, 10, QLatin1Char('0'))
                              .arg(i % 300);
            for (const auto& [line, replacement] : changes) {
                if (line == i + 2)
                    row = replacement;
            }
            csv += row.toUtf8();
        }
        return csv;
    };
    const QByteArray bad = fileOf({{4'990, QStringLiteral("重复,13700000003,\n")},
                                   {2'600, QStringLiteral("坏号码,12345,\n")},
                                   {30, QStringLiteral("張麗,1370000abc,\n")}});
    Result<ImportReport> refused = importBytes(store, bad);
    REQUIRE(refused.ok());
    CHECK(refused->rows == 5'000);
    CHECK(refused->imported == 0);
    REQUIRE(refused->errors.size() == 3);
    CHECK(refused->errors[0].line == 30);
    CHECK(refused->errors[1].line == 2'600);
    CHECK(refused->errors[1].message.contains(QStringLiteral("12345")));
    CHECK(refused->errors[2].line == 4'990);
    CHECK(refused->errors[2].message.contains(QStringLiteral("line 5")));
    CHECK(customerCount(store) == 0);

    Result<ImportReport> report = importBytes(store, fileOf({}));
    REQUIRE(report.ok());
    CHECK(report->errors.isEmpty());
    CHECK(report->imported == 5'000);
    CHECK(customerCount(store) == 5'000);
    // Every file is found the ways the counter looks: by number, by name, by address.
    CustomerService customers = Services(store.db(), store.clock()).customers();
    const auto firstFound = [&](const QString& query) {
        Result<QList<CustomerMatch>> found = customers.find(store.admin().actor(), query);
        REQUIRE(found.ok());
        REQUIRE_FALSE(found->isEmpty());
        return found->first().name;
    };
    CHECK(firstFound(QStringLiteral("137 0000 4321")) == QStringLiteral("客户4321"));
    CHECK(firstFound(QStringLiteral("客户4999")) == QStringLiteral("客户4999"));
    Result<QList<CustomerMatch>> byAddress =
        customers.find(store.admin().actor(), QStringLiteral("科技园路299号"), 100);
    REQUIRE(byAddress.ok());
    CHECK(byAddress->size() > 10);
    // The bigger page cache of the import is given back afterwards.
    if (!test::onServer())
        CHECK(store.db().scalar(QStringLiteral("PRAGMA cache_size")).value().toInt() == -2000);
}

TEST_CASE("CSV import: progress climbs to 100, and a cancelled import keeps nothing")
{
    test::TestStore store;
    QByteArray csv = QByteArrayLiteral("姓名,手机\n");
    for (int i = 0; i < 6'000; ++i)
        csv += QStringLiteral("客户%1,1380%2\n").arg(i).arg(i, 7, 10, QLatin1Char('0')).toUtf8();
    const auto importWith = [&](const Progress& progress) {
        return CustomerImport(store.db(), store.clock())
            .runOnBytes(store.admin().actor(), csv, QStringLiteral("till.csv"), CsvEncoding::Auto,
                        false, progress);
    };

    for (const int stopAt : {3, 20, 60, 96}) {
        INFO("cancelled at " << stopAt << "%");
        int last = -1;
        Result<ImportReport> cancelled = importWith([&](int percent) {
            last = percent;
            return percent < stopAt;
        });
        REQUIRE_FALSE(cancelled.ok());
        CHECK(cancelled.error().code == ErrorCode::Conflict);
        CHECK(cancelled.error().message.contains(QStringLiteral("cancelled")));
        CHECK(last >= stopAt);
        CHECK(customerCount(store) == 0);
    }

    QList<int> seen;
    Result<ImportReport> report = importWith([&](int percent) {
        seen << percent;
        return true;
    });
    REQUIRE(report.ok());
    CHECK(report->imported == 6'000);
    CHECK(customerCount(store) == 6'000);
    REQUIRE(seen.size() > 5);
    CHECK(std::is_sorted(seen.cbegin(), seen.cend()));
    CHECK(seen.last() == 100);
}

TEST_CASE("CSV import: a file without name and phone columns, or with an open quote, is refused")
{
    test::TestStore store;
    Result<ImportReport> noPhone = importBytes(store, QByteArrayLiteral("name,address\nA,B\n"));
    REQUIRE_FALSE(noPhone.ok());
    CHECK(noPhone.error().message.startsWith(QStringLiteral("Line 1")));
    Result<ImportReport> openQuote =
        importBytes(store, QByteArrayLiteral("name,phone\nA,13800138000\n\"B,13900139000\n"));
    REQUIRE_FALSE(openQuote.ok());
    CHECK(openQuote.error().message.startsWith(QStringLiteral("Line 3")));
    CHECK_FALSE(importBytes(store, QByteArrayLiteral("")).ok());
    CHECK(customerCount(store) == 0);
}

TEST_CASE("Import and export are a manager's, the export is audited and reads back in")
{
    test::TestStore store;
    User supervisor = store.addUser(QStringLiteral("zhang"), Role::Supervisor);
    CHECK(CustomerImport(store.db(), store.clock())
              .runOnBytes(supervisor.actor(), goodCsv, QStringLiteral("x.csv"), CsvEncoding::Auto,
                          false)
              .error()
              .code == ErrorCode::Permission);
    REQUIRE(importBytes(store, goodCsv)->imported == 3);

    const QString path = store.dir() + QStringLiteral("/customers.csv");
    CHECK(CustomerExport(store.db(), store.clock()).toCsv(supervisor.actor(), path).error().code ==
          ErrorCode::Permission);
    CHECK_FALSE(QFile::exists(path));
    Result<qint64> written =
        CustomerExport(store.db(), store.clock()).toCsv(store.admin().actor(), path);
    REQUIRE(written.ok());
    CHECK(written.value() == 3);
    const QByteArray bytes = test::fileBytes(path);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    AuditFilter filter;
    filter.entityKind = QStringLiteral("customer");
    CHECK(AuditLog(store.db(), store.clock()).list(filter)->first().action ==
          QStringLiteral("customer.export"));

    test::TestStore other;
    Result<ImportReport> again = importBytes(other, bytes);
    REQUIRE(again.ok());
    CHECK(again->imported == 3);
    CHECK(again->ignoredColumns == QStringList{QStringLiteral("档案编号")});
    CHECK(CustomerFiles(other.db(), other.clock()).open(other.admin().actor(), 1)->customer.note ==
          QStringLiteral("喜欢黑色\n38码"));
}

TEST_CASE("Merging two files of one person moves everything onto the kept file")
{
    test::TestStore store;
    User clerk = store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
    CustomerService customers = Services(store.db(), store.clock()).customers();
    CustomerFiles files(store.db(), store.clock());
    const Actor boss = store.admin().actor();
    Customer keep =
        customers.create(boss, draft(QStringLiteral("张伟"), QStringLiteral("13800138000")))
            .value();
    CustomerDraft other = draft(QStringLiteral("張偉"), QStringLiteral("0755 8888 6666"));
    other.tags = {QStringLiteral("38码")};
    Customer drop = customers.create(boss, other).value();
    REQUIRE(customers
                .addPurchase(boss, drop.id, QStringLiteral("R1"), QDate(2026, 11, 1),
                             {{QStringLiteral("靴子"), 1, 149800, 89000}})
                .ok());
    REQUIRE(
        customers.addContact(boss, drop.id, ContactChannel::Phone, QStringLiteral("询问")).ok());

    CHECK(customers.merge(clerk.actor(), keep.id, drop.id).error().code == ErrorCode::Permission);
    CHECK(customers.merge(boss, keep.id, keep.id).error().code == ErrorCode::Validation);
    REQUIRE(customers.merge(boss, keep.id, drop.id).ok());

    Result<CustomerFile> file = files.open(boss, keep.id);
    REQUIRE(file.ok());
    CHECK(file->customer.phones.size() == 2);
    CHECK(file->customer.tags == QStringList{QStringLiteral("38码")});
    CHECK(file->purchases.size() == 1);
    CHECK(file->contacts.size() == 1);
    // The dropped file no longer turns up in lookups; its phone finds the kept file.
    Result<QList<CustomerMatch>> found = customers.find(boss, QStringLiteral("0755 8888 6666"));
    REQUIRE(found->size() == 1);
    CHECK(found->first().id == keep.id);
    CHECK(customers.find(boss, QStringLiteral("张伟"))->size() == 1);
}

TEST_CASE("CSV import: an imported file reads, and is found, like one saved through the form")
{
    test::TestStore store;
    const QByteArray csv =
        QStringLiteral("姓名,手机,性别,生日,地址,公司,备注,标签,类别,来源\n"
                       "王伟芳,13800138000;0755 8888 6666,女,1990-05-17,"
                       "广东省深圳市南山区科技园路1号,华为,喜欢黑色,VIP;38码,特殊,门店\n")
            .toUtf8();
    Result<ImportReport> report = importBytes(store, csv);
    REQUIRE(report.ok());
    REQUIRE(report->imported == 1);

    CustomerService customers = Services(store.db(), store.clock()).customers();
    CustomerFiles files(store.db(), store.clock());
    const Actor boss = store.admin().actor();
    const Customer file = files.open(boss, 1).value().customer;
    CHECK(file.name == QStringLiteral("王伟芳"));
    CHECK(file.gender == Gender::Female);
    CHECK(file.birthday == QDate(1990, 5, 17));
    CHECK(file.address == QStringLiteral("广东省深圳市南山区科技园路1号"));
    CHECK(file.company == QStringLiteral("华为"));
    CHECK(file.note == QStringLiteral("喜欢黑色"));
    CHECK(file.tags == QStringList{QStringLiteral("38码"), QStringLiteral("VIP")});
    CHECK(file.category == CustomerCategory::Special);
    CHECK(file.source == QStringLiteral("门店"));
    CHECK(file.status == CustomerStatus::Active);
    CHECK(file.ownerId == store.admin().id);
    CHECK(file.createdAt == store.clock().nowUtc());
    REQUIRE(file.phones.size() == 2);
    CHECK(file.phones.at(0).e164 == QStringLiteral("+8613800138000"));
    CHECK(file.phones.at(0).label == QStringLiteral("mobile"));
    CHECK(file.phones.at(1).e164 == QStringLiteral("+8675588886666"));
    CHECK(file.phones.at(1).label == QStringLiteral("home"));

    // Every way the counter looks a customer up finds the imported file.
    for (const QString& query :
         {QStringLiteral("13800138000"), QStringLiteral("0755 8888 6666"), QStringLiteral("8000"),
          QStringLiteral("王伟芳"), QStringLiteral("伟"), QStringLiteral("伟芳"),
          QStringLiteral("科技园"), QStringLiteral("喜欢黑色")}) {
        INFO(query.toStdString());
        const QList<CustomerMatch> found = customers.find(boss, query, 20).value();
        REQUIRE(found.size() == 1);
        CHECK(found.first().id == file.id);
    }
}
