#pragma once

#include "Roles.h"

#include <QDateTime>
#include <QString>

namespace cc {

/// A staff account. The password hash never leaves the repository.
struct User {
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Clerk;
    bool active = true;
    int failedAttempts = 0;
    QDateTime lockedUntil; ///< invalid when not locked
    QDateTime createdAt;

    Actor actor() const { return Actor{id, username, role}; }
};

/// What a leaving user still holds: customer files, open complaints, pending callbacks.
struct Holdings {
    qint64 customerFiles = 0;
    qint64 openComplaints = 0;
    qint64 pendingCallbacks = 0;
    qint64 total() const { return customerFiles + openComplaints + pendingCallbacks; }
};

} // namespace cc
