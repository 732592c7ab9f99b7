// countercare: checks the store's database when that cannot wait (a large one while its
// sign-in window is typed into), opens it, signs someone in (or sets up a new store), then
// shows the counter window. The day's check of the file and its backup run in the background
// on their own connections; another backup runs on exit.
#include <ExitBackup.h>
#include <FirstRunDialog.h>
#include <MainWindow.h>
#include <Session.h>
#include <ShutdownSignals.h>
#include <SignInDialog.h>
#include <SignInForm.h>
#include <StartupCheck.h>
#include <Theme.h>
#include <UiSettings.h>
#include <accounts/AccountService.h>
#include <backup/AutoBackup.h>
#include <backup/DamagedStoreDialog.h>
#include <base/AppInfo.h>
#include <base/Clock.h>
#include <base/Translations.h>
#include <storage/Database.h>
#include <storage/FileCheckSchedule.h>
#include <store/StoreSettings.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QSessionManager>
#include <QThread>

#include <sys/stat.h>

#include <atomic>
#include <memory>

namespace {

/// The start-of-day backup, on its own connection so the counter never waits for it.
/// Setting `stop` abandons it (nothing is written): the exit backup follows anyway.
QThread* startDailyBackup(const QString& path, cc::ui::MainWindow& window,
                          std::shared_ptr<std::atomic<bool>> stop)
{
    QThread* thread = QThread::create([path, stop] {
        cc::Result<std::unique_ptr<cc::Database>> own =
            cc::Database::open(path, cc::OpenOptions::sibling());
        if (!own)
            return;
        cc::SystemClock clock;
        (void)cc::AutoBackup(*own.value(), clock)
            .run(cc::BackupTrigger::Start, cc::Actor::system(), [stop](int) { return !*stop; });
    });
    QObject::connect(thread, &QThread::finished, &window, [&window] { window.backupsChanged(); });
    thread->start(QThread::LowPriority);
    return thread;
}

enum class EarlySignIn { Typed, NotOffered, Closed };

/// While a large store is checked, its sign-in window is already up, over a read-only look
/// at the file: the user name and password are taken, and tried only once the check has
/// passed (a sign-in writes to the file). NotOffered: a new store, or a file that cannot
/// be read as it is; the usual way follows the check.
EarlySignIn signInWhileChecking(const QString& path, const cc::Clock& clock, QString& username,
                                QString& password)
{
    cc::OpenOptions look;
    look.create = false;
    look.readOnly = true;
    look.quickCheck = cc::QuickCheck::Never;
    look.migrate = false;
    cc::Result<std::unique_ptr<cc::Database>> opened = cc::Database::open(path, look);
    if (!opened)
        return EarlySignIn::NotOffered;
    cc::ui::Session preview(cc::Services(*opened.value(), clock));
    if (preview.store().name.isEmpty())
        return EarlySignIn::NotOffered;
    cc::ui::SignInDialog signIn(preview, cc::ui::SignInDialog::Mode::CollectOnly);
    if (signIn.exec() != QDialog::Accepted)
        return EarlySignIn::Closed;
    username = signIn.username();
    password = signIn.password();
    return EarlySignIn::Typed;
}

/// One run of the counter on the store at `path`: the start-up check, sign-in, the counter
/// window. `checkAgain` is set when the file was found damaged while in use (the check of
/// the day runs in the background): the caller then runs it again, which checks the file
/// whole before anything else and offers a backup. `afterDamage`: that second run, whose
/// sign-in waits for the check.
int runCounter(const QString& path, cc::SystemClock& clock, const cc::ui::ShutdownSignals& shutdown,
               bool afterDamage, bool& checkAgain)
{
    checkAgain = false;
    // A damaged or foreign file never reaches the counter: the way out is a backup, or a
    // read-only look to rescue data.
    cc::OpenOptions options;
    // Off the UI thread: a store of millions of rows takes seconds to check. Its sign-in
    // window comes at once and is typed into meanwhile; a window then says how the check
    // is going, if it is not done by then. A small store is checked before anything shows.
    cc::ui::StartupCheck checking(path);
    checking.start();
    QString typedName;
    QString typedPassword;
    EarlySignIn early = EarlySignIn::NotOffered;
    if (!afterDamage && !checking.finished(cc::ui::StartupCheck::quietMs)) {
        early = signInWhileChecking(path, clock, typedName, typedPassword);
        if (early == EarlySignIn::Closed) {
            checking.abandon(); // quit now, not when a minutes-long check is done
            return 0;
        }
    }
    const cc::FileCheck check = checking.wait();
    using Verdict = cc::FileCheck::Verdict;
    if (check.verdict == Verdict::Damaged || check.verdict == Verdict::NotOurs) {
        cc::ui::DamagedStoreDialog damaged(path, check, clock);
        if (damaged.exec() != QDialog::Accepted)
            return 3;
        if (damaged.choice() == cc::ui::DamagedStoreDialog::Choice::Restored) {
            QMessageBox::information(
                nullptr, QApplication::translate("main", "Restored"),
                QApplication::translate("main", "The database was restored from %1. The damaged "
                                                "file is kept, untouched, as %2.")
                    .arg(QDir::toNativeSeparators(damaged.restoredFrom()),
                         QDir::toNativeSeparators(damaged.damagedCopy())));
        } else {
            options.create = false;
            options.readOnly = true;
            options.quickCheck = cc::QuickCheck::Never;
            options.migrate = false;
        }
    }
    // examine() has just read every page with quick_check, or found it not due: on a store
    // of millions of rows a second pass would double the wait before the first window.
    if (check.verdict == Verdict::Usable)
        options.quickCheck = cc::QuickCheck::Never;
    cc::Result<std::unique_ptr<cc::Database>> opened = cc::Database::open(path, options);
    if (!opened) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "CounterCare cannot start"),
                              opened.error().message);
        return 3;
    }
    std::unique_ptr<cc::Database> database = std::move(opened).value();
    // The check read-only found the file whole: the next start today need not read it again.
    if (check.checkedWhole && !database->isReadOnly())
        (void)cc::FileCheckSchedule::recordPassed(*database, clock.nowUtc());
    cc::ui::Session session(cc::Services(*database, clock));

    cc::User user;
    if (session.store().name.isEmpty() && !database->isReadOnly()) {
        cc::ui::FirstRunDialog setup(session);
        if (setup.exec() != QDialog::Accepted)
            return 0;
        user = setup.user();
    } else {
        // What was typed while the file was checked is tried now, on a healthy file only.
        QString refused;
        bool signedIn = false;
        if (early == EarlySignIn::Typed && check.verdict == Verdict::Usable) {
            cc::Result<cc::User> tried =
                cc::AccountService(*database, clock).signIn(typedName, typedPassword);
            if (tried) {
                user = tried.value();
                signedIn = true;
            } else {
                refused = tried.error().message;
            }
        }
        typedPassword.clear();
        if (!signedIn) {
            cc::ui::SignInDialog signIn(session);
            if (early == EarlySignIn::Typed) {
                signIn.form()->setUsername(typedName);
                if (!refused.isEmpty())
                    signIn.form()->showError(refused);
            }
            if (signIn.exec() != QDialog::Accepted)
                return 0;
            user = signIn.user();
        }
    }
    session.setUser(user);

    cc::ui::MainWindow window(session);
    window.show();
    // Today's check, left for later: the counter is in use while every page is read.
    if (check.dailyCheckDue)
        window.checkFileInBackground();
    std::unique_ptr<QThread> daily;
    const auto stopDaily = std::make_shared<std::atomic<bool>>(false);
    if (!database->isReadOnly()) {
        if (cc::Result<QString> folder = cc::StoreSettings(*database, clock).backupFolder(); folder)
            cc::ui::UiSettings::rememberBackupFolder(database->path(), folder.value());
        daily.reset(startDailyBackup(database->path(), window, stopDaily));
    }
    const int code = QApplication::exec();
    if (daily) {
        stopDaily->store(true);
        daily->wait();
    }
    // A file found damaged meanwhile is written to no more (so not backed up over the good
    // backups either): it is checked again, and the way out offered, as at start.
    checkAgain = window.fileFoundDamaged() && !shutdown.requested();
    if (!database->isReadOnly()) {
        // At a shutdown there is little time: a backup that does not finish in a few
        // seconds is left to the next start, which makes it first.
        cc::ui::ExitBackup backup(database->path(), clock);
        QObject::connect(&shutdown, &cc::ui::ShutdownSignals::closeRequested, &backup,
                         [&backup] { backup.hurry(cc::ui::ShutdownSignals::exitBackupMs); });
        if (shutdown.requested())
            backup.hurry(cc::ui::ShutdownSignals::exitBackupMs);
        if (!backup.run() && backup.gaveUp())
            (void)cc::AutoBackup(*database, clock).owe();
    }
    return code;
}

} // namespace

int main(int argc, char* argv[])
{
    // Whatever the counter writes holds customer data: its owner's alone (the services
    // make each such file 0600 themselves too).
    ::umask(077);
    QApplication app(argc, argv);
    cc::applyApplicationIdentity();
    cc::Translations::install(cc::ui::UiSettings::effectiveLanguage());
    cc::ui::applyTheme(app);
    QApplication::setApplicationDisplayName(QStringLiteral("CounterCare"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "CounterCare customer-service counter"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate(
            "main", "Database file (default: env COUNTERCARE_DB, else the app's own file)."),
        QApplication::translate("main", "PATH"));
    parser.addOption(dbOption);
    parser.process(app);

    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : cc::Database::defaultPath();
    // A shutdown, a logout, Ctrl+C or the end of the session close the counter as its
    // window's close button does.
    cc::ui::ShutdownSignals shutdown;
    QObject::connect(&app, &QGuiApplication::commitDataRequest, &shutdown,
                     [&shutdown](QSessionManager&) { shutdown.request(); });
    QObject::connect(&shutdown, &cc::ui::ShutdownSignals::closeRequested, &app,
                     &cc::ui::ShutdownSignals::closeTheCounter);
    cc::SystemClock clock;
    bool checkAgain = false;
    int code = runCounter(path, clock, shutdown, false, checkAgain);
    while (checkAgain)
        code = runCounter(path, clock, shutdown, true, checkAgain);
    return shutdown.requested() ? 0 : code;
}
