#include "TestStore.h"

#include <accounts/AccountService.h>
#include <accounts/AuditLog.h>
#include <backup/HealthCheck.h>
#include <storage/WriteTransaction.h>

#include <catch2/catch.hpp>

using namespace cc;

namespace {

void appendSome(test::TestStore& store, int count)
{
    AuditLog audit(store.db(), store.clock());
    for (int i = 0; i < count; ++i) {
        WriteTransaction transaction(store.db());
        REQUIRE(transaction.begin().ok());
        REQUIRE(audit
                    .append(store.admin().actor(), QStringLiteral("test.event"),
                            QStringLiteral("thing"), QString::number(i),
                            QStringLiteral("detail %1").arg(i))
                    .ok());
        REQUIRE(transaction.commit().ok());
        store.clock().advanceSecs(60);
    }
}

AuditVerification verify(test::TestStore& store)
{
    Result<AuditVerification> report = AuditLog(store.db(), store.clock()).verify();
    REQUIRE(report.ok());
    return report.value();
}

const QStringList dropTriggers{QStringLiteral("DROP TRIGGER audit_log_no_update"),
                               QStringLiteral("DROP TRIGGER audit_log_no_delete")};

} // namespace

TEST_CASE("Every write is chained into the audit log and the chain verifies")
{
    test::TestStore store;
    appendSome(store, 5);
    const AuditVerification report = verify(store);
    CHECK(report.intact);
    CHECK(report.entries == 7); // store.init and user.add, then five
    CHECK(report.headHash.size() == 64);

    Result<QList<AuditEntry>> entries = AuditLog(store.db(), store.clock()).list({});
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 7);
    CHECK(entries->first().action == QStringLiteral("test.event")); // newest first
    CHECK(entries->last().action == QStringLiteral("store.init"));
    CHECK(entries->last().prevHash == AuditLog::genesisHash());
    // Each entry points at the hash of the one before it.
    for (int i = 0; i + 1 < entries->size(); ++i)
        CHECK(entries->at(i).prevHash == entries->at(i + 1).hash);
}

TEST_CASE("The audit table refuses UPDATE and DELETE through its triggers")
{
    test::TestStore store;
    CHECK_FALSE(store.db().execute(QStringLiteral("UPDATE audit_log SET detail = 'x'")).ok());
    CHECK_FALSE(store.db().execute(QStringLiteral("DELETE FROM audit_log")).ok());
    CHECK(verify(store).intact);
}

TEST_CASE("Tampering behind the program's back is detected and the first bad entry named", "[file]")
{
    test::TestStore store;
    appendSome(store, 6); // entries 1..8
    store.close();

    SECTION("a detail changed")
    {
        test::rawExec(store.path(),
                      dropTriggers +
                          QStringList{QStringLiteral(
                              "UPDATE audit_log SET detail = 'nothing happened' WHERE id = 5")});
        store.reopen();
        const AuditVerification report = verify(store);
        CHECK_FALSE(report.intact);
        CHECK(report.firstBadId == 5);
        CHECK(report.problem.contains(QStringLiteral("5")));
    }

    SECTION("a row changed and its hash recomputed by someone without the chain")
    {
        test::rawExec(store.path(),
                      dropTriggers + QStringList{QStringLiteral(
                                         "UPDATE audit_log SET actor = 'nobody', hash = "
                                         "'00000000000000000000000000000000000000000000000000000000"
                                         "00000001' WHERE id = 4")});
        store.reopen();
        const AuditVerification report = verify(store);
        CHECK_FALSE(report.intact);
        CHECK(report.firstBadId == 4);
    }

    SECTION("a row in the middle deleted")
    {
        test::rawExec(store.path(), dropTriggers + QStringList{QStringLiteral(
                                                       "DELETE FROM audit_log WHERE id = 3")});
        store.reopen();
        const AuditVerification report = verify(store);
        CHECK_FALSE(report.intact);
        CHECK(report.firstBadId == 3);
        CHECK(report.problem.contains(QStringLiteral("missing")));
    }

    SECTION("rows deleted and the rest renumbered")
    {
        test::rawExec(
            store.path(),
            dropTriggers +
                QStringList{QStringLiteral("DELETE FROM audit_log WHERE id = 2"),
                            QStringLiteral("UPDATE audit_log SET id = id - 1 WHERE id > 2")});
        store.reopen();
        const AuditVerification report = verify(store);
        CHECK_FALSE(report.intact);
        CHECK(report.firstBadId == 2);
    }

    SECTION("the health check reports the broken chain")
    {
        test::rawExec(
            store.path(),
            dropTriggers +
                QStringList{QStringLiteral(
                    "UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE id = 7")});
        store.reopen();
        Result<HealthReport> health = HealthCheck::run(store.db(), store.clock());
        REQUIRE(health.ok());
        CHECK(health->integrity == QStringLiteral("ok"));
        CHECK_FALSE(health->ok());
        CHECK(health->audit.contains(QStringLiteral("7")));
    }
}

TEST_CASE("The audit list filters by time, user and entity")
{
    test::TestStore store;
    User clerk = store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
    appendSome(store, 3);
    AuditLog audit(store.db(), store.clock());

    AuditFilter byEntity;
    byEntity.entityKind = QStringLiteral("user");
    byEntity.entityId = QString::number(clerk.id);
    Result<QList<AuditEntry>> about = audit.list(byEntity);
    REQUIRE(about.ok());
    REQUIRE(about->size() == 1);
    CHECK(about->first().action == QStringLiteral("user.add"));

    AuditFilter recent;
    recent.since = store.clock().nowUtc().addSecs(-120);
    Result<QList<AuditEntry>> last = audit.list(recent);
    REQUIRE(last.ok());
    CHECK(last->size() == 2);

    AuditFilter byActor;
    byActor.actor = QStringLiteral("nobody");
    CHECK(audit.list(byActor)->isEmpty());
}
