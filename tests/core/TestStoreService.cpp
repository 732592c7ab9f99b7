#include "TestStore.h"

#include <accounts/AccountService.h>
#include <store/StoreService.h>
#include <store/StoreSettings.h>

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace cc;

TEST_CASE("A new store gets its name and its first manager, who can sign in")
{
    test::TestStore store;
    Result<std::optional<StoreInfo>> info = StoreService(store.db(), store.clock()).store();
    REQUIRE(info.ok());
    REQUIRE(info.value().has_value());
    CHECK(info.value()->name == QStringLiteral("旗舰店"));
    CHECK(store.admin().role == Role::Manager);
    CHECK(AccountService(store.db(), store.clock())
              .signIn(test::adminName, test::adminPassword)
              .ok());
}

TEST_CASE("A second initialisation is refused and changes nothing")
{
    test::TestStore store;
    const qint64 auditBefore =
        store.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).value().toLongLong();
    StoreSetup again{QStringLiteral("Another"),
                     QStringLiteral("intruder"),
                     {},
                     QStringLiteral("long-enough-pw")};
    Result<User> refused = StoreService(store.db(), store.clock()).initialize(again);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("旗舰店")));
    CHECK(StoreService(store.db(), store.clock()).store().value()->name ==
          QStringLiteral("旗舰店"));
    CHECK_FALSE(
        AccountService(store.db(), store.clock()).findUser(QStringLiteral("intruder")).ok());
    CHECK(
        store.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).value().toLongLong() ==
        auditBefore);
}

TEST_CASE("Store set-up input is validated field by field")
{
    auto message = [](StoreSetup setup) {
        Status status = StoreService::validate(setup);
        REQUIRE_FALSE(status.ok());
        return status.error().message;
    };
    const StoreSetup good{
        QStringLiteral("旗舰店"), QStringLiteral("boss"), {}, QStringLiteral("long-enough-pw")};
    CHECK(StoreService::validate(good).ok());
    StoreSetup noName = good;
    noName.storeName = QStringLiteral("   ");
    CHECK(message(noName).startsWith(QStringLiteral("Store name")));
    StoreSetup longName = good;
    longName.storeName = QString(101, QLatin1Char('x'));
    CHECK(message(longName).startsWith(QStringLiteral("Store name")));
    StoreSetup badUser = good;
    badUser.adminUsername = QStringLiteral("a b");
    CHECK(message(badUser).startsWith(QStringLiteral("User name")));
    StoreSetup weak = good;
    weak.adminPassword = QStringLiteral("123");
    CHECK(message(weak).startsWith(QStringLiteral("Password")));
}

TEST_CASE("The idle lock time defaults to 5 minutes and only a manager changes it")
{
    test::TestStore store;
    StoreSettings settings(store.db(), store.clock());
    CHECK(settings.idleLockMinutes().value() == 5);
    User supervisor = store.addUser(QStringLiteral("zhang"), Role::Supervisor);
    CHECK(settings.setIdleLockMinutes(supervisor.actor(), 10).error().code ==
          ErrorCode::Permission);
    CHECK(settings.setIdleLockMinutes(store.admin().actor(), 0)
              .error()
              .message.startsWith(QStringLiteral("Lock after")));
    CHECK(settings.setIdleLockMinutes(store.admin().actor(), 121).error().code ==
          ErrorCode::Validation);
    CHECK(settings.idleLockMinutes().value() == 5);
    REQUIRE(settings.setIdleLockMinutes(store.admin().actor(), 15).ok());
    CHECK(settings.idleLockMinutes().value() == 15);
    REQUIRE(settings.setIdleLockMinutes(store.admin().actor(), 3).ok());
    CHECK(settings.idleLockMinutes().value() == 3);
}
