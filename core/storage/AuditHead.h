#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace cc {

/// A record of the audit chain kept outside the database: how many entries it had, and the
/// newest one's hash. A log shorter than an anchor, or disagreeing with one, was cut or
/// rewritten, even when its own chain was recomputed to look whole.
struct AuditAnchor {
    qint64 count = 0;
    QString hash;
    QString source; ///< for people: which file holds it
};

/// The head file beside the store (`STORE-audit-head`): the newest audit entry's number and
/// hash, rewritten after every commit that appended (Database::publishAuditHead), only ever
/// forward. A file beside the database file, so storage keeps it.
class AuditHead {
public:
    static QString path(const QString& databasePath);
    static std::optional<AuditAnchor> read(const QString& databasePath);
    /// When the head file was last set back by a restore (invalid: never): anchors older
    /// than that (backups' manifests) were made of a history the restore replaced.
    static QDateTime resetAt(const QString& databasePath);
    /// `force`: a restore puts the head back to the restored log's. Best effort: a head
    /// file that cannot be written leaves the old one.
    static void write(const QString& databasePath, qint64 count, const QString& hash,
                      bool force = false, const QDateTime& resetAt = {});
};

} // namespace cc
