#include "TestStore.h"

#include <accounts/AccountService.h>
#include <accounts/AuditLog.h>
#include <callbacks/CallbackService.h>
#include <complaints/ComplaintService.h>
#include <complaints/ComplaintSettings.h>
#include <customers/CustomerService.h>
#include <overview/CustomerFiles.h>
#include <services/Services.h>
#include <store/StoreSettings.h>

#include <catch2/catch.hpp>

using namespace cc;

namespace {

struct Seed000 {
    test::TestStore store;
    User clerk;      ///< the clerk who blamed the jeans
    User supervisor; ///< keeps the boots, takes the case
    Customer customer;

    Seed000()
    {
        clerk = store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
        supervisor = store.addUser(QStringLiteral("zhang"), Role::Supervisor);
        CustomerDraft draft;
        draft.name = QStringLiteral("刘女士");
        draft.phones = {QStringLiteral("13800138000")};
        customer =
            Services(store.db(), store.clock()).customers().create(clerk.actor(), draft).value();
        // 2 December, 10:00 local (UTC on this machine's tests).
        store.clock().set(QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC));
    }

    ComplaintDraft boots() const
    {
        ComplaintDraft d;
        d.customerId = customer.id;
        d.channel = ComplaintChannel::WalkIn;
        d.category = ComplaintCategory::Attitude;
        d.description = QStringLiteral("11月26日买的靴子鞋跟发黑，店员说是牛仔裤染的，态度很差。");
        d.demand = ComplaintDemand::Repair;
        d.product = QStringLiteral("女靴 38码");
        d.purchaseDate = QDate(2026, 11, 26);
        d.priceFen = 149800;
        d.aboutStaff = QStringLiteral("xiaoli");
        return d;
    }

    ComplaintService complaints() { return Services(store.db(), store.clock()).complaints(); }
};

} // namespace

TEST_CASE(
    "Seed 000: the boots complaint is logged, numbered and handled by someone other than the clerk")
{
    Seed000 seed;
    Result<Complaint> logged = seed.complaints().add(seed.supervisor.actor(), seed.boots());
    REQUIRE(logged.ok());
    CHECK(logged->number == QStringLiteral("TS-20261202-0001"));
    CHECK(logged->status == ComplaintStatus::Received);
    CHECK(logged->severity == Severity::General);
    CHECK(logged->handler == QStringLiteral("zhang"));
    CHECK(logged->aboutStaff == QStringLiteral("xiaoli"));
    CHECK(logged->replyDue == QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC));
    CHECK(logged->resolveDue == QDateTime(QDate(2026, 12, 5), QTime(10, 0), Qt::UTC));
    REQUIRE(logged->timeline.size() == 1);
    // The case is on the customer's file for the next clerk.
    Result<CustomerFile> file = CustomerFiles(seed.store.db(), seed.store.clock())
                                    .open(seed.supervisor.actor(), seed.customer.id);
    REQUIRE(file.ok());
    REQUIRE(file->complaints.size() == 1);
    CHECK(file->complaints.first().number == logged->number);

    // The clerk complained about may not touch the case.
    ComplaintService complaints = seed.complaints();
    CHECK(complaints.start(seed.clerk.actor(), logged->number).error().code ==
          ErrorCode::Permission);
    CHECK(complaints.assign(seed.supervisor.actor(), logged->number, QStringLiteral("xiaoli"))
              .error()
              .code == ErrorCode::Conflict);
    CHECK(complaints.assign(seed.clerk.actor(), logged->number, QStringLiteral("zhang"))
              .error()
              .code == ErrorCode::Permission);
    // Nor write on it: no note, no custody, no escalation, nothing on its timeline.
    CHECK(complaints.note(seed.clerk.actor(), logged->number, QStringLiteral("顾客自己弄脏的"))
              .error()
              .code == ErrorCode::Permission);
    CHECK(complaints
              .takeIntoCustody(seed.clerk.actor(), logged->number, QStringLiteral("女靴"),
                               QStringLiteral("鞋跟发黑"), QStringLiteral("技术部"))
              .error()
              .code == ErrorCode::Permission);
    CHECK(complaints.escalate(seed.clerk.actor(), logged->number, QStringLiteral("已告知店长"))
              .error()
              .code == ErrorCode::Permission);
    CHECK(complaints.show(seed.supervisor.actor(), logged->number)->timeline.size() == 1);

    REQUIRE(complaints.start(seed.supervisor.actor(), logged->number).ok());
    REQUIRE(complaints
                .note(seed.supervisor.actor(), logged->number,
                      QStringLiteral("靴子留存，送技术部检测；已记下顾客电话"))
                .ok());
    seed.store.clock().advanceSecs(20 * 3600);
    Result<Complaint> resolved =
        complaints.resolve(seed.supervisor.actor(), logged->number,
                           QStringLiteral("技术部确认为皮革质量问题，免费更换新靴并道歉"), 4);
    REQUIRE(resolved.ok());
    CHECK(resolved->status == ComplaintStatus::Resolved);
    CHECK(complaints.close(seed.clerk.actor(), logged->number).error().code ==
          ErrorCode::Permission);
    // The case closes after the follow-up call the next day, which the clerk complained
    // about may not make: it goes to the supervisor, not to the file's owner (the clerk).
    CHECK(complaints.close(seed.supervisor.actor(), logged->number).error().code ==
          ErrorCode::Conflict);
    CallbackService callbacks(seed.store.db(), seed.store.clock());
    CallbackFilter followups;
    followups.customerId = seed.customer.id;
    Result<QList<Callback>> due = callbacks.list(seed.supervisor.actor(), followups);
    REQUIRE(due.ok());
    REQUIRE(due->size() == 1);
    CHECK(due->first().assignee == QStringLiteral("zhang"));
    seed.store.clock().advanceSecs(24 * 3600);
    REQUIRE(callbacks
                .done(seed.supervisor.actor(), due->first().id,
                      QStringLiteral("刘女士收到新靴，表示满意"), 5)
                .ok());
    Result<Complaint> closed = complaints.close(seed.supervisor.actor(), logged->number);
    REQUIRE(closed.ok());
    CHECK(closed->status == ComplaintStatus::Closed);
    QStringList kinds;
    for (const ComplaintEventEntry& event : closed->timeline)
        kinds << event.kind + QLatin1Char(':') + event.toStatus;
    CHECK(kinds == QStringList{QStringLiteral("received:received"),
                               QStringLiteral("transition:in_progress"), QStringLiteral("note:"),
                               QStringLiteral("transition:resolved"), QStringLiteral("note:"),
                               QStringLiteral("transition:closed")});
    CHECK(closed->satisfaction == 5);

    AuditFilter filter;
    filter.entityKind = QStringLiteral("complaint");
    filter.entityId = logged->number;
    CHECK(AuditLog(seed.store.db(), seed.store.clock()).list(filter)->size() == 5);
}

TEST_CASE("Complaint numbers are gap-free per day, and a refused intake takes no number")
{
    Seed000 seed;
    ComplaintService complaints = seed.complaints();
    ComplaintDraft empty = seed.boots();
    empty.description = QStringLiteral("   ");
    CHECK(complaints.add(seed.supervisor.actor(), empty)
              .error()
              .message.startsWith(QStringLiteral("Description")));
    ComplaintDraft nobody = seed.boots();
    nobody.aboutStaff = QStringLiteral("ghost");
    CHECK(complaints.add(seed.supervisor.actor(), nobody)
              .error()
              .message.startsWith(QStringLiteral("Staff involved")));
    ComplaintDraft future = seed.boots();
    future.receivedAt = seed.store.clock().nowUtc().addDays(1);
    CHECK(complaints.add(seed.supervisor.actor(), future).error().code == ErrorCode::Validation);

    QStringList numbers;
    for (int i = 0; i < 3; ++i)
        numbers << complaints.add(seed.supervisor.actor(), seed.boots())->number;
    seed.store.clock().advanceSecs(24 * 3600);
    numbers << complaints.add(seed.supervisor.actor(), seed.boots())->number;
    CHECK(numbers ==
          QStringList{QStringLiteral("TS-20261202-0001"), QStringLiteral("TS-20261202-0002"),
                      QStringLiteral("TS-20261202-0003"), QStringLiteral("TS-20261203-0001")});
}

TEST_CASE("A store upgraded from schema 11 goes on with the day's complaint numbers", "[file]")
{
    Seed000 seed;
    {
        ComplaintService complaints = seed.complaints();
        REQUIRE(complaints.add(seed.supervisor.actor(), seed.boots()));
        REQUIRE(complaints.add(seed.supervisor.actor(), seed.boots()));
    }
    // Schema 11 had no counter row: the next number came from the complaints themselves.
    REQUIRE(seed.store.db().execute(QStringLiteral("DROP TABLE complaint_numbers")));
    REQUIRE(seed.store.db().execute(QStringLiteral("PRAGMA user_version = 11")));
    seed.store.close();
    seed.store.reopen();
    REQUIRE(seed.store.db().schemaVersion() == 12);

    ComplaintService complaints = seed.complaints();
    CHECK(complaints.add(seed.supervisor.actor(), seed.boots())->number ==
          QStringLiteral("TS-20261202-0003"));
    ComplaintDraft ghost = seed.boots();
    ghost.customerId = 999999; // no such file: refused, and no number is used up
    CHECK_FALSE(complaints.add(seed.supervisor.actor(), ghost));
    CHECK(complaints.add(seed.supervisor.actor(), seed.boots())->number ==
          QStringLiteral("TS-20261202-0004"));
    seed.store.clock().advanceSecs(24 * 3600);
    CHECK(complaints.add(seed.supervisor.actor(), seed.boots())->number ==
          QStringLiteral("TS-20261203-0001"));
}

TEST_CASE("Repeat complaints and expensive refunds are major automatically")
{
    Seed000 seed;
    ComplaintService complaints = seed.complaints();
    ComplaintDraft refund = seed.boots();
    refund.demand = ComplaintDemand::Refund; // 1,498 yuan > 1,000
    refund.aboutStaff.clear();
    Result<Complaint> expensive = complaints.add(seed.supervisor.actor(), refund);
    REQUIRE(expensive.ok());
    CHECK(expensive->severity == Severity::Major);
    // A second complaint by the same customer within 90 days.
    ComplaintDraft again = seed.boots();
    again.category = ComplaintCategory::Service;
    Result<Complaint> repeat = complaints.add(seed.supervisor.actor(), again);
    CHECK(repeat->severity == Severity::Major);
    CHECK(repeat->severityReasons.join(QLatin1Char(' ')).contains(QStringLiteral("repeat")));
    ComplaintDraft flagged = seed.boots();
    flagged.flags = {ComplaintFlag::Media};
    CHECK(complaints.add(seed.supervisor.actor(), flagged)->severity == Severity::Major);
}

TEST_CASE("An unescalated major case is overdue after 24 hours and tops the list")
{
    Seed000 seed;
    ComplaintService complaints = seed.complaints();
    ComplaintDraft general = seed.boots();
    general.aboutStaff.clear();
    const QString first = complaints.add(seed.supervisor.actor(), general)->number;
    seed.store.clock().advanceSecs(3600);
    ComplaintDraft safety = general;
    safety.flags = {ComplaintFlag::Safety};
    const QString major = complaints.add(seed.supervisor.actor(), safety)->number;

    ComplaintFilter overdue;
    overdue.overdueOnly = true;
    const QDateTime received = seed.store.clock().nowUtc();
    CHECK(
        complaints.list(seed.supervisor.actor(), overdue, received.addSecs(24 * 3600))->isEmpty());
    Result<QList<Complaint>> late =
        complaints.list(seed.supervisor.actor(), overdue, received.addSecs(24 * 3600 + 60));
    REQUIRE(late->size() == 1);
    CHECK(late->first().number == major);

    ComplaintFilter open;
    open.openOnly = true;
    CHECK(complaints.list(seed.supervisor.actor(), open, received)->first().number == major);

    CHECK(complaints.escalate(seed.supervisor.actor(), major, QString()).error().code ==
          ErrorCode::Validation);
    REQUIRE(complaints
                .escalate(seed.supervisor.actor(), major,
                          QStringLiteral("已电话报告王店长，并邮件报集团客服"))
                .ok());
    CHECK(
        complaints.list(seed.supervisor.actor(), overdue, received.addSecs(25 * 3600))->isEmpty());
    // Both turn overdue after three days.
    CHECK(complaints.list(seed.supervisor.actor(), overdue, received.addDays(4))->size() == 2);
    Q_UNUSED(first);
}

TEST_CASE("Refused moves change nothing and say why")
{
    Seed000 seed;
    ComplaintService complaints = seed.complaints();
    ComplaintDraft d = seed.boots();
    d.aboutStaff.clear();
    const QString number = complaints.add(seed.supervisor.actor(), d)->number;
    CHECK(complaints.close(seed.supervisor.actor(), number).error().code == ErrorCode::Conflict);
    CHECK(complaints.reopen(seed.supervisor.actor(), number, QStringLiteral("x")).error().code ==
          ErrorCode::Conflict);
    CHECK(complaints.resolve(seed.supervisor.actor(), number, QString(), 5)
              .error()
              .message.startsWith(QStringLiteral("Resolution")));
    CHECK(complaints.resolve(seed.supervisor.actor(), number, QStringLiteral("ok"), 6)
              .error()
              .message.startsWith(QStringLiteral("Satisfaction")));
    REQUIRE(complaints
                .resolve(seed.supervisor.actor(), number, QStringLiteral("当场道歉并赠送护理剂"),
                         std::nullopt)
                .ok());
    Result<Complaint> noSatisfaction = complaints.close(seed.supervisor.actor(), number);
    REQUIRE_FALSE(noSatisfaction.ok());
    CHECK(noSatisfaction.error().message.contains(QStringLiteral("satisfaction")));
    CHECK(complaints.show(seed.supervisor.actor(), number)->status == ComplaintStatus::Resolved);
    CHECK(complaints.cancel(seed.supervisor.actor(), number, QStringLiteral("x")).error().code ==
          ErrorCode::Conflict);
    CHECK(complaints.reopen(seed.supervisor.actor(), number, QString()).error().code ==
          ErrorCode::Validation);
    REQUIRE(complaints.reopen(seed.supervisor.actor(), number, QStringLiteral("顾客回电说问题仍在"))
                .ok());
    CHECK(complaints.show(seed.supervisor.actor(), number)->status == ComplaintStatus::InProgress);
    CHECK(
        complaints.show(seed.supervisor.actor(), QStringLiteral("TS-20990101-0001")).error().code ==
        ErrorCode::NotFound);
}

TEST_CASE("A leaving clerk's open complaints move with the handover")
{
    Seed000 seed;
    ComplaintService complaints = seed.complaints();
    ComplaintDraft d = seed.boots();
    d.aboutStaff.clear();
    User leaving = seed.store.addUser(QStringLiteral("leaver"), Role::Clerk);
    const QString number = complaints.add(leaving.actor(), d)->number;
    AccountService accounts(seed.store.db(), seed.store.clock());
    CHECK(
        accounts.holdingsOf(seed.store.admin().actor(), QStringLiteral("leaver"))->openComplaints ==
        1);
    REQUIRE(accounts
                .deactivate(seed.store.admin().actor(), QStringLiteral("leaver"),
                            QStringLiteral("zhang"))
                .ok());
    CHECK(complaints.show(seed.supervisor.actor(), number)->handler == QStringLiteral("zhang"));
}

TEST_CASE("The manager's service promise and major amount apply to new cases")
{
    Seed000 seed;
    StoreSettings settings(seed.store.db(), seed.store.clock());
    ComplaintSettings promises(seed.store.db(), seed.store.clock());
    const Actor boss = seed.store.admin().actor();
    CHECK(promises.servicePromise()->replyWithinHours == 24);
    CHECK(promises.servicePromise()->resolveWithinDays == 3);
    CHECK(settings.majorAmountFen().value() == 100'000);

    // Only a manager sets them, and nonsense is refused naming the field.
    ServicePromise faster{4, 2};
    CHECK(promises.setServicePromise(seed.supervisor.actor(), faster).error().code ==
          ErrorCode::Permission);
    Status tooLong = promises.setServicePromise(boss, ServicePromise{200, 3});
    CHECK(tooLong.error().message.startsWith(QStringLiteral("Reply within")));
    Status backwards = promises.setServicePromise(boss, ServicePromise{72, 1});
    CHECK(backwards.error().message.startsWith(QStringLiteral("Resolve within")));
    CHECK(settings.setMajorAmountFen(boss, 0).error().message.startsWith(
        QStringLiteral("Major from")));
    CHECK(promises.servicePromise()->replyWithinHours == 24);

    REQUIRE(promises.setServicePromise(boss, faster).ok());
    REQUIRE(settings.setMajorAmountFen(boss, 200'000).ok()); // 2,000 yuan
    ComplaintDraft refund = seed.boots();
    refund.demand = ComplaintDemand::Refund; // 1,498 yuan: major under 1,000, not under 2,000
    Result<Complaint> logged = seed.complaints().add(seed.supervisor.actor(), refund);
    REQUIRE(logged.ok());
    CHECK(logged->severity == Severity::General);
    CHECK(logged->replyDue == logged->receivedAt.addSecs(4 * 3600));
    CHECK(logged->resolveDue == logged->receivedAt.addDays(2));
    // Every change is in the audit log.
    AuditFilter filter;
    filter.entityKind = QStringLiteral("setting");
    CHECK(AuditLog(seed.store.db(), seed.store.clock()).list(filter)->size() == 3);
}

TEST_CASE("A supervisor raises a case to major with a reason, and the escalation clock starts")
{
    Seed000 seed;
    ComplaintService complaints = seed.complaints();
    const QString number = complaints.add(seed.supervisor.actor(), seed.boots())->number;
    seed.store.clock().advanceSecs(30 * 3600); // past the 24 hours of a case major from intake

    CHECK(complaints.raiseToMajor(seed.clerk.actor(), number, QStringLiteral("x")).error().code ==
          ErrorCode::Permission);
    CHECK(complaints.raiseToMajor(seed.supervisor.actor(), number, QStringLiteral("  "))
              .error()
              .message.startsWith(QStringLiteral("Reason")));
    Result<Complaint> raised =
        complaints.raiseToMajor(seed.supervisor.actor(), number, QStringLiteral("顾客称要找媒体"));
    REQUIRE(raised.ok());
    CHECK(raised->severity == Severity::Major);
    CHECK(raised->severityReasons.last().contains(QStringLiteral("顾客称要找媒体")));
    CHECK(raised->timeline.last().note.contains(QStringLiteral("顾客称要找媒体")));
    CHECK(complaints.raiseToMajor(seed.supervisor.actor(), number, QStringLiteral("again"))
              .error()
              .code == ErrorCode::Conflict);

    // Not overdue yet: 24 hours from the raise, not from intake.
    ComplaintFilter overdue;
    overdue.overdueOnly = true;
    const QDateTime now = seed.store.clock().nowUtc();
    CHECK(complaints.list(seed.supervisor.actor(), overdue, now)->isEmpty());
    CHECK(complaints.list(seed.supervisor.actor(), overdue, now.addSecs(25 * 3600))->size() == 1);
}

TEST_CASE("The five clears are ticked on the case, never by the employee complained about")
{
    Seed000 seed;
    ComplaintService complaints = seed.complaints();
    const QString number = complaints.add(seed.supervisor.actor(), seed.boots())->number;
    CHECK(complaints.check(seed.clerk.actor(), number, HandlingCheck::Listen, true).error().code ==
          ErrorCode::Permission);
    Result<Complaint> ticked =
        complaints.check(seed.supervisor.actor(), number, HandlingCheck::Listen, true);
    REQUIRE(ticked.ok());
    CHECK(ticked->checks == QList<HandlingCheck>{HandlingCheck::Listen});
    CHECK(ticked->timeline.last().note.startsWith(QStringLiteral("Ticked: Listened")));
    CHECK(complaints.check(seed.supervisor.actor(), number, HandlingCheck::Listen, true)
              .error()
              .code == ErrorCode::Conflict);
    REQUIRE(complaints.check(seed.supervisor.actor(), number, HandlingCheck::Ask, true).ok());
    Result<Complaint> unticked =
        complaints.check(seed.supervisor.actor(), number, HandlingCheck::Listen, false);
    REQUIRE(unticked.ok());
    CHECK(complaints.show(seed.supervisor.actor(), number)->checks ==
          QList<HandlingCheck>{HandlingCheck::Ask});
}

TEST_CASE("Lists of my cases and of cases due today")
{
    Seed000 seed;
    ComplaintService complaints = seed.complaints();
    // 2 December 10:00: reply by 3 December 10:00, resolve by 5 December 10:00.
    const QString first = complaints.add(seed.supervisor.actor(), seed.boots())->number;
    ComplaintDraft other = seed.boots();
    other.aboutStaff.clear();
    const QString second = complaints.add(seed.clerk.actor(), other)->number;
    const QDateTime now = seed.store.clock().nowUtc();

    ComplaintFilter mine;
    mine.handlerId = seed.clerk.id;
    Result<QList<Complaint>> clerks = complaints.list(seed.clerk.actor(), mine, now);
    REQUIRE(clerks->size() == 1);
    CHECK(clerks->first().number == second);

    const auto dueOn = [&](QDate day) {
        ComplaintFilter due;
        due.dueFromUtc = QDateTime(day, QTime(0, 0), Qt::UTC);
        due.dueUntilUtc = due.dueFromUtc.addDays(1);
        return complaints.list(seed.supervisor.actor(), due, now)->size();
    };
    CHECK(dueOn(QDate(2026, 12, 2)) == 0);
    CHECK(dueOn(QDate(2026, 12, 3)) == 2); // the replies
    CHECK(dueOn(QDate(2026, 12, 5)) == 2); // the resolutions
    // Once started, the reply is given: only the resolution is still due.
    REQUIRE(complaints.start(seed.supervisor.actor(), first).ok());
    CHECK(dueOn(QDate(2026, 12, 3)) == 1);
    CHECK(ComplaintRules::isReplyLate(ComplaintStatus::Received, now, now.addSecs(1)));
    CHECK(!ComplaintRules::isReplyLate(ComplaintStatus::InProgress, now, now.addSecs(1)));
}
