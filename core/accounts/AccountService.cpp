#include "AccountService.h"

#include "AuditLog.h"
#include "PasswordHasher.h"
#include "Permissions.h"
#include "UserRepository.h"
#include "base/Clock.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QLocale>
#include <QRegularExpression>

namespace cc {

AccountService::AccountService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

Status AccountService::validateUsername(const QString& username)
{
    static const QRegularExpression shape(QStringLiteral("^[\\p{L}\\p{N}._-]{2,32}$"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    if (username.isEmpty())
        return makeError(ErrorCode::Validation, tr("User name: required."));
    if (!shape.match(username).hasMatch())
        return makeError(
            ErrorCode::Validation,
            tr("User name: use 2 to 32 letters, digits, '.', '_' or '-' (no spaces)."));
    return {};
}

Status AccountService::validateDisplayName(const QString& displayName)
{
    const QString trimmed = displayName.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::Validation, tr("Display name: required."));
    if (trimmed.size() > 50)
        return makeError(ErrorCode::Validation, tr("Display name: at most 50 characters."));
    return {};
}

Result<User> AccountService::requireUser(const QString& username)
{
    UserRepository users(m_database);
    Result<std::optional<User>> found = users.findByName(username);
    if (!found)
        return found.error();
    if (!found.value())
        return makeError(ErrorCode::NotFound,
                         tr("User name: there is no user \"%1\".").arg(username));
    return *found.value();
}

Result<User> AccountService::findUser(const QString& username)
{
    return requireUser(username);
}

Result<QList<User>> AccountService::colleagues()
{
    return UserRepository(m_database).list();
}

Result<User> AccountService::checkCredentials(const QString& username, const QString& password)
{
    const Error refused =
        makeError(ErrorCode::WrongCredentials, tr("The user name or the password is wrong."));
    Result<std::optional<User>> found = UserRepository(m_database).findByName(username);
    if (!found)
        return found.error();
    if (!found.value() || !found.value()->active) {
        PasswordHasher::verifyDummy(password);
        return refused;
    }
    Result<QString> stored = UserRepository(m_database).passwordHash(found.value()->id);
    if (!stored)
        return stored.error();
    if (!PasswordHasher::verify(stored.value(), password))
        return refused;
    return *found.value();
}

Result<User> AccountService::signIn(const QString& username, const QString& password)
{
    if (m_database.isReadOnly())
        return checkCredentials(username, password);
    const Error refused =
        makeError(ErrorCode::WrongCredentials, tr("The user name or the password is wrong."));
    UserRepository users(m_database);
    AuditLog audit(m_database, m_clock);
    const QDateTime now = m_clock.nowUtc();

    // The password is checked before the write lock is taken: argon2 costs a fifth of a
    // second, and while one command held the lock for it every other counter's save, even
    // a read's sign-in, waited ("database is busy" with four counters at once). The lock
    // is then held only for the few rows the outcome writes, read again under it.
    Result<std::optional<User>> seen = users.findByName(username);
    if (!seen)
        return seen.error();
    std::optional<bool> passwordRight;
    QString verifiedHash;
    if (seen.value() && seen.value()->active &&
        !(seen.value()->lockedUntil.isValid() && seen.value()->lockedUntil > now)) {
        Result<QString> stored = users.passwordHash(seen.value()->id);
        if (!stored)
            return stored.error();
        verifiedHash = stored.value();
        passwordRight = PasswordHasher::verify(verifiedHash, password);
    } else {
        PasswordHasher::verifyDummy(password); // as long for every refusal
    }

    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();

    Result<std::optional<User>> found = users.findByName(username);
    if (!found)
        return found.error();
    if (!found.value() || !found.value()->active) {
        // The typed name is not recorded: people type passwords into the name field.
        const Actor unknown{found.value() ? std::optional<qint64>(found.value()->id) : std::nullopt,
                            found.value() ? found.value()->username : QStringLiteral("?"),
                            Role::Clerk};
        if (Status logged =
                audit.append(unknown, QStringLiteral("user.sign_in_failed"), QStringLiteral("user"),
                             found.value() ? QString::number(found.value()->id) : QString(),
                             AuditLog::details({{QStringLiteral("reason"),
                                                 found.value() ? QStringLiteral("deactivated")
                                                               : QStringLiteral("unknown_user")}}));
            !logged)
            return logged.error();
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        return refused;
    }

    User user = *found.value();
    if (user.lockedUntil.isValid() && user.lockedUntil > now) {
        if (Status logged = audit.append(
                user.actor(), QStringLiteral("user.sign_in_failed"), QStringLiteral("user"),
                QString::number(user.id),
                AuditLog::details({{QStringLiteral("reason"), QStringLiteral("locked")}}));
            !logged)
            return logged.error();
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        return makeError(ErrorCode::Locked,
                         tr("This account is locked after too many wrong passwords until %1. "
                            "Wait, or ask a manager to unlock it.")
                             .arg(QLocale().toString(user.lockedUntil.toLocalTime().time(),
                                                     QLocale::ShortFormat)));
    }

    Result<QString> stored = users.passwordHash(user.id);
    if (!stored)
        return stored.error();
    if (!passwordRight || stored.value() != verifiedHash) {
        // The account was unlocked, or its password changed, between the two reads: the
        // check is made again, under the lock this once.
        verifiedHash = stored.value();
        passwordRight = PasswordHasher::verify(verifiedHash, password);
    }
    if (!*passwordRight) {
        const int failures = user.failedAttempts + 1;
        const bool lock = failures >= maxFailedSignIns;
        const QDateTime lockedUntil = lock ? now.addSecs(lockMinutes * 60) : QDateTime();
        if (Status saved = users.recordFailures(user.id, lock ? 0 : failures, lockedUntil); !saved)
            return saved.error();
        if (Status logged = audit.append(
                user.actor(), QStringLiteral("user.sign_in_failed"), QStringLiteral("user"),
                QString::number(user.id),
                AuditLog::details({{QStringLiteral("reason"), QStringLiteral("wrong_password")},
                                   {QStringLiteral("in_a_row"), QString::number(failures)}}));
            !logged)
            return logged.error();
        if (lock) {
            if (Status logged = audit.append(
                    Actor::system(), QStringLiteral("user.lock"), QStringLiteral("user"),
                    QString::number(user.id),
                    AuditLog::details({{QStringLiteral("failures"), QString::number(failures)},
                                       {QStringLiteral("minutes"), QString::number(lockMinutes)}}));
                !logged)
                return logged.error();
        }
        if (Status committed = transaction.commit(); !committed)
            return committed.error();
        return refused;
    }

    if (user.failedAttempts != 0 || user.lockedUntil.isValid()) {
        if (Status saved = users.recordFailures(user.id, 0, QDateTime()); !saved)
            return saved.error();
    }
    if (Status logged = audit.append(user.actor(), QStringLiteral("user.sign_in"),
                                     QStringLiteral("user"), QString::number(user.id));
        !logged)
        return logged.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    user.failedAttempts = 0;
    user.lockedUntil = QDateTime();
    return user;
}

Status AccountService::signOut(const User& user)
{
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    AuditLog audit(m_database, m_clock);
    if (Status logged = audit.append(user.actor(), QStringLiteral("user.sign_out"),
                                     QStringLiteral("user"), QString::number(user.id));
        !logged)
        return logged;
    return transaction.commit();
}

Result<User> AccountService::addUser(const Actor& by, const QString& username,
                                     const QString& displayName, Role role, const QString& password)
{
    if (Status allowed = Permissions::require(by, Action::ManageUsers); !allowed)
        return allowed.error();
    if (Status valid = validateUsername(username); !valid)
        return valid.error();
    const QString shownName = displayName.trimmed().isEmpty() ? username : displayName.trimmed();
    if (Status valid = validateDisplayName(shownName); !valid)
        return valid.error();
    if (Status valid = PasswordHasher::checkPolicy(password); !valid)
        return valid.error();
    // Hash before taking the write lock: it costs a tenth of a second.
    Result<QString> hashed = PasswordHasher::hash(password);
    if (!hashed)
        return hashed.error();

    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    UserRepository users(m_database);
    Result<std::optional<User>> existing = users.findByName(username);
    if (!existing)
        return existing.error();
    if (existing.value())
        return makeError(ErrorCode::Conflict,
                         tr("User name: \"%1\" is already taken.").arg(username));

    User user;
    user.username = username;
    user.displayName = shownName;
    user.role = role;
    user.createdAt = m_clock.nowUtc();
    Result<qint64> id = users.insert(user, hashed.value());
    if (!id)
        return id.error();
    user.id = id.value();

    AuditLog audit(m_database, m_clock);
    if (Status logged = audit.append(
            by, QStringLiteral("user.add"), QStringLiteral("user"), QString::number(user.id),
            AuditLog::details({{QStringLiteral("username"), user.username},
                               {QStringLiteral("role"), Roles::key(role)}}));
        !logged)
        return logged.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return user;
}

Result<QList<User>> AccountService::listUsers(const Actor& by)
{
    if (Status allowed = Permissions::require(by, Action::ManageUsers); !allowed)
        return allowed.error();
    return UserRepository(m_database).list();
}

Status AccountService::changePassword(const Actor& by, const QString& username,
                                      const QString& newPassword)
{
    Result<User> target = requireUser(username);
    if (!target)
        return target.error();
    if (by.userId != target->id) {
        if (Status allowed = Permissions::require(by, Action::ManageUsers); !allowed)
            return allowed;
    }
    if (Status valid = PasswordHasher::checkPolicy(newPassword); !valid)
        return valid;
    Result<QString> hashed = PasswordHasher::hash(newPassword);
    if (!hashed)
        return hashed.error();

    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    if (Status saved = UserRepository(m_database).updatePassword(target->id, hashed.value());
        !saved)
        return saved;
    AuditLog audit(m_database, m_clock);
    const QString action = by.userId == target->id ? QStringLiteral("user.password_change")
                                                   : QStringLiteral("user.password_reset");
    if (Status logged =
            audit.append(by, action, QStringLiteral("user"), QString::number(target->id));
        !logged)
        return logged;
    return transaction.commit();
}

Status AccountService::changeRole(const Actor& by, const QString& username, Role role)
{
    if (Status allowed = Permissions::require(by, Action::ManageUsers); !allowed)
        return allowed;
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Result<User> target = requireUser(username);
    if (!target)
        return target.error();
    if (target->role == role)
        return {};
    UserRepository users(m_database);
    if (target->role == Role::Manager && target->active) {
        Result<qint64> managers = users.countActiveManagers();
        if (!managers)
            return managers.error();
        if (managers.value() <= 1)
            return makeError(ErrorCode::Conflict,
                             tr("Role: %1 is the last active manager; make another user a "
                                "manager first.")
                                 .arg(username));
    }
    if (Status saved = users.updateRole(target->id, role); !saved)
        return saved;
    AuditLog audit(m_database, m_clock);
    if (Status logged = audit.append(
            by, QStringLiteral("user.role"), QStringLiteral("user"), QString::number(target->id),
            AuditLog::details({{QStringLiteral("from"), Roles::key(target->role)},
                               {QStringLiteral("to"), Roles::key(role)}}));
        !logged)
        return logged;
    return transaction.commit();
}

Status AccountService::changeDisplayName(const Actor& by, const QString& username,
                                         const QString& displayName)
{
    if (Status allowed = Permissions::require(by, Action::ManageUsers); !allowed)
        return allowed;
    if (Status valid = validateDisplayName(displayName); !valid)
        return valid;
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Result<User> target = requireUser(username);
    if (!target)
        return target.error();
    if (Status saved =
            UserRepository(m_database).updateDisplayName(target->id, displayName.trimmed());
        !saved)
        return saved;
    AuditLog audit(m_database, m_clock);
    if (Status logged = audit.append(by, QStringLiteral("user.display_name"),
                                     QStringLiteral("user"), QString::number(target->id));
        !logged)
        return logged;
    return transaction.commit();
}

Result<Holdings> AccountService::holdingsOf(const Actor& by, const QString& username)
{
    if (Status allowed = Permissions::require(by, Action::ManageUsers); !allowed)
        return allowed.error();
    Result<User> target = requireUser(username);
    if (!target)
        return target.error();
    return UserRepository(m_database).holdings(target->id);
}

Status AccountService::unlock(const Actor& by, const QString& username)
{
    if (Status allowed = Permissions::require(by, Action::ManageUsers); !allowed)
        return allowed;
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Result<User> target = requireUser(username);
    if (!target)
        return target.error();
    if (Status saved = UserRepository(m_database).recordFailures(target->id, 0, QDateTime());
        !saved)
        return saved;
    AuditLog audit(m_database, m_clock);
    if (Status logged = audit.append(by, QStringLiteral("user.unlock"), QStringLiteral("user"),
                                     QString::number(target->id));
        !logged)
        return logged;
    return transaction.commit();
}

Status AccountService::deactivate(const Actor& by, const QString& username,
                                  const QString& handoverTo)
{
    if (Status allowed = Permissions::require(by, Action::ManageUsers); !allowed)
        return allowed;
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Result<User> target = requireUser(username);
    if (!target)
        return target.error();
    if (!target->active)
        return makeError(ErrorCode::Conflict,
                         tr("User name: %1 is already deactivated.").arg(username));
    if (by.userId == target->id)
        return makeError(ErrorCode::Conflict, tr("User name: you cannot deactivate yourself."));

    UserRepository users(m_database);
    if (target->role == Role::Manager) {
        Result<qint64> managers = users.countActiveManagers();
        if (!managers)
            return managers.error();
        if (managers.value() <= 1)
            return makeError(ErrorCode::Conflict,
                             tr("User name: %1 is the last active manager and cannot be "
                                "deactivated.")
                                 .arg(username));
    }

    Result<Holdings> held = users.holdings(target->id);
    if (!held)
        return held.error();
    std::optional<User> successor;
    if (!handoverTo.isEmpty()) {
        Result<User> to = requireUser(handoverTo);
        if (!to)
            return makeError(ErrorCode::NotFound,
                             tr("Hand over to: there is no user \"%1\".").arg(handoverTo));
        if (!to->active)
            return makeError(ErrorCode::Conflict,
                             tr("Hand over to: %1 is deactivated.").arg(handoverTo));
        if (to->id == target->id)
            return makeError(ErrorCode::Validation,
                             tr("Hand over to: choose someone other than the leaving user."));
        successor = to.value();
    } else if (held->total() > 0) {
        return makeError(ErrorCode::Conflict,
                         tr("Hand over to: %1 still holds %2 customer files, %3 open complaints "
                            "and %4 pending callbacks; name who takes them over.")
                             .arg(username)
                             .arg(held->customerFiles)
                             .arg(held->openComplaints)
                             .arg(held->pendingCallbacks));
    }

    AuditLog audit(m_database, m_clock);
    if (successor) {
        if (Status moved = users.handOver(target->id, successor->id); !moved)
            return moved;
        if (Status logged = audit.append(
                by, QStringLiteral("user.handover"), QStringLiteral("user"),
                QString::number(target->id),
                AuditLog::details(
                    {{QStringLiteral("to"), successor->username},
                     {QStringLiteral("customer_files"), QString::number(held->customerFiles)},
                     {QStringLiteral("open_complaints"), QString::number(held->openComplaints)},
                     {QStringLiteral("pending_callbacks"),
                      QString::number(held->pendingCallbacks)}}));
            !logged)
            return logged;
    }
    if (Status saved = users.deactivate(target->id, m_clock.nowUtc()); !saved)
        return saved;
    if (Status logged = audit.append(by, QStringLiteral("user.deactivate"), QStringLiteral("user"),
                                     QString::number(target->id));
        !logged)
        return logged;
    return transaction.commit();
}

} // namespace cc
