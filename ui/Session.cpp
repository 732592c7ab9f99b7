#include "Session.h"

#include <accounts/AccountService.h>
#include <accounts/AuditLog.h>

namespace cc::ui {

Session::Session(Database& database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
{
    reloadStore();
}

void Session::reloadStore()
{
    Result<std::optional<StoreInfo>> store = StoreService(m_database, m_clock).store();
    if (store && store.value())
        m_store = *store.value();
}

void Session::setUser(const User& user)
{
    m_user = user;
    staffChanged();
    Q_EMIT userChanged(m_user);
}

QString Session::personName(const QString& username) const
{
    if (username.isEmpty())
        return username;
    if (const auto known = m_names.constFind(username); known != m_names.cend())
        return known.value();
    // An account made since (on another counter, or just now) is read again, but a
    // name that is no account is not looked up on every row painted.
    if (!m_namesRead.isValid() || m_namesRead.elapsed() > 10'000) {
        m_namesRead.start();
        m_names.clear();
        if (Result<QList<User>> users = AccountService(m_database, m_clock).colleagues())
            for (const User& user : users.value())
                m_names.insert(user.username,
                               user.displayName.isEmpty() ? user.username : user.displayName);
        if (const auto known = m_names.constFind(username); known != m_names.cend())
            return known.value();
    }
    return username;
}

void Session::staffChanged()
{
    m_names.clear();
    m_namesRead.invalidate();
}

QString Session::shown(const Error& error, const QString& what, const QString& entityKind,
                       const QString& entityId) const
{
    if (error.code == ErrorCode::Permission && isSignedIn())
        (void)AuditLog(m_database, m_clock)
            .recordRefusal(m_user.actor(), what, entityKind, entityId, error.message);
    return error.message;
}

} // namespace cc::ui
