#pragma once

#include "User.h"
#include "base/Result.h"

#include <QList>

#include <optional>

namespace cc {

class Database;

/// SQL for the users table. No rules here: AccountService decides.
class UserRepository {
public:
    explicit UserRepository(Database& database)
        : m_database(database)
    {}

    Result<std::optional<User>> findByName(const QString& username);
    Result<std::optional<User>> findById(qint64 id);
    /// The stored argon2id string of the user, empty when there is none.
    Result<QString> passwordHash(qint64 id);
    Result<QList<User>> list();
    Result<qint64> count();
    Result<qint64> countActiveManagers();

    Result<qint64> insert(const User& user, const QString& passwordHash);
    Status updatePassword(qint64 id, const QString& passwordHash);
    Status updateRole(qint64 id, Role role);
    Status updateDisplayName(qint64 id, const QString& displayName);
    Status deactivate(qint64 id, const QDateTime& at);
    Status recordFailures(qint64 id, int failedAttempts, const QDateTime& lockedUntil);

    /// What the user still holds, by the tables that have an owner or assignee.
    Result<Holdings> holdings(qint64 id);
    /// Moves everything the user holds onto `to`. Call inside a write transaction.
    Status handOver(qint64 from, qint64 to);

private:
    Database& m_database;
};

} // namespace cc
