#pragma once

#include <accounts/User.h>
#include <base/Clock.h>
#include <base/Result.h>
#include <services/Services.h>
#include <store/StoreService.h>

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

namespace cc::ui {

/// What every screen shares: the open store's services, the clock, the store and who is
/// signed in.
class Session : public QObject {
    Q_OBJECT

public:
    explicit Session(const Services& services, QObject* parent = nullptr);

    /// Every service of the open store: `m_session.services().complaints().add(...)`.
    const Services& services() const { return m_services; }
    const Clock& clock() const { return m_services.clock(); }
    const StoreInfo& store() const { return m_store; }
    const User& user() const { return m_user; }
    bool isSignedIn() const { return m_user.id != 0; }

    /// Reads the store's name and hotline again.
    void reloadStore();
    void setUser(const User& user);

    /// The name staff know a colleague by (张敏), for a username (zhangmin) as core
    /// returns it; the username itself when there is no such user (the system). The
    /// store's few accounts are read once and again when a name is not known yet.
    QString personName(const QString& username) const;
    /// Forgets the names read, after an account was added or renamed.
    void staffChanged();

    /// The message to show for what core refused. A refusal of authority is first written
    /// to the audit log (who, `what`, on which entity, why), as the CLI writes its refused
    /// commands: hiding a button is not the only guard, and a refusal that reaches the user
    /// is one the store must be able to see.
    QString shown(const Error& error, const QString& what, const QString& entityKind,
                  const QString& entityId) const;

Q_SIGNALS:
    void userChanged(const cc::User& user);

private:
    Services m_services;
    StoreInfo m_store;
    User m_user;
    mutable QHash<QString, QString> m_names;
    mutable QElapsedTimer m_namesRead;
};

} // namespace cc::ui
