#include "TestStore.h"

#include <accounts/AccountService.h>
#include <accounts/AuditLog.h>

#include <catch2/catch.hpp>

using namespace cc;

namespace {

QStringList actionsAbout(test::TestStore& store, qint64 userId)
{
    AuditFilter filter;
    filter.entityKind = QStringLiteral("user");
    filter.entityId = QString::number(userId);
    QStringList actions;
    for (const AuditEntry& entry : AuditLog(store.db(), store.clock()).list(filter).value())
        actions.prepend(entry.action);
    return actions;
}

qint64 auditCount(test::TestStore& store)
{
    return store.db().scalar(QStringLiteral("SELECT count(*) FROM audit_log")).value().toLongLong();
}

} // namespace

TEST_CASE("Managers add users and others are refused without any change")
{
    test::TestStore store;
    AccountService accounts(store.db(), store.clock());
    User clerk = store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
    User supervisor = store.addUser(QStringLiteral("zhang"), Role::Supervisor);
    const qint64 before = auditCount(store);

    for (const User& who : {clerk, supervisor}) {
        Result<User> refused = accounts.addUser(who.actor(), QStringLiteral("newbie"), {},
                                                Role::Clerk, test::staffPassword);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Permission);
        CHECK(refused.error().message.contains(QStringLiteral("may not manage users")));
    }
    CHECK(auditCount(store) == before);
    CHECK_FALSE(accounts.findUser(QStringLiteral("newbie")).ok());

    Result<User> added = accounts.addUser(store.admin().actor(), QStringLiteral("newbie"),
                                          QStringLiteral("小新"), Role::Clerk, test::staffPassword);
    REQUIRE(added.ok());
    CHECK(added->displayName == QStringLiteral("小新"));
    CHECK(actionsAbout(store, added->id) == QStringList{QStringLiteral("user.add")});
}

TEST_CASE("User names, display names and passwords are checked before anything is written")
{
    test::TestStore store;
    AccountService accounts(store.db(), store.clock());
    const Actor boss = store.admin().actor();
    const qint64 before = auditCount(store);

    auto refusal = [&](const QString& name, const QString& password) {
        Result<User> result = accounts.addUser(boss, name, {}, Role::Clerk, password);
        REQUIRE_FALSE(result.ok());
        return result.error();
    };
    CHECK(refusal(QStringLiteral("a"), test::staffPassword)
              .message.startsWith(QStringLiteral("User name")));
    CHECK(refusal(QStringLiteral("has space"), test::staffPassword)
              .message.startsWith(QStringLiteral("User name")));
    CHECK(refusal(QString(), test::staffPassword).message.startsWith(QStringLiteral("User name")));
    CHECK(refusal(QStringLiteral("okname"), QStringLiteral("short"))
              .message.startsWith(QStringLiteral("Password")));
    CHECK(refusal(QStringLiteral("okname"), QStringLiteral("123456789"))
              .message.contains(QStringLiteral("10")));
    const Error taken = refusal(QStringLiteral("BOSS"), test::staffPassword); // case-insensitive
    CHECK(taken.code == ErrorCode::Conflict);
    CHECK(taken.message.contains(QStringLiteral("already taken")));
    CHECK(auditCount(store) == before);

    // Ten characters are enough, including Chinese ones.
    CHECK(accounts
              .addUser(boss, QStringLiteral("李娜"), {}, Role::Clerk,
                       QStringLiteral("一二三四五六七八九十"))
              .ok());
}

TEST_CASE("Sign-in succeeds with the right password and is audited")
{
    test::TestStore store;
    AccountService accounts(store.db(), store.clock());
    User clerk = store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
    Result<User> signedIn = accounts.signIn(QStringLiteral("xiaoli"), test::staffPassword);
    REQUIRE(signedIn.ok());
    CHECK(signedIn->id == clerk.id);
    REQUIRE(accounts.signOut(signedIn.value()).ok());
    CHECK(actionsAbout(store, clerk.id) == QStringList{QStringLiteral("user.add"),
                                                       QStringLiteral("user.sign_in"),
                                                       QStringLiteral("user.sign_out")});
}

TEST_CASE("A wrong user and a wrong password get the same answer")
{
    test::TestStore store;
    AccountService accounts(store.db(), store.clock());
    store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
    Result<User> wrongPassword =
        accounts.signIn(QStringLiteral("xiaoli"), QStringLiteral("not-the-password"));
    Result<User> wrongUser = accounts.signIn(QStringLiteral("nobody"), test::staffPassword);
    REQUIRE_FALSE(wrongPassword.ok());
    REQUIRE_FALSE(wrongUser.ok());
    CHECK(wrongPassword.error().code == ErrorCode::WrongCredentials);
    CHECK(wrongUser.error().code == ErrorCode::WrongCredentials);
    CHECK(wrongPassword.error().message == wrongUser.error().message);
    // Both failures are audited, without the typed name of the unknown user.
    Result<QList<AuditEntry>> entries = AuditLog(store.db(), store.clock()).list({});
    REQUIRE(entries.ok());
    CHECK(entries->at(0).action == QStringLiteral("user.sign_in_failed"));
    CHECK(entries->at(0).actor == QStringLiteral("?"));
    CHECK_FALSE(entries->at(0).detail.contains(QStringLiteral("nobody")));
    CHECK(entries->at(1).action == QStringLiteral("user.sign_in_failed"));
    CHECK(entries->at(1).actor == QStringLiteral("xiaoli"));
}

TEST_CASE("Five wrong passwords in a row lock the account for 15 minutes")
{
    test::TestStore store;
    AccountService accounts(store.db(), store.clock());
    User clerk = store.addUser(QStringLiteral("xiaoli"), Role::Clerk);

    SECTION("a success in between resets the count")
    {
        for (int i = 0; i < 4; ++i)
            REQUIRE_FALSE(
                accounts.signIn(QStringLiteral("xiaoli"), QStringLiteral("wrong-password")).ok());
        REQUIRE(accounts.signIn(QStringLiteral("xiaoli"), test::staffPassword).ok());
        for (int i = 0; i < 4; ++i)
            REQUIRE_FALSE(
                accounts.signIn(QStringLiteral("xiaoli"), QStringLiteral("wrong-password")).ok());
        CHECK(accounts.signIn(QStringLiteral("xiaoli"), test::staffPassword).ok());
    }

    SECTION("the fifth locks; even the right password is refused until the lock ends")
    {
        for (int i = 0; i < 4; ++i) {
            Result<User> attempt =
                accounts.signIn(QStringLiteral("xiaoli"), QStringLiteral("wrong-password"));
            CHECK(attempt.error().code == ErrorCode::WrongCredentials);
        }
        Result<User> fifth =
            accounts.signIn(QStringLiteral("xiaoli"), QStringLiteral("wrong-password"));
        CHECK(fifth.error().code == ErrorCode::WrongCredentials);

        Result<User> locked = accounts.signIn(QStringLiteral("xiaoli"), test::staffPassword);
        REQUIRE_FALSE(locked.ok());
        CHECK(locked.error().code == ErrorCode::Locked);
        CHECK(actionsAbout(store, clerk.id).contains(QStringLiteral("user.lock")));

        store.clock().advanceSecs(14 * 60 + 59);
        CHECK(accounts.signIn(QStringLiteral("xiaoli"), test::staffPassword).error().code ==
              ErrorCode::Locked);
        store.clock().advanceSecs(2);
        CHECK(accounts.signIn(QStringLiteral("xiaoli"), test::staffPassword).ok());
    }

    SECTION("a manager can unlock at once; a clerk cannot")
    {
        for (int i = 0; i < 5; ++i)
            REQUIRE_FALSE(
                accounts.signIn(QStringLiteral("xiaoli"), QStringLiteral("wrong-password")).ok());
        User other = store.addUser(QStringLiteral("other"), Role::Clerk);
        CHECK(accounts.unlock(other.actor(), QStringLiteral("xiaoli")).error().code ==
              ErrorCode::Permission);
        CHECK(accounts.signIn(QStringLiteral("xiaoli"), test::staffPassword).error().code ==
              ErrorCode::Locked);
        REQUIRE(accounts.unlock(store.admin().actor(), QStringLiteral("xiaoli")).ok());
        CHECK(accounts.signIn(QStringLiteral("xiaoli"), test::staffPassword).ok());
        CHECK(actionsAbout(store, clerk.id).contains(QStringLiteral("user.unlock")));
    }
}

TEST_CASE("Passwords are changed by their owner or reset by a manager")
{
    test::TestStore store;
    AccountService accounts(store.db(), store.clock());
    User clerk = store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
    store.addUser(QStringLiteral("other"), Role::Clerk);

    REQUIRE(accounts
                .changePassword(clerk.actor(), QStringLiteral("xiaoli"),
                                QStringLiteral("my-new-password"))
                .ok());
    CHECK(accounts.signIn(QStringLiteral("xiaoli"), QStringLiteral("my-new-password")).ok());
    CHECK_FALSE(accounts.signIn(QStringLiteral("xiaoli"), test::staffPassword).ok());

    Status notMine = accounts.changePassword(clerk.actor(), QStringLiteral("other"),
                                             QStringLiteral("hijacked-password"));
    CHECK(notMine.error().code == ErrorCode::Permission);
    CHECK(accounts.signIn(QStringLiteral("other"), test::staffPassword).ok());

    CHECK(accounts.changePassword(clerk.actor(), QStringLiteral("xiaoli"), QStringLiteral("short"))
              .error()
              .code == ErrorCode::Validation);

    REQUIRE(accounts
                .changePassword(store.admin().actor(), QStringLiteral("other"),
                                QStringLiteral("reset-by-boss"))
                .ok());
    CHECK(accounts.signIn(QStringLiteral("other"), QStringLiteral("reset-by-boss")).ok());
}

TEST_CASE("The last active manager can be neither demoted nor deactivated")
{
    test::TestStore store;
    AccountService accounts(store.db(), store.clock());
    User second = store.addUser(QStringLiteral("deputy"), Role::Supervisor);

    Status demote = accounts.changeRole(store.admin().actor(), test::adminName, Role::Supervisor);
    REQUIRE_FALSE(demote.ok());
    CHECK(demote.error().message.contains(QStringLiteral("last active manager")));
    Status deactivateSelf = accounts.deactivate(store.admin().actor(), test::adminName, {});
    CHECK_FALSE(deactivateSelf.ok());

    REQUIRE(
        accounts.changeRole(store.admin().actor(), QStringLiteral("deputy"), Role::Manager).ok());
    second.role = Role::Manager;
    // Now there are two managers: the deputy may deactivate the boss.
    REQUIRE(accounts.deactivate(second.actor(), test::adminName, {}).ok());
    Status lastOne = accounts.changeRole(second.actor(), QStringLiteral("deputy"), Role::Clerk);
    CHECK(lastOne.error().message.contains(QStringLiteral("last active manager")));
}

TEST_CASE("Deactivated users cannot sign in and deactivation is audited")
{
    test::TestStore store;
    AccountService accounts(store.db(), store.clock());
    User clerk = store.addUser(QStringLiteral("xiaoli"), Role::Clerk);
    User supervisor = store.addUser(QStringLiteral("zhang"), Role::Supervisor);

    CHECK(accounts.deactivate(supervisor.actor(), QStringLiteral("xiaoli"), {}).error().code ==
          ErrorCode::Permission);
    CHECK(accounts.signIn(QStringLiteral("xiaoli"), test::staffPassword).ok());

    Status unknownSuccessor = accounts.deactivate(store.admin().actor(), QStringLiteral("xiaoli"),
                                                  QStringLiteral("ghost"));
    REQUIRE_FALSE(unknownSuccessor.ok());
    CHECK(unknownSuccessor.error().message.startsWith(QStringLiteral("Hand over to")));
    CHECK(accounts.signIn(QStringLiteral("xiaoli"), test::staffPassword).ok());

    REQUIRE(
        accounts
            .deactivate(store.admin().actor(), QStringLiteral("xiaoli"), QStringLiteral("zhang"))
            .ok());
    Result<User> refused = accounts.signIn(QStringLiteral("xiaoli"), test::staffPassword);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::WrongCredentials);
    const QStringList actions = actionsAbout(store, clerk.id);
    CHECK(actions.contains(QStringLiteral("user.handover")));
    CHECK(actions.contains(QStringLiteral("user.deactivate")));
    CHECK(accounts.deactivate(store.admin().actor(), QStringLiteral("xiaoli"), {}).error().code ==
          ErrorCode::Conflict);
}
