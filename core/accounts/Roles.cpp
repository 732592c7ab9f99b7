#include "Roles.h"

namespace cc {

QString Roles::key(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Manager:
        return QStringLiteral("manager");
    }
    return {};
}

std::optional<Role> Roles::fromKey(const QString& key)
{
    for (Role role : all()) {
        if (Roles::key(role) == key)
            return role;
    }
    return std::nullopt;
}

QString Roles::displayName(Role role)
{
    switch (role) {
    case Role::Clerk:
        return tr("Clerk");
    case Role::Supervisor:
        return tr("Supervisor");
    case Role::Manager:
        return tr("Manager");
    }
    return {};
}

} // namespace cc
