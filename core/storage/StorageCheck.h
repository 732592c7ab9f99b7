#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace cc {

/// Where the database file lives, and whether that place is safe for SQLite.
class StorageCheck {
    Q_DECLARE_TR_FUNCTIONS(cc::StorageCheck)

public:
    /// True for file systems reached over a network (NFS, SMB/CIFS, sshfs, ...), where
    /// SQLite's locking is unreliable and two counters can corrupt the file.
    static bool isNetworkFileSystem(const QByteArray& type);
    /// The warning for a database file on such a share, or "" when it is on a local disk.
    static QString networkShareWarning(const QString& databasePath);
};

} // namespace cc
