// [walkthrough] 5: a shutdown, a logout or Ctrl+C is a normal close of the counter.
#include "TestStore.h"
#include "UiTestSupport.h"

#include <MainWindow.h>
#include <Session.h>
#include <ShutdownSignals.h>
#include <accounts/AuditLog.h>
#include <complaints/ComplaintForm.h>
#include <complaints/ComplaintsPage.h>
#include <storage/FileCheckSchedule.h>

#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

#include <csignal>

using namespace cc;

TEST_CASE("SIGTERM closes the counter as its window's close button: the draft is kept, the "
          "user signed out, and a dialog left open does not hold it")
{
    for (const int signal : {SIGTERM, SIGINT, SIGHUP}) {
        INFO("signal " << signal);
        test::TestStore store;
        const User clerk = store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
        ui::Session session(Services(store.db(), store.clock()));
        session.setUser(clerk);
        ui::MainWindow window(session);
        window.show();
        test::activate(&window);
        // Half a complaint typed, then a question left open on screen.
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        auto* description = test::child<QPlainTextEdit>(window.complaintsPage()->form(),
                                                        QStringLiteral("description"));
        test::typeText(description, QStringLiteral("羽绒服拉链坏了"));

        ui::ShutdownSignals shutdown;
        QObject::connect(&shutdown, &ui::ShutdownSignals::closeRequested, &window,
                         &ui::ShutdownSignals::closeTheCounter);
        bool dialogReturned = false;
        QTimer::singleShot(0, &window, [&] {
            QTimer::singleShot(100, [signal] { std::raise(signal); });
            QMessageBox question(QMessageBox::Question, QStringLiteral("?"),
                                 QStringLiteral("Keep the window open?"),
                                 QMessageBox::Yes | QMessageBox::No, &window);
            question.exec();
            dialogReturned = true;
        });
        CHECK(QApplication::exec() == 0);
        CHECK(shutdown.requested());
        CHECK(dialogReturned);
        CHECK_FALSE(window.isVisible());
        CHECK(ui::ComplaintForm::hasDraft(session));
        Result<std::optional<AuditEntry>> signedOut =
            AuditLog(store.db(), store.clock()).newest(QStringLiteral("user.sign_out"));
        REQUIRE(signedOut.ok());
        CHECK(signedOut.value().has_value());
    }
}

TEST_CASE("The counter program ends with status 0 on SIGTERM, SIGINT and SIGHUP, its file "
          "closed cleanly")
{
    for (const int signal : {SIGTERM, SIGINT, SIGHUP}) {
        INFO("signal " << signal);
        test::TestStore store;
        store.close();
        QProcess counter;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        counter.setProcessEnvironment(environment);
        counter.start(QStringLiteral(COUNTERCARE_GUI), {QStringLiteral("--db"), store.path()});
        REQUIRE(counter.waitForStarted());
        // The sign-in window is up once the file is open (its write-ahead log exists).
        REQUIRE(QTest::qWaitFor(
            [&] { return QFileInfo::exists(store.path() + QStringLiteral("-wal")); }, 20'000));
        test::settle(300);
        REQUIRE(::kill(pid_t(counter.processId()), signal) == 0);
        REQUIRE(counter.waitForFinished(20'000));
        CHECK(counter.exitStatus() == QProcess::NormalExit);
        CHECK(counter.exitCode() == 0);
        // Closed as a clean close leaves it: the next start need not read the whole file.
        CHECK_FALSE(FileCheckSchedule::leftUnclean(store.path()));
    }
}
