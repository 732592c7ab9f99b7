#include "TestStore.h"

#include <accounts/AccountService.h>
#include <accounts/AuditLog.h>
#include <customers/CustomerImport.h>
#include <customers/CustomerService.h>
#include <customers/PhoneNumbers.h>
#include <overview/CustomerFiles.h>
#include <services/Services.h>
#include <store/StoreSettings.h>

#include <catch2/catch.hpp>

using namespace cc;

namespace {

CustomerDraft draft(const QString& name, const QStringList& phones)
{
    CustomerDraft d;
    d.name = name;
    d.phones = phones;
    return d;
}

Customer create(test::TestStore& store, const Actor& by, const CustomerDraft& d)
{
    Result<Customer> made = Services(store.db(), store.clock()).customers().create(by, d);
    if (!made)
        FAIL(made.error().message.toStdString());
    return made.value();
}

QStringList fileNos(const QList<CustomerMatch>& matches)
{
    QStringList numbers;
    for (const CustomerMatch& match : matches)
        numbers << match.fileNo;
    return numbers;
}

qint64 count(test::TestStore& store, const char* table)
{
    return store.db()
        .scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
        .value()
        .toLongLong();
}

} // namespace

TEST_CASE("A new customer file gets a file number and normalised phones")
{
    test::TestStore store;
    CustomerDraft d = draft(QStringLiteral("张伟"),
                            {QStringLiteral("138-0013-8000"), QStringLiteral("(0755) 8888-6666")});
    d.tags = {QStringLiteral(" 38码 "), QStringLiteral("喜欢黑色"), QStringLiteral("38码")};
    d.birthday = QDate(1990, 5, 17);
    Customer customer = create(store, store.admin().actor(), d);
    CHECK(customer.fileNo == QStringLiteral("KH-000001"));
    REQUIRE(customer.phones.size() == 2);
    CHECK(customer.phones[0].e164 == QStringLiteral("+8613800138000"));
    CHECK(customer.phones[0].label == QStringLiteral("mobile"));
    CHECK(customer.phones[1].e164 == QStringLiteral("+8675588886666"));
    CHECK(customer.phones[1].label == QStringLiteral("home"));
    CHECK(customer.tags == QStringList{QStringLiteral("38码"), QStringLiteral("喜欢黑色")});
    CHECK(create(store, store.admin().actor(),
                 draft(QStringLiteral("李娜"), {QStringLiteral("13900139000")}))
              .fileNo == QStringLiteral("KH-000002"));

    AuditFilter filter;
    filter.entityKind = QStringLiteral("customer");
    CHECK(AuditLog(store.db(), store.clock()).list(filter)->size() == 2);
}

TEST_CASE("Bad customer input is refused with the field named and nothing written")
{
    test::TestStore store;
    CustomerService customers = Services(store.db(), store.clock()).customers();
    const Actor boss = store.admin().actor();
    const auto refusal = [&](const CustomerDraft& d) {
        Result<Customer> result = customers.create(boss, d);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::Validation);
        return result.error().message;
    };
    CHECK(refusal(draft(QStringLiteral("  "), {QStringLiteral("13800138000")}))
              .startsWith(QStringLiteral("Name")));
    CHECK(refusal(draft(QStringLiteral("张伟"), {})).startsWith(QStringLiteral("Phone")));
    CHECK(refusal(draft(QStringLiteral("张伟"), {QStringLiteral("12345")}))
              .startsWith(QStringLiteral("Phone")));
    CHECK(refusal(draft(QStringLiteral("张伟"), {QStringLiteral("1380013800")}))
              .contains(QStringLiteral("1380013800")));
    CustomerDraft future = draft(QStringLiteral("张伟"), {QStringLiteral("13800138000")});
    future.birthday = QDate(2030, 1, 1);
    CHECK(refusal(future).startsWith(QStringLiteral("Birthday")));
    CustomerDraft longTag = draft(QStringLiteral("张伟"), {QStringLiteral("13800138000")});
    longTag.tags = {QString(21, QLatin1Char('x'))};
    CHECK(refusal(longTag).startsWith(QStringLiteral("Tag")));
    CHECK(count(store, "customers") == 0);
    CHECK(count(store, "customer_phones") == 0);
}

TEST_CASE("A phone already on another file is refused unless the number is shared on purpose")
{
    test::TestStore store;
    CustomerService customers = Services(store.db(), store.clock()).customers();
    Customer first = create(store, store.admin().actor(),
                            draft(QStringLiteral("张伟"), {QStringLiteral("13800138000")}));
    const CustomerDraft twin =
        draft(QStringLiteral("张太太"), {QStringLiteral("+86 138 0013 8000")});

    Result<QList<Customer>> sharing = customers.filesSharingPhones(twin);
    REQUIRE(sharing.ok());
    REQUIRE(sharing->size() == 1);
    CHECK(sharing->first().id == first.id);

    Result<Customer> refused = customers.create(store.admin().actor(), twin);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("KH-000001")));
    CHECK(count(store, "customers") == 1);
    CHECK(customers.create(store.admin().actor(), twin, true).ok());
}

TEST_CASE("Lookup by phone in any formatting, by the last four digits, by name in either script")
{
    test::TestStore store;
    const Actor boss = store.admin().actor();
    CustomerDraft zhang = draft(QStringLiteral("張偉"), {QStringLiteral("13800138000")});
    zhang.address = QStringLiteral("九龍彌敦道100號");
    create(store, boss, zhang); // KH-000001
    create(store, boss,
           draft(QStringLiteral("李伟"), {QStringLiteral("13900008000")})); // KH-000002
    create(store, boss,
           draft(QStringLiteral("王芳"), {QStringLiteral("0755-8888-6666")})); // KH-000003
    create(store, boss,
           draft(QStringLiteral("Wang Fang"), {QStringLiteral("13700137000")})); // KH-000004
    CustomerService customers = Services(store.db(), store.clock()).customers();
    const auto find = [&](const QString& query) {
        Result<QList<CustomerMatch>> found = customers.find(boss, query);
        REQUIRE(found.ok());
        return fileNos(found.value());
    };

    CHECK(find(QStringLiteral("138-0013-8000")) == QStringList{QStringLiteral("KH-000001")});
    CHECK(find(QStringLiteral("+86 138 0013 8000")) == QStringList{QStringLiteral("KH-000001")});
    // The last four digits: both numbers ending in 8000; the exact full number ranks first.
    CHECK(find(QStringLiteral("8000")) ==
          QStringList{QStringLiteral("KH-000001"), QStringLiteral("KH-000002")});
    CHECK(find(QStringLiteral("00138000")) == QStringList{QStringLiteral("KH-000001")});
    CHECK(find(QStringLiteral("1380013")) == QStringList{QStringLiteral("KH-000001")});
    CHECK(find(QStringLiteral("0755 8888 6666")) == QStringList{QStringLiteral("KH-000003")});
    // Simplified finds Traditional and back.
    CHECK(find(QStringLiteral("张伟")) == QStringList{QStringLiteral("KH-000001")});
    CHECK(find(QStringLiteral("張偉")) == QStringList{QStringLiteral("KH-000001")});
    CHECK(find(QStringLiteral("伟")) ==
          QStringList{QStringLiteral("KH-000001"), QStringLiteral("KH-000002")});
    CHECK(find(QStringLiteral("wang")) == QStringList{QStringLiteral("KH-000004")});
    CHECK(find(QStringLiteral("WANG FANG")) == QStringList{QStringLiteral("KH-000004")});
    // An address fragment, typed in simplified characters.
    CHECK(find(QStringLiteral("弥敦道")) == QStringList{QStringLiteral("KH-000001")});
    CHECK(find(QStringLiteral("KH-000003")) == QStringList{QStringLiteral("KH-000003")});
    CHECK(find(QStringLiteral("kh3")) == QStringList{QStringLiteral("KH-000003")});
    CHECK(find(QStringLiteral("赵")).isEmpty());
    CHECK(find(QStringLiteral("\" OR 1=1 --")).isEmpty());
}

TEST_CASE("Two characters of an address or a note find the file: 浦东, 天河, 福田")
{
    test::TestStore store;
    const Actor boss = store.admin().actor();
    CustomerDraft chen = draft(QStringLiteral("陈先生"), {QStringLiteral("13800138000")});
    chen.address = QStringLiteral("上海市浦东新区世纪大道100号");
    create(store, boss, chen); // KH-000001
    CustomerDraft lin = draft(QStringLiteral("林女士"), {QStringLiteral("13900139000")});
    lin.note = QStringLiteral("住在廣州天河區，周末來");
    create(store, boss, lin); // KH-000002
    CustomerDraft he = draft(QStringLiteral("何先生"), {QStringLiteral("13700137000")});
    he.preferences = QStringLiteral("常去福田店");
    create(store, boss, he); // KH-000003
    REQUIRE(CustomerImport(store.db(), store.clock())
                .runOnBytes(boss,
                            QByteArrayLiteral("姓名,手机,地址\r\n"
                                              "郑女士,13600136000,深圳市南山区科技园\r\n"),
                            QStringLiteral("till.csv"), CsvEncoding::Auto, false)
                ->imported == 1); // KH-000004
    CustomerService customers = Services(store.db(), store.clock()).customers();
    const auto find = [&](const QString& query) {
        Result<QList<CustomerMatch>> found = customers.find(boss, query);
        REQUIRE(found.ok());
        return fileNos(found.value());
    };

    CHECK(find(QStringLiteral("浦东")) == QStringList{QStringLiteral("KH-000001")});
    CHECK(find(QStringLiteral("浦東")) == QStringList{QStringLiteral("KH-000001")});
    CHECK(find(QStringLiteral("世纪")) == QStringList{QStringLiteral("KH-000001")});
    CHECK(find(QStringLiteral("天河")) == QStringList{QStringLiteral("KH-000002")});
    CHECK(find(QStringLiteral("福田")) == QStringList{QStringLiteral("KH-000003")});
    CHECK(find(QStringLiteral("南山")) == QStringList{QStringLiteral("KH-000004")});
    // Side by side only, and within one place: not 浦 and 新 apart, not across the comma.
    CHECK(find(QStringLiteral("浦新")).isEmpty());
    CHECK(find(QStringLiteral("区周")).isEmpty());
    // A name of two characters still ranks before an address that holds them.
    CustomerDraft named = draft(QStringLiteral("天河"), {QStringLiteral("13500135000")});
    create(store, boss, named); // KH-000005
    CHECK(find(QStringLiteral("天河")) ==
          QStringList{QStringLiteral("KH-000005"), QStringLiteral("KH-000002")});

    // A moved customer is found where she lives now, not where she lived.
    CustomerEdit moved;
    moved.draft = chen;
    moved.draft.address = QStringLiteral("北京市朝阳区建国路88号");
    REQUIRE(customers.update(boss, 1, moved));
    CHECK(find(QStringLiteral("浦东")).isEmpty());
    CHECK(find(QStringLiteral("朝阳")) == QStringList{QStringLiteral("KH-000001")});
}

TEST_CASE("Eleven plain digits are read as the same number as when typed with dashes")
{
    // A till's export writes mobiles as plain digits, which take a shorter way than a number
    // typed with separators. Every four-digit beginning from 1000 to 1999, with three endings:
    // valid or not, mobile or not, both ways agree.
    int valid = 0;
    for (int prefix = 1000; prefix <= 1999; ++prefix) {
        for (const char* ending : {"0000000", "1385207", "9999999"}) {
            const QString digits = QString::number(prefix) + QLatin1String(ending);
            const QString dashed = digits.left(3) + u'-' + digits.mid(3, 4) + u'-' + digits.mid(7);
            const Result<NormalizedPhone> plain =
                PhoneNumbers::normalize(digits, QStringLiteral("Phone"));
            const Result<NormalizedPhone> typed =
                PhoneNumbers::normalize(dashed, QStringLiteral("Phone"));
            INFO(digits.toStdString());
            REQUIRE(plain.ok() == typed.ok());
            if (!plain)
                continue;
            ++valid;
            CHECK(plain->e164 == typed->e164);
            CHECK(plain->kind == typed->kind);
        }
    }
    // Most beginnings from 13 to 19 are mobile ranges.
    CHECK(valid > 1'500);
    CHECK(PhoneNumbers::normalize(QStringLiteral("13800138000"), QStringLiteral("Phone"))->e164 ==
          QStringLiteral("+8613800138000"));
    CHECK(PhoneNumbers::normalize(QStringLiteral("13800138000"), QStringLiteral("Phone"))->kind ==
          PhoneKind::Mobile);
    CHECK_FALSE(
        PhoneNumbers::normalize(QStringLiteral("10000000000"), QStringLiteral("Phone")).ok());
}

TEST_CASE("Confidential and secret files: who may open them, with a stated purpose, audited")
{
    test::TestStore store;
    User clerk = store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
    User owner = store.addUser(QStringLiteral("owner"), Role::Clerk);
    User supervisor = store.addUser(QStringLiteral("zhang"), Role::Supervisor);
    CustomerService customers = Services(store.db(), store.clock()).customers();
    CustomerFiles files(store.db(), store.clock());

    CustomerDraft lawyer = draft(QStringLiteral("陈律师"), {QStringLiteral("13600136000")});
    lawyer.confidentiality = Confidentiality::Confidential;
    Customer confidential = create(store, owner.actor(), lawyer);
    CustomerDraft bank = draft(QStringLiteral("刘行长"), {QStringLiteral("13500135000")});
    bank.confidentiality = Confidentiality::Secret;
    Customer secret = create(store, store.admin().actor(), bank);

    CHECK(files.open(clerk.actor(), confidential.id, QStringLiteral("callback")).error().code ==
          ErrorCode::Permission);
    CHECK(files.open(supervisor.actor(), confidential.id).error().code == ErrorCode::Validation);
    CHECK(files.open(supervisor.actor(), confidential.id, QStringLiteral("投诉回访")).ok());
    CHECK(files.open(owner.actor(), confidential.id, QStringLiteral("跟进订单")).ok());
    CHECK(files.open(supervisor.actor(), secret.id, QStringLiteral("x")).error().code ==
          ErrorCode::Permission);
    CHECK(files.open(store.admin().actor(), secret.id).error().code == ErrorCode::Validation);
    CHECK(files.open(store.admin().actor(), secret.id, QStringLiteral("年度审查")).ok());

    AuditFilter views;
    views.entityKind = QStringLiteral("customer");
    views.entityId = QString::number(confidential.id);
    QStringList reasons;
    for (const AuditEntry& entry : AuditLog(store.db(), store.clock()).list(views).value()) {
        if (entry.action == QStringLiteral("customer.view"))
            reasons << AuditLog::parseDetails(entry.detail).value(QStringLiteral("reason"));
    }
    CHECK(reasons == QStringList{QStringLiteral("跟进订单"), QStringLiteral("投诉回访")});

    // The clerk sees that the file exists, masked.
    Result<QList<CustomerMatch>> found =
        customers.find(clerk.actor(), QStringLiteral("13600136000"));
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->first().masked);
    CHECK(found->first().name == QStringLiteral("陈**"));
    CHECK_FALSE(found->first().phones.first().contains(QStringLiteral("3600")));
    CHECK_FALSE(customers.find(owner.actor(), QStringLiteral("13600136000"))->first().masked);
}

TEST_CASE("Purchases: recorded once per receipt, profit and tier by profit, not by orders")
{
    test::TestStore store;
    const Actor boss = store.admin().actor();
    Customer customer =
        create(store, boss, draft(QStringLiteral("张伟"), {QStringLiteral("13800138000")}));
    CustomerService customers = Services(store.db(), store.clock()).customers();
    CustomerFiles files(store.db(), store.clock());

    // Seed 000: 1,498-yuan boots, bought more than a year ago.
    Result<Purchase> boots = customers.addPurchase(
        boss, customer.id, QStringLiteral("R20261126-0042"), QDate(2025, 11, 1),
        {{QStringLiteral("女靴 38码"), 1, 149800, 89000}});
    REQUIRE(boots.ok());
    CHECK(boots->profitFen() == 60800);
    Result<Purchase> again =
        customers.addPurchase(boss, customer.id, QStringLiteral("R20261126-0042"),
                              QDate(2026, 11, 20), {{QStringLiteral("x"), 1, 100, 50}});
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == ErrorCode::Conflict);

    CHECK(customers.addPurchase(boss, customer.id, QStringLiteral("R2"), QDate(2026, 11, 20), {})
              .error()
              .message.startsWith(QStringLiteral("Item")));
    CHECK(customers
              .addPurchase(boss, customer.id, QStringLiteral("R2"), QDate(2026, 11, 20),
                           {{QStringLiteral("袜子"), 0, 100, 50}})
              .error()
              .message.startsWith(QStringLiteral("Item 1")));
    CHECK(customers
              .addPurchase(boss, customer.id, QStringLiteral("R2"), QDate(2027, 1, 1),
                           {{QStringLiteral("袜子"), 1, 100, 50}})
              .error()
              .message.startsWith(QStringLiteral("Date")));

    Result<CustomerFile> file = files.open(boss, customer.id);
    REQUIRE(file.ok());
    CHECK(file->profit.lifetimeFen == 60800);
    CHECK(file->profit.last12MonthsFen == 0); // a year ago
    CHECK(file->profit.tier == Tier::Regular);
    CHECK(file->customer.stage == LoyaltyStage::FirstPurchase);

    REQUIRE(customers
                .addPurchase(boss, customer.id, QStringLiteral("R3"), QDate(2026, 11, 1),
                             {{QStringLiteral("羊绒大衣"), 1, 680000, 300000},
                              {QStringLiteral("围巾"), 2, 19900, 8000}})
                .ok());
    file = files.open(boss, customer.id);
    CHECK(file->profit.lifetimeFen == 60800 + 380000 + 2 * 11900);
    CHECK(file->profit.last12MonthsFen == 380000 + 2 * 11900);
    CHECK(file->profit.tier == Tier::Silver);
    CHECK(file->customer.stage == LoyaltyStage::Repeat);
    CHECK(file->purchases.first().receiptNo == QStringLiteral("R3")); // newest first

    REQUIRE(StoreSettings(store.db(), store.clock())
                .setTierThresholds(boss, {10'000, 50'000, 400'000})
                .ok());
    CHECK(files.open(boss, customer.id)->profit.tier == Tier::Vip);
    // A receipt number finds its customer.
    CHECK(fileNos(customers.find(boss, QStringLiteral("R3")).value()) ==
          QStringList{customer.fileNo});
}

TEST_CASE("The contact log keeps every conversation, newest first")
{
    test::TestStore store;
    User clerk = store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
    Customer customer = create(store, clerk.actor(),
                               draft(QStringLiteral("张伟"), {QStringLiteral("13800138000")}));
    CustomerService customers = Services(store.db(), store.clock()).customers();
    CustomerFiles files(store.db(), store.clock());
    REQUIRE(customers
                .addContact(clerk.actor(), customer.id, ContactChannel::Phone,
                            QStringLiteral("询问靴子保养方法"))
                .ok());
    store.clock().advanceSecs(3600);
    REQUIRE(customers
                .addContact(clerk.actor(), customer.id, ContactChannel::Wechat,
                            QStringLiteral("发送了新款图片"))
                .ok());
    CHECK(customers
              .addContact(clerk.actor(), customer.id, ContactChannel::Visit, QStringLiteral("  "))
              .error()
              .code == ErrorCode::Validation);
    Result<CustomerFile> file = files.open(clerk.actor(), customer.id);
    REQUIRE(file.ok());
    REQUIRE(file->contacts.size() == 2);
    CHECK(file->contacts[0].channel == ContactChannel::Wechat);
    CHECK(file->contacts[0].username == QStringLiteral("xiaoli"));
    CHECK(file->contacts[1].note == QStringLiteral("询问靴子保养方法"));
}

TEST_CASE("A leaving clerk's customer files move to their successor")
{
    test::TestStore store;
    User leaving = store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
    User successor = store.addUser(QStringLiteral("zhang"), Role::Clerk);
    create(store, leaving.actor(), draft(QStringLiteral("张伟"), {QStringLiteral("13800138000")}));
    create(store, leaving.actor(), draft(QStringLiteral("李娜"), {QStringLiteral("13900139000")}));
    AccountService accounts(store.db(), store.clock());

    Status refused = accounts.deactivate(store.admin().actor(), QStringLiteral("xiaoli"), {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("2 customer files")));
    CHECK(accounts.holdingsOf(store.admin().actor(), QStringLiteral("xiaoli"))->customerFiles == 2);

    REQUIRE(
        accounts
            .deactivate(store.admin().actor(), QStringLiteral("xiaoli"), QStringLiteral("zhang"))
            .ok());
    CHECK(accounts.holdingsOf(store.admin().actor(), QStringLiteral("xiaoli"))->customerFiles == 0);
    CHECK(accounts.holdingsOf(store.admin().actor(), QStringLiteral("zhang"))->customerFiles == 2);
    CHECK(CustomerFiles(store.db(), store.clock()).open(successor.actor(), 1)->customer.ownerId ==
          successor.id);
}

TEST_CASE(
    "Files are filled in over time: edits are checked, and the audit names the fields changed")
{
    test::TestStore store;
    User clerk = store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
    User other = store.addUser(QStringLiteral("zhang"), Role::Clerk);
    CustomerService customers = Services(store.db(), store.clock()).customers();
    CustomerFiles files(store.db(), store.clock());
    Customer customer = create(store, clerk.actor(),
                               draft(QStringLiteral("张伟"), {QStringLiteral("13800138000")}));
    create(store, clerk.actor(), draft(QStringLiteral("李娜"), {QStringLiteral("13900139000")}));

    CustomerEdit edit;
    edit.draft = draft(QStringLiteral("张伟"),
                       {QStringLiteral("13800138000"), QStringLiteral("010 6588 1234")});
    edit.draft.address = QStringLiteral("北京市朝阳区建国路88号");
    edit.draft.family = {{QStringLiteral("王芳"), QStringLiteral("妻子"), QDate(1990, 3, 2)}};
    edit.stage = LoyaltyStage::Target;
    Result<Customer> saved = customers.update(clerk.actor(), customer.id, edit);
    REQUIRE(saved.ok());
    CHECK(saved->phones.size() == 2);
    CHECK(saved->family.size() == 1);
    CHECK(saved->fileNo == customer.fileNo);
    CHECK(saved->ownerId == clerk.id);

    AuditFilter filter;
    filter.entityKind = QStringLiteral("customer");
    filter.entityId = QString::number(customer.id);
    const AuditEntry last = AuditLog(store.db(), store.clock()).list(filter)->first();
    CHECK(last.action == QStringLiteral("customer.edit"));
    CHECK(AuditLog::parseDetails(last.detail).value(QStringLiteral("fields")) ==
          QStringLiteral("phones,address,family,stage"));

    CustomerEdit lost = edit;
    lost.status = CustomerStatus::Lost;
    CHECK(customers.update(clerk.actor(), customer.id, lost)
              .error()
              .message.startsWith(QStringLiteral("Reason lost")));
    lost.lostReason = QStringLiteral("搬家去了外地");
    CHECK(customers.update(clerk.actor(), customer.id, lost).ok());

    CustomerEdit reassign = lost;
    reassign.ownerId = other.id;
    CHECK(customers.update(clerk.actor(), customer.id, reassign).error().code ==
          ErrorCode::Permission);
    CHECK(customers.update(store.admin().actor(), customer.id, reassign)->ownerId == other.id);

    CustomerEdit taken = edit;
    taken.draft.phones << QStringLiteral("13900139000");
    Result<Customer> conflict = customers.update(store.admin().actor(), customer.id, taken);
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().message.contains(QStringLiteral("KH-000002")));
    CHECK(files.open(store.admin().actor(), customer.id)->customer.phones.size() == 2);
}
