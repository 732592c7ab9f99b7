#pragma once

#include <Clock.h>
#include <Database.h>
#include <StoreService.h>
#include <User.h>

#include <QObject>

namespace cc::ui {

/// What every screen shares: the open database, the clock, the store and who is signed in.
class Session : public QObject {
    Q_OBJECT

public:
    Session(Database& database, const Clock& clock, QObject* parent = nullptr);

    Database& database() const { return m_database; }
    const Clock& clock() const { return m_clock; }
    const StoreInfo& store() const { return m_store; }
    const User& user() const { return m_user; }
    bool isSignedIn() const { return m_user.id != 0; }

    /// Reads the store's name and hotline again.
    void reloadStore();
    void setUser(const User& user);

Q_SIGNALS:
    void userChanged(const cc::User& user);

private:
    Database& m_database;
    const Clock& m_clock;
    StoreInfo m_store;
    User m_user;
};

} // namespace cc::ui
