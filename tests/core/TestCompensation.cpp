#include "TestStore.h"

#include <accounts/AuditLog.h>
#include <backup/AuditService.h>
#include <compensation/CompensationRepository.h>
#include <compensation/CompensationService.h>
#include <complaints/ComplaintService.h>
#include <customers/CustomerService.h>
#include <services/Services.h>

#include <catch2/catch.hpp>

using namespace cc;

namespace {

struct Counter {
    test::TestStore store;
    User clerk = store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
    User supervisor = store.addUser(QStringLiteral("zhang"), Role::Supervisor);
    User supervisor2 = store.addUser(QStringLiteral("wangjun"), Role::Supervisor);
    User manager = store.admin();
    Customer customer;

    Counter()
    {
        CustomerDraft draft;
        draft.name = QStringLiteral("刘女士");
        draft.phones = {QStringLiteral("13800138000")};
        customer =
            Services(store.db(), store.clock()).customers().create(clerk.actor(), draft).value();
    }

    QString complaint(const QString& aboutStaff = {})
    {
        ComplaintDraft d;
        d.customerId = customer.id;
        d.channel = ComplaintChannel::WalkIn;
        d.category = ComplaintCategory::Quality;
        d.description = QStringLiteral("羊绒大衣洗了一次就起球");
        d.aboutStaff = aboutStaff;
        Result<Complaint> added = complaints().add(clerk.actor(), d);
        REQUIRE(added.ok());
        return added->number;
    }

    ComplaintStatus status(const QString& number)
    {
        return complaints().show(manager.actor(), number)->status;
    }

    ComplaintService complaints() { return Services(store.db(), store.clock()).complaints(); }
    CompensationService compensation() { return CompensationService(store.db(), store.clock()); }
};

constexpr qint64 yuan = 100;

} // namespace

TEST_CASE("Within the clerk's own limit a gift is approved at once")
{
    Counter c;
    const QString number = c.complaint();
    Result<Compensation> gift = c.compensation().request(
        c.clerk.actor(), number, CompensationKind::Gift, 50 * yuan, QStringLiteral("赠送护理剂"));
    REQUIRE(gift.ok());
    CHECK(gift->status == CompensationStatus::Approved);
    CHECK(gift->grantedFen == 50 * yuan);
    CHECK(gift->decidedBy == QStringLiteral("xiaoli"));
    CHECK(gift->authorityVersion == 1);
    CHECK(c.status(number) == ComplaintStatus::Received); // nothing to wait for
    CHECK(c.complaints()
              .show(c.clerk.actor(), number)
              ->timeline.last()
              .note.contains(QStringLiteral("own limit")));
    AuditFilter filter;
    filter.entityKind = QStringLiteral("compensation");
    Result<QList<AuditEntry>> audited =
        AuditService(c.store.db(), c.store.clock()).list(c.manager.actor(), filter);
    REQUIRE(audited.ok());
    REQUIRE(audited->size() == 1);
    CHECK(audited->first().action == QStringLiteral("compensation.approve_own"));
    CHECK(audited->first().detail.contains(QStringLiteral("reason=")));

    // A voucher of 50.01 and a refund of 1 yuan are beyond her: they wait for a supervisor.
    Result<Compensation> voucher = c.compensation().request(
        c.clerk.actor(), number, CompensationKind::Voucher, 5001, QStringLiteral("代金券"));
    REQUIRE(voucher.ok());
    CHECK(voucher->status == CompensationStatus::Pending);
    CHECK(voucher->approverRole == Role::Supervisor);
    Result<Compensation> refund = c.compensation().request(
        c.clerk.actor(), number, CompensationKind::Refund, 1 * yuan, QStringLiteral("退一元"));
    REQUIRE(refund.ok());
    CHECK(refund->approverRole == Role::Supervisor);
}

TEST_CASE("A clerk requests 300 yuan, the case waits, a supervisor approves 200")
{
    Counter c;
    const QString number = c.complaint();
    CompensationService compensation = c.compensation();
    Result<Compensation> asked =
        compensation.request(c.clerk.actor(), number, CompensationKind::Voucher, 300 * yuan,
                             QStringLiteral("大衣质量问题，顾客要求补偿"));
    REQUIRE(asked.ok());
    CHECK(asked->status == CompensationStatus::Pending);
    CHECK(c.status(number) == ComplaintStatus::AwaitingApproval);
    // The case cannot be resolved while the request waits.
    Result<Complaint> early =
        c.complaints().resolve(c.supervisor.actor(), number, QStringLiteral("x"), 5);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().message.contains(QStringLiteral("waiting for approval")));

    // Refusals: a clerk deciding, no comment, more than asked, nothing.
    CHECK(compensation.decide(c.clerk.actor(), asked->id, true, std::nullopt, QStringLiteral("好"))
              .error()
              .code == ErrorCode::Permission);
    CHECK(compensation.decide(c.supervisor.actor(), asked->id, true, std::nullopt, QString())
              .error()
              .message.startsWith(QStringLiteral("Comment")));
    CHECK(compensation
              .decide(c.supervisor.actor(), asked->id, true, 301 * yuan, QStringLiteral("多给"))
              .error()
              .message.startsWith(QStringLiteral("Amount")));
    CHECK(compensation.decide(c.supervisor.actor(), asked->id, true, 0, QStringLiteral("零"))
              .error()
              .code == ErrorCode::Validation);
    CHECK(compensation.get(c.manager.actor(), asked->id)->status == CompensationStatus::Pending);

    Result<Compensation> approved = compensation.decide(
        c.supervisor.actor(), asked->id, true, 200 * yuan, QStringLiteral("按店规给200元代金券"));
    REQUIRE(approved.ok());
    CHECK(approved->status == CompensationStatus::Approved);
    CHECK(approved->grantedFen == 200 * yuan);
    CHECK(approved->decidedBy == QStringLiteral("zhang"));
    CHECK(approved->authorityVersion == 1);
    // Back to the handler, on the timeline, and decided only once.
    Result<Complaint> back = c.complaints().show(c.clerk.actor(), number);
    CHECK(back->status == ComplaintStatus::InProgress);
    CHECK(back->timeline.last().note.contains(QStringLiteral("200.00")));
    CHECK(compensation
              .decide(c.manager.actor(), asked->id, false, std::nullopt, QStringLiteral("again"))
              .error()
              .code == ErrorCode::Conflict);
    CHECK(c.complaints().resolve(c.clerk.actor(), number, QStringLiteral("发代金券"), 4).ok());
}

TEST_CASE("Above the supervisor's limit the supervisor recommends and the manager decides")
{
    Counter c;
    const QString number = c.complaint();
    CompensationService compensation = c.compensation();
    Result<Compensation> refund = compensation.request(
        c.clerk.actor(), number, CompensationKind::Refund, 800 * yuan, QStringLiteral("全额退款"));
    REQUIRE(refund.ok());
    CHECK(refund->approverRole == Role::Manager);
    Result<Compensation> tooHigh = compensation.decide(c.supervisor.actor(), refund->id, true,
                                                       std::nullopt, QStringLiteral("同意"));
    REQUIRE_FALSE(tooHigh.ok());
    CHECK(tooHigh.error().code == ErrorCode::Permission);
    CHECK(tooHigh.error().message.contains(QStringLiteral("recommend")));
    // Not even at a lower amount within the supervisor's limit, nor a rejection.
    CHECK(compensation
              .decide(c.supervisor.actor(), refund->id, true, 400 * yuan, QStringLiteral("半价"))
              .error()
              .code == ErrorCode::Permission);
    CHECK(compensation
              .decide(c.supervisor.actor(), refund->id, false, std::nullopt, QStringLiteral("不"))
              .error()
              .code == ErrorCode::Permission);

    Result<Compensation> recommended = compensation.recommend(
        c.supervisor.actor(), refund->id, QStringLiteral("建议全额退款，顾客是老顾客"));
    REQUIRE(recommended.ok());
    CHECK(recommended->recommendedBy == QStringLiteral("zhang"));
    CHECK(recommended->status == CompensationStatus::Pending);

    Result<Compensation> decided = compensation.decide(
        c.manager.actor(), refund->id, true, std::nullopt, QStringLiteral("同意主管建议"));
    REQUIRE(decided.ok());
    CHECK(decided->grantedFen == 800 * yuan);
    CHECK(c.status(number) == ComplaintStatus::InProgress);

    // Above every limit in the table: refused at the request.
    REQUIRE(
        compensation.setLimit(c.manager.actor(), CompensationKind::Cash, Role::Manager, 2000 * yuan)
            .ok());
    CHECK(compensation
              .request(c.clerk.actor(), number, CompensationKind::Cash, 2001 * yuan,
                       QStringLiteral("现金"))
              .error()
              .message.contains(QStringLiteral("every limit")));
}

TEST_CASE("Nobody decides their own request or a case they are named in")
{
    Counter c;
    CompensationService compensation = c.compensation();
    // A supervisor's own request above a clerk's limit but within their own: at once.
    const QString number = c.complaint();
    Result<Compensation> own =
        compensation.request(c.supervisor.actor(), number, CompensationKind::Exchange, 450 * yuan,
                             QStringLiteral("换新"));
    REQUIRE(own.ok());
    CHECK(own->status == CompensationStatus::Approved);
    // Their request above their limit waits for the manager; they may not decide it.
    Result<Compensation> big = compensation.request(
        c.supervisor.actor(), number, CompensationKind::Refund, 900 * yuan, QStringLiteral("退款"));
    REQUIRE(big.ok());
    CHECK(compensation
              .decide(c.supervisor.actor(), big->id, true, 100 * yuan, QStringLiteral("自己批"))
              .error()
              .message.contains(QStringLiteral("own request")));
    // The employee complained about may neither request nor decide on the case.
    const QString aboutZhang = c.complaint(QStringLiteral("wangjun"));
    CHECK(compensation
              .request(c.supervisor2.actor(), aboutZhang, CompensationKind::Gift, 10 * yuan,
                       QStringLiteral("x"))
              .error()
              .code == ErrorCode::Permission);
    Result<Compensation> asked =
        compensation.request(c.clerk.actor(), aboutZhang, CompensationKind::Voucher, 100 * yuan,
                             QStringLiteral("代金券"));
    REQUIRE(asked.ok());
    CHECK(compensation
              .decide(c.supervisor2.actor(), asked->id, true, std::nullopt, QStringLiteral("批"))
              .error()
              .code == ErrorCode::Permission);
    CHECK(compensation
              .decide(c.supervisor.actor(), asked->id, true, std::nullopt, QStringLiteral("批"))
              .ok());
    // Closed or resolved cases take no requests.
    REQUIRE(c.complaints().resolve(c.clerk.actor(), aboutZhang, QStringLiteral("ok"), 5).ok());
    CHECK(compensation
              .request(c.clerk.actor(), aboutZhang, CompensationKind::Gift, 10 * yuan,
                       QStringLiteral("x"))
              .error()
              .code == ErrorCode::Conflict);
}

TEST_CASE("Two pending requests: the case waits until both are decided")
{
    Counter c;
    const QString number = c.complaint();
    CompensationService compensation = c.compensation();
    const qint64 first = compensation
                             .request(c.clerk.actor(), number, CompensationKind::Voucher,
                                      100 * yuan, QStringLiteral("券"))
                             ->id;
    const qint64 second = compensation
                              .request(c.clerk.actor(), number, CompensationKind::Repair,
                                       200 * yuan, QStringLiteral("免费维修"))
                              ->id;
    CHECK(compensation.queue(c.supervisor.actor())->size() == 2);
    CHECK(compensation.queue(c.clerk.actor()).error().code == ErrorCode::Permission);
    REQUIRE(
        compensation
            .decide(c.supervisor.actor(), first, false, std::nullopt, QStringLiteral("已有维修"))
            .ok());
    CHECK(c.status(number) == ComplaintStatus::AwaitingApproval);
    REQUIRE(
        compensation
            .decide(c.supervisor.actor(), second, true, std::nullopt, QStringLiteral("同意维修"))
            .ok());
    CHECK(c.status(number) == ComplaintStatus::InProgress);
    CHECK(compensation.queue(c.supervisor.actor())->isEmpty());
}

TEST_CASE("The manager edits the authority table and each decision records the version")
{
    Counter c;
    CompensationService compensation = c.compensation();
    CHECK(
        compensation.setLimit(c.supervisor.actor(), CompensationKind::Gift, Role::Clerk, 100 * yuan)
            .error()
            .code == ErrorCode::Permission);
    // Nested roles: a clerk never above a supervisor, a supervisor never below a clerk.
    CHECK(compensation.setLimit(c.manager.actor(), CompensationKind::Gift, Role::Clerk, 600 * yuan)
              .error()
              .message.startsWith(QStringLiteral("Limit")));
    CHECK(compensation
              .setLimit(c.manager.actor(), CompensationKind::Gift, Role::Supervisor, 10 * yuan)
              .error()
              .message.startsWith(QStringLiteral("Limit")));
    CHECK(compensation.authority(c.clerk.actor())->version == 1);

    Result<AuthorityTable> changed =
        compensation.setLimit(c.manager.actor(), CompensationKind::Gift, Role::Clerk, 100 * yuan);
    REQUIRE(changed.ok());
    CHECK(changed->version == 2);
    CHECK(changed->limit(CompensationKind::Gift, Role::Clerk) == 100 * yuan);
    CHECK_FALSE(changed->limit(CompensationKind::Gift, Role::Manager).has_value());
    AuditFilter filter;
    filter.entityKind = QStringLiteral("authority");
    CHECK(AuditService(c.store.db(), c.store.clock()).list(c.manager.actor(), filter)->size() == 1);

    const QString number = c.complaint();
    Result<Compensation> gift = compensation.request(
        c.clerk.actor(), number, CompensationKind::Gift, 80 * yuan, QStringLiteral("赠品"));
    REQUIRE(gift.ok());
    CHECK(gift->status == CompensationStatus::Approved);
    CHECK(gift->authorityVersion == 2);
}

TEST_CASE("A customer compensated more than twice, or above the manager's total, is flagged")
{
    Counter c;
    CompensationService compensation = c.compensation();
    const QString number = c.complaint();
    for (int i = 0; i < 2; ++i)
        REQUIRE(compensation
                    .request(c.clerk.actor(), number, CompensationKind::Gift, 20 * yuan,
                             QStringLiteral("小礼品"))
                    .ok());
    CHECK(compensation.history(c.clerk.actor(), c.customer.id)->warning.isEmpty());
    REQUIRE(compensation
                .request(c.clerk.actor(), number, CompensationKind::Gift, 20 * yuan,
                         QStringLiteral("又一次"))
                .ok());
    Result<CompensationHistory> history = compensation.history(c.clerk.actor(), c.customer.id);
    CHECK(history->approvedCount == 3);
    CHECK(history->approvedFen == 60 * yuan);
    CHECK(history->warning.contains(QStringLiteral("3 time")));

    // A year later the slate is clean; one large refund above the total is flagged.
    c.store.clock().advanceSecs(366LL * 24 * 3600);
    CHECK(compensation.history(c.clerk.actor(), c.customer.id)->warning.isEmpty());
    const QString next = c.complaint();
    REQUIRE(compensation
                .request(c.manager.actor(), next, CompensationKind::Refund, 1200 * yuan,
                         QStringLiteral("退款"))
                .ok());
    CHECK(compensation.history(c.clerk.actor(), c.customer.id)
              ->warning.contains(QStringLiteral("1,200.00")));
}
