#include "Session.h"

#include <accounts/AccountService.h>
#include <accounts/AuditLog.h>
#include <store/StoreService.h>

namespace cc::ui {

Session::Session(const Services& services, QObject* parent)
    : QObject(parent)
    , m_services(services)
{
    reloadStore();
}

void Session::reloadStore()
{
    Result<std::optional<StoreInfo>> store = m_services.store().store();
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
        if (Result<QList<User>> users = m_services.accounts().colleagues())
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
        (void)m_services.auditLog().recordRefusal(m_user.actor(), what, entityKind, entityId,
                                                  error.message);
    return error.message;
}

} // namespace cc::ui
