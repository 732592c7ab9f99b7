// 报表: the monthly complaint statistics and customer churn, read in the background, as a
// supervisor works them with the keyboard and the mouse.
#include "TestStore.h"
#include "UiTestSupport.h"

#include <MainWindow.h>
#include <Session.h>
#include <demo/DemoData.h>
#include <reports/ReportService.h>
#include <reports/ReportsPage.h>

#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace cc;

namespace {

void fill(test::TestStore& store, qint64 customers = 1'500)
{
    store.clock().set(QDateTime(QDate(2026, 11, 23), QTime(6, 0), QTimeZone::utc()));
    DemoOptions options;
    options.customers = customers;
    options.complaints = 2'000;
    REQUIRE(DemoData(store.db(), store.clock()).fill(store.admin().actor(), options).ok());
}

bool finished(ui::ReportsPage* page, const QString& report)
{
    return QTest::qWaitFor(
        [&] {
            return test::child<QPushButton>(page, report + QStringLiteral("Show"))->isEnabled();
        },
        30'000);
}

// Types a date into a date field as a clerk does: Tab into it (the first section is
// selected), then digits, each full section moving on to the next.
void typeDate(QDateEdit* edit, const QString& digits)
{
    test::activate(edit->window());
    edit->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(edit, digits);
}

qint64 column(QTableWidget* table, int col)
{
    qint64 total = 0;
    for (int row = 0; row < table->rowCount(); ++row)
        total += QLocale().toLongLong(table->item(row, col)->text());
    return total;
}

} // namespace

TEST_CASE("Reports: a supervisor reads this month, then another month, from the navigation")
{
    test::TestStore store;
    fill(store);
    const User supervisor = store.addUser(QStringLiteral("zhang"), Role::Supervisor);
    ui::Session session(Services(store.db(), store.clock()));
    session.setUser(supervisor);
    ui::MainWindow window(session);
    window.show();
    ui::ReportsPage* page = window.reportsPage();
    test::showPage(&window, page);
    // Shown for the first time: this month's report, read in the background.
    REQUIRE(finished(page, QStringLiteral("monthly")));
    ReportService reports(store.db(), store.clock());
    const MonthlyReport november = reports.monthly(supervisor.actor(), QDate(2026, 11, 1)).value();
    CHECK(page->figure(QStringLiteral("monthlyTotal"))->text() ==
          QLocale().toString(november.total));

    auto* month = test::child<QDateEdit>(page, QStringLiteral("reportMonth"));
    typeDate(month, QStringLiteral("202609"));
    REQUIRE(month->date().month() == 9);
    // Enter in the month field reads the month, as Show does.
    QTest::keyClick(month, Qt::Key_Return);
    CHECK(test::child<QProgressBar>(page, QStringLiteral("monthlyProgress"))->isVisible());
    REQUIRE(finished(page, QStringLiteral("monthly")));
    CHECK_FALSE(test::child<QProgressBar>(page, QStringLiteral("monthlyProgress"))->isVisible());
    const MonthlyReport september = reports.monthly(supervisor.actor(), QDate(2026, 9, 1)).value();
    REQUIRE(september.total > 0);
    REQUIRE(september.total != november.total);
    CHECK(page->figure(QStringLiteral("monthlyTotal"))->text() ==
          QLocale().toString(september.total));
    CHECK(test::child<QLabel>(page, QStringLiteral("monthlyTitle"))
              ->text()
              .contains(QStringLiteral("September 2026")));
    // Every category is listed, those without complaints too, and they add up.
    auto* byCategory = test::child<QTableWidget>(page, QStringLiteral("byCategory"));
    CHECK(byCategory->rowCount() == 6);
    CHECK(column(byCategory, 1) == september.total);
    CHECK(column(test::child<QTableWidget>(page, QStringLiteral("byStatus")), 1) ==
          september.total);
    CHECK(byCategory->item(0, 0)->text() == QStringLiteral("Product quality"));
    CHECK(byCategory->item(0, 1)->text() ==
          QLocale().toString(september.byCategory.value(QStringLiteral("quality"))));

    // F5 reads it again: a case moved into September since is counted.
    const QString before = page->figure(QStringLiteral("monthlyTotal"))->text();
    test::rawExec(store.path(),
                  {QStringLiteral("UPDATE complaints SET received_at = '2026-09-15T02:00:00.000Z' "
                                  "WHERE id = (SELECT max(id) FROM complaints WHERE received_at "
                                  ">= '2026-10-05')")});
    QTest::keyClick(&window, Qt::Key_F5);
    REQUIRE(finished(page, QStringLiteral("monthly")));
    CHECK(page->figure(QStringLiteral("monthlyTotal"))->text() ==
          QLocale().toString(september.total + 1));
    CHECK(before != page->figure(QStringLiteral("monthlyTotal"))->text());

    // The next person to sign in sees none of it, and starts from this month.
    page->reset();
    CHECK(page->figure(QStringLiteral("monthlyTotal"))->text() == QStringLiteral("–"));
    CHECK(byCategory->rowCount() == 0);
    CHECK(month->date().month() == 11);
}

TEST_CASE("Reports: churn for a period typed in, refused backwards, and stopped")
{
    test::TestStore store;
    // Large enough that the report takes longer than the window takes to hear Stop.
    fill(store, 20'000);
    ui::Session session(Services(store.db(), store.clock()));
    session.setUser(store.admin());
    ui::ReportsPage page(session);
    page.resize(1100, 650);
    page.show();
    // The churn tab reads this year so far when first opened.
    QTest::mouseClick(page.tabs()->tabBar(), Qt::LeftButton, {},
                      page.tabs()->tabBar()->tabRect(1).center());
    REQUIRE(page.tabs()->currentIndex() == 1);
    REQUIRE(finished(&page, QStringLiteral("churn")));
    ReportService reports(store.db(), store.clock());
    const ChurnReport thisYear =
        reports.churn(store.admin().actor(), QDate(2026, 1, 1), QDate(2026, 11, 23)).value();
    CHECK(page.figure(QStringLiteral("churnLost"))->text() == QLocale().toString(thisYear.lost));

    auto* from = test::child<QDateEdit>(&page, QStringLiteral("churnFrom"));
    auto* to = test::child<QDateEdit>(&page, QStringLiteral("churnTo"));
    auto* show = test::child<QPushButton>(&page, QStringLiteral("churnShow"));
    auto* message = test::child<QLabel>(&page, QStringLiteral("churnMessage"));
    typeDate(from, QStringLiteral("20240101"));
    typeDate(to, QStringLiteral("20251231"));
    QTest::mouseClick(show, Qt::LeftButton);
    REQUIRE(finished(&page, QStringLiteral("churn")));
    const ChurnReport twoYears =
        reports.churn(store.admin().actor(), QDate(2024, 1, 1), QDate(2025, 12, 31)).value();
    REQUIRE(twoYears.lost > 0);
    REQUIRE(twoYears.lost != thisYear.lost);
    CHECK(page.figure(QStringLiteral("churnLost"))->text() == QLocale().toString(twoYears.lost));
    CHECK(page.figure(QStringLiteral("churnOnFile"))->text() ==
          QLocale().toString(twoYears.customers));
    CHECK(page.figure(QStringLiteral("churnAbsolute"))->text() ==
          QStringLiteral("%1%").arg(QLocale().toString(twoYears.absoluteRate(), 'f', 2)));
    auto* reasons = test::child<QTableWidget>(&page, QStringLiteral("lostReasons"));
    CHECK(reasons->rowCount() == twoYears.lostByReason.size());
    CHECK(column(reasons, 1) == twoYears.lost);

    // A period that ends before it begins is refused at once; what is shown stays.
    typeDate(to, QStringLiteral("20231231"));
    QTest::mouseClick(show, Qt::LeftButton);
    CHECK(show->isEnabled());
    CHECK(message->text().startsWith(QStringLiteral("To:")));
    CHECK(page.figure(QStringLiteral("churnLost"))->text() == QLocale().toString(twoYears.lost));

    // Stop while it reads: nothing new is shown, and it says so. Even this store's report
    // is read in some milliseconds, so Stop is pressed (Space: a mouse click lets the event
    // loop run first) the moment Show has started it; a person is slower, and a chain
    // store's report takes seconds.
    typeDate(to, QStringLiteral("20261123"));
    auto* stop = test::child<QPushButton>(&page, QStringLiteral("churnStop"));
    bool stopShown = false;
    const QMetaObject::Connection stopAtOnce =
        QObject::connect(show, &QPushButton::clicked, stop, [&] {
            stopShown = stop->isVisible();
            QTest::keyClick(stop, Qt::Key_Space);
        });
    QTest::mouseClick(show, Qt::LeftButton);
    QObject::disconnect(stopAtOnce);
    CHECK(stopShown);
    REQUIRE(finished(&page, QStringLiteral("churn")));
    CHECK(message->text() == QStringLiteral("Report stopped."));
    CHECK(page.figure(QStringLiteral("churnLost"))->text() == QLocale().toString(twoYears.lost));
}

TEST_CASE("Reports are not offered to a clerk")
{
    test::TestStore store;
    const User clerk = store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
    ui::Session session(Services(store.db(), store.clock()));
    session.setUser(clerk);
    ui::MainWindow window(session);
    auto* navigation = test::child<QListWidget>(&window, QStringLiteral("navigation"));
    for (int i = 0; i < navigation->count(); ++i)
        CHECK(navigation->item(i)->data(Qt::UserRole).value<QWidget*>() != window.reportsPage());
}
