#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace cc {

/// The three roles of a store (../shared/domain.md): clerk < supervisor < manager.
enum class Role { Clerk, Supervisor, Manager };

class Roles {
    Q_DECLARE_TR_FUNCTIONS(cc::Roles)

public:
    /// "clerk", "supervisor", "manager": the stored and CLI form.
    static QString key(Role role);
    static std::optional<Role> fromKey(const QString& key);
    /// 营业员 / 主管 / 店长 in the UI language.
    static QString displayName(Role role);
    static QList<Role> all() { return {Role::Clerk, Role::Supervisor, Role::Manager}; }
    /// Whether `role` stands at `than` or above it (a manager may do what a supervisor may).
    static bool atLeast(Role role, Role than)
    {
        return static_cast<int>(role) >= static_cast<int>(than);
    }
};

/// Who is acting: the signed-in user, or the system itself (no user id).
struct Actor {
    std::optional<qint64> userId;
    QString username;
    Role role = Role::Clerk;

    static Actor system() { return Actor{std::nullopt, QStringLiteral("system"), Role::Manager}; }
};

} // namespace cc
