#include "TestStore.h"

#include <customers/CustomerService.h>
#include <services/Services.h>
#include <storage/Database.h>
#include <storage/FileCheckSchedule.h>
#include <storage/Migrations.h>
#include <storage/WriteTransaction.h>

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace cc;

namespace {

std::unique_ptr<Database> openOk(const QString& path, const OpenOptions& options = {})
{
    Result<std::unique_ptr<Database>> opened = Database::open(path, options);
    if (!opened)
        FAIL(opened.error().message.toStdString());
    return std::move(opened).value();
}

QString pragma(Database& db, const char* name)
{
    return db.scalar(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))).value().toString();
}

/// How the counter opens its store at start, by `clock`.
OpenOptions counterStart(const Clock& clock)
{
    OpenOptions options;
    options.quickCheck = QuickCheck::WhenUrgent;
    options.clock = &clock;
    return options;
}

} // namespace

TEST_CASE("A new database file is created owner-only and migrated to the latest schema")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/new.sqlite"));
    auto db = openOk(path);

    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    CHECK(permissions.testFlag(QFileDevice::ReadOwner));
    CHECK(permissions.testFlag(QFileDevice::WriteOwner));
    CHECK_FALSE(permissions.testFlag(QFileDevice::ReadGroup));
    CHECK_FALSE(permissions.testFlag(QFileDevice::ReadOther));
    CHECK_FALSE(permissions.testFlag(QFileDevice::WriteOther));
    // SQLite gives the WAL the database's own mode.
    const QFileDevice::Permissions walPermissions =
        QFileInfo(path + QStringLiteral("-wal")).permissions();
    CHECK_FALSE(walPermissions.testFlag(QFileDevice::ReadOther));

    CHECK(db->schemaVersion() == Migrations::latestVersion());
    CHECK(pragma(*db, "application_id").toInt() == Database::applicationId);
    CHECK(pragma(*db, "journal_mode") == QStringLiteral("wal"));
    CHECK(pragma(*db, "synchronous") == QStringLiteral("2"));
    CHECK(pragma(*db, "foreign_keys") == QStringLiteral("1"));
    CHECK(pragma(*db, "secure_delete") == QStringLiteral("1"));
    CHECK(pragma(*db, "trusted_schema") == QStringLiteral("0"));
    CHECK(pragma(*db, "busy_timeout") == QStringLiteral("5000"));
}

TEST_CASE("An empty file, as a USB copy or `touch` leaves it, is migrated from scratch")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    auto db = openOk(path);
    CHECK(db->schemaVersion() == Migrations::latestVersion());
    db.reset();
    // Opening again is a no-op: the migrations ran once.
    auto again = openOk(path);
    CHECK(again->schemaVersion() == Migrations::latestVersion());
}

TEST_CASE("Files that are not ours, or are newer, are refused and left byte for byte untouched",
          "[file]")
{
    QTemporaryDir dir;

    SECTION("garbage")
    {
        const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QByteArray noise;
        for (int i = 0; i < 8192; ++i)
            noise.append(char((i * 7919) % 251));
        file.write(noise);
        file.close();
        Result<std::unique_ptr<Database>> opened = Database::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::DatabaseUnusable);
        CHECK(opened.error().message.contains(QStringLiteral("not a CounterCare database")));
        CHECK(test::fileBytes(path) == noise);
    }

    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        test::rawExec(path, {QStringLiteral("CREATE TABLE songs (title TEXT)"),
                             QStringLiteral("INSERT INTO songs VALUES ('x')")});
        const QByteArray before = test::fileBytes(path);
        Result<std::unique_ptr<Database>> opened = Database::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::DatabaseUnusable);
        CHECK(test::fileBytes(path) == before);
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    }

    SECTION("a database written by a newer CounterCare")
    {
        test::TestStore store;
        store.close();
        test::rawExec(
            store.path(),
            {QStringLiteral("PRAGMA journal_mode = DELETE"),
             QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)});
        const QByteArray before = test::fileBytes(store.path());
        Result<std::unique_ptr<Database>> opened = Database::open(store.path());
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::DatabaseUnusable);
        CHECK(opened.error().message.contains(QStringLiteral("newer CounterCare")));
        CHECK(test::fileBytes(store.path()) == before);
    }

    SECTION("a file that does not exist, when creating is not allowed")
    {
        OpenOptions options;
        options.create = false;
        const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
        Result<std::unique_ptr<Database>> opened = Database::open(path, options);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::DatabaseUnusable);
        CHECK_FALSE(QFileInfo::exists(path));
    }
}

TEST_CASE("A damaged file fails the quick check on open", "[file]")
{
    test::TestStore store;
    store.close();
    test::damagePage(store.path());
    Result<std::unique_ptr<Database>> opened = Database::open(store.path());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::DatabaseUnusable);
}

TEST_CASE("A writer waits for the busy timeout, then refuses clearly and loses nothing", "[file]")
{
    test::TestStore store;
    OpenOptions quick;
    quick.busyTimeoutMs = 200;
    auto other = openOk(store.path(), quick);

    WriteTransaction holder(store.db());
    REQUIRE(holder.begin().ok());
    REQUIRE(store.db().execute(QStringLiteral("INSERT INTO settings VALUES ('a', '1')")).ok());

    WriteTransaction blocked(*other);
    const Status begun = blocked.begin();
    REQUIRE_FALSE(begun.ok());
    CHECK(begun.error().code == ErrorCode::Busy);
    CHECK(begun.error().message.contains(QStringLiteral("busy")));

    REQUIRE(holder.commit().ok());
    // Once the first writer is done, the second gets through and sees its write.
    WriteTransaction retry(*other);
    REQUIRE(retry.begin().ok());
    CHECK(other->scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'a'"))
              .value()
              .toString() == QStringLiteral("1"));
    REQUIRE(retry.commit().ok());
}

TEST_CASE("An uncommitted write transaction rolls back when it goes out of scope")
{
    test::TestStore store;
    {
        WriteTransaction transaction(store.db());
        REQUIRE(transaction.begin().ok());
        REQUIRE(store.db().execute(QStringLiteral("INSERT INTO settings VALUES ('b', '2')")).ok());
    }
    CHECK(store.db()
              .scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'b'"))
              .value()
              .toInt() == 0);
}

TEST_CASE("Tables are STRICT: a wrongly typed value is refused")
{
    test::TestStore store;
    const Status inserted = store.db().execute(QStringLiteral(
        "INSERT INTO users (username, display_name, role, password_hash, active, created_at) "
        "VALUES ('x1', 'x', 'clerk', 'h', 'yes', 'now')"));
    CHECK_FALSE(inserted.ok());
}

TEST_CASE("A store of schema 9 still finds names by one or two characters after the upgrade, "
          "and still refuses a wrong key",
          "[file]")
{
    test::TestStore store;
    CustomerService customers = Services(store.db(), store.clock()).customers();
    const Actor boss = store.admin().actor();
    const auto make = [&](const QString& name, const QString& mobile) {
        CustomerDraft draft;
        draft.name = name;
        draft.phones = {mobile};
        Result<Customer> made = customers.create(boss, draft);
        REQUIRE(made);
        return made.value();
    };
    const Customer wang = make(QStringLiteral("王伟芳"), QStringLiteral("13800138000"));
    {
        CustomerEdit lives;
        lives.draft.name = wang.name;
        lives.draft.phones = {QStringLiteral("13800138000")};
        lives.draft.address = QStringLiteral("上海市浦东新区");
        REQUIRE(customers.update(boss, wang.id, lives));
    }
    const Customer li = make(QStringLiteral("李娜"), QStringLiteral("13900139000"));
    store.close();
    test::rewindToSchema9(store.path());
    store.reopen();
    REQUIRE(store.db().schemaVersion() == Migrations::latestVersion());
    CustomerService upgraded = Services(store.db(), store.clock()).customers();

    const auto found = [&](const QString& text) {
        QList<qint64> ids;
        for (const CustomerMatch& match : upgraded.find(boss, text, 20).value())
            ids << match.id;
        return ids;
    };
    CHECK(found(QStringLiteral("伟")) == QList<qint64>{wang.id});
    CHECK(found(QStringLiteral("伟芳")) == QList<qint64>{wang.id});
    CHECK(found(QStringLiteral("娜")) == QList<qint64>{li.id});
    CHECK(found(QStringLiteral("芳娜")).isEmpty());
    // Schema 11 indexes two characters of every address already on file.
    CHECK(found(QStringLiteral("浦东")) == QList<qint64>{wang.id});

    // The tables were rebuilt with every row, every index and every reference, and foreign
    // keys are on again (dropping customers with them off would have cascaded to phones).
    const auto count = [&](const QString& sql) {
        return store.db().scalar(sql).value().toInt();
    };
    CHECK(count(QStringLiteral("SELECT count(*) FROM customer_phones")) == 2);
    CHECK(count(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")) == 0);
    CHECK(count(QStringLiteral("PRAGMA foreign_keys")) == 1);
    CHECK(count(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name LIKE '%rebuilt%'")) ==
          0);
    CHECK(count(QStringLiteral(
              "SELECT count(*) FROM sqlite_schema WHERE name = 'customer_phones_e164'")) == 1);

    // Every CHECK keeps its meaning: the lists are spelled out, and a wrong key is refused.
    CHECK(store.db()
              .scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                                     "AND sql LIKE '% IN (%'"))
              .value()
              .toInt() == 0);
    CHECK_FALSE(store.db().execute(
        QStringLiteral("UPDATE customers SET gender = 'x' WHERE id = %1").arg(li.id)));
    CHECK(store.db().execute(
        QStringLiteral("UPDATE customers SET gender = 'f' WHERE id = %1").arg(li.id)));
    CHECK_FALSE(store.db().execute(
        QStringLiteral("UPDATE customer_phones SET label = 'pager' WHERE customer_id = %1")
            .arg(li.id)));

    // A renamed file is found by its new name's pieces only.
    CustomerEdit edit;
    edit.draft.name = QStringLiteral("王芳");
    edit.draft.phones = {QStringLiteral("13800138000")};
    REQUIRE(upgraded.update(boss, wang.id, edit));
    CHECK(found(QStringLiteral("伟")).isEmpty());
    CHECK(found(QStringLiteral("王芳")) == QList<qint64>{wang.id});
    CHECK(store.db().scalar(QStringLiteral("PRAGMA integrity_check")).value().toString() ==
          QStringLiteral("ok"));
}

TEST_CASE("The start-up check is due before an upgrade, after an unclean close, on a new day, or "
          "when none passed")
{
    using Reason = FileCheckSchedule::Reason;
    const QDateTime morning = QDateTime(QDate(2026, 12, 2), QTime(9, 0)).toUTC();
    const QDateTime evening = QDateTime(QDate(2026, 12, 2), QTime(21, 30)).toUTC();
    const QDateTime yesterday = QDateTime(QDate(2026, 12, 1), QTime(21, 30)).toUTC();
    CHECK(FileCheckSchedule::due(false, false, false, morning, evening) == Reason::NotDue);
    CHECK(FileCheckSchedule::due(false, false, false, evening, evening) == Reason::NotDue);
    CHECK(FileCheckSchedule::due(false, true, false, morning, evening) == Reason::UncleanClose);
    CHECK(FileCheckSchedule::due(false, false, false, yesterday, morning) == Reason::NewDay);
    CHECK(FileCheckSchedule::due(false, false, false, QDateTime(), morning) ==
          Reason::NeverChecked);
    // A record from "later" than now: the clock was set back, so it proves nothing.
    CHECK(FileCheckSchedule::due(false, false, false, evening, morning) == Reason::NeverChecked);
    // Only a whole file is upgraded, however recently it was checked.
    CHECK(FileCheckSchedule::due(true, false, false, morning, evening) == Reason::Upgrade);
    // A check that found damage is repeated at every start until one passes.
    CHECK(FileCheckSchedule::due(false, false, true, morning, evening) == Reason::FailedBefore);
    // Only the day's check can wait until the counter is in use.
    CHECK(FileCheckSchedule::canWait(Reason::NewDay));
    for (Reason urgent :
         {Reason::NeverChecked, Reason::UncleanClose, Reason::FailedBefore, Reason::Upgrade})
        CHECK_FALSE(FileCheckSchedule::canWait(urgent));
}

TEST_CASE("The counter's start leaves the day's check for later, but never a check after damage "
          "was found",
          "[file]")
{
    test::TestStore store;
    store.close();
    {
        OpenOptions quiet;
        quiet.quickCheck = QuickCheck::Never;
        std::unique_ptr<Database> db = openOk(store.path(), quiet);
        REQUIRE(FileCheckSchedule::recordPassed(*db,
                                                QDateTime(QDate(2026, 12, 1), QTime(21, 0)).toUTC())
                    .ok());
    }
    test::damagePage(store.path());
    ManualClock clock(QDateTime(QDate(2026, 12, 2), QTime(9, 0)).toUTC());

    // The morning's start opens without reading every page, and says the day's check is due.
    const FileCheck morning = Database::examine(store.path(), QuickCheck::WhenUrgent, &clock);
    CHECK(morning.verdict == FileCheck::Verdict::Usable);
    CHECK_FALSE(morning.checkedWhole);
    CHECK(morning.dailyCheckDue);

    // A check stopped half-way finds nothing and marks nothing.
    const FileCheck stopped =
        Database::examine(store.path(), QuickCheck::Always, &clock, [](int) { return false; });
    CHECK(stopped.verdict == FileCheck::Verdict::Usable);
    CHECK_FALSE(stopped.checkedWhole);
    CHECK_FALSE(FileCheckSchedule::failedBefore(store.path()));

    // The day's check, run in the background, finds the damage and leaves its mark.
    const FileCheck found =
        Database::examine(store.path(), QuickCheck::Always, &clock, [](int) { return true; });
    CHECK(found.verdict == FileCheck::Verdict::Damaged);
    // What SQLite found, cut to a line a person can read (it lists every page it lost).
    CHECK(found.message.contains(QStringLiteral("is damaged")));
    CHECK_FALSE(found.message.contains(QLatin1Char('\n')));
    CHECK(FileCheckSchedule::failedBefore(store.path()));

    // From then on no start opens it unread, not even later that day.
    clock.set(QDateTime(QDate(2026, 12, 2), QTime(11, 0)).toUTC());
    const FileCheck again = Database::examine(store.path(), QuickCheck::WhenUrgent, &clock);
    CHECK(again.verdict == FileCheck::Verdict::Damaged);
    CHECK_FALSE(again.dailyCheckDue);
    Result<std::unique_ptr<Database>> opened = Database::open(store.path(), counterStart(clock));
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::DatabaseUnusable);
}

TEST_CASE("A check that passes clears the mark of one that failed", "[file]")
{
    test::TestStore store;
    FileCheckSchedule::recordFailed(store.path());
    REQUIRE(FileCheckSchedule::failedBefore(store.path()));
    store.close();
    ManualClock clock(QDateTime(QDate(2026, 12, 2), QTime(9, 0)).toUTC());
    // The mark makes the next start read the file whole, whatever the day's record says.
    const FileCheck check = Database::examine(store.path(), QuickCheck::WhenUrgent, &clock);
    CHECK(check.verdict == FileCheck::Verdict::Usable);
    CHECK(check.checkedWhole);
    std::unique_ptr<Database> db = openOk(store.path(), counterStart(clock));
    CHECK_FALSE(FileCheckSchedule::failedBefore(store.path()));
    CHECK(FileCheckSchedule::lastPassed(*db) == clock.nowUtc());
}

TEST_CASE("A connection told to stop writing refuses every write and says it is read-only")
{
    test::TestStore store;
    REQUIRE_FALSE(store.db().isReadOnly());
    REQUIRE(store.db().stopWriting().ok());
    CHECK(store.db().isReadOnly());
    CustomerDraft draft;
    draft.name = QStringLiteral("刘女士");
    draft.phones = {QStringLiteral("13800138000")};
    CHECK_FALSE(
        Services(store.db(), store.clock()).customers().create(store.admin().actor(), draft).ok());
    CHECK(test::rawScalar(store.path(), QStringLiteral("SELECT count(*) FROM customers")).toInt() ==
          0);
}

TEST_CASE("A store checked whole earlier today opens at once, and the next day's first start "
          "reads it whole again and finds the damage",
          "[file]")
{
    test::TestStore store;
    store.close();
    const QDateTime lastNight = QDateTime(QDate(2026, 12, 1), QTime(21, 0)).toUTC();
    {
        OpenOptions quiet;
        quiet.quickCheck = QuickCheck::Never;
        std::unique_ptr<Database> db = openOk(store.path(), quiet);
        REQUIRE(FileCheckSchedule::recordPassed(*db, lastNight).ok());
        CHECK(FileCheckSchedule::lastPassed(*db) == lastNight);
    }
    ManualClock clock(QDateTime(QDate(2026, 12, 2), QTime(9, 0)).toUTC());

    // The first start of the day reads every page, and says so by recording it.
    CHECK(Database::examine(store.path(), QuickCheck::WhenDue, &clock).checkedWhole);
    OpenOptions atStart = OpenOptions::atStart();
    atStart.clock = &clock;
    {
        std::unique_ptr<Database> db = openOk(store.path(), atStart);
        CHECK(FileCheckSchedule::lastPassed(*db) == clock.nowUtc());
    }

    // Later that day the file opens without being read whole: not even a page that went
    // bad since is noticed at start.
    test::damagePage(store.path());
    clock.set(QDateTime(QDate(2026, 12, 2), QTime(15, 0)).toUTC());
    const FileCheck afternoon = Database::examine(store.path(), QuickCheck::WhenDue, &clock);
    CHECK(afternoon.verdict == FileCheck::Verdict::Usable);
    CHECK_FALSE(afternoon.checkedWhole);
    // A caller that asks for the check always gets it.
    CHECK(Database::examine(store.path()).verdict == FileCheck::Verdict::Damaged);

    // The next morning's first start reads it whole and refuses it.
    clock.set(QDateTime(QDate(2026, 12, 3), QTime(8, 30)).toUTC());
    CHECK(Database::examine(store.path(), QuickCheck::WhenDue, &clock).verdict ==
          FileCheck::Verdict::Damaged);
    Result<std::unique_ptr<Database>> opened = Database::open(store.path(), atStart);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::DatabaseUnusable);
}

TEST_CASE("A store left with unwritten log frames by a power cut is read whole at the next "
          "start, even after a check that day",
          "[file]")
{
    test::TestStore store;
    ManualClock clock(QDateTime(QDate(2026, 12, 2), QTime(9, 0)).toUTC());
    REQUIRE(FileCheckSchedule::recordPassed(store.db(), clock.nowUtc()).ok());
    CustomerDraft draft;
    draft.name = QStringLiteral("刘女士");
    draft.phones = {QStringLiteral("13800138000")};
    REQUIRE(
        Services(store.db(), store.clock()).customers().create(store.admin().actor(), draft).ok());

    // What the disk holds when the power goes: the file and its log, nobody using them.
    QTemporaryDir after;
    const QString cut = after.filePath(QStringLiteral("cut.sqlite"));
    test::copyAsLeftByPowerCut(store.path(), cut);
    REQUIRE(QFileInfo(cut + QStringLiteral("-wal")).size() > 0);
    CHECK(FileCheckSchedule::leftUnclean(cut));

    clock.set(QDateTime(QDate(2026, 12, 2), QTime(10, 0)).toUTC());
    const FileCheck check = Database::examine(cut, QuickCheck::WhenDue, &clock);
    CHECK(check.verdict == FileCheck::Verdict::Usable);
    CHECK(check.checkedWhole);

    // Opened and closed properly, the log is gone and the next start that day is quick.
    OpenOptions atStart = OpenOptions::atStart();
    atStart.clock = &clock;
    {
        std::unique_ptr<Database> db = openOk(cut, atStart);
        CHECK(db->scalar(QStringLiteral("SELECT count(*) FROM customers")).value().toInt() == 1);
    }
    CHECK_FALSE(FileCheckSchedule::leftUnclean(cut));
    CHECK_FALSE(Database::examine(cut, QuickCheck::WhenDue, &clock).checkedWhole);
}
