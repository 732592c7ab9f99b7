#include "TestStore.h"
#include "UiTestSupport.h"

#include <DashboardPage.h>
#include <MainWindow.h>
#include <Session.h>
#include <Theme.h>
#include <admin/AdminPage.h>
#include <callbacks/CallbackDialog.h>
#include <callbacks/CallbackListModel.h>
#include <callbacks/CallbackService.h>
#include <callbacks/CallbacksPage.h>
#include <complaints/ComplaintService.h>
#include <complaints/ComplaintView.h>
#include <complaints/ComplaintsPage.h>
#include <customers/CustomerService.h>
#include <overview/CustomerFiles.h>
#include <store/StoreSettings.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <callbacks/CallbackSettings.h>
#include <catch2/catch.hpp>

using namespace cc;

namespace {

// 23 November 2026, 11:00: 王女士 bought a coat on the 20th, so her first call is an hour
// late; 李先生 asked to be called at 15:00.
struct CallDay {
    test::TestStore store;
    User clerk = store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
    User other = store.addUser(QStringLiteral("xiaochen"), Role::Clerk);
    User supervisor = store.addUser(QStringLiteral("zhang"), Role::Supervisor);
    Customer wang;
    Customer li;

    CallDay()
    {
        store.clock().set(QDateTime(QDate(2026, 11, 20), QTime(11, 0), Qt::UTC));
        CustomerService customers = Services(store.db(), store.clock()).customers();
        CustomerDraft draft;
        draft.name = QStringLiteral("王女士");
        draft.phones = {QStringLiteral("13800138000")};
        wang = customers.create(clerk.actor(), draft).value();
        draft.name = QStringLiteral("李先生");
        draft.phones = {QStringLiteral("13900139000")};
        li = customers.create(clerk.actor(), draft).value();
        REQUIRE(customers
                    .addPurchase(clerk.actor(), wang.id, QStringLiteral("R-1120-01"),
                                 QDate(2026, 11, 20),
                                 {PurchaseLine{QStringLiteral("羊毛大衣"), 1, 129900, 70000}})
                    .ok());
        store.clock().set(QDateTime(QDate(2026, 11, 23), QTime(11, 0), Qt::UTC));
        REQUIRE(CallbackService(store.db(), store.clock())
                    .add(clerk.actor(), li.id,
                         QDateTime(QDate(2026, 11, 23), QTime(15, 0), Qt::UTC),
                         QStringLiteral("告诉他38码到货了"))
                    .ok());
    }
};

QListWidgetItem* navigationItem(ui::MainWindow& window, const QString& startsWith)
{
    auto* navigation = test::child<QListWidget>(&window, QStringLiteral("navigation"));
    for (int row = 0; row < navigation->count(); ++row) {
        if (navigation->item(row)->text().startsWith(startsWith))
            return navigation->item(row);
    }
    FAIL("no navigation item " << startsWith.toStdString());
    return nullptr;
}

void clickNavigation(ui::MainWindow& window, const QString& startsWith)
{
    auto* navigation = test::child<QListWidget>(&window, QStringLiteral("navigation"));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                      navigation->visualItemRect(navigationItem(window, startsWith)).center());
}

} // namespace

TEST_CASE("The clerk's call list: no answer and later move calls off today, the badge counts down")
{
    CallDay day;
    ui::Session session(Services(day.store.db(), day.store.clock()));
    session.setUser(day.clerk);
    ui::MainWindow window(session);
    window.resize(1366, 768);
    window.show();
    test::activate(&window);
    CHECK(navigationItem(window, QStringLiteral("Callbacks"))->text() ==
          QStringLiteral("Callbacks (2)"));
    clickNavigation(window, QStringLiteral("Callbacks"));
    ui::CallbacksPage* page = window.callbacksPage();
    QAbstractItemModelTester tester(page->model());
    REQUIRE(page->isVisible());
    REQUIRE(page->model()->rowCount() == 2);
    // Oldest first: the late purchase call, in red with the word "late".
    const QModelIndex due = page->model()->index(0, int(ui::CallbackListModel::Column::Due));
    CHECK(due.data().toString().contains(QStringLiteral("late")));
    CHECK(due.data(Qt::ForegroundRole).value<QBrush>().color() ==
          QColor(QStringLiteral("#c62828")));
    CHECK(test::child<QLabel>(page, QStringLiteral("callbackCount"))->text() ==
          QStringLiteral("2 calls today, 1 overdue"));
    CHECK(test::child<QLabel>(page, QStringLiteral("callName"))->text() ==
          QStringLiteral("王女士"));
    // A clerk sees no team view and cannot give calls away.
    CHECK(test::child<QPushButton>(page, QStringLiteral("viewTeam"))->isHidden());
    CHECK(test::child<QPushButton>(page, QStringLiteral("callAssign"))->isHidden());

    // Nobody answers: tried again tomorrow at the same time.
    const qint64 first = page->model()->callbackAt(0).id;
    QTest::mouseClick(test::child<QPushButton>(page, QStringLiteral("callNoAnswer")),
                      Qt::LeftButton);
    REQUIRE(page->model()->rowCount() == 1);
    CHECK(navigationItem(window, QStringLiteral("Callbacks"))->text() ==
          QStringLiteral("Callbacks (1)"));
    Result<Callback> tried =
        CallbackService(day.store.db(), day.store.clock()).get(day.clerk.actor(), first);
    REQUIRE(tried.ok());
    CHECK(tried->attempts == 1);
    CHECK(tried->dueAt == QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC));

    // 李先生's call moves to the day after; a time in the past is refused in the dialog.
    test::onNextModal([](QWidget* dialog) {
        auto* when = test::child<QDateTimeEdit>(dialog, QStringLiteral("when"));
        test::typeText(test::child<QPlainTextEdit>(dialog, QStringLiteral("text")),
                       QStringLiteral("他在外地出差"));
        when->setDateTime(QDateTime(QDate(2026, 11, 25), QTime(15, 0)));
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
    });
    QTest::mouseClick(test::child<QPushButton>(page, QStringLiteral("callReschedule")),
                      Qt::LeftButton);
    CHECK(page->model()->rowCount() == 0);
    auto* empty = test::child<QLabel>(page, QStringLiteral("emptyState"));
    CHECK(empty->isVisible());
    CHECK(empty->text() == QStringLiteral("No customers to call back today."));
    CHECK(navigationItem(window, QStringLiteral("Callbacks"))->text() ==
          QStringLiteral("Callbacks"));

    // The week ahead shows both, on their new days.
    QSignalSpy weekRead(page, &ui::CallbacksPage::loaded);
    QTest::mouseClick(test::child<QPushButton>(page, QStringLiteral("viewWeek")), Qt::LeftButton);
    REQUIRE(weekRead.wait(10'000)); // read in the background
    auto* week = test::child<QTableWidget>(page, QStringLiteral("weekGrid"));
    REQUIRE(week->columnCount() == 7);
    REQUIRE(week->item(0, 1) != nullptr);
    CHECK(week->item(0, 1)->text().contains(QStringLiteral("王女士")));
    REQUIRE(week->item(0, 2) != nullptr);
    CHECK(week->item(0, 2)->text().contains(QStringLiteral("15:00 李先生")));
    CHECK(week->item(0, 0) == nullptr);

    // Both outcomes are on the customers' files.
    Result<CustomerFile> file =
        CustomerFiles(day.store.db(), day.store.clock()).open(day.clerk.actor(), day.li.id);
    REQUIRE(file.ok());
    REQUIRE_FALSE(file->contacts.isEmpty());
    CHECK(file->contacts.first().note.contains(QStringLiteral("他在外地出差")));
}

TEST_CASE("A long call list is read a hundred at a time, and the heading counts every call")
{
    CallDay day;
    CallbackService callbacks(day.store.db(), day.store.clock());
    // 250 more calls for today (2 were there), spread over the afternoon.
    for (int i = 0; i < 250; ++i)
        REQUIRE(callbacks
                    .add(day.clerk.actor(), day.li.id,
                         QDateTime(QDate(2026, 11, 23), QTime(12, 0), Qt::UTC).addSecs(i * 60),
                         QStringLiteral("第%1次提醒").arg(i + 1))
                    .ok());
    ui::Session session(Services(day.store.db(), day.store.clock()));
    session.setUser(day.clerk);
    ui::MainWindow window(session);
    window.resize(1366, 768);
    window.show();
    test::activate(&window);
    clickNavigation(window, QStringLiteral("Callbacks"));
    ui::CallbacksPage* page = window.callbacksPage();
    CHECK(page->model()->rowCount() == ui::CallbackListModel::pageSize);
    CHECK(test::child<QLabel>(page, QStringLiteral("callbackCount"))->text() ==
          QStringLiteral("252 calls today, 1 overdue"));

    auto* table = test::child<QTableView>(page, QStringLiteral("callbackTable"));
    for (int pass = 0; pass < 5 && page->model()->canFetchMore({}); ++pass) {
        table->setFocus();
        QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
        test::settle(50);
    }
    CHECK(page->model()->rowCount() == 252);
    CHECK_FALSE(page->model()->canFetchMore({}));
    // In due order to the last, without a call twice.
    QSet<qint64> seen;
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        seen.insert(page->model()->callbackAt(row).id);
        if (row > 0)
            CHECK(page->model()->callbackAt(row - 1).dueAt <= page->model()->callbackAt(row).dueAt);
    }
    CHECK(seen.size() == 252);
    // Attached last: Qt 6.4's tester fetches everything when it is attached.
    QAbstractItemModelTester tester(page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
}

TEST_CASE("A supervisor sees everyone's workload and gives a call to a colleague")
{
    CallDay day;
    ui::Session session(Services(day.store.db(), day.store.clock()));
    session.setUser(day.supervisor);
    ui::MainWindow window(session);
    window.resize(1366, 768);
    window.show();
    test::activate(&window);
    clickNavigation(window, QStringLiteral("Callbacks"));
    ui::CallbacksPage* page = window.callbacksPage();
    // Their own list is empty; everyone's has xiaoli's two calls.
    CHECK(page->model()->rowCount() == 0);
    auto* whose = test::child<QComboBox>(page, QStringLiteral("whose"));
    REQUIRE(whose->isVisible());
    whose->setFocus();
    QTest::keyClick(whose, Qt::Key_Down); // everyone's
    REQUIRE(page->model()->rowCount() == 2);

    QSignalSpy teamRead(page, &ui::CallbacksPage::loaded);
    QTest::mouseClick(test::child<QPushButton>(page, QStringLiteral("viewTeam")), Qt::LeftButton);
    REQUIRE(teamRead.wait(10'000));
    auto* team = test::child<QTableWidget>(page, QStringLiteral("teamGrid"));
    int xiaoliRow = -1;
    for (int row = 0; row < team->rowCount(); ++row) {
        if (team->item(row, 0)->text() == day.clerk.displayName)
            xiaoliRow = row;
    }
    REQUIRE(xiaoliRow >= 0);
    CHECK(team->item(xiaoliRow, 1)->text() == QStringLiteral("4")); // to call, all days
    CHECK(team->item(xiaoliRow, 2)->text() == QStringLiteral("2")); // due today
    CHECK(team->item(xiaoliRow, 3)->text() == QStringLiteral("1")); // overdue

    QTest::mouseClick(test::child<QPushButton>(page, QStringLiteral("viewToday")), Qt::LeftButton);
    REQUIRE(page->model()->rowCount() == 2);
    page->table()->setCurrentIndex(page->model()->index(0, 0));
    test::onNextModal([](QWidget* dialog) {
        auto* to = test::child<QComboBox>(dialog, QStringLiteral("assignee"));
        to->setCurrentIndex(to->findData(QStringLiteral("xiaochen")));
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
    });
    QTest::mouseClick(test::child<QPushButton>(page, QStringLiteral("callAssign")), Qt::LeftButton);
    CallbackFilter theirs;
    theirs.assigneeUsername = QStringLiteral("xiaochen");
    Result<QList<Callback>> moved =
        CallbackService(day.store.db(), day.store.clock()).list(day.supervisor.actor(), theirs);
    REQUIRE(moved.ok());
    REQUIRE(moved->size() == 1);
    CHECK(moved->first().customerName == QStringLiteral("王女士"));
}

TEST_CASE("The manager edits the callback rules and the holidays from the keyboard")
{
    test::TestStore store;
    ui::Session session(Services(store.db(), store.clock()));
    session.setUser(store.admin());
    ui::MainWindow window(session);
    window.resize(1366, 768);
    window.show();
    test::activate(&window);
    clickNavigation(window, QStringLiteral("Admin"));
    auto* tabs = test::child<QTabWidget>(&window, QStringLiteral("adminTabs"));
    QWidget* rulesTab = test::child<QWidget>(tabs, QStringLiteral("callbackRulesTab"));
    tabs->setCurrentWidget(rulesTab);
    REQUIRE(rulesTab->objectName() == QStringLiteral("callbackRulesTab"));

    const auto typeInto = [](QSpinBox* box, const QString& text) {
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, text);
    };
    auto* message = test::child<QLabel>(rulesTab, QStringLiteral("rulesMessage"));
    // Out of order: refused, nothing stored.
    typeInto(test::child<QSpinBox>(rulesTab, QStringLiteral("purchaseDay2")), QStringLiteral("2"));
    QTest::keyClick(rulesTab, Qt::Key_S, Qt::ControlModifier);
    test::settle(250);
    CHECK(message->text().startsWith(QStringLiteral("After purchase")));
    CallbackSettings settings(store.db(), store.clock());
    CHECK(settings.callbackRules()->purchaseDays == QList<int>{3, 30, 60});

    typeInto(test::child<QSpinBox>(rulesTab, QStringLiteral("purchaseDay1")), QStringLiteral("5"));
    typeInto(test::child<QSpinBox>(rulesTab, QStringLiteral("purchaseDay2")), QStringLiteral("30"));
    typeInto(test::child<QSpinBox>(rulesTab, QStringLiteral("tries")), QStringLiteral("4"));
    QTest::keyClick(rulesTab, Qt::Key_S, Qt::ControlModifier);
    test::settle(250);
    CHECK(message->text().startsWith(QStringLiteral("Saved")));
    CHECK(settings.callbackRules()->purchaseDays == QList<int>{5, 30, 60});
    CHECK(settings.callbackRules()->maxTries == 4);

    // A holiday needs its name; with one it is listed.
    auto* holidays = test::child<QTableWidget>(rulesTab, QStringLiteral("holidayTable"));
    QTest::mouseClick(test::child<QPushButton>(rulesTab, QStringLiteral("addHoliday")),
                      Qt::LeftButton);
    CHECK(message->text().startsWith(QStringLiteral("Holiday")));
    CHECK(holidays->rowCount() == 0);
    auto* name = test::child<QLineEdit>(rulesTab, QStringLiteral("holidayName"));
    test::typeText(name, QStringLiteral("春节"));
    test::child<QDateTimeEdit>(rulesTab, QStringLiteral("holidayDate"))->setDate(QDate(2027, 2, 6));
    QTest::keyClick(name, Qt::Key_Return);
    REQUIRE(holidays->rowCount() == 1);
    CHECK(holidays->item(0, 0)->text() == QStringLiteral("春节"));
    CHECK(holidays->item(0, 1)->text() == QStringLiteral("2027-02-06"));
}

TEST_CASE("A call is arranged and moved from the keyboard alone: one Tab leaves the date and time")
{
    CallDay day;
    ui::Session session(Services(day.store.db(), day.store.clock()));
    session.setUser(day.clerk);
    Callback about;
    about.customerId = day.wang.id;
    about.customerName = day.wang.name;

    ui::CallbackDialog arrange(session, ui::CallbackDialog::Kind::Arrange, about);
    std::vector<std::string> walked;
    std::vector<std::string> walkedBack;
    test::onNextModal([&](QWidget* dialog) {
        auto* when = test::child<QDateTimeEdit>(dialog, QStringLiteral("when"));
        REQUIRE(test::focused() == when);
        // The date and time typed part by part: 2026-11-25 14:30.
        QTest::keyClicks(when, QStringLiteral("202611251430"));
        walked.push_back(test::tab());
        test::typeText(test::focused(), QStringLiteral("告诉她38码到货了"));
        for (const std::string& step : test::tabs(2))
            walked.push_back(step);
        walkedBack = test::tabs(3, true);
        QTest::keyClick(test::focused(), Qt::Key_S, Qt::ControlModifier);
        test::settle(250); // a shortcut clicks the button after a short animation
        if (dialog->isVisible())
            static_cast<QDialog*>(dialog)->done(QDialog::Rejected);
    });
    REQUIRE(arrange.exec() == QDialog::Accepted);
    CHECK(walked == std::vector<std::string>{"text", "save", "cancel"});
    CHECK(walkedBack == std::vector<std::string>{"save", "text", "when"});
    const Callback arranged = arrange.callback();
    CHECK(arranged.dueAt == QDateTime(QDate(2026, 11, 25), QTime(14, 30)).toUTC());
    CHECK(arranged.note == QStringLiteral("告诉她38码到货了"));

    // Moving it: the new time first, then why, then the buttons.
    ui::CallbackDialog move(session, ui::CallbackDialog::Kind::Reschedule, arranged);
    test::onNextModal([&](QWidget* dialog) {
        test::child<QDateTimeEdit>(dialog, QStringLiteral("when"))->setFocus();
        walked = test::tabs(3);
        static_cast<QDialog*>(dialog)->done(QDialog::Rejected);
    });
    move.exec();
    CHECK(walked == std::vector<std::string>{"text", "save", "cancel"});
}

TEST_CASE("The clerk's dashboard puts her own work first: the next calls (Enter makes one) and "
          "her open cases by due time with the overdue one red")
{
    CallDay day;
    const QDateTime now = day.store.clock().nowUtc();
    ComplaintService complaints = Services(day.store.db(), day.store.clock()).complaints();
    ComplaintDraft late;
    late.customerId = day.li.id;
    late.channel = ComplaintChannel::Phone;
    late.category = ComplaintCategory::Service;
    late.description = QStringLiteral("送货晚了三天");
    day.store.clock().set(now.addDays(-5)); // received five days ago: past its promise
    const QString lateNumber = complaints.add(day.clerk.actor(), late)->number;
    day.store.clock().set(now);
    ComplaintDraft fresh = late;
    fresh.customerId = day.wang.id;
    fresh.description = QStringLiteral("大衣掉扣子");
    const QString freshNumber = complaints.add(day.clerk.actor(), fresh)->number;

    ui::Session session(Services(day.store.db(), day.store.clock()));
    session.setUser(day.clerk);
    ui::MainWindow window(session);
    window.resize(1366, 768);
    window.show();
    test::activate(&window);
    auto* dashboard = window.findChild<ui::DashboardPage*>(QStringLiteral("dashboardPage"));
    REQUIRE(dashboard != nullptr);
    REQUIRE(dashboard->isVisible());

    // Her calls, the late one first, and the keyboard already on it.
    QListWidget* calls = dashboard->calls();
    REQUIRE(calls->count() == 2);
    CHECK(calls->item(0)->text().contains(QStringLiteral("王女士")));
    CHECK(calls->item(0)->text().contains(QStringLiteral("late")));
    CHECK(calls->item(1)->text().contains(QStringLiteral("李先生")));
    CHECK(calls->hasFocus());

    // Her open cases, the overdue one first, red and said in words.
    QListWidget* cases = dashboard->cases();
    REQUIRE(cases->count() == 2);
    CHECK(cases->item(0)->text().startsWith(lateNumber));
    CHECK(cases->item(0)->text().contains(QStringLiteral("overdue")));
    CHECK(cases->item(0)->foreground().color() == QColor(QLatin1String(ui::colors::overdue)));
    CHECK(cases->item(1)->text().startsWith(freshNumber));
    CHECK_FALSE(cases->item(1)->text().contains(QStringLiteral("overdue")));
    // Both wait for her first reply.
    CHECK(dashboard->waiting()->count() == 2);

    // Enter on the first call: the call list, that call in hand.
    QTest::keyClick(calls, Qt::Key_Return);
    ui::CallbacksPage* page = window.callbacksPage();
    REQUIRE(page->isVisible());
    REQUIRE(page->table()->currentIndex().isValid());
    CHECK(page->model()->callbackAt(page->table()->currentIndex().row()).customerId == day.wang.id);
    CHECK(page->table()->hasFocus());

    // Back on the dashboard, Enter on a case opens it.
    test::showPage(&window, dashboard);
    cases->setFocus();
    cases->setCurrentRow(1);
    QTest::keyClick(cases, Qt::Key_Return);
    CHECK(window.complaintsPage()->view()->complaint().number == freshNumber);
}
