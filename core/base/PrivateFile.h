#pragma once

#include "Result.h"

#include <QFileDevice>
#include <QString>

namespace cc {

/// Every file that holds customer data is its owner's alone (mode 0600), whatever the
/// umask: the store and its journals, backups and their manifests, the copies kept at a
/// restore, exports and receipts. Another user of the PC reads none of them.
class PrivateFile {
public:
    static constexpr QFileDevice::Permissions permissions =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
        QFileDevice::WriteUser;

    /// Creates `path` empty and owner-only, with its folder; refuses an existing file.
    static Status create(const QString& path);
    /// Makes an existing file owner-only (a copy takes its source's mode, a rename keeps
    /// it). False when it cannot be changed.
    static bool restrict(const QString& path);
};

} // namespace cc
