#include "StorageCheck.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace cc {

bool StorageCheck::isNetworkFileSystem(const QByteArray& type)
{
    static const QList<QByteArray> network{
        "nfs",   "nfs4",  "cifs",       "smb",         "smb2",       "smb3",  "smbfs",
        "ncpfs", "afs",   "9p",         "ceph",        "glusterfs",  "davfs", "lustre",
        "gfs2",  "ocfs2", "fuse.sshfs", "fuse.rclone", "fuse.davfs2"};
    const QByteArray lower = type.toLower();
    return network.contains(lower) || lower.startsWith("fuse.sshfs");
}

QString StorageCheck::networkShareWarning(const QString& databasePath)
{
    const QStorageInfo storage(QFileInfo(databasePath).absolutePath());
    if (!storage.isValid() || !isNetworkFileSystem(storage.fileSystemType()))
        return {};
    return tr("The database is on a network share (%1, %2). SQLite's file locking is not "
              "reliable there and two counters can damage the file: keep it on this PC's own "
              "disk; several counters belong on the PostgreSQL server.")
        .arg(QString::fromLatin1(storage.fileSystemType()),
             QDir::toNativeSeparators(storage.rootPath()));
}

} // namespace cc
