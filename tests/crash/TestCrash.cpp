// [data-safety]: what a commit has confirmed survives SIGKILL, and two processes writing
// at the same time lose nothing. The writers are real processes on a real file.
#include "TestStore.h"

#include <accounts/AuditLog.h>
#include <backup/BackupService.h>
#include <customers/CustomerService.h>
#include <services/Services.h>
#include <storage/Database.h>
#include <storage/FileCheckSchedule.h>

#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

#include <catch2/catch.hpp>

using namespace cc;

namespace {

/// A store with one customer, closed so the writers have it to themselves.
struct CrashStore {
    test::TestStore store;
    qint64 customerId = 0;
    CrashStore()
    {
        CustomerDraft draft;
        draft.name = QStringLiteral("刘女士");
        draft.phones = {QStringLiteral("13800138000")};
        Result<Customer> made =
            Services(store.db(), store.clock()).customers().create(store.admin().actor(), draft);
        REQUIRE(made.ok());
        customerId = made->id;
        store.close();
    }
    void start(QProcess& writer, int count) const
    {
        writer.start(QStringLiteral(CRASH_WRITER),
                     {store.path(), QString::number(customerId), QString::number(count)});
        REQUIRE(writer.waitForStarted());
    }
};

/// The complete lines a writer printed (a line without its newline was not confirmed).
QStringList confirmed(QByteArray& buffer)
{
    const int end = buffer.lastIndexOf('\n');
    if (end < 0)
        return {};
    const QStringList lines =
        QString::fromUtf8(buffer.left(end)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    buffer.remove(0, end + 1);
    return lines;
}

/// Opens the file as the counter would, checks it whole and its audit chain intact, and
/// returns every complaint number in it.
QSet<QString> checkedNumbers(test::TestStore& store)
{
    store.reopen();
    CHECK(store.db().scalar(QStringLiteral("PRAGMA integrity_check")).value().toString() ==
          QStringLiteral("ok"));
    Result<AuditVerification> audit = AuditLog(store.db(), store.clock()).verify();
    REQUIRE(audit.ok());
    CHECK(audit->intact);
    QSet<QString> numbers;
    const QVariant all =
        store.db()
            .scalar(QStringLiteral("SELECT group_concat(number, ',') FROM complaints"))
            .value();
    for (const QString& number : all.value<QString>().split(QLatin1Char(','), Qt::SkipEmptyParts))
        numbers.insert(number);
    return numbers;
}

} // namespace

TEST_CASE("Two processes record complaints at the same time and none is lost")
{
    CrashStore crash;
    QProcess first;
    QProcess second;
    crash.start(first, 40);
    crash.start(second, 40);
    REQUIRE(first.waitForFinished(60000));
    REQUIRE(second.waitForFinished(60000));
    INFO(first.readAllStandardError().toStdString() << second.readAllStandardError().toStdString());
    CHECK(first.exitCode() == 0);
    CHECK(second.exitCode() == 0);
    QByteArray firstOut = first.readAllStandardOutput();
    QByteArray secondOut = second.readAllStandardOutput();
    const QStringList printed = confirmed(firstOut) + confirmed(secondOut);
    CHECK(printed.size() == 80);
    const QSet<QString> unique(printed.begin(), printed.end());
    CHECK(unique.size() == 80); // no number given twice
    const QSet<QString> stored = checkedNumbers(crash.store);
    CHECK(stored.size() == 80);
    CHECK(stored == unique);
}

TEST_CASE("Killed with SIGKILL at random moments, every confirmed complaint is kept")
{
    CrashStore crash;
    const quint32 seed = QRandomGenerator::global()->generate();
    INFO("random seed " << seed);
    QRandomGenerator random(seed);
    QStringList printed;
    int kills = 0;
    while (kills < 25) {
        QProcess writer;
        crash.start(writer, 0);
        // Let it get going, then kill it at a random moment: between commits, inside one,
        // or in the middle of a WAL write.
        REQUIRE(writer.waitForReadyRead(30000));
        QThread::msleep(random.bounded(1, 120));
        writer.kill(); // SIGKILL on Unix: no destructor, no rollback, no flush
        REQUIRE(writer.waitForFinished(10000));
        CHECK(writer.exitStatus() == QProcess::CrashExit);
        QByteArray out = writer.readAllStandardOutput();
        printed << confirmed(out);
        ++kills;
    }
    CHECK(printed.size() >= kills);
    const QSet<QString> stored = checkedNumbers(crash.store);
    for (const QString& number : printed) {
        INFO(number.toStdString());
        CHECK(stored.contains(number));
    }
    // Nothing half-written either: each stored complaint has its audit entry.
    CHECK(crash.store.db()
              .scalar(QStringLiteral("SELECT count(*) FROM complaints WHERE number NOT IN (SELECT "
                                     "entity_id FROM audit_log WHERE action = 'complaint.add')"))
              .value()
              .toInt() == 0);
}

TEST_CASE("A store another program is writing to is not taken for a crashed one, but once that "
          "program is killed, the next start reads the store whole")
{
    CrashStore crash;
    const QString path = crash.store.path();
    QProcess writer;
    crash.start(writer, 0);
    REQUIRE(writer.waitForReadyRead(30000)); // it has committed: its log has frames
    REQUIRE(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
    CHECK_FALSE(FileCheckSchedule::leftUnclean(path));
    // The writer checked the file when it opened it: a start now need not read it again.
    CHECK_FALSE(Database::examine(path, QuickCheck::WhenDue).checkedWhole);

    writer.kill();
    REQUIRE(writer.waitForFinished(10000));
    CHECK(FileCheckSchedule::leftUnclean(path));
    const FileCheck check = Database::examine(path, QuickCheck::WhenDue);
    CHECK(check.verdict == FileCheck::Verdict::Usable);
    CHECK(check.checkedWhole);
}

TEST_CASE("A restore is refused while another counter has the store open and that counter's "
          "saves are kept: once it has closed the restore goes ahead")
{
    CrashStore crash;
    crash.store.reopen();
    const QString backup = crash.store.dir() + QStringLiteral("/before.sqlite");
    REQUIRE(BackupService(crash.store.db(), crash.store.clock())
                .backup(crash.store.admin().actor(), backup)
                .ok());

    QProcess writer;
    crash.start(writer, 0); // records complaints until stopped
    REQUIRE(writer.waitForReadyRead(30000));
    Result<QString> refused = BackupService(crash.store.db(), crash.store.clock())
                                  .restore(crash.store.admin().actor(), backup);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("another CounterCare")));
    // The other counter goes on saving, and what it was told is saved is there.
    QByteArray out;
    QStringList printed;
    while (printed.size() < 5 && writer.waitForReadyRead(30000)) {
        out += writer.readAllStandardOutput();
        printed += confirmed(out);
    }
    writer.terminate();
    REQUIRE(writer.waitForFinished(10000));
    out += writer.readAllStandardOutput();
    printed += confirmed(out);
    REQUIRE(printed.size() >= 5);
    const QSet<QString> stored = checkedNumbers(crash.store);
    for (const QString& number : std::as_const(printed))
        CHECK(stored.contains(number));

    // Alone with the file now: the restore goes ahead.
    Result<QString> restored = BackupService(crash.store.db(), crash.store.clock())
                                   .restore(crash.store.admin().actor(), backup);
    INFO((restored ? QString() : restored.error().message).toStdString());
    CHECK(restored.ok());
    CHECK(checkedNumbers(crash.store).isEmpty());
}
