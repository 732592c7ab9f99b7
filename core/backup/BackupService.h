#pragma once

#include "accounts/Roles.h"
#include "base/Progress.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>

#include <memory>

namespace cc {

class Clock;
class Database;

/// What a backup holds, written beside it as FILE.json: when, the schema version, row
/// counts, the SHA-256 of the file and the audit chain's head hash — so a copy that left
/// the PC can be checked, and the audit log checked against it.
struct BackupManifest {
    QString file;
    QDateTime at;
    int schemaVersion = 0;
    QList<QPair<QString, qint64>> rowCounts;
    QString sha256;
    QString auditHead;
    /// Not written: whether verify() found the manifest beside the copy and the copy
    /// matched it. Without one, only the file's own integrity was checked.
    bool verifiedByManifest = false;

    QByteArray toJson() const;
    static std::optional<BackupManifest> fromJson(const QByteArray& json);
};

/// Backups and restores (issue [data-safety]). A backup is a consistent snapshot
/// (`VACUUM INTO` a temporary file, fsync, `integrity_check` on the copy, then rename).
/// A restore verifies the copy first (integrity, our application id, a schema not newer,
/// the manifest's SHA-256 when there is one), keeps a safety copy of the current
/// database, then swaps the file and reopens it. Managers only.
///
/// A copy without its manifest cannot show that no row was changed since it was made:
/// it is restored only when the manager accepts that (`Unverified::Accept`), and the
/// audit entry says so.
class BackupService {
    Q_DECLARE_TR_FUNCTIONS(cc::BackupService)

public:
    enum class Unverified { Refuse, Accept };

    BackupService(Database& database, const Clock& clock);

    /// `progress` hears the share done and may stop it: a stopped backup writes nothing.
    Result<BackupManifest> backup(const Actor& by, const QString& toPath,
                                  const Progress& progress = {});
    /// Checks a backup without touching the current database.
    static Result<BackupManifest> verify(const QString& path);

    /// Replaces the open database's file with the copy at `fromPath`, after a checked
    /// safety copy of the current one; the same Database goes on, on the restored file.
    /// Returns the safety copy's path.
    Result<QString> restore(const Actor& by, const QString& fromPath,
                            Unverified unverified = Unverified::Refuse);

    /// Replaces a database that cannot be opened (damaged, not ours) with a backup,
    /// without writing a byte to it: the file and its journals are moved aside as
    /// `DB.damaged-YYYYMMDD-HHMMSS`. The manager proves who they are with a name and
    /// password of the backup itself. Returns where the damaged file went.
    static Result<QString> restoreOver(const QString& databasePath, const Clock& clock,
                                       const QString& fromPath, const QString& username,
                                       const QString& password,
                                       Unverified unverified = Unverified::Refuse);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace cc
