#include "TestStore.h"
#include "UiTestSupport.h"

#include <FirstRunDialog.h>
#include <Session.h>
#include <SignInDialog.h>
#include <SignInForm.h>
#include <accounts/AccountService.h>
#include <storage/Database.h>
#include <store/StoreService.h>

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace cc;

TEST_CASE("First run: typing a store and a manager creates the store and signs in")
{
    QTemporaryDir dir;
    auto database = Database::open(dir.filePath(QStringLiteral("new.sqlite"))).value();
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    ui::Session session(Services(*database, clock));
    REQUIRE(session.store().name.isEmpty());

    ui::FirstRunDialog dialog(session);
    dialog.show();
    auto* create = test::child<QPushButton>(&dialog, QStringLiteral("createStore"));
    CHECK_FALSE(create->isEnabled());

    test::typeText(test::child<QLineEdit>(&dialog, QStringLiteral("storeName")),
                   QStringLiteral("王府井旗舰店"));
    test::typeText(test::child<QLineEdit>(&dialog, QStringLiteral("adminUsername")),
                   QStringLiteral("wang"));
    test::typeText(test::child<QLineEdit>(&dialog, QStringLiteral("adminDisplayName")),
                   QStringLiteral("王店长"));
    test::typeText(test::child<QLineEdit>(&dialog, QStringLiteral("adminPassword")),
                   QStringLiteral("short"));

    // The password rule shows inline, beside the field, while typing.
    auto errors = dialog.findChildren<QLabel*>(QStringLiteral("fieldError"));
    const auto visibleError = [&errors] {
        for (QLabel* label : errors)
            if (label->isVisible())
                return label->text();
        return QString();
    };
    CHECK(visibleError().contains(QStringLiteral("10")));
    CHECK_FALSE(create->isEnabled());

    test::typeText(test::child<QLineEdit>(&dialog, QStringLiteral("adminPassword")),
                   QStringLiteral("-and-long"));
    test::typeText(test::child<QLineEdit>(&dialog, QStringLiteral("adminPasswordConfirm")),
                   QStringLiteral("short-and-lon"));
    CHECK(visibleError().contains(QStringLiteral("differ")));
    CHECK_FALSE(create->isEnabled());
    test::typeText(test::child<QLineEdit>(&dialog, QStringLiteral("adminPasswordConfirm")),
                   QStringLiteral("g"));
    CHECK(visibleError().isEmpty());
    REQUIRE(create->isEnabled());

    QTest::mouseClick(create, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.user().username == QStringLiteral("wang"));
    CHECK(dialog.user().role == Role::Manager);
    CHECK(session.store().name == QStringLiteral("王府井旗舰店"));
}

TEST_CASE("First run: Esc asks before throwing away what was typed")
{
    QTemporaryDir dir;
    auto database = Database::open(dir.filePath(QStringLiteral("new.sqlite"))).value();
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    ui::Session session(Services(*database, clock));
    ui::FirstRunDialog dialog(session);
    dialog.show();
    test::typeText(test::child<QLineEdit>(&dialog, QStringLiteral("storeName")),
                   QStringLiteral("旗舰店"));

    bool asked = false;
    test::onNextModal([&asked](QWidget* box) {
        asked = true;
        auto* question = qobject_cast<QMessageBox*>(box);
        REQUIRE(question);
        question->button(QMessageBox::Cancel)->click();
    });
    QTest::keyClick(&dialog, Qt::Key_Escape);
    test::settle();
    CHECK(asked);
    CHECK(dialog.isVisible());
    CHECK(test::child<QLineEdit>(&dialog, QStringLiteral("storeName"))->text() ==
          QStringLiteral("旗舰店"));
}

TEST_CASE("Sign-in dialog: a wrong password shows the refusal and keeps the dialog open")
{
    test::TestStore store;
    ui::Session session(Services(store.db(), store.clock()));
    ui::SignInDialog dialog(session);
    dialog.show();
    auto* username = test::child<QLineEdit>(&dialog, QStringLiteral("username"));
    auto* password = test::child<QLineEdit>(&dialog, QStringLiteral("password"));

    test::typeText(username, test::adminName);
    test::typeText(password, QStringLiteral("wrong-password"));
    QTest::keyClick(password, Qt::Key_Return);
    CHECK(dialog.isVisible());
    auto* error = test::child<QLabel>(dialog.form(), QStringLiteral("formError"));
    CHECK(error->isVisible());
    INFO(error->text().toStdString());
    CHECK(error->text().contains(QStringLiteral("wrong")));
    CHECK(password->text().isEmpty());

    test::typeText(password, test::adminPassword);
    QTest::keyClick(password, Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.user().username == test::adminName);
}

TEST_CASE("Sign-in while the store is checked: the name and password are taken, nothing is written")
{
    test::TestStore store;
    store.close();
    const QByteArray before = test::fileBytes(store.path());
    {
        // Read-only, as the start-up opens it while the check runs.
        OpenOptions look;
        look.create = false;
        look.readOnly = true;
        look.quickCheck = QuickCheck::Never;
        look.migrate = false;
        std::unique_ptr<Database> db = Database::open(store.path(), look).value();
        ui::Session preview(Services(*db, store.clock()));
        ui::SignInDialog dialog(preview, ui::SignInDialog::Mode::CollectOnly);
        dialog.show();
        auto* username = test::child<QLineEdit>(&dialog, QStringLiteral("username"));
        auto* password = test::child<QLineEdit>(&dialog, QStringLiteral("password"));
        test::typeText(username, test::adminName);
        QTest::keyClick(username, Qt::Key_Return);
        // An empty password is still refused at once, naming the field.
        QTest::keyClick(password, Qt::Key_Return);
        CHECK(dialog.isVisible());
        CHECK(test::child<QLabel>(dialog.form(), QStringLiteral("formError"))->text() ==
              QStringLiteral("Enter your password."));
        // A wrong password is taken too: it is tried once the check has passed.
        test::typeText(password, QStringLiteral("not-checked-yet"));
        QTest::keyClick(password, Qt::Key_Return);
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.username() == test::adminName);
        CHECK(dialog.password() == QStringLiteral("not-checked-yet"));
        CHECK(password->text().isEmpty());
    }
    // No sign-in was recorded, no attempt counted: the file is as it was.
    CHECK(test::fileBytes(store.path()) == before);

    // Then, after the check, the start-up signs in with what was typed; a refusal is shown
    // in the usual dialog with the name kept.
    store.reopen();
    ui::Session session(Services(store.db(), store.clock()));
    ui::SignInDialog again(session);
    again.form()->setUsername(test::adminName);
    again.form()->showError(QStringLiteral("The user name or password is wrong."));
    again.show();
    CHECK(test::child<QLineEdit>(&again, QStringLiteral("username"))->text() == test::adminName);
    CHECK(test::child<QLabel>(again.form(), QStringLiteral("formError"))->isVisible());
}
