#include "StoreService.h"

#include "accounts/AccountService.h"
#include "accounts/AuditLog.h"
#include "accounts/PasswordHasher.h"
#include "accounts/Permissions.h"
#include "accounts/UserRepository.h"
#include "base/Clock.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/WriteTransaction.h"

#include <QUuid>

namespace cc {

StoreService::StoreService(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<std::optional<StoreInfo>> StoreService::store()
{
    Query query(m_database,
                QStringLiteral("SELECT name, hotline, created_at FROM store WHERE id = 1"));
    if (Status done = query.exec(QStringLiteral("store.get")); !done)
        return done.error();
    if (!query.next())
        return std::optional<StoreInfo>();
    return std::optional<StoreInfo>(StoreInfo{query.value(0).toString(), query.value(1).toString(),
                                              fromStoredTime(query.value(2).toString())});
}

Status StoreService::validateStoreName(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::Validation, tr("Store name: required."));
    if (trimmed.size() > 100)
        return makeError(ErrorCode::Validation, tr("Store name: at most 100 characters."));
    return {};
}

Status StoreService::validateHotline(const QString& hotline)
{
    const QString trimmed = hotline.trimmed();
    if (trimmed.size() > 30)
        return makeError(ErrorCode::Validation, tr("Hotline: at most 30 characters."));
    for (const QChar c : trimmed) {
        if (!c.isDigit() && !QStringLiteral(" +-()").contains(c))
            return makeError(ErrorCode::Validation,
                             tr("Hotline: only digits, spaces, +, - and brackets."));
    }
    return {};
}

Status StoreService::updateStore(const Actor& by, const QString& name, const QString& hotline)
{
    if (Status allowed = Permissions::require(by, Action::EditSettings); !allowed)
        return allowed;
    if (Status valid = validateStoreName(name); !valid)
        return valid;
    if (Status valid = validateHotline(hotline); !valid)
        return valid;
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    Result<std::optional<StoreInfo>> current = store();
    if (!current)
        return current.error();
    if (!current.value())
        return makeError(ErrorCode::NotFound, tr("This database has no store yet."));
    if (current.value()->name == name.trimmed() && current.value()->hotline == hotline.trimmed())
        return {};
    Query update(m_database,
                 QStringLiteral("UPDATE store SET name = :name, hotline = :hotline WHERE id = 1"));
    update.bind(QStringLiteral(":name"), name.trimmed())
        .bind(QStringLiteral(":hotline"), hotline.trimmed());
    if (Status done = update.exec(QStringLiteral("store.update")); !done)
        return done;
    if (Status logged =
            AuditLog(m_database, m_clock)
                .append(by, QStringLiteral("store.update"), QStringLiteral("store"),
                        QStringLiteral("1"),
                        AuditLog::details({{QStringLiteral("name"), name.trimmed()},
                                           {QStringLiteral("hotline"), hotline.trimmed()}}));
        !logged)
        return logged;
    return transaction.commit();
}

Status StoreService::validate(const StoreSetup& setup)
{
    if (Status valid = validateStoreName(setup.storeName); !valid)
        return valid;
    if (Status valid = AccountService::validateUsername(setup.adminUsername); !valid)
        return valid;
    if (!setup.adminDisplayName.trimmed().isEmpty()) {
        if (Status valid = AccountService::validateDisplayName(setup.adminDisplayName); !valid)
            return valid;
    }
    return PasswordHasher::checkPolicy(setup.adminPassword);
}

Result<User> StoreService::initialize(const StoreSetup& setup)
{
    if (Status valid = validate(setup); !valid)
        return valid.error();
    Result<QString> hashed = PasswordHasher::hash(setup.adminPassword);
    if (!hashed)
        return hashed.error();

    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();

    Result<std::optional<StoreInfo>> existing = store();
    if (!existing)
        return existing.error();
    if (existing.value())
        return makeError(ErrorCode::Conflict,
                         tr("This database already belongs to the store \"%1\"; it was left "
                            "untouched.")
                             .arg(existing.value()->name));
    UserRepository users(m_database);
    Result<qint64> userCount = users.count();
    if (!userCount)
        return userCount.error();
    if (userCount.value() > 0)
        return makeError(ErrorCode::Conflict,
                         tr("This database already has users; it was left untouched."));

    const QDateTime now = m_clock.nowUtc();
    {
        Query insert(
            m_database,
            QStringLiteral(
                "INSERT INTO store (id, name, created_at) VALUES (1, :name, :created_at)"));
        insert.bind(QStringLiteral(":name"), setup.storeName.trimmed())
            .bind(QStringLiteral(":created_at"), toStoredTime(now));
        if (Status done = insert.exec(QStringLiteral("store.insert")); !done)
            return done.error();
    }

    User admin;
    admin.username = setup.adminUsername;
    admin.displayName = setup.adminDisplayName.trimmed().isEmpty()
                            ? setup.adminUsername
                            : setup.adminDisplayName.trimmed();
    admin.role = Role::Manager;
    admin.createdAt = now;
    Result<qint64> id = users.insert(admin, hashed.value());
    if (!id)
        return id.error();
    admin.id = id.value();

    AuditLog audit(m_database, m_clock);
    // The first entry names the store and a random identity of its own, so no two stores'
    // histories begin alike: a backup of another store is told apart from this one's from
    // its first entry on, even with the same name made at the same moment.
    if (Status logged =
            audit.append(admin.actor(), QStringLiteral("store.init"), QStringLiteral("store"),
                         QStringLiteral("1"),
                         AuditLog::details({{QStringLiteral("name"), setup.storeName.trimmed()},
                                            {QStringLiteral("identity"),
                                             QUuid::createUuid().toString(QUuid::WithoutBraces)}}));
        !logged)
        return logged.error();
    if (Status logged =
            audit.append(admin.actor(), QStringLiteral("user.add"), QStringLiteral("user"),
                         QString::number(admin.id),
                         AuditLog::details({{QStringLiteral("username"), admin.username},
                                            {QStringLiteral("role"), QStringLiteral("manager")}}));
        !logged)
        return logged.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return admin;
}

} // namespace cc
