#pragma once

#include "BackupService.h"
#include "accounts/Roles.h"
#include "base/Progress.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace cc {

class Clock;
class Database;

/// One backup file found in a backup folder.
struct BackupEntry {
    QString path;
    QDateTime at; ///< when it was made (UTC), from its manifest, else from its name
    qint64 bytes = 0;
    bool hasManifest = false;
};

/// When backups run by themselves.
enum class BackupTrigger {
    Start,  ///< the first start of the day (when the folder has none from today), or one
            ///< after an exit backup given up at a shutdown
    Exit,   ///< every exit
    Manual, ///< "Back up now"
};

/// What the manager and the dashboard see about backups.
struct BackupStatus {
    enum class Warning {
        None,
        Never,       ///< no backup was ever made
        Stale,       ///< none for more than warnAfterDays
        Unreachable, ///< the folder is missing or cannot be written (USB stick unplugged)
    };
    QString folder;
    bool reachable = false;
    QDateTime lastGoodAt; ///< UTC; invalid when never
    Warning warning = Warning::None;
    /// The warning as a sentence for people ("" when none).
    QString message;
};

/// Automatic backups (issue [data-safety]): on the first start of each day and on exit,
/// into the folder the manager sets, named `countercare-YYYYMMDD-HHMMSS.sqlite` (local
/// time) with their manifests, and rotated to keep 7 daily, 4 weekly and 12 monthly
/// copies. Only files of that name are ever removed.
class AutoBackup {
    Q_DECLARE_TR_FUNCTIONS(cc::AutoBackup)

public:
    static constexpr int keepDaily = 7;
    static constexpr int keepWeekly = 4;
    static constexpr int keepMonthly = 12;
    static constexpr int warnAfterDays = 2;

    AutoBackup(Database& database, const Clock& clock);

    /// Makes a backup when the trigger calls for one (nullopt when not needed), then
    /// rotates the folder. The default folder is created; a folder the manager set that is
    /// missing (an unplugged stick) is an error, and nothing is written elsewhere.
    /// `progress` hears the share done and may stop it: then nothing is written or pruned.
    Result<std::optional<BackupManifest>>
    run(BackupTrigger trigger, const Actor& by = Actor::system(), const Progress& progress = {});
    Result<BackupStatus> status();
    /// The exit backup was given up for want of time (the computer was shutting down): the
    /// next start makes one even on a day that has one already.
    Status owe();
    /// Whether an exit backup is owed.
    Result<bool> owed();

    /// The backups in a folder, newest first (an unreadable folder gives none).
    static QList<BackupEntry> list(const QString& folder);
    /// The files rotation removes from `newestFirst`: all but the newest of each of the
    /// last 7 days, 4 ISO weeks and 12 months that have a backup (local time).
    static QStringList toPrune(const QList<BackupEntry>& newestFirst);
    static QString fileNameFor(const QDateTime& at);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace cc
