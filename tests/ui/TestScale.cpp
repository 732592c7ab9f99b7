// [scale]: on a store of 100,000 customers the counter never makes the clerk wait: typing
// into the search box and scrolling the complaint list never stall the event loop.
#include "TestStore.h"
#include "UiTestSupport.h"

#include <MainWindow.h>
#include <Session.h>
#include <callbacks/CallbacksPage.h>
#include <complaints/ComplaintListModel.h>
#include <complaints/ComplaintsPage.h>
#include <customers/CustomersPage.h>
#include <demo/DemoData.h>
#include <storage/FileCheckSchedule.h>

#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <functional>

#include <catch2/catch.hpp>

using namespace cc;

namespace {

/// A heartbeat on the event loop: the longest gap between its beats is the longest the
/// window could not repaint or take a key.
class StallMeter {
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout,
                         [this] { m_longest = std::max(m_longest, m_sinceBeat.restart()); });
        m_sinceBeat.start();
        m_timer.start();
    }
    qint64 longestMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceBeat;
    qint64 m_longest = 0;
};

} // namespace

TEST_CASE("On a 100,000-customer store, typing a search and scrolling the cases never stall")
{
    test::TestStore store;
    store.clock().set(QDateTime(QDate(2026, 11, 23), QTime(6, 0), QTimeZone::utc()));
    DemoOptions options;
    options.customers = 100'000;
    options.complaints = 100'000;
    Result<DemoReport> filled =
        DemoData(store.db(), store.clock()).fill(store.admin().actor(), options);
    REQUIRE(filled);

    ui::Session session(Services(store.db(), store.clock()));
    session.setUser(store.admin());
    ui::MainWindow window(session);
    window.resize(1366, 768);
    window.show();
    test::activate(&window);
    test::settle(200);

    auto* search = test::child<QLineEdit>(&window, QStringLiteral("globalSearch"));
    ui::CustomersPage* customers = window.findChild<ui::CustomersPage*>();
    REQUIRE(customers);
    QSignalSpy answered(customers, &ui::CustomersPage::searchFinished);

    StallMeter meter;
    // The day's first start: the whole file is read behind the counter meanwhile.
    window.checkFileInBackground();
    REQUIRE(window.isCheckingFile());
    // A surname, a two-character name, the last four digits, a whole mobile number: typed
    // key by key at a brisk clerk's pace, each answer arriving while typing goes on.
    for (const QString& query : {QStringLiteral("王伟"), QStringLiteral("陈静"),
                                 QStringLiteral("7919"), QStringLiteral("13000007919")}) {
        QTest::keyClick(&window, Qt::Key_F2);
        search->selectAll();
        QTest::keyClick(search, Qt::Key_Backspace);
        for (const QChar ch : query) {
            test::typeText(search, QString(ch));
            QTest::qWait(40);
        }
        const int before = answered.count();
        for (int waited = 0; answered.count() == before && waited < 5000; waited += 20)
            QTest::qWait(20);
        CHECK(answered.count() > before);
    }
    // The whole number was found: the best match is on top.
    CHECK(
        test::child<QTableView>(customers, QStringLiteral("customerResults"))->model()->rowCount() >
        0);

    // The complaints: all recent, scrolled down page by page from the keyboard.
    ui::ComplaintsPage* complaints = window.complaintsPage();
    test::showPage(&window, complaints);
    QTest::mouseClick(test::child<QPushButton>(complaints, QStringLiteral("listRecent")),
                      Qt::LeftButton);
    auto* table = test::child<QTableView>(complaints, QStringLiteral("complaintTable"));
    table->setFocus();
    for (int i = 0; i < 60; ++i) {
        QTest::keyClick(table, Qt::Key_PageDown);
        QTest::qWait(15);
    }
    CHECK(table->model()->rowCount() > 3 * ui::ComplaintListModel::pageSize);
    // Then the other lists, one click at a time.
    for (const char* list : {"listOverdue", "listOpen", "listDueToday", "listMine"}) {
        QTest::mouseClick(test::child<QPushButton>(complaints, QLatin1String(list)),
                          Qt::LeftButton);
        QTest::qWait(50);
    }

    // The 100 ms are the shipped build's (the dev build is held to them too).
    // AddressSanitizer slows our code three to four times, most of all on the first list
    // switch after scrolling (measured 130-190 ms there): it still catches a query that
    // scans the table, which costs seconds at this size.
#ifdef __SANITIZE_ADDRESS__
    constexpr qint64 budgetMs = 400;
#else
    constexpr qint64 budgetMs = 100;
#endif
    INFO("longest stall: " << meter.longestMs() << " ms");
    CHECK(meter.longestMs() < budgetMs);
    // The check has passed meanwhile, and says so.
    REQUIRE(QTest::qWaitFor([&] { return !window.isCheckingFile(); }, 60'000));
    CHECK(FileCheckSchedule::lastPassed(store.db()) == store.clock().nowUtc());

    // Then every page a manager has, tab by tab, and a customer's file and a case opened:
    // each step on its own heartbeat, so a failure names the page that made the clerk wait.
    const auto step = [&](const char* what, const std::function<void()>& act) {
        StallMeter stepMeter;
        act();
        QTest::qWait(150);
        INFO(what << ": longest stall " << stepMeter.longestMs() << " ms");
        CHECK(stepMeter.longestMs() < budgetMs);
    };
    auto* navigation = test::child<QListWidget>(&window, QStringLiteral("navigation"));
    for (int row = 0; row < navigation->count(); ++row) {
        const QString page = navigation->item(row)->text();
        step(qPrintable(page), [&] { navigation->setCurrentRow(row); });
        if (auto* tabs = navigation->item(row)
                             ->data(Qt::UserRole)
                             .value<QWidget*>()
                             ->findChild<QTabWidget*>()) {
            for (int tab = 1; tab < tabs->count(); ++tab)
                step(qPrintable(page + QStringLiteral(" / ") + tabs->tabText(tab)),
                     [&] { tabs->setCurrentIndex(tab); });
        }
    }
    ui::CallbacksPage* callbacks = window.callbacksPage();
    test::showPage(&window, callbacks);
    // The week and the team are read in the background; showing them is measured too.
    for (const auto& [what, view] :
         {std::pair{"callbacks / week", ui::CallbacksPage::View::Week},
          std::pair{"callbacks / team", ui::CallbacksPage::View::Team}}) {
        step(what, [&, view = view] {
            QSignalSpy read(callbacks, &ui::CallbacksPage::loaded);
            callbacks->showView(view);
            CHECK(read.wait(20'000));
        });
    }
    step("customer file", [&] {
        test::showPage(&window, customers);
        customers->openCustomer(54'321);
    });
    step("complaint", [&] {
        test::showPage(&window, complaints);
        complaints->openComplaint(QStringLiteral("TS-%1-0001").arg(QStringLiteral("20261101")));
    });
}
