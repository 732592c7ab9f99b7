#pragma once

#include "User.h"
#include "base/Result.h"

#include <QCoreApplication>

namespace cc {

class Clock;
class Database;

/// Users, roles, sign-in and staff departure. Every change is audited in the same
/// transaction as the change; every refusal changes nothing.
class AccountService {
    Q_DECLARE_TR_FUNCTIONS(cc::AccountService)

public:
    static constexpr int maxFailedSignIns = 5;
    static constexpr int lockMinutes = 15;

    AccountService(Database& database, const Clock& clock);

    /// Checks a user name: 2–32 letters, digits, '.', '_' or '-'.
    static Status validateUsername(const QString& username);
    static Status validateDisplayName(const QString& displayName);

    /// Signs in. Refused (WrongCredentials) for an unknown or deactivated user and a wrong
    /// password alike; the fifth wrong password in a row locks the account for
    /// lockMinutes (Locked). Successes, failures and locks are audited.
    /// On a database opened read-only (the rescue of a damaged file) nothing can be
    /// recorded: the password is checked and nothing else.
    Result<User> signIn(const QString& username, const QString& password);
    /// Checks a name and password without writing anything: for a read-only file, and to
    /// prove a manager of a backup before it replaces a damaged database.
    Result<User> checkCredentials(const QString& username, const QString& password);
    Status signOut(const User& user);

    /// Manager only. The password must pass PasswordHasher::checkPolicy.
    Result<User> addUser(const Actor& by, const QString& username, const QString& displayName,
                         Role role, const QString& password);
    Result<QList<User>> listUsers(const Actor& by);
    Result<User> findUser(const QString& username);
    /// Every user's name and role, for pickers (owner, handler); any signed-in user.
    Result<QList<User>> colleagues();
    /// A user may change their own password; a manager may reset anyone's.
    Status changePassword(const Actor& by, const QString& username, const QString& newPassword);
    /// Manager only; the last active manager cannot be demoted.
    Status changeRole(const Actor& by, const QString& username, Role role);
    Status changeDisplayName(const Actor& by, const QString& username, const QString& displayName);
    /// What the user still holds (manager only): shown before a deactivation.
    Result<Holdings> holdingsOf(const Actor& by, const QString& username);
    /// Manager only: lifts a lock after failed sign-ins.
    Status unlock(const Actor& by, const QString& username);
    /// Manager only. Hands everything the user holds to `handoverTo` (may be empty when the
    /// user holds nothing) and deactivates them, in one transaction. The last active
    /// manager cannot be deactivated, nor can one deactivate oneself.
    Status deactivate(const Actor& by, const QString& username, const QString& handoverTo);

private:
    Result<User> requireUser(const QString& username);

    Database& m_database;
    const Clock& m_clock;
};

} // namespace cc
