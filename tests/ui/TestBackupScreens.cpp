// [data-safety] in the GUI: Admin → Backups, the restore dialog, the damaged-file start
// screen, the dashboard's warning and a save refused by a full disk.
#include "TestStore.h"
#include "UiTestSupport.h"

#include <DashboardPage.h>
#include <ExitBackup.h>
#include <MainWindow.h>
#include <Session.h>
#include <StartupCheck.h>
#include <UiSettings.h>
#include <admin/AdminPage.h>
#include <backup/AutoBackup.h>
#include <backup/BackupsTab.h>
#include <backup/DamagedStoreDialog.h>
#include <customers/CustomerDialog.h>
#include <customers/CustomerService.h>
#include <demo/DemoData.h>
#include <storage/FileCheckSchedule.h>
#include <storage/Migrations.h>
#include <store/StoreSettings.h>

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace cc;

namespace {

void addCustomer(test::TestStore& store, const QString& name, const QString& phone)
{
    CustomerDraft draft;
    draft.name = name;
    draft.phones = {phone};
    REQUIRE(
        Services(store.db(), store.clock()).customers().create(store.admin().actor(), draft).ok());
}

qint64 customers(Database& db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM customers")).value().toLongLong();
}

/// What the newest restore wrote in the audit log.
QString lastRestoreDetail(Database& db)
{
    return db
        .scalar(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'backup.restore' "
                               "ORDER BY id DESC LIMIT 1"))
        .value()
        .toString();
}

} // namespace

TEST_CASE("A manager sets the backup folder, backs up now, and restores from the list")
{
    test::TestStore store;
    addCustomer(store, QStringLiteral("刘女士"), QStringLiteral("13800138000"));
    ui::Session session(Services(store.db(), store.clock()));
    session.setUser(store.admin());
    ui::MainWindow window(session);
    window.show();
    auto* navigation = test::child<QListWidget>(&window, QStringLiteral("navigation"));
    const QList<QListWidgetItem*> admin =
        navigation->findItems(QStringLiteral("Admin"), Qt::MatchStartsWith);
    REQUIRE(admin.size() == 1);
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                      navigation->visualItemRect(admin.first()).center());
    ui::BackupsTab* tab = window.adminPage()->backupsTab();
    window.adminPage()->tabs()->setCurrentWidget(tab);
    REQUIRE(tab->isVisible());
    // No backup yet: the status bar says so in red.
    CHECK(test::child<QLabel>(&window, QStringLiteral("statusBackup"))->text() ==
          QStringLiteral("No backup yet"));

    QTemporaryDir stick;
    const QString folder = QDir(stick.path()).filePath(QStringLiteral("backups"));
    tab->folderEdit()->clear();
    QTest::keyClicks(tab->folderEdit(), QStringLiteral("relative/path"));
    QTest::mouseClick(test::child<QPushButton>(tab, QStringLiteral("saveBackupFolder")),
                      Qt::LeftButton);
    CHECK(tab->message()->text().startsWith(QStringLiteral("Backup folder")));
    tab->folderEdit()->clear();
    QTest::keyClicks(tab->folderEdit(), folder);
    QTest::mouseClick(test::child<QPushButton>(tab, QStringLiteral("saveBackupFolder")),
                      Qt::LeftButton);
    CHECK(StoreSettings(store.db(), store.clock()).backupFolder().value() == folder);

    QTest::mouseClick(tab->backUpButton(), Qt::LeftButton);
    // The backup runs in the background: a bar and Stop while it works.
    CHECK(test::child<QProgressBar>(tab, QStringLiteral("backupProgress"))->isVisible());
    CHECK(test::child<QPushButton>(tab, QStringLiteral("stopBackup"))->isVisible());
    REQUIRE(QTest::qWaitFor([&] { return tab->backUpButton()->isEnabled(); }, 30'000));
    CHECK_FALSE(test::child<QProgressBar>(tab, QStringLiteral("backupProgress"))->isVisible());
    CHECK(tab->message()->text().startsWith(QStringLiteral("Backed up")));
    REQUIRE(tab->table()->rowCount() == 1);
    CHECK(tab->table()->item(0, 2)->text() == QStringLiteral("Checked when made"));
    CHECK(test::child<QLabel>(&window, QStringLiteral("statusBackup"))
              ->text()
              .startsWith(QStringLiteral("Last backup")));
    CHECK(ui::UiSettings::backupFolders(store.path()).first() == folder);

    // A customer added after the backup is gone after the restore.
    addCustomer(store, QStringLiteral("陈先生"), QStringLiteral("13900139000"));
    REQUIRE(customers(store.db()) == 2);
    bool refusedWithoutConsent = false;
    test::onNextModal([&](QWidget* dialog) {
        auto* restore = test::child<QPushButton>(dialog, QStringLiteral("restoreButton"));
        refusedWithoutConsent = !restore->isEnabled();
        QTest::mouseClick(test::child<QCheckBox>(dialog, QStringLiteral("restoreUnderstood")),
                          Qt::LeftButton, {}, QPoint(8, 8));
        QTest::mouseClick(restore, Qt::LeftButton);
    });
    QTest::mouseClick(tab->restoreButton(), Qt::LeftButton);
    CHECK(refusedWithoutConsent);
    CHECK(customers(store.db()) == 1);
    CHECK(tab->message()->text().contains(QStringLiteral("before-restore")));
    // Everyone signs in again against the restored file.
    CHECK(window.isLocked());
}

TEST_CASE("Stop on a running backup leaves no file and says so")
{
    test::TestStore store;
    addCustomer(store, QStringLiteral("刘女士"), QStringLiteral("13800138000"));
    ui::Session session(Services(store.db(), store.clock()));
    session.setUser(store.admin());
    ui::BackupsTab tab(session);
    tab.show();
    const QString folder = StoreSettings::defaultBackupFolder(store.path());
    QTest::mouseClick(tab.backUpButton(), Qt::LeftButton);
    auto* stop = test::child<QPushButton>(&tab, QStringLiteral("stopBackup"));
    REQUIRE(stop->isVisible());
    QTest::mouseClick(stop, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return tab.backUpButton()->isEnabled(); }, 30'000));
    CHECK(tab.message()->text().contains(QStringLiteral("cancelled")));
    CHECK(AutoBackup::list(folder).isEmpty());
    CHECK(QDir(folder).entryList(QDir::Files).isEmpty());
    CHECK(tab.table()->rowCount() == 0);

    // The next one runs to its end.
    QTest::mouseClick(tab.backUpButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return tab.backUpButton()->isEnabled(); }, 30'000));
    CHECK(tab.message()->text().startsWith(QStringLiteral("Backed up")));
    CHECK(AutoBackup::list(folder).size() == 1);
}

TEST_CASE("The exit backup shows a window when it takes a while, and can be skipped")
{
    test::TestStore store;
    // Large enough that the backup is still copying when the window's button is clicked.
    DemoOptions demo;
    demo.customers = 20'000;
    demo.complaints = 20'000;
    REQUIRE(DemoData(store.db(), store.clock()).fill(store.admin().actor(), demo).ok());
    const QString folder = StoreSettings::defaultBackupFolder(store.path());
    {
        // Shown at once (no quiet period), and skipped: nothing is written.
        ui::ExitBackup exiting(store.path(), store.clock());
        bool clicked = false;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, [&] {
            if (clicked || !exiting.isVisible())
                return;
            clicked = true;
            QTest::mouseClick(test::child<QPushButton>(&exiting, QStringLiteral("skipExitBackup")),
                              Qt::LeftButton);
        });
        poll.start(1);
        Result<std::optional<BackupManifest>> skipped = exiting.run(0);
        CHECK(clicked);
        REQUIRE_FALSE(skipped.ok());
        CHECK(skipped.error().code == ErrorCode::Conflict);
        CHECK_FALSE(exiting.isVisible());
        CHECK(AutoBackup::list(folder).isEmpty());
    }
    {
        // A small store is backed up before the window would show.
        ui::ExitBackup exiting(store.path(), store.clock());
        bool shown = false;
        QTimer watch;
        QObject::connect(&watch, &QTimer::timeout, [&] { shown = shown || exiting.isVisible(); });
        watch.start(5);
        Result<std::optional<BackupManifest>> made = exiting.run(10'000);
        REQUIRE(made.ok());
        REQUIRE(made->has_value());
        CHECK_FALSE(shown);
        CHECK(AutoBackup::list(folder).size() == 1);
    }
}

TEST_CASE("A backup with a flipped byte is refused in the restore dialog")
{
    test::TestStore store;
    ui::Session session(Services(store.db(), store.clock()));
    session.setUser(store.admin());
    REQUIRE(AutoBackup(store.db(), store.clock()).run(BackupTrigger::Manual).ok());
    const QString backup =
        AutoBackup::list(StoreSettings::defaultBackupFolder(store.path())).first().path;
    {
        QFile file(backup);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(5000);
        char byte = 0;
        file.getChar(&byte);
        file.seek(5000);
        file.putChar(char(byte ^ 0x01));
    }
    ui::BackupsTab tab(session);
    tab.show();
    QString shown;
    bool restorable = true;
    test::onNextModal([&](QWidget* dialog) {
        shown = test::child<QLabel>(dialog, QStringLiteral("restoreMessage"))->text();
        restorable = test::child<QPushButton>(dialog, QStringLiteral("restoreButton"))->isEnabled();
        static_cast<QDialog*>(dialog)->reject();
    });
    CHECK_FALSE(tab.restoreFrom(backup));
    CHECK(shown.contains(QStringLiteral("manifest")));
    CHECK_FALSE(restorable);
}

TEST_CASE("A copy without its manifest is restored in the dialog only when the manager "
          "chooses it unverified")
{
    test::TestStore store;
    addCustomer(store, QStringLiteral("刘女士"), QStringLiteral("13800138000"));
    ui::Session session(Services(store.db(), store.clock()));
    session.setUser(store.admin());
    REQUIRE(AutoBackup(store.db(), store.clock()).run(BackupTrigger::Manual).ok());
    const QString made =
        AutoBackup::list(StoreSettings::defaultBackupFolder(store.path())).first().path;
    QTemporaryDir stick;
    const QString copy = stick.filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(QFile::copy(made, copy));
    addCustomer(store, QStringLiteral("陈先生"), QStringLiteral("13900139000"));

    ui::BackupsTab tab(session);
    tab.show();
    bool enabledWithUnderstoodOnly = true;
    bool enabledWithBoth = false;
    QString risk;
    test::onNextModal([&](QWidget* dialog) {
        auto* restore = test::child<QPushButton>(dialog, QStringLiteral("restoreButton"));
        auto* unverified = test::child<QCheckBox>(dialog, QStringLiteral("restoreUnverified"));
        risk = test::child<QLabel>(dialog, QStringLiteral("restoreRisk"))->text();
        QTest::mouseClick(test::child<QCheckBox>(dialog, QStringLiteral("restoreUnderstood")),
                          Qt::LeftButton, {}, QPoint(8, 8));
        enabledWithUnderstoodOnly = restore->isEnabled();
        REQUIRE(unverified->isVisible());
        QTest::mouseClick(unverified, Qt::LeftButton, {}, QPoint(8, 8));
        enabledWithBoth = restore->isEnabled();
        QTest::mouseClick(restore, Qt::LeftButton);
    });
    CHECK(tab.restoreFrom(copy));
    CHECK(risk.contains(QStringLiteral("copy.sqlite.json")));
    CHECK_FALSE(enabledWithUnderstoodOnly);
    CHECK(enabledWithBoth);
    CHECK(customers(store.db()) == 1);
    CHECK(lastRestoreDetail(store.db()).contains(QStringLiteral("verified=no")));

    // A copy with its manifest asks no such question.
    bool askedAgain = true;
    test::onNextModal([&](QWidget* dialog) {
        askedAgain =
            test::child<QCheckBox>(dialog, QStringLiteral("restoreUnverified"))->isVisible();
        static_cast<QDialog*>(dialog)->reject();
    });
    CHECK_FALSE(tab.restoreFrom(made));
    CHECK_FALSE(askedAgain);
}

TEST_CASE("The damaged-file screen asks before it restores a copy without its manifest")
{
    test::TestStore store;
    addCustomer(store, QStringLiteral("刘女士"), QStringLiteral("13800138000"));
    REQUIRE(AutoBackup(store.db(), store.clock()).run(BackupTrigger::Exit).ok());
    const QString backup =
        AutoBackup::list(StoreSettings::defaultBackupFolder(store.path())).first().path;
    REQUIRE(QFile::remove(backup + QStringLiteral(".json")));
    store.close();
    test::damagePage(store.path());
    const FileCheck check = Database::examine(store.path());
    ui::DamagedStoreDialog dialog(store.path(), check, store.clock());
    dialog.show();
    REQUIRE(dialog.table()->rowCount() == 1);
    QTest::keyClicks(dialog.username(), test::adminName);
    QTest::keyClicks(dialog.password(), test::adminPassword);

    QString question;
    test::onNextModal([&](QWidget* box) {
        question = static_cast<QMessageBox*>(box)->text();
        static_cast<QMessageBox*>(box)->reject();
    });
    QTest::keyClick(dialog.password(), Qt::Key_Return);
    CHECK(question.contains(QStringLiteral("no manifest")));
    CHECK(dialog.choice() != ui::DamagedStoreDialog::Choice::Restored);
    CHECK(Database::examine(store.path()).verdict == FileCheck::Verdict::Damaged);

    test::onNextModal([&](QWidget* box) {
        QTest::mouseClick(test::child<QPushButton>(box, QStringLiteral("restoreUnverifiedAccept")),
                          Qt::LeftButton);
    });
    QTest::keyClick(dialog.password(), Qt::Key_Return);
    CHECK(dialog.choice() == ui::DamagedStoreDialog::Choice::Restored);
    store.reopen();
    CHECK(customers(store.db()) == 1);
    CHECK(lastRestoreDetail(store.db()).contains(QStringLiteral("verified=no")));
}

TEST_CASE("The dashboard warns when the backup folder is unplugged")
{
    test::TestStore store;
    QTemporaryDir stick;
    const QString folder = QDir(stick.path()).filePath(QStringLiteral("cc"));
    REQUIRE(StoreSettings(store.db(), store.clock())
                .setBackupFolder(store.admin().actor(), folder)
                .ok());
    REQUIRE(QDir(folder).removeRecursively());
    ui::Session session(Services(store.db(), store.clock()));
    session.setUser(store.admin());
    ui::DashboardPage dashboard(session);
    const QString card = test::child<QLabel>(&dashboard, QStringLiteral("backupCard"))->text();
    CHECK(card.contains(QStringLiteral("cannot be reached")));
    CHECK(card.contains(folder));
}

TEST_CASE("The damaged-file screen restores the newest backup with a manager's password")
{
    test::TestStore store;
    addCustomer(store, QStringLiteral("刘女士"), QStringLiteral("13800138000"));
    REQUIRE(AutoBackup(store.db(), store.clock()).run(BackupTrigger::Exit).ok());
    store.close();
    test::damagePage(store.path());
    const FileCheck check = Database::examine(store.path());
    REQUIRE(check.verdict == FileCheck::Verdict::Damaged);
    ui::DamagedStoreDialog dialog(store.path(), check, store.clock());
    dialog.show();
    CHECK(dialog.table()->rowCount() == 1);
    CHECK(dialog.readOnlyButton()->isVisible());

    QTest::keyClicks(dialog.username(), test::adminName);
    QTest::keyClicks(dialog.password(), QStringLiteral("wrong-one"));
    QTest::keyClick(dialog.password(), Qt::Key_Return);
    CHECK(dialog.message()->text().contains(QStringLiteral("wrong")));
    CHECK(Database::examine(store.path()).verdict == FileCheck::Verdict::Damaged);

    QTest::keyClicks(dialog.password(), test::adminPassword);
    QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
    CHECK(dialog.choice() == ui::DamagedStoreDialog::Choice::Restored);
    CHECK(QFileInfo::exists(dialog.damagedCopy()));
    CHECK(Database::examine(store.path()).verdict == FileCheck::Verdict::Usable);
    store.reopen();
    CHECK(customers(store.db()) == 1);
}

TEST_CASE("The start-up check runs off the UI thread and names a damaged file")
{
    test::TestStore store;
    addCustomer(store, QStringLiteral("刘女士"), QStringLiteral("13800138000"));
    store.close();
    // A whole file: usable, and checked before the window would even appear.
    {
        ui::StartupCheck checking(store.path());
        const FileCheck check = checking.run();
        CHECK(check.verdict == FileCheck::Verdict::Usable);
        CHECK_FALSE(checking.isVisible());
    }
    // The event loop runs while the check does: a timer fires during it. A store of some
    // thousands of files, so that the check is still reading when the wait for it begins.
    test::TestStore larger;
    DemoOptions some;
    some.customers = 5'000;
    REQUIRE(DemoData(larger.db(), larger.clock()).fill(larger.admin().actor(), some));
    larger.close();
    test::damagePage(larger.path());
    const QByteArray before = test::fileBytes(larger.path());
    bool ticked = false;
    QTimer::singleShot(0, [&ticked] { ticked = true; });
    const FileCheck check = ui::StartupCheck(larger.path()).run();
    CHECK(ticked);
    CHECK(check.verdict == FileCheck::Verdict::Damaged);
    CHECK_FALSE(check.message.isEmpty());
    // Never written to.
    CHECK(test::fileBytes(larger.path()) == before);

    // Started first (the sign-in window is typed into meanwhile), asked for later: the
    // window shows only while the answer is not in.
    test::damagePage(store.path());
    ui::StartupCheck started(store.path());
    started.start();
    REQUIRE(QTest::qWaitFor([&] { return started.finished(); }, 30'000));
    const FileCheck later = started.wait();
    CHECK(later.verdict == FileCheck::Verdict::Damaged);
    CHECK_FALSE(started.isVisible());
}

TEST_CASE("The start-up window says why the store is read whole: a close that went wrong, or "
          "damage found before")
{
    test::TestStore store;
    addCustomer(store, QStringLiteral("刘女士"), QStringLiteral("13800138000"));
    // What the disk holds after a power cut: the file and its log, nobody using them.
    QTemporaryDir cut;
    const QString crashed = cut.filePath(QStringLiteral("countercare.sqlite"));
    test::copyAsLeftByPowerCut(store.path(), crashed);
    store.close();

    ui::StartupCheck plain(store.path());
    CHECK(test::child<QLabel>(&plain, QStringLiteral("checkDetail"))
              ->text()
              .contains(QStringLiteral("before the counter opens")));
    FileCheckSchedule::recordFailed(store.path());
    ui::StartupCheck afterDamage(store.path());
    CHECK(test::child<QLabel>(&afterDamage, QStringLiteral("checkDetail"))
              ->text()
              .contains(QStringLiteral("The last check found")));
    QFile::remove(FileCheckSchedule::failureMarkPath(store.path()));
    ui::StartupCheck afterCrash(crashed);
    CHECK(test::child<QLabel>(&afterCrash, QStringLiteral("checkDetail"))
              ->text()
              .contains(QStringLiteral("not closed properly")));
    const FileCheck check = afterCrash.run();
    CHECK(check.verdict == FileCheck::Verdict::Usable);
    CHECK(check.checkedWhole);
}

namespace {

/// The store as the counter opens it after a start-up check that passed or was not due.
std::unique_ptr<Database> openChecked(const QString& path)
{
    OpenOptions checked;
    checked.quickCheck = QuickCheck::Never;
    Result<std::unique_ptr<Database>> opened = Database::open(path, checked);
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

void recordPassedYesterday(test::TestStore& store)
{
    REQUIRE(FileCheckSchedule::recordPassed(store.db(), store.clock().nowUtc().addDays(-1)).ok());
}

} // namespace

TEST_CASE("The day's first start opens the counter at once and reads the file behind it")
{
    test::TestStore store;
    addCustomer(store, QStringLiteral("刘女士"), QStringLiteral("13800138000"));
    recordPassedYesterday(store);
    store.close();

    ui::StartupCheck checking(store.path());
    const FileCheck check = checking.run();
    CHECK(check.verdict == FileCheck::Verdict::Usable);
    CHECK_FALSE(check.checkedWhole);
    REQUIRE(check.dailyCheckDue);

    std::unique_ptr<Database> db = openChecked(store.path());
    ui::Session session(Services(*db, store.clock()));
    session.setUser(store.admin());
    ui::MainWindow window(session);
    window.show();
    window.checkFileInBackground();
    auto* status = test::child<QLabel>(&window, QStringLiteral("statusDatabase"));
    CHECK(status->text() == QStringLiteral("Database: being checked"));
    // The counter answers meanwhile.
    test::typeText(window.searchBox(), QStringLiteral("1380013"));
    REQUIRE(QTest::qWaitFor([&] { return !window.isCheckingFile(); }, 30'000));
    CHECK(status->text() == QStringLiteral("Database: healthy"));
    CHECK(FileCheckSchedule::lastPassed(*db) == store.clock().nowUtc());
    CHECK_FALSE(window.fileFoundDamaged());
    CHECK(window.isVisible());
}

TEST_CASE("A file the day's check finds damaged is written to no more, and the counter closes "
          "to offer a backup when the clerk is ready")
{
    test::TestStore store;
    addCustomer(store, QStringLiteral("刘女士"), QStringLiteral("13800138000"));
    recordPassedYesterday(store);
    store.close();
    test::damageTable(store.path(), QStringLiteral("purchase_lines"));
    REQUIRE(ui::StartupCheck(store.path()).run().dailyCheckDue);

    std::unique_ptr<Database> db = openChecked(store.path());
    ui::Session session(Services(*db, store.clock()));
    session.setUser(store.admin());
    ui::MainWindow window(session);
    window.show();
    test::typeText(window.searchBox(), QStringLiteral("1380013"));
    const bool closeNow = GENERATE(true, false);
    const QString choice = closeNow ? QStringLiteral("Close the counter and restore")
                                    : QStringLiteral("Keep the window open");
    QString told;
    bool readOnlyWhenTold = false;
    QString statusWhenTold;
    test::onNextModal([&](QWidget* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        REQUIRE(box);
        told = box->text();
        readOnlyWhenTold = db->isReadOnly();
        statusWhenTold = test::child<QLabel>(&window, QStringLiteral("statusDatabase"))->text();
        QPushButton* chosen = nullptr;
        for (QAbstractButton* button : box->buttons())
            if (button->text() == choice)
                chosen = qobject_cast<QPushButton*>(button);
        REQUIRE(chosen);
        QTest::mouseClick(chosen, Qt::LeftButton);
    });
    window.checkFileInBackground();
    REQUIRE(QTest::qWaitFor([&] { return !told.isEmpty() && !window.isCheckingFile(); }, 30'000));
    test::settle();
    CHECK(told.contains(QStringLiteral("found it damaged")));
    CHECK(statusWhenTold == QStringLiteral("Database: damaged"));
    // Nothing more is written to it: a new customer file is refused.
    CHECK(readOnlyWhenTold);
    CustomerDraft late;
    late.name = QStringLiteral("王先生");
    late.phones = {QStringLiteral("13900139000")};
    CHECK_FALSE(CustomerService(*db, store.clock()).create(store.admin().actor(), late).ok());
    CHECK(customers(*db) == 1);
    CHECK(window.fileFoundDamaged());
    if (closeNow) {
        CHECK_FALSE(window.isVisible());
    } else {
        // What was on screen stays, to be noted down; the clerk closes the counter later.
        CHECK(window.isVisible());
        CHECK(window.searchBox()->text() == QStringLiteral("1380013"));
        window.close();
    }
    // The next start reads it whole, at once, whatever the day, and refuses it.
    CHECK(FileCheckSchedule::failedBefore(store.path()));
    const FileCheck next = ui::StartupCheck(store.path()).run();
    CHECK(next.verdict == FileCheck::Verdict::Damaged);
    CHECK_FALSE(next.dailyCheckDue);
}

TEST_CASE("A store of an earlier version is upgraded behind the start-up window, once it is "
          "known whole")
{
    test::TestStore store;
    addCustomer(store, QStringLiteral("刘女士"), QStringLiteral("13800138000"));
    store.close();
    {
        ui::StartupCheck current(store.path());
        CHECK(current.run().verdict == FileCheck::Verdict::Usable);
        CHECK_FALSE(current.upgrading());
    }
    test::rewindToSchema9(store.path());
    ui::StartupCheck checking(store.path());
    const FileCheck check = checking.run();
    CHECK(check.verdict == FileCheck::Verdict::Usable);
    CHECK(check.schemaVersion == 9);
    CHECK(checking.upgrading());
    CHECK(test::rawScalar(store.path(), QStringLiteral("PRAGMA user_version")).toInt() ==
          Migrations::latestVersion());
    // The window grows for the longer text when it already shows: no line is cut off.
    checking.show();
    REQUIRE(QTest::qWaitForWindowExposed(&checking));
    checking.showUpgrading();
    QApplication::processEvents();
    CHECK(test::child<QLabel>(&checking, QStringLiteral("checkTitle"))
              ->text()
              .contains(QStringLiteral("Upgrading")));
    const QLabel* detail = test::child<QLabel>(&checking, QStringLiteral("checkDetail"));
    CHECK(detail->height() >= detail->heightForWidth(detail->width()));
    checking.hide();
    store.reopen();
    CHECK(Services(store.db(), store.clock())
              .customers()
              .find(store.admin().actor(), QStringLiteral("刘"), 20)
              .value()
              .size() == 1);

    // A damaged file of an earlier version is never upgraded: nothing is written to it.
    store.close();
    test::rewindToSchema9(store.path());
    test::damagePage(store.path());
    const QByteArray before = test::fileBytes(store.path());
    ui::StartupCheck damaged(store.path());
    CHECK(damaged.run().verdict == FileCheck::Verdict::Damaged);
    CHECK_FALSE(damaged.upgrading());
    CHECK(test::fileBytes(store.path()) == before);
}

TEST_CASE("A full disk refuses the new customer file and keeps everything typed")
{
    test::TestStore store;
    ui::Session session(Services(store.db(), store.clock()));
    session.setUser(store.admin());
    // No free page left inside the file either (a migration that drops a table leaves some).
    REQUIRE(store.db().execute(QStringLiteral("VACUUM")).ok());
    const qint64 pages =
        store.db().scalar(QStringLiteral("PRAGMA page_count")).value().toLongLong();
    REQUIRE(store.db().execute(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)).ok());
    ui::CustomerDialog dialog(session);
    dialog.show();
    QTest::keyClicks(test::child<QLineEdit>(&dialog, QStringLiteral("name")),
                     QStringLiteral("Liu Fang"));
    QTest::keyClicks(test::child<QLineEdit>(&dialog, QStringLiteral("mobile")),
                     QStringLiteral("13800138000"));
    const QString note = QStringLiteral("晚上六点后联系。").repeated(230); // needs new pages
    test::child<QPlainTextEdit>(&dialog, QStringLiteral("note"))->setPlainText(note);
    QTest::mouseClick(test::child<QPushButton>(&dialog, QStringLiteral("save")), Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(test::child<QLabel>(&dialog, QStringLiteral("formError"))
              ->text()
              .contains(QStringLiteral("disk is full")));
    CHECK(test::child<QLineEdit>(&dialog, QStringLiteral("name"))->text() ==
          QStringLiteral("Liu Fang"));
    CHECK(test::child<QPlainTextEdit>(&dialog, QStringLiteral("note"))->toPlainText() == note);
    CHECK(customers(store.db()) == 0);
}
