// [data-safety]: automatic backups and their rotation, the start-up check of the file,
// restoring in place and over a damaged file, a read-only file and a full disk.
#include "TestStore.h"

#include <accounts/AccountService.h>
#include <backup/AutoBackup.h>
#include <backup/BackupService.h>
#include <customers/CustomerExport.h>
#include <customers/CustomerService.h>
#include <demo/DemoData.h>
#include <services/Services.h>
#include <storage/StorageCheck.h>
#include <store/StoreSettings.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace cc;

namespace {

Customer addCustomer(Database& db, const Clock& clock, const Actor& by, const QString& name,
                     const QString& phone)
{
    CustomerDraft draft;
    draft.name = name;
    draft.phones = {phone};
    Result<Customer> made = Services(db, clock).customers().create(by, draft);
    if (!made)
        FAIL(made.error().message.toStdString());
    return made.value();
}

qint64 customerCount(Database& db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM customers")).value().toLongLong();
}

BackupEntry entryAt(const QDateTime& at)
{
    BackupEntry entry;
    entry.at = at;
    entry.path = AutoBackup::fileNameFor(at);
    return entry;
}

} // namespace

TEST_CASE("Rotation keeps the newest backup of each of 7 days, 4 weeks and 12 months")
{
    // One backup every evening for 400 days, plus a morning one today.
    const QDateTime today(QDate(2026, 11, 23), QTime(18, 0), QTimeZone::utc());
    QList<BackupEntry> entries{entryAt(today.addSecs(3600)), entryAt(today)};
    for (int day = 1; day < 400; ++day)
        entries.append(entryAt(today.addDays(-day)));
    const QStringList prune = AutoBackup::toPrune(entries);
    QStringList kept;
    for (const BackupEntry& entry : entries)
        if (!prune.contains(entry.path))
            kept << entry.path;

    // Today's later backup replaces the morning one; the six days before stay.
    CHECK(kept.contains(AutoBackup::fileNameFor(today.addSecs(3600))));
    CHECK_FALSE(kept.contains(AutoBackup::fileNameFor(today)));
    for (int day = 1; day < 7; ++day)
        CHECK(kept.contains(AutoBackup::fileNameFor(today.addDays(-day))));
    // Sunday 2026-11-15 ends the week before; 2026-11-08 the one before that.
    CHECK(kept.contains(AutoBackup::fileNameFor(today.addDays(-8))));
    CHECK(kept.contains(AutoBackup::fileNameFor(today.addDays(-15))));
    CHECK_FALSE(kept.contains(AutoBackup::fileNameFor(today.addDays(-9))));
    // Month ends: 31 October, 30 September, ... back to the 12th month.
    CHECK(kept.contains(AutoBackup::fileNameFor(today.addDays(-23))));
    CHECK(kept.contains(
        AutoBackup::fileNameFor(QDateTime(QDate(2025, 12, 31), QTime(18, 0), QTimeZone::utc()))));
    CHECK_FALSE(kept.contains(
        AutoBackup::fileNameFor(QDateTime(QDate(2025, 11, 30), QTime(18, 0), QTimeZone::utc()))));
    CHECK(kept.size() <= AutoBackup::keepDaily + AutoBackup::keepWeekly + AutoBackup::keepMonthly);
    CHECK(kept.size() >= 19);
}

TEST_CASE("Automatic backups: once on the first start of a day, on every exit, rotated",
          "[server-later]")
{
    test::TestStore store;
    const Actor boss = store.admin().actor();
    addCustomer(store.db(), store.clock(), boss, QStringLiteral("刘女士"),
                QStringLiteral("13800138000"));
    AutoBackup automatic(store.db(), store.clock());
    const QString folder = StoreSettings::defaultBackupFolder(store.path());
    CHECK(folder == QDir(store.dir()).filePath(QStringLiteral("backups")));

    Result<BackupStatus> before = automatic.status();
    REQUIRE(before.ok());
    CHECK(before->warning == BackupStatus::Warning::Never);
    CHECK(before->reachable);

    Result<std::optional<BackupManifest>> first = automatic.run(BackupTrigger::Start);
    REQUIRE(first.ok());
    REQUIRE(first.value().has_value());
    CHECK(AutoBackup::list(folder).size() == 1);
    CHECK(QFileInfo::exists(AutoBackup::list(folder).first().path + QStringLiteral(".json")));
    CHECK(BackupService::verify(AutoBackup::list(folder).first().path).ok());

    // A second start the same day does nothing; an exit always backs up.
    store.clock().advanceSecs(3600);
    Result<std::optional<BackupManifest>> again = automatic.run(BackupTrigger::Start);
    REQUIRE(again.ok());
    CHECK_FALSE(again.value().has_value());
    REQUIRE(automatic.run(BackupTrigger::Exit).ok());
    // Only the day's newest copy is kept.
    REQUIRE(AutoBackup::list(folder).size() == 1);
    CHECK(AutoBackup::list(folder).first().at == store.clock().nowUtc());
    CHECK(automatic.status()->warning == BackupStatus::Warning::None);
    CHECK(automatic.status()->lastGoodAt == store.clock().nowUtc());

    // Twenty days of starts leave 7 daily copies plus the older week ends.
    for (int day = 0; day < 20; ++day) {
        store.clock().advanceSecs(24 * 3600);
        REQUIRE(automatic.run(BackupTrigger::Start).ok());
    }
    const QList<BackupEntry> rotated = AutoBackup::list(folder);
    CHECK(rotated.size() >= 7);
    CHECK(rotated.size() <= 7 + 4 + 12);
    CHECK(AutoBackup::toPrune(rotated).isEmpty());
    // A file that is not ours is never touched by rotation.
    QFile foreign(QDir(folder).filePath(QStringLiteral("notes.sqlite")));
    REQUIRE(foreign.open(QIODevice::WriteOnly));
    foreign.close();
    store.clock().advanceSecs(24 * 3600);
    REQUIRE(automatic.run(BackupTrigger::Exit).ok());
    CHECK(QFileInfo::exists(foreign.fileName()));

    // Three days without a backup: the warning says so.
    store.clock().advanceSecs(3 * 24 * 3600);
    Result<BackupStatus> stale = automatic.status();
    REQUIRE(stale.ok());
    CHECK(stale->warning == BackupStatus::Warning::Stale);
    CHECK(stale->message.contains(QStringLiteral("3")));
}

TEST_CASE("An exit backup given up at a shutdown is made by the next start, once", "[server-later]")
{
    test::TestStore store;
    addCustomer(store.db(), store.clock(), store.admin().actor(), QStringLiteral("刘女士"),
                QStringLiteral("13800138000"));
    AutoBackup automatic(store.db(), store.clock());
    const QString folder = StoreSettings::defaultBackupFolder(store.path());
    REQUIRE(automatic.run(BackupTrigger::Start)->has_value()); // the morning's
    CHECK_FALSE(automatic.owed().value());

    // Evening: the PC shuts down before the exit backup is done.
    store.clock().advanceSecs(8 * 3600);
    REQUIRE(automatic.owe());
    CHECK(automatic.owed().value());
    // The same evening's next start makes it although the day has a backup already.
    store.clock().advanceSecs(600);
    Result<std::optional<BackupManifest>> paid = automatic.run(BackupTrigger::Start);
    REQUIRE(paid.ok());
    REQUIRE(paid->has_value());
    CHECK(AutoBackup::list(folder).first().at == store.clock().nowUtc());
    CHECK_FALSE(automatic.owed().value());
    // And only once: the start after that is an ordinary one.
    store.clock().advanceSecs(600);
    CHECK_FALSE(automatic.run(BackupTrigger::Start)->has_value());
}

TEST_CASE("An unplugged backup folder is warned about, and nothing is written elsewhere",
          "[server-later]")
{
    test::TestStore store;
    const Actor boss = store.admin().actor();
    QTemporaryDir stick;
    const QString folder = QDir(stick.path()).filePath(QStringLiteral("countercare"));
    StoreSettings settings(store.db(), store.clock());
    REQUIRE(settings.setBackupFolder(boss, folder).ok());
    CHECK(settings.backupFolder().value() == folder);
    AutoBackup automatic(store.db(), store.clock());
    REQUIRE(automatic.run(BackupTrigger::Start).ok());
    CHECK(AutoBackup::list(folder).size() == 1);

    // The stick is pulled out.
    REQUIRE(QDir(folder).removeRecursively());
    store.clock().advanceSecs(24 * 3600);
    Result<std::optional<BackupManifest>> refused = automatic.run(BackupTrigger::Start);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(folder));
    CHECK_FALSE(QFileInfo::exists(folder));
    CHECK_FALSE(QFileInfo::exists(StoreSettings::defaultBackupFolder(store.path())));
    Result<BackupStatus> status = automatic.status();
    REQUIRE(status.ok());
    CHECK(status->warning == BackupStatus::Warning::Unreachable);
    CHECK_FALSE(status->reachable);
    CHECK(status->message.contains(folder));
}

TEST_CASE("Only a manager sets the backup folder, and only to a full, writable path")
{
    test::TestStore store;
    StoreSettings settings(store.db(), store.clock());
    const User clerk = store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
    QTemporaryDir elsewhere;
    Result<void> byClerk = settings.setBackupFolder(clerk.actor(), elsewhere.path());
    REQUIRE_FALSE(byClerk.ok());
    CHECK(byClerk.error().code == ErrorCode::Permission);
    Result<void> relative = settings.setBackupFolder(store.admin().actor(), QStringLiteral("bk"));
    REQUIRE_FALSE(relative.ok());
    CHECK(relative.error().message.startsWith(QStringLiteral("Backup folder")));
    CHECK(settings.backupFolder().value() == StoreSettings::defaultBackupFolder(store.path()));
}

TEST_CASE("The start-up check names what is wrong with a file, without writing to it", "[file]")
{
    QTemporaryDir dir;
    CHECK(Database::examine(dir.filePath(QStringLiteral("none.sqlite"))).verdict ==
          FileCheck::Verdict::Missing);

    QFile text(dir.filePath(QStringLiteral("notes.txt")));
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write(QByteArray("shopping list: rice, oil, soy sauce\n").repeated(200));
    text.close();
    CHECK(Database::examine(text.fileName()).verdict == FileCheck::Verdict::NotOurs);

    test::TestStore store;
    store.close();
    CHECK(Database::examine(store.path()).verdict == FileCheck::Verdict::Usable);
    test::damagePage(store.path());
    const QByteArray damagedBytes = test::fileBytes(store.path());
    const FileCheck check = Database::examine(store.path());
    CHECK(check.verdict == FileCheck::Verdict::Damaged);
    CHECK(check.message.contains(QStringLiteral("damaged")));
    // The rescue: read-only, without the quick check; what can be read is read.
    OpenOptions rescue;
    rescue.create = false;
    rescue.readOnly = true;
    rescue.quickCheck = QuickCheck::Never;
    rescue.migrate = false;
    {
        Result<std::unique_ptr<Database>> opened = Database::open(store.path(), rescue);
        REQUIRE(opened.ok());
        CHECK(opened.value()->isReadOnly());
        CHECK(AccountService(*opened.value(), store.clock())
                  .signIn(test::adminName, test::adminPassword)
                  .ok());
    }
    CHECK(test::fileBytes(store.path()) == damagedBytes);
}

TEST_CASE(
    "Restore swaps the file under the open database, and services go on with the restored data",
    "[server-later]")
{
    test::TestStore store;
    const Actor boss = store.admin().actor();
    addCustomer(store.db(), store.clock(), boss, QStringLiteral("刘女士"),
                QStringLiteral("13800138000"));
    const QString copy = QDir(store.dir()).filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(BackupService(store.db(), store.clock()).backup(boss, copy).ok());
    addCustomer(store.db(), store.clock(), boss, QStringLiteral("陈先生"),
                QStringLiteral("13900139000"));
    CHECK(customerCount(store.db()) == 2);

    Result<QString> safety = BackupService(store.db(), store.clock()).restore(boss, copy);
    REQUIRE(safety.ok());
    CHECK(customerCount(store.db()) == 1);
    CHECK(BackupService::verify(safety.value()).ok());
    // The same connection writes on.
    addCustomer(store.db(), store.clock(), boss, QStringLiteral("赵阿姨"),
                QStringLiteral("13700137000"));
    CHECK(customerCount(store.db()) == 2);
}

TEST_CASE("A damaged database is replaced by a backup with a manager's password of the backup",
          "[file]")
{
    test::TestStore store;
    const Actor boss = store.admin().actor();
    store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
    addCustomer(store.db(), store.clock(), boss, QStringLiteral("刘女士"),
                QStringLiteral("13800138000"));
    AutoBackup automatic(store.db(), store.clock());
    REQUIRE(automatic.run(BackupTrigger::Exit).ok());
    const QString backup =
        AutoBackup::list(StoreSettings::defaultBackupFolder(store.path())).first().path;
    store.close();
    test::damagePage(store.path());
    const QByteArray damagedBytes = test::fileBytes(store.path());

    SECTION("a wrong password or a clerk changes nothing")
    {
        Result<QString> wrong = BackupService::restoreOver(
            store.path(), store.clock(), backup, test::adminName, QStringLiteral("guess"));
        REQUIRE_FALSE(wrong.ok());
        CHECK(wrong.error().code == ErrorCode::WrongCredentials);
        Result<QString> clerk = BackupService::restoreOver(
            store.path(), store.clock(), backup, QStringLiteral("xiaoli"), test::staffPassword);
        REQUIRE_FALSE(clerk.ok());
        CHECK(clerk.error().code == ErrorCode::Permission);
        CHECK(test::fileBytes(store.path()) == damagedBytes);
    }
    SECTION("the manager restores; the damaged file is kept aside, byte for byte")
    {
        Result<QString> aside = BackupService::restoreOver(store.path(), store.clock(), backup,
                                                           test::adminName, test::adminPassword);
        REQUIRE(aside.ok());
        CHECK(test::fileBytes(aside.value()) == damagedBytes);
        CHECK(Database::examine(store.path()).verdict == FileCheck::Verdict::Usable);
        store.reopen();
        CHECK(customerCount(store.db()) == 1);
        CHECK(test::rawScalar(store.path(), QStringLiteral("SELECT count(*) FROM audit_log "
                                                           "WHERE action = 'backup.restore'"))
                  .toInt() == 1);
    }
}

TEST_CASE("A read-only file signs in without writing and refuses saves with a clear message")
{
    test::TestStore store;
    const QString path = store.path();
    store.close();
    const QByteArray before = test::fileBytes(path);
    OpenOptions readOnly;
    readOnly.readOnly = true;
    readOnly.create = false;
    Result<std::unique_ptr<Database>> opened = Database::open(path, readOnly);
    REQUIRE(opened.ok());
    Database& db = *opened.value();
    Result<User> me =
        AccountService(db, store.clock()).signIn(test::adminName, test::adminPassword);
    REQUIRE(me.ok());
    CustomerDraft draft;
    draft.name = QStringLiteral("刘女士");
    draft.phones = {QStringLiteral("13800138000")};
    Result<Customer> refused = Services(db, store.clock()).customers().create(me->actor(), draft);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("read-only")));
    // What is there can still be exported, to rescue it.
    const QString csv = QDir(store.dir()).filePath(QStringLiteral("rescue.csv"));
    Result<qint64> exported = CustomerExport(db, store.clock()).toCsv(me->actor(), csv);
    REQUIRE(exported.ok());
    CHECK(QFileInfo::exists(csv));
    opened.value().reset();
    CHECK(test::fileBytes(path) == before);
}

TEST_CASE("A full disk refuses the save whole: a clear message and nothing half-written", "[file]")
{
    test::TestStore store;
    const Actor boss = store.admin().actor();
    // No free page left inside the file either (a migration that drops a table leaves some).
    REQUIRE(store.db().execute(QStringLiteral("VACUUM")).ok());
    const qint64 pages =
        store.db().scalar(QStringLiteral("PRAGMA page_count")).value().toLongLong();
    // The disk is full: not one more page may be added.
    REQUIRE(store.db().execute(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)).ok());
    CustomerService customers = Services(store.db(), store.clock()).customers();
    const qint64 auditBefore =
        store.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).value().toLongLong();
    CustomerDraft draft;
    draft.name = QStringLiteral("刘女士");
    draft.note = QString(QStringLiteral("满")).repeated(1900); // needs new pages
    draft.phones = {QStringLiteral("13800138000")};
    Result<Customer> full = customers.create(boss, draft);
    REQUIRE_FALSE(full.ok());
    INFO(full.error().message.toStdString());
    CHECK(full.error().message.contains(QStringLiteral("disk is full")));
    CHECK(customerCount(store.db()) == 0);
    CHECK(
        store.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).value().toLongLong() ==
        auditBefore);
    // Space is freed: the same save goes through.
    REQUIRE(store.db().execute(QStringLiteral("PRAGMA max_page_count = 1000000")).ok());
    CHECK(customers.create(boss, draft).ok());
}

TEST_CASE("A database on a network share is warned about, one on a local disk is not")
{
    for (const char* type : {"nfs", "nfs4", "cifs", "smb3", "fuse.sshfs", "9p"})
        CHECK(StorageCheck::isNetworkFileSystem(type));
    for (const char* type : {"ext4", "xfs", "btrfs", "tmpfs", "vfat", "overlay"})
        CHECK_FALSE(StorageCheck::isNetworkFileSystem(type));
    test::TestStore store; // in the temporary folder, on a local disk
    CHECK(StorageCheck::networkShareWarning(store.path()).isEmpty());
}

TEST_CASE("A backup says how far it is, and a stopped one leaves no file behind", "[server-later]")
{
    test::TestStore store;
    DemoOptions demo;
    demo.customers = 3'000;
    demo.complaints = 3'000;
    REQUIRE(DemoData(store.db(), store.clock()).fill(store.admin().actor(), demo).ok());
    QTemporaryDir folder;
    const QString target = QDir(folder.path()).filePath(QStringLiteral("manual.sqlite"));
    const auto backupEntries = [&] {
        return store.db()
            .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup.create'"))
            .value()
            .toInt();
    };

    for (const int stopAt : {0, 80, 99}) {
        INFO("stopped at " << stopAt << "%");
        int last = -1;
        Result<BackupManifest> stopped = BackupService(store.db(), store.clock())
                                             .backup(store.admin().actor(), target, [&](int p) {
                                                 last = p;
                                                 return p < stopAt;
                                             });
        REQUIRE_FALSE(stopped.ok());
        CHECK(stopped.error().code == ErrorCode::Conflict);
        CHECK(stopped.error().message.contains(QStringLiteral("cancelled")));
        CHECK(last >= stopAt);
        CHECK(QDir(folder.path()).isEmpty());
        CHECK(backupEntries() == 0);
    }

    QList<int> seen;
    Result<BackupManifest> made =
        BackupService(store.db(), store.clock()).backup(store.admin().actor(), target, [&](int p) {
            seen << p;
            return true;
        });
    REQUIRE(made.ok());
    CHECK(QFileInfo::exists(target));
    CHECK(std::is_sorted(seen.cbegin(), seen.cend()));
    REQUIRE_FALSE(seen.isEmpty());
    CHECK(seen.last() == 100);
    CHECK(backupEntries() == 1);
    CHECK(BackupService::verify(target).ok());
}
