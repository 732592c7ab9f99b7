#include "TestStore.h"
#include "UiTestSupport.h"

#include <IdleWatcher.h>
#include <LockScreen.h>
#include <MainWindow.h>
#include <Session.h>
#include <SignInForm.h>
#include <accounts/AccountService.h>
#include <accounts/AuditLog.h>
#include <admin/AdminPage.h>

#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace cc;

namespace {

QStringList navigationItems(ui::MainWindow& window)
{
    auto* navigation = test::child<QListWidget>(&window, QStringLiteral("navigation"));
    QStringList items;
    for (int i = 0; i < navigation->count(); ++i)
        items << navigation->item(i)->text();
    return items;
}

void signInOnLockScreen(ui::MainWindow& window, const QString& username, const QString& password)
{
    auto* lock = test::child<ui::LockScreen>(&window, QStringLiteral("lockScreen"));
    auto* name = test::child<QLineEdit>(lock, QStringLiteral("username"));
    auto* secret = test::child<QLineEdit>(lock, QStringLiteral("password"));
    name->clear();
    test::typeText(name, username);
    test::typeText(secret, password);
    QTest::keyClick(secret, Qt::Key_Return);
}

} // namespace

TEST_CASE("The window shows only the pages the signed-in role may use")
{
    test::TestStore store;
    User clerk = store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
    ui::Session session(Services(store.db(), store.clock()));

    SECTION("manager")
    {
        session.setUser(store.admin());
        ui::MainWindow window(session);
        window.show();
        CHECK(window.windowTitle().contains(QStringLiteral("CounterCare")));
        CHECK(navigationItems(window) ==
              QStringList{QStringLiteral("Dashboard"), QStringLiteral("Customers"),
                          QStringLiteral("Complaints"), QStringLiteral("Approvals"),
                          QStringLiteral("Callbacks"), QStringLiteral("Reports"),
                          QStringLiteral("Admin")});
    }
    SECTION("clerk")
    {
        session.setUser(clerk);
        ui::MainWindow window(session);
        window.show();
        CHECK(navigationItems(window) ==
              QStringList{QStringLiteral("Dashboard"), QStringLiteral("Customers"),
                          QStringLiteral("Complaints"), QStringLiteral("Callbacks")});
        CHECK(window.findChild<ui::AdminPage*>() == nullptr);
    }
}

TEST_CASE("Ctrl+L locks the window, hides the pages and keeps what was typed")
{
    test::TestStore store;
    ui::Session session(Services(store.db(), store.clock()));
    session.setUser(store.admin());
    ui::MainWindow window(session);
    window.show();
    test::activate(&window);

    // An unsaved change on the settings form.
    auto* navigation = test::child<QListWidget>(&window, QStringLiteral("navigation"));
    navigation->setCurrentRow(5);
    auto* tabs = test::child<QTabWidget>(&window, QStringLiteral("adminTabs"));
    tabs->setCurrentIndex(2);
    auto* minutes = test::child<QSpinBox>(&window, QStringLiteral("idleMinutes"));
    minutes->setValue(42);

    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    REQUIRE(window.isLocked());
    auto* pages = test::child<QStackedWidget>(&window, QStringLiteral("pages"));
    CHECK_FALSE(pages->isVisible());
    auto* lock = test::child<ui::LockScreen>(&window, QStringLiteral("lockScreen"));
    CHECK(lock->isVisible());
    CHECK(test::child<QLineEdit>(lock, QStringLiteral("username"))->text() == test::adminName);

    signInOnLockScreen(window, test::adminName, QStringLiteral("wrong-password"));
    CHECK(window.isLocked());
    signInOnLockScreen(window, test::adminName, test::adminPassword);
    REQUIRE_FALSE(window.isLocked());
    CHECK(pages->isVisible());
    CHECK(minutes->value() == 42);
}

TEST_CASE("The window locks itself after the idle time")
{
    test::TestStore store;
    ui::Session session(Services(store.db(), store.clock()));
    session.setUser(store.admin());
    ui::MainWindow window(session);
    window.show();
    window.idleWatcher()->setTimeoutMsecs(60);
    CHECK_FALSE(window.isLocked());
    CHECK(QTest::qWaitFor([&window] { return window.isLocked(); }, 2000));
}

TEST_CASE("Switch user: another clerk signs in and gets their own pages")
{
    test::TestStore store;
    store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
    ui::Session session(Services(store.db(), store.clock()));
    session.setUser(store.admin());
    ui::MainWindow window(session);
    window.show();

    window.switchUser();
    REQUIRE(window.isLocked());
    auto* lock = test::child<ui::LockScreen>(&window, QStringLiteral("lockScreen"));
    CHECK(test::child<QLineEdit>(lock, QStringLiteral("username"))->text().isEmpty());
    signInOnLockScreen(window, QStringLiteral("xiaoli"), test::staffPassword);
    REQUIRE_FALSE(window.isLocked());
    CHECK(session.user().username == QStringLiteral("xiaoli"));
    CHECK(navigationItems(window) ==
          QStringList{QStringLiteral("Dashboard"), QStringLiteral("Customers"),
                      QStringLiteral("Complaints"), QStringLiteral("Callbacks")});

    // The manager's sign-out and the clerk's sign-in are both on the record.
    Result<QList<AuditEntry>> entries = AuditLog(store.db(), store.clock()).list({});
    REQUIRE(entries.ok());
    CHECK(entries->at(0).action == QStringLiteral("user.sign_in"));
    CHECK(entries->at(0).actor == QStringLiteral("xiaoli"));
    CHECK(entries->at(1).action == QStringLiteral("user.sign_out"));
    CHECK(entries->at(1).actor == test::adminName);
}
