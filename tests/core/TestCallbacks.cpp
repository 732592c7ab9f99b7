#include "TestStore.h"

#include <accounts/AccountService.h>
#include <accounts/AuditLog.h>
#include <callbacks/CallbackService.h>
#include <complaints/ComplaintService.h>
#include <customers/CustomerService.h>
#include <overview/CustomerFiles.h>
#include <store/StoreSettings.h>

#include <callbacks/CallbackSettings.h>
#include <catch2/catch.hpp>
#include <services/Services.h>

using namespace cc;

namespace {

// The tests run with the clock at 2026-11-23 09:00 local (UTC on the test machines).
const QDate today(2026, 11, 23);

QDateTime at(const QDate& day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), Qt::LocalTime).toUTC();
}

struct Counter {
    test::TestStore store;
    User clerk;
    User other;
    User supervisor;
    Customer wang;

    Counter()
    {
        store.clock().set(at(today, 9));
        clerk = store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
        other = store.addUser(QStringLiteral("xiaochen"), Role::Clerk);
        supervisor = store.addUser(QStringLiteral("zhang"), Role::Supervisor);
        wang = addCustomer(QStringLiteral("王女士"), QStringLiteral("13800138000"));
    }

    Customer addCustomer(const QString& name, const QString& phone,
                         const std::function<void(CustomerDraft&)>& edit = {})
    {
        CustomerDraft draft;
        draft.name = name;
        draft.phones = {phone};
        if (edit)
            edit(draft);
        Result<Customer> created = customers().create(clerk.actor(), draft);
        REQUIRE(created.ok());
        return created.value();
    }

    Result<Purchase> buy(const Customer& customer, const QString& receipt, const QDate& day,
                         const QString& product = QStringLiteral("羊毛大衣"))
    {
        return customers().addPurchase(clerk.actor(), customer.id, receipt, day,
                                       {{product, 1, 129900, 70000}});
    }

    QList<Callback> of(const Customer& customer,
                       std::optional<CallbackStatus> status = CallbackStatus::Pending)
    {
        CallbackFilter filter;
        filter.customerId = customer.id;
        filter.status = status;
        Result<QList<Callback>> list = callbacks().list(supervisor.actor(), filter);
        REQUIRE(list.ok());
        // Oldest first reads best in the tests.
        QList<Callback> sorted = list.value();
        std::reverse(sorted.begin(), sorted.end());
        return sorted;
    }

    QStringList reasons(const QList<Callback>& list)
    {
        QStringList keys;
        for (const Callback& cb : list)
            keys << CallbackKeys::key(cb.reason);
        return keys;
    }

    CustomerService customers() { return Services(store.db(), store.clock()).customers(); }
    CustomerFiles customerFiles() { return CustomerFiles(store.db(), store.clock()); }
    CallbackService callbacks() { return CallbackService(store.db(), store.clock()); }
    ComplaintService complaints() { return Services(store.db(), store.clock()).complaints(); }
};

} // namespace

TEST_CASE("A purchase schedules the 3, 30 and 60 day calls to the file's owner, once")
{
    Counter counter;
    REQUIRE(counter.buy(counter.wang, QStringLiteral("R-1001"), today).ok());
    const QList<Callback> scheduled = counter.of(counter.wang);
    REQUIRE(counter.reasons(scheduled) == QStringList{QStringLiteral("purchase_3d"),
                                                      QStringLiteral("purchase_30d"),
                                                      QStringLiteral("purchase_60d")});
    CHECK(scheduled.at(0).dueAt == at(today.addDays(3), 10));
    CHECK(scheduled.at(1).dueAt == at(today.addDays(30), 10));
    CHECK(scheduled.at(2).dueAt == at(today.addDays(60), 10));
    CHECK(scheduled.at(0).assignee == QStringLiteral("xiaoli"));
    CHECK(scheduled.at(0).phone == QStringLiteral("+8613800138000"));

    // The same receipt again is refused and schedules nothing more.
    Result<Purchase> again = counter.buy(counter.wang, QStringLiteral("R-1001"), today);
    REQUIRE_FALSE(again.ok());
    CHECK(counter.of(counter.wang).size() == 3);

    // A purchase recorded ten days late: the 3-day call's moment has gone.
    Customer li = counter.addCustomer(QStringLiteral("李先生"), QStringLiteral("13900139000"));
    REQUIRE(counter.buy(li, QStringLiteral("R-1002"), today.addDays(-10)).ok());
    const QList<Callback> late = counter.of(li);
    CHECK(counter.reasons(late) ==
          QStringList{QStringLiteral("purchase_30d"), QStringLiteral("purchase_60d")});
    CHECK(late.at(0).dueAt == at(today.addDays(20), 10));
}

TEST_CASE("A service made without the callback rules refuses what would plan calls")
{
    Counter counter;
    // Only Services wires CallbackScheduler in: a bare service must not record a purchase
    // or a visit whose calls would then never be made.
    CustomerService bare(counter.store.db(), counter.store.clock());
    Result<Purchase> bought =
        bare.addPurchase(counter.clerk.actor(), counter.wang.id, QStringLiteral("R-2001"), today,
                         {{QStringLiteral("羊毛大衣"), 1, 129900, 70000}});
    REQUIRE_FALSE(bought.ok());
    CHECK(bought.error().code == ErrorCode::Internal);
    CHECK(bare.addContact(counter.clerk.actor(), counter.wang.id, ContactChannel::Visit,
                          QStringLiteral("看了看"))
              .error()
              .code == ErrorCode::Internal);
    // Nothing was written: no purchase, no contact, no call; the wired service still works.
    CHECK(
        counter.customerFiles().open(counter.clerk.actor(), counter.wang.id)->purchases.isEmpty());
    CHECK(counter.customerFiles().open(counter.clerk.actor(), counter.wang.id)->contacts.isEmpty());
    CHECK(counter.of(counter.wang).isEmpty());
    REQUIRE(counter.buy(counter.wang, QStringLiteral("R-2001"), today).ok());
    CHECK(counter.of(counter.wang).size() == 3);

    // A case cannot be resolved without its follow-up being planned.
    ComplaintDraft draft;
    draft.customerId = counter.wang.id;
    draft.category = ComplaintCategory::Quality;
    draft.description = QStringLiteral("靴子开胶");
    Result<Complaint> logged = counter.complaints().add(counter.supervisor.actor(), draft);
    REQUIRE(logged.ok());
    REQUIRE(counter.complaints().start(counter.supervisor.actor(), logged->number).ok());
    ComplaintService bareCases(counter.store.db(), counter.store.clock());
    Result<Complaint> resolved =
        bareCases.resolve(counter.supervisor.actor(), logged->number, QStringLiteral("换新"), 5);
    REQUIRE_FALSE(resolved.ok());
    CHECK(resolved.error().code == ErrorCode::Internal);
    CHECK(counter.complaints().show(counter.supervisor.actor(), logged->number)->status ==
          ComplaintStatus::InProgress);
    CHECK(counter.of(counter.wang).size() == 3); // the purchase's calls, no follow-up
}

TEST_CASE("A visit without purchase schedules the 3 and 15 day calls and buying replaces them")
{
    Counter counter;
    CustomerService customers = counter.customers();
    REQUIRE(customers
                .addContact(counter.clerk.actor(), counter.wang.id, ContactChannel::Visit,
                            QStringLiteral("看了羊毛大衣，嫌贵"))
                .ok());
    QList<Callback> scheduled = counter.of(counter.wang);
    REQUIRE(counter.reasons(scheduled) ==
            QStringList{QStringLiteral("visit_3d"), QStringLiteral("visit_15d")});
    CHECK(scheduled.at(0).dueAt == at(today.addDays(3), 10));
    CHECK(scheduled.at(1).dueAt == at(today.addDays(15), 10));
    // The file's newest note is on the call list.
    CHECK(scheduled.at(0).lastContact == QStringLiteral("看了羊毛大衣，嫌贵"));

    // A second visit the same day adds nothing; a phone call schedules nothing.
    REQUIRE(customers
                .addContact(counter.clerk.actor(), counter.wang.id, ContactChannel::Visit,
                            QStringLiteral("又来看了一次"))
                .ok());
    REQUIRE(customers
                .addContact(counter.clerk.actor(), counter.wang.id, ContactChannel::Phone,
                            QStringLiteral("问了价格"))
                .ok());
    CHECK(counter.of(counter.wang).size() == 2);

    // She comes back two days later and buys: the visit calls give way.
    counter.store.clock().set(at(today.addDays(2), 11));
    REQUIRE(counter.buy(counter.wang, QStringLiteral("R-2001"), today.addDays(2)).ok());
    CHECK(counter.reasons(counter.of(counter.wang)) == QStringList{QStringLiteral("purchase_3d"),
                                                                   QStringLiteral("purchase_30d"),
                                                                   QStringLiteral("purchase_60d")});
    CHECK(counter.reasons(counter.of(counter.wang, CallbackStatus::Cancelled)) ==
          QStringList{QStringLiteral("visit_3d"), QStringLiteral("visit_15d")});

    // A visit on a day she bought schedules nothing.
    REQUIRE(customers
                .addContact(counter.clerk.actor(), counter.wang.id, ContactChannel::Visit,
                            QStringLiteral("来取改好的大衣"))
                .ok());
    CHECK(counter.of(counter.wang).size() == 3);
    // Nor does a visit while her calls after the purchase are still to come.
    counter.store.clock().set(at(today.addDays(4), 15));
    REQUIRE(customers
                .addContact(counter.clerk.actor(), counter.wang.id, ContactChannel::Visit,
                            QStringLiteral("来问大衣能不能改短"))
                .ok());
    CHECK(counter.reasons(counter.of(counter.wang)) == QStringList{QStringLiteral("purchase_3d"),
                                                                   QStringLiteral("purchase_30d"),
                                                                   QStringLiteral("purchase_60d")});
}

TEST_CASE("Customers who declined calls get none, and contact hours move and refuse due times")
{
    Counter counter;
    Customer declined = counter.addCustomer(QStringLiteral("赵女士"), QStringLiteral("13700137000"),
                                            [](CustomerDraft& d) { d.contactOk = false; });
    REQUIRE(counter.buy(declined, QStringLiteral("R-3001"), today).ok());
    CHECK(counter.of(declined).isEmpty());
    Result<Callback> manual = counter.callbacks().add(counter.clerk.actor(), declined.id,
                                                      at(today, 15), QStringLiteral("问尺码"));
    REQUIRE_FALSE(manual.ok());
    CHECK(manual.error().code == ErrorCode::Conflict);
    CHECK(manual.error().message.contains(QStringLiteral("declined")));

    // Bad contact hours are refused on the file.
    CustomerDraft bad;
    bad.name = QStringLiteral("钱先生");
    bad.phones = {QStringLiteral("13600136000")};
    bad.contactHours = QStringLiteral("21:00-18:00");
    Result<Customer> refused = counter.customers().create(counter.clerk.actor(), bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.startsWith(QStringLiteral("Contact hours")));

    Customer evenings = counter.addCustomer(
        QStringLiteral("孙女士"), QStringLiteral("13500135000"),
        [](CustomerDraft& d) { d.contactHours = QStringLiteral("18:00~21:00"); });
    CHECK(evenings.contactHours == QStringLiteral("18:00-21:00"));
    REQUIRE(counter.buy(evenings, QStringLiteral("R-3002"), today).ok());
    QList<Callback> scheduled = counter.of(evenings);
    REQUIRE(scheduled.size() == 3);
    CHECK(scheduled.at(0).dueAt == at(today.addDays(3), 18));

    // Rescheduling into the working day is refused and changes nothing; the evening is fine.
    CallbackService callbacks = counter.callbacks();
    Result<Callback> morning =
        callbacks.reschedule(counter.clerk.actor(), scheduled.at(0).id, at(today.addDays(4), 10));
    REQUIRE_FALSE(morning.ok());
    CHECK(morning.error().message.contains(QStringLiteral("18:00-21:00")));
    CHECK(callbacks.get(counter.clerk.actor(), scheduled.at(0).id)->dueAt ==
          at(today.addDays(3), 18));
    Result<Callback> evening =
        callbacks.reschedule(counter.clerk.actor(), scheduled.at(0).id, at(today.addDays(4), 19));
    REQUIRE(evening.ok());
    CHECK(evening->dueAt == at(today.addDays(4), 19));

    // She declines calls later: everything pending is cancelled.
    Result<CustomerFile> file = counter.customerFiles().open(counter.clerk.actor(), evenings.id);
    REQUIRE(file.ok());
    CustomerEdit edit;
    edit.draft.name = file->customer.name;
    edit.draft.phones = {QStringLiteral("13500135000")};
    edit.draft.contactOk = false;
    edit.stage = file->customer.stage;
    REQUIRE(counter.customers().update(counter.clerk.actor(), evenings.id, edit).ok());
    CHECK(counter.of(evenings).isEmpty());
    CHECK(counter.of(evenings, CallbackStatus::Cancelled).size() == 3);
}

TEST_CASE("Working a call: done goes on the contact log and refusals change nothing")
{
    Counter counter;
    REQUIRE(counter.buy(counter.wang, QStringLiteral("R-4001"), today).ok());
    const Callback first = counter.of(counter.wang).first();
    CallbackService callbacks = counter.callbacks();
    counter.store.clock().set(at(today.addDays(3), 10, 30));

    CHECK(callbacks.done(counter.clerk.actor(), first.id, QStringLiteral("  "), std::nullopt)
              .error()
              .message.startsWith(QStringLiteral("Outcome")));
    CHECK(callbacks.done(counter.clerk.actor(), first.id, QStringLiteral("好"), 6)
              .error()
              .message.startsWith(QStringLiteral("Satisfaction")));
    // Another clerk's call is not theirs to make.
    Result<Callback> notMine =
        callbacks.done(counter.other.actor(), first.id, QStringLiteral("好"), std::nullopt);
    REQUIRE_FALSE(notMine.ok());
    CHECK(notMine.error().code == ErrorCode::Permission);
    CHECK(callbacks.get(counter.clerk.actor(), first.id)->status == CallbackStatus::Pending);

    Result<Callback> done = callbacks.done(counter.clerk.actor(), first.id,
                                           QStringLiteral("大衣很合身，问了干洗方法"), 5);
    REQUIRE(done.ok());
    CHECK(done->status == CallbackStatus::Done);
    CHECK(done->satisfaction == 5);
    CHECK(callbacks.done(counter.clerk.actor(), first.id, QStringLiteral("again"), std::nullopt)
              .error()
              .code == ErrorCode::Conflict);

    // Written onto the customer's file the same moment, with who and when.
    Result<CustomerFile> file =
        counter.customerFiles().open(counter.clerk.actor(), counter.wang.id);
    REQUIRE(file.ok());
    REQUIRE_FALSE(file->contacts.isEmpty());
    const ContactEntry& logged = file->contacts.first();
    CHECK(logged.at == at(today.addDays(3), 10, 30));
    CHECK(logged.username == QStringLiteral("xiaoli"));
    CHECK(logged.note.contains(QStringLiteral("大衣很合身，问了干洗方法")));
    CHECK(file->callbacks.size() == 3);

    // A supervisor may make anyone's call, and reassign; a clerk may not reassign.
    const Callback second = counter.of(counter.wang).first();
    CHECK(callbacks.assign(counter.clerk.actor(), second.id, QStringLiteral("xiaochen"))
              .error()
              .code == ErrorCode::Permission);
    Result<Callback> moved =
        callbacks.assign(counter.supervisor.actor(), second.id, QStringLiteral("xiaochen"));
    REQUIRE(moved.ok());
    CHECK(moved->assignee == QStringLiteral("xiaochen"));
    CHECK(callbacks.cancel(counter.other.actor(), second.id, QString()).error().code ==
          ErrorCode::Validation);
    Result<Callback> cancelled =
        callbacks.cancel(counter.other.actor(), second.id, QStringLiteral("顾客出国三个月"));
    REQUIRE(cancelled.ok());
    CHECK(cancelled->status == CallbackStatus::Cancelled);
}

TEST_CASE("No answer: tried again the next day, missed after the third try")
{
    Counter counter;
    REQUIRE(counter.buy(counter.wang, QStringLiteral("R-5001"), today).ok());
    const qint64 id = counter.of(counter.wang).first().id;
    CallbackService callbacks = counter.callbacks();
    QDate day = today.addDays(3);
    for (int tryNo = 1; tryNo <= 2; ++tryNo) {
        counter.store.clock().set(at(day, 10, 5));
        Result<Callback> tried = callbacks.noAnswer(counter.clerk.actor(), id);
        REQUIRE(tried.ok());
        CHECK(tried->status == CallbackStatus::Pending);
        CHECK(tried->attempts == tryNo);
        day = day.addDays(1);
        CHECK(tried->dueAt == at(day, 10));
    }
    counter.store.clock().set(at(day, 10, 5));
    Result<Callback> third = callbacks.noAnswer(counter.clerk.actor(), id);
    REQUIRE(third.ok());
    CHECK(third->status == CallbackStatus::Missed);
    CHECK(third->attempts == 3);
    CHECK(callbacks.noAnswer(counter.clerk.actor(), id).error().code == ErrorCode::Conflict);
    // Each try is on the contact log.
    Result<CustomerFile> file =
        counter.customerFiles().open(counter.clerk.actor(), counter.wang.id);
    REQUIRE(file.ok());
    CHECK(file->contacts.size() == 3);
    CHECK(file->contacts.first().note.contains(QStringLiteral("missed")));
}

TEST_CASE("The day's list: due by a day, overdue as of a time, one user's")
{
    Counter counter;
    Customer li = counter.addCustomer(QStringLiteral("李先生"), QStringLiteral("13900139000"));
    REQUIRE(counter.buy(counter.wang, QStringLiteral("R-6001"), today).ok());
    REQUIRE(counter.callbacks()
                .add(counter.other.actor(), li.id, at(today, 15), QStringLiteral("约好下午回电"))
                .ok());
    CallbackService callbacks = counter.callbacks();
    CallbackFilter dueToday;
    dueToday.dueBy = today;
    Result<QList<Callback>> list = callbacks.list(counter.clerk.actor(), dueToday);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->first().reason == CallbackReason::Manual);
    CHECK(list->first().assignee == QStringLiteral("xiaochen"));

    CallbackFilter overdue;
    overdue.overdueAsOf = at(today.addDays(3), 12);
    list = callbacks.list(counter.clerk.actor(), overdue);
    REQUIRE(list.ok());
    CHECK(list->size() == 2); // the 15:00 call and the 3-day one, oldest first
    CHECK(list->at(0).reason == CallbackReason::Manual);
    CHECK(list->at(1).reason == CallbackReason::Purchase3d);

    CallbackFilter mine;
    mine.assigneeUsername = QStringLiteral("xiaoli");
    list = callbacks.list(counter.clerk.actor(), mine);
    REQUIRE(list.ok());
    CHECK(list->size() == 3);
    mine.assigneeUsername = QStringLiteral("nobody");
    CHECK(callbacks.list(counter.clerk.actor(), mine).error().code == ErrorCode::NotFound);

    // Manual calls need a note and a time from now on.
    CHECK(callbacks.add(counter.clerk.actor(), li.id, at(today, 15), QString())
              .error()
              .message.startsWith(QStringLiteral("Note")));
    CHECK(callbacks.add(counter.clerk.actor(), li.id, at(today, 8), QStringLiteral("x"))
              .error()
              .message.startsWith(QStringLiteral("Due")));
}

TEST_CASE("Reading the schedule makes birthday, holiday and maintenance calls once")
{
    Counter counter;
    Customer born = counter.addCustomer(
        QStringLiteral("周女士"), QStringLiteral("13300133000"), [](CustomerDraft& d) {
            d.birthday = QDate(1985, 11, 30);
            d.family = {{QStringLiteral("周小宝"), QStringLiteral("儿子"), QDate(2015, 12, 10)}};
        });
    Customer leap = counter.addCustomer(QStringLiteral("吴先生"), QStringLiteral("13200132000"),
                                        [](CustomerDraft& d) { d.birthday = QDate(1988, 2, 29); });
    Customer quiet = counter.addCustomer(QStringLiteral("郑女士"), QStringLiteral("13100131000"),
                                         [](CustomerDraft& d) {
                                             d.birthday = QDate(1990, 12, 1);
                                             d.contactOk = false;
                                         });
    CallbackService callbacks = counter.callbacks();
    REQUIRE(
        callbacks
            .addHoliday(counter.store.admin().actor(), QStringLiteral("元旦"), QDate(2027, 1, 1))
            .ok());
    CHECK(callbacks.addHoliday(counter.clerk.actor(), QStringLiteral("春节"), QDate(2027, 2, 6))
              .error()
              .code == ErrorCode::Permission);
    CHECK(callbacks
              .addHoliday(counter.store.admin().actor(), QStringLiteral("元旦"), QDate(2027, 1, 1))
              .error()
              .code == ErrorCode::Conflict);
    // A vacuum cleaner wants a new filter every 30 days.
    REQUIRE(
        callbacks.setServiceInterval(counter.store.admin().actor(), QStringLiteral("吸尘器"), 30)
            .ok());
    REQUIRE(
        counter.buy(counter.wang, QStringLiteral("R-7001"), today, QStringLiteral("无线吸尘器 V8"))
            .ok());

    Result<int> made = callbacks.prepare(counter.clerk.actor(), QDate(2026, 12, 31));
    REQUIRE(made.ok());
    // Birthdays of 周女士 and her son, the first maintenance call (23 December; the next,
    // 22 January, is past the day read); no holiday yet; nothing for 郑女士, who declined.
    CHECK(made.value() == 3);
    CHECK(counter.reasons(counter.of(born)) ==
          QStringList{QStringLiteral("birthday"), QStringLiteral("birthday")});
    CHECK(counter.of(born).at(0).dueAt == at(QDate(2026, 11, 30), 10));
    CHECK(counter.of(born).at(1).note == QStringLiteral("周小宝 儿子"));
    CHECK(counter.of(quiet).isEmpty());
    CHECK(counter.reasons(counter.of(counter.wang)).count(QStringLiteral("maintenance")) == 1);

    // Reading again makes nothing new; reading further makes the holiday for everyone who
    // takes calls, and 吴先生's 29 February birthday on the 28th in 2027.
    CHECK(callbacks.prepare(counter.clerk.actor(), QDate(2026, 12, 31)).value() == 0);
    made = callbacks.prepare(counter.clerk.actor(), QDate(2027, 3, 1));
    REQUIRE(made.ok());
    CHECK(counter.reasons(counter.of(leap)) ==
          QStringList{QStringLiteral("holiday"), QStringLiteral("birthday")});
    CHECK(counter.of(leap).at(1).dueAt == at(QDate(2027, 2, 28), 10));
    CHECK(counter.of(quiet).isEmpty());
    CHECK(counter.reasons(counter.of(counter.wang)).count(QStringLiteral("maintenance")) == 3);
    CHECK(counter.reasons(counter.of(counter.wang)).count(QStringLiteral("holiday")) == 1);
    CHECK(callbacks.prepare(counter.clerk.actor(), QDate(2027, 3, 1)).value() == 0);
}

TEST_CASE("The manager edits the rules and the next purchase follows them")
{
    Counter counter;
    CallbackSettings settings(counter.store.db(), counter.store.clock());
    CallbackRules rules;
    rules.purchaseDays = {5, 30, 90};
    rules.callAt = QTime(14, 30);
    CHECK(settings.setCallbackRules(counter.supervisor.actor(), rules).error().code ==
          ErrorCode::Permission);
    CallbackRules wrong = rules;
    wrong.purchaseDays = {30, 5, 90};
    CHECK(settings.setCallbackRules(counter.store.admin().actor(), wrong)
              .error()
              .message.startsWith(QStringLiteral("After purchase")));
    CHECK(settings.callbackRules()->purchaseDays == QList<int>{3, 30, 60});
    REQUIRE(settings.setCallbackRules(counter.store.admin().actor(), rules).ok());
    REQUIRE(counter.buy(counter.wang, QStringLiteral("R-8001"), today).ok());
    const QList<Callback> scheduled = counter.of(counter.wang);
    REQUIRE(scheduled.size() == 3);
    CHECK(scheduled.at(0).dueAt == at(today.addDays(5), 14, 30));
    CHECK(scheduled.at(2).dueAt == at(today.addDays(90), 14, 30));
}

TEST_CASE("A resolved complaint's follow-up comes the next day, never from the staff named, "
          "and closing waits for it")
{
    Counter counter;
    // 王女士's file belongs to xiaoli, and her complaint is about xiaoli.
    ComplaintDraft draft;
    draft.customerId = counter.wang.id;
    draft.channel = ComplaintChannel::WalkIn;
    draft.category = ComplaintCategory::Attitude;
    draft.description = QStringLiteral("店员态度差");
    draft.aboutStaff = QStringLiteral("xiaoli");
    ComplaintService complaints = counter.complaints();
    const QString number = complaints.add(counter.supervisor.actor(), draft)->number;
    REQUIRE(complaints.start(counter.supervisor.actor(), number).ok());
    REQUIRE(
        complaints
            .resolve(counter.supervisor.actor(), number, QStringLiteral("当面道歉，赠送护理剂"), 4)
            .ok());
    QList<Callback> followups = counter.of(counter.wang);
    REQUIRE(followups.size() == 1);
    const Callback followup = followups.first();
    CHECK(followup.reason == CallbackReason::ComplaintFollowup);
    CHECK(followup.complaintNumber == number);
    CHECK(followup.assignee == QStringLiteral("zhang")); // not the file's owner, xiaoli
    CHECK(followup.dueAt == at(today.addDays(1), 10));

    // Closing waits for the call; the clerk named may neither make it nor be given it.
    Result<Complaint> early = complaints.close(counter.supervisor.actor(), number);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().code == ErrorCode::Conflict);
    CHECK(early.error().message.contains(QStringLiteral("follow-up")));
    CallbackService callbacks = counter.callbacks();
    CHECK(callbacks.assign(counter.supervisor.actor(), followup.id, QStringLiteral("xiaoli"))
              .error()
              .code == ErrorCode::Permission);
    CHECK(callbacks.done(counter.clerk.actor(), followup.id, QStringLiteral("满意"), 5)
              .error()
              .code == ErrorCode::Permission);

    counter.store.clock().set(at(today.addDays(1), 10, 20));
    Result<Callback> called = callbacks.done(counter.supervisor.actor(), followup.id,
                                             QStringLiteral("顾客表示满意，谢谢关心"), 5);
    REQUIRE(called.ok());
    Result<Complaint> afterCall = complaints.show(counter.supervisor.actor(), number);
    CHECK(afterCall->satisfaction == 5);
    CHECK(afterCall->timeline.last().note.contains(QStringLiteral("顾客表示满意")));
    Result<Complaint> closed = complaints.close(counter.supervisor.actor(), number);
    REQUIRE(closed.ok());
    CHECK(closed->status == ComplaintStatus::Closed);

    // Reopened and resolved again: a new follow-up; reopening cancels a pending one.
    REQUIRE(
        complaints.reopen(counter.supervisor.actor(), number, QStringLiteral("顾客又来电")).ok());
    REQUIRE(complaints.resolve(counter.supervisor.actor(), number, QStringLiteral("换新"), 4).ok());
    CHECK(counter.of(counter.wang).size() == 1);
    REQUIRE(
        complaints.reopen(counter.supervisor.actor(), number, QStringLiteral("还是不满意")).ok());
    CHECK(counter.of(counter.wang).isEmpty());
    REQUIRE(complaints.resolve(counter.supervisor.actor(), number, QStringLiteral("退款"), 3).ok());
    REQUIRE(counter.of(counter.wang).size() == 1);
}

TEST_CASE("A supervisor closes without the follow-up only with a written reason")
{
    Counter counter;
    ComplaintDraft draft;
    draft.customerId = counter.wang.id;
    draft.channel = ComplaintChannel::Phone;
    draft.category = ComplaintCategory::Delivery;
    draft.description = QStringLiteral("送货晚了两天");
    ComplaintService complaints = counter.complaints();
    const QString number = complaints.add(counter.clerk.actor(), draft)->number;
    REQUIRE(complaints.resolve(counter.clerk.actor(), number, QStringLiteral("道歉并补偿运费"), 4)
                .ok());
    Result<Complaint> clerk =
        complaints.closeWithoutCallback(counter.clerk.actor(), number, QStringLiteral("顾客不接"));
    REQUIRE_FALSE(clerk.ok());
    CHECK(clerk.error().code == ErrorCode::Permission);
    CHECK(complaints.closeWithoutCallback(counter.supervisor.actor(), number, QStringLiteral(" "))
              .error()
              .code == ErrorCode::Validation);
    CHECK(complaints.show(counter.clerk.actor(), number)->status == ComplaintStatus::Resolved);
    CHECK(counter.of(counter.wang).size() == 1);

    Result<Complaint> closed = complaints.closeWithoutCallback(
        counter.supervisor.actor(), number, QStringLiteral("顾客已出国，本人要求结案"));
    REQUIRE(closed.ok());
    CHECK(closed->status == ComplaintStatus::Closed);
    CHECK(closed->timeline.last().note.contains(QStringLiteral("顾客已出国")));
    const QList<Callback> cancelled = counter.of(counter.wang, CallbackStatus::Cancelled);
    REQUIRE(cancelled.size() == 1);
    CHECK(cancelled.first().outcome == QStringLiteral("顾客已出国，本人要求结案"));

    // A missed follow-up also needs the supervisor.
    const QString second = complaints.add(counter.clerk.actor(), draft)->number;
    REQUIRE(complaints.resolve(counter.clerk.actor(), second, QStringLiteral("道歉"), 3).ok());
    const qint64 call = counter.of(counter.wang).first().id;
    for (int i = 0; i < 3; ++i)
        REQUIRE(counter.callbacks().noAnswer(counter.clerk.actor(), call).ok());
    CHECK(complaints.close(counter.clerk.actor(), second)
              .error()
              .message.contains(QStringLiteral("did not answer")));
}

TEST_CASE("A leaving clerk's calls move with the handover and the workload shows on-time rates")
{
    Counter counter;
    REQUIRE(counter.buy(counter.wang, QStringLiteral("R-9001"), today).ok());
    AccountService accounts(counter.store.db(), counter.store.clock());
    Result<Holdings> held =
        accounts.holdingsOf(counter.store.admin().actor(), QStringLiteral("xiaoli"));
    REQUIRE(held.ok());
    CHECK(held->pendingCallbacks == 3);

    // xiaoli makes the first call on its day, late on the next one.
    CallbackService callbacks = counter.callbacks();
    QList<Callback> calls = counter.of(counter.wang);
    counter.store.clock().set(at(today.addDays(3), 16));
    REQUIRE(
        callbacks.done(counter.clerk.actor(), calls.at(0).id, QStringLiteral("好"), std::nullopt)
            .ok());
    Result<QList<CallbackWorkload>> workload = callbacks.workload(counter.supervisor.actor());
    REQUIRE(workload.ok());
    const auto row = [&](const QString& username) {
        for (const CallbackWorkload& w : workload.value()) {
            if (w.username == username)
                return w;
        }
        FAIL("no workload row for " << username.toStdString());
        return CallbackWorkload{};
    };
    CHECK(row(QStringLiteral("xiaoli")).pending == 2);
    CHECK(row(QStringLiteral("xiaoli")).done30Days == 1);
    CHECK(row(QStringLiteral("xiaoli")).onTimePercent() == 100);
    CHECK(row(QStringLiteral("xiaochen")).onTimePercent() == -1);
    CHECK(callbacks.workload(counter.clerk.actor()).error().code == ErrorCode::Permission);

    REQUIRE(accounts
                .deactivate(counter.store.admin().actor(), QStringLiteral("xiaoli"),
                            QStringLiteral("xiaochen"))
                .ok());
    for (const Callback& cb : counter.of(counter.wang))
        CHECK(cb.assignee == QStringLiteral("xiaochen"));
}
