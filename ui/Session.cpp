#include "Session.h"

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
    Q_EMIT userChanged(m_user);
}

} // namespace cc::ui
