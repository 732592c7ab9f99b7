// countercare-screenshots (env COUNTERCARE_SCREENSHOTS=DIR): PNGs of every window in zh_CN and en,
// at 1366×768, on a store with realistic staff and history, for people to look at.
#include "TestStore.h"
#include "UiTestSupport.h"

#include <AccountService.h>
#include <AppInfo.h>
#include <FirstRunDialog.h>
#include <LockScreen.h>
#include <MainWindow.h>
#include <Session.h>
#include <SignInDialog.h>
#include <Theme.h>
#include <Translations.h>
#include <admin/AdminPage.h>
#include <admin/DeactivateDialog.h>
#include <admin/UserDialog.h>

#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

using namespace cc;

namespace {

void save(QWidget* widget, const QString& dir, const QString& name)
{
    widget->show();
    test::settle(80);
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    widget->grab().save(path);
    qInfo("%s", qPrintable(path));
}

void shoot(const QString& language, const QString& outDir)
{
    Translations::install(language);
    const QString dir = QDir(outDir).filePath(language);
    QDir().mkpath(dir);

    test::TestStore store;
    AccountService accounts(store.db(), store.clock());
    const QList<QPair<QString, Role>> staff{{QStringLiteral("lina"), Role::Clerk},
                                            {QStringLiteral("zhangwei"), Role::Clerk},
                                            {QStringLiteral("chenjing"), Role::Supervisor},
                                            {QStringLiteral("liuyang"), Role::Clerk}};
    const QStringList names{QStringLiteral("李娜"), QStringLiteral("张伟"), QStringLiteral("陈静"),
                            QStringLiteral("刘洋")};
    for (int i = 0; i < staff.size(); ++i) {
        (void)accounts.addUser(store.admin().actor(), staff[i].first, names[i], staff[i].second,
                               test::staffPassword);
        store.clock().advanceSecs(3600);
        (void)accounts.signIn(staff[i].first, test::staffPassword);
    }
    for (int i = 0; i < 5; ++i)
        (void)accounts.signIn(QStringLiteral("liuyang"), QStringLiteral("wrong-password"));

    ui::Session session(store.db(), store.clock());

    {
        QTemporaryDir emptyDir;
        auto empty = Database::open(emptyDir.filePath(QStringLiteral("e.sqlite"))).value();
        ui::Session fresh(*empty, store.clock());
        ui::FirstRunDialog firstRun(fresh);
        test::typeText(firstRun.findChild<QLineEdit*>(QStringLiteral("storeName")),
                       QStringLiteral("王府井旗舰店"));
        test::typeText(firstRun.findChild<QLineEdit*>(QStringLiteral("adminUsername")),
                       QStringLiteral("wang"));
        test::typeText(firstRun.findChild<QLineEdit*>(QStringLiteral("adminPassword")),
                       QStringLiteral("short"));
        save(&firstRun, dir, QStringLiteral("first-run"));
    }
    {
        ui::SignInDialog signIn(session);
        test::typeText(signIn.findChild<QLineEdit*>(QStringLiteral("username")),
                       QStringLiteral("lina"));
        save(&signIn, dir, QStringLiteral("sign-in"));
    }

    session.setUser(store.admin());
    ui::MainWindow window(session);
    window.resize(1366, 768);
    save(&window, dir, QStringLiteral("dashboard"));

    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    navigation->setCurrentRow(1);
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("adminTabs"));
    tabs->setCurrentIndex(0);
    save(&window, dir, QStringLiteral("admin-users"));
    tabs->setCurrentIndex(1);
    save(&window, dir, QStringLiteral("admin-audit"));
    tabs->setCurrentIndex(2);
    save(&window, dir, QStringLiteral("admin-settings"));

    {
        ui::UserDialog add(session);
        test::typeText(add.findChild<QLineEdit*>(QStringLiteral("username")),
                       QStringLiteral("wu min"));
        test::typeText(add.findChild<QLineEdit*>(QStringLiteral("displayName")),
                       QStringLiteral("吴敏"));
        save(&add, dir, QStringLiteral("add-user"));
    }
    {
        ui::DeactivateDialog leave(session, accounts.findUser(QStringLiteral("zhangwei")).value(),
                                   accounts.listUsers(store.admin().actor()).value());
        save(&leave, dir, QStringLiteral("deactivate"));
    }

    window.lock();
    save(&window, dir, QStringLiteral("lock-screen"));
}

} // namespace

// A Catch session, because TestStore reports through Catch; not registered with CTest.
TEST_CASE("screenshots")
{
    const QString out =
        qEnvironmentVariable("COUNTERCARE_SCREENSHOTS", QStringLiteral("screenshots"));
    for (const QString& language : {QStringLiteral("zh_CN"), QStringLiteral("en")})
        shoot(language, out);
}

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    applyApplicationIdentity();
    ui::applyTheme(app);
    return Catch::Session().run(argc, argv);
}
