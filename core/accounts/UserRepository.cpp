#include "UserRepository.h"

#include "base/Clock.h"
#include "storage/Database.h"
#include "storage/Query.h"

namespace cc {

namespace {

constexpr auto userColumns =
    "id, username, display_name, role, active, failed_attempts, locked_until, created_at";

User userFromRow(const Query& query)
{
    User user;
    user.id = query.value(0).toLongLong();
    user.username = query.value(1).toString();
    user.displayName = query.value(2).toString();
    user.role = Roles::fromKey(query.value(3).toString()).value_or(Role::Clerk);
    user.active = query.value(4).toInt() != 0;
    user.failedAttempts = query.value(5).toInt();
    if (!query.value(6).isNull())
        user.lockedUntil = fromStoredTime(query.value(6).toString());
    user.createdAt = fromStoredTime(query.value(7).toString());
    return user;
}

QString selectUsers(const char* where)
{
    return QStringLiteral("SELECT %1 FROM users %2")
        .arg(QLatin1String(userColumns), QLatin1String(where));
}

// One row per kind of thing a user can hold. Each later table with an owner or assignee
// adds its line here, so a departure hands over everything in one transaction.
struct HoldingSource {
    const char* countSql;
    const char* moveSql;
    qint64 Holdings::*field;
};

const QList<HoldingSource>& holdingSources()
{
    static const QList<HoldingSource> sources{
        {"SELECT count(*) FROM customers WHERE owner_id = :user AND merged_into IS NULL",
         "UPDATE customers SET owner_id = :to WHERE owner_id = :from AND merged_into IS NULL",
         &Holdings::customerFiles},
        {"SELECT count(*) FROM complaints WHERE handler_id = :user "
         "AND status IN ('received', 'in_progress', 'awaiting_approval')",
         "UPDATE complaints SET handler_id = :to WHERE handler_id = :from "
         "AND status IN ('received', 'in_progress', 'awaiting_approval')",
         &Holdings::openComplaints},
        {"SELECT count(*) FROM callbacks WHERE assignee_id = :user AND status = 'pending'",
         "UPDATE callbacks SET assignee_id = :to WHERE assignee_id = :from AND status = 'pending'",
         &Holdings::pendingCallbacks},
    };
    return sources;
}

} // namespace

Result<std::optional<User>> UserRepository::findByName(const QString& username)
{
    Query query(m_database, selectUsers("WHERE username = :name"));
    query.bind(QStringLiteral(":name"), username);
    if (Status done = query.exec(QStringLiteral("users.find")); !done)
        return done.error();
    if (!query.next())
        return std::optional<User>();
    return std::optional<User>(userFromRow(query));
}

Result<std::optional<User>> UserRepository::findById(qint64 id)
{
    Query query(m_database, selectUsers("WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id);
    if (Status done = query.exec(QStringLiteral("users.get")); !done)
        return done.error();
    if (!query.next())
        return std::optional<User>();
    return std::optional<User>(userFromRow(query));
}

Result<QString> UserRepository::passwordHash(qint64 id)
{
    Query query(m_database, QStringLiteral("SELECT password_hash FROM users WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id);
    if (Status done = query.exec(QStringLiteral("users.hash")); !done)
        return done.error();
    return query.next() ? query.value(0).toString() : QString();
}

Result<QList<User>> UserRepository::list()
{
    Query query(m_database, selectUsers("ORDER BY active DESC, lower(username), id"));
    if (Status done = query.exec(QStringLiteral("users.list")); !done)
        return done.error();
    QList<User> users;
    while (query.next())
        users.append(userFromRow(query));
    return users;
}

Result<qint64> UserRepository::count()
{
    Query query(m_database, QStringLiteral("SELECT count(*) FROM users"));
    if (Status done = query.exec(QStringLiteral("users.count")); !done)
        return done.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<qint64> UserRepository::countActiveManagers()
{
    Query query(m_database,
                QStringLiteral("SELECT count(*) FROM users WHERE role = 'manager' AND active = 1"));
    if (Status done = query.exec(QStringLiteral("users.managers")); !done)
        return done.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<qint64> UserRepository::insert(const User& user, const QString& passwordHash)
{
    Query query(m_database, QStringLiteral(R"sql(
        INSERT INTO users (username, display_name, role, password_hash, active, created_at)
        VALUES (:username, :display_name, :role, :hash, 1, :created_at) RETURNING id
    )sql"));
    query.bind(QStringLiteral(":username"), user.username)
        .bind(QStringLiteral(":display_name"), user.displayName)
        .bind(QStringLiteral(":role"), Roles::key(user.role))
        .bind(QStringLiteral(":hash"), passwordHash)
        .bind(QStringLiteral(":created_at"), toStoredTime(user.createdAt));
    if (Status done = query.exec(QStringLiteral("users.insert")); !done)
        return done.error();
    return query.insertedId();
}

Status UserRepository::updatePassword(qint64 id, const QString& passwordHash)
{
    Query query(
        m_database,
        QStringLiteral(
            "UPDATE users SET password_hash = :hash, failed_attempts = 0, locked_until = NULL "
            "WHERE id = :id"));
    query.bind(QStringLiteral(":hash"), passwordHash).bind(QStringLiteral(":id"), id);
    return query.exec(QStringLiteral("users.password"));
}

Status UserRepository::updateRole(qint64 id, Role role)
{
    Query query(m_database, QStringLiteral("UPDATE users SET role = :role WHERE id = :id"));
    query.bind(QStringLiteral(":role"), Roles::key(role)).bind(QStringLiteral(":id"), id);
    return query.exec(QStringLiteral("users.role"));
}

Status UserRepository::updateDisplayName(qint64 id, const QString& displayName)
{
    Query query(m_database, QStringLiteral("UPDATE users SET display_name = :name WHERE id = :id"));
    query.bind(QStringLiteral(":name"), displayName).bind(QStringLiteral(":id"), id);
    return query.exec(QStringLiteral("users.display_name"));
}

Status UserRepository::deactivate(qint64 id, const QDateTime& at)
{
    Query query(m_database,
                QStringLiteral("UPDATE users SET active = 0, deactivated_at = :at WHERE id = :id"));
    query.bind(QStringLiteral(":at"), toStoredTime(at)).bind(QStringLiteral(":id"), id);
    return query.exec(QStringLiteral("users.deactivate"));
}

Status UserRepository::recordFailures(qint64 id, int failedAttempts, const QDateTime& lockedUntil)
{
    Query query(
        m_database,
        QStringLiteral(
            "UPDATE users SET failed_attempts = :attempts, locked_until = :until WHERE id = :id"));
    query.bind(QStringLiteral(":attempts"), failedAttempts)
        .bind(QStringLiteral(":until"),
              lockedUntil.isValid() ? QVariant(toStoredTime(lockedUntil)) : QVariant())
        .bind(QStringLiteral(":id"), id);
    return query.exec(QStringLiteral("users.failures"));
}

Result<Holdings> UserRepository::holdings(qint64 id)
{
    Holdings holdings;
    for (const HoldingSource& source : holdingSources()) {
        Query query(m_database, QString::fromUtf8(source.countSql));
        query.bind(QStringLiteral(":user"), id);
        if (Status done = query.exec(QStringLiteral("users.holdings")); !done)
            return done.error();
        if (query.next())
            holdings.*source.field += query.value(0).toLongLong();
    }
    return holdings;
}

Status UserRepository::handOver(qint64 from, qint64 to)
{
    for (const HoldingSource& source : holdingSources()) {
        Query query(m_database, QString::fromUtf8(source.moveSql));
        query.bind(QStringLiteral(":from"), from).bind(QStringLiteral(":to"), to);
        if (Status done = query.exec(QStringLiteral("users.handover")); !done)
            return done;
    }
    return {};
}

} // namespace cc
