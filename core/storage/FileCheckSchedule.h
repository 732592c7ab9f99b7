#pragma once

#include "base/Result.h"

#include <QDateTime>
#include <QString>

namespace cc {

class Database;

/// When opening a store reads every page of it first (`PRAGMA quick_check`): seconds on a
/// store of gigabytes, which the counter and every CLI command would otherwise wait for.
/// Written once here; the counter and the CLI ask the same question.
///
/// The file is checked whole
/// - before it is upgraded to this version's schema: only a whole file is;
/// - after an unclean close: a write-ahead log left with frames in it while no other
///   program has the file open (a crash, a killed process, a power cut), or a hot rollback
///   journal;
/// - after a check that found it damaged, until a check passes: the mark of that finding is
///   kept beside the file, since nothing may be written into a damaged one;
/// - when no check of this file has ever passed;
/// - once a day (local time), so that a failing disk is found within a day. Only this one
///   can wait (canWait): the counter opens at once and reads the file in the background,
///   which finds no more than a check at start would have found the afternoon before.
///
/// Otherwise it opens at once. A check that passes is recorded in the file itself, so the
/// record travels with the store (and a restored backup starts without one).
class FileCheckSchedule {
public:
    enum class Reason {
        NotDue,       ///< checked earlier today, and closed cleanly since
        NeverChecked, ///< no check of this file ever passed
        NewDay,       ///< the last check passed on an earlier day
        UncleanClose, ///< the last program to use the file did not close it
        FailedBefore, ///< the last check found the file damaged
        Upgrade,      ///< the file is of an earlier schema and is about to be upgraded
    };

    /// The rule itself, over plain data. A recorded check "later" than now (the clock was
    /// set back) counts as none.
    static Reason due(bool upgradePending, bool leftUnclean, bool failedBefore,
                      const QDateTime& lastPassedUtc, const QDateTime& nowUtc);
    /// True for the one reason that can wait until the store is in use: the day's check.
    static bool canWait(Reason reason) { return reason == Reason::NewDay; }

    /// True when the files beside `path` show that the last program to use it did not close
    /// it: see the class comment. Looks without opening the database; call it before this
    /// process opens the file (closing a probe of a file the process holds open would drop
    /// SQLite's locks on it). Where another program's use cannot be told apart, any
    /// write-ahead log with frames counts as unclean.
    static bool leftUnclean(const QString& path);

    /// When the last check that passed was made (UTC); invalid when none is recorded or the
    /// file has no settings yet.
    static QDateTime lastPassed(Database& database);
    /// Records that the whole file was checked at `atUtc` and is whole, and clears the mark
    /// of a check that failed. Not audited: it is the program's own bookkeeping. A failure
    /// only means the next start checks again.
    static Status recordPassed(Database& database, const QDateTime& atUtc);

    /// The mark that a check found the file at `path` damaged: a file beside it, since the
    /// database itself is not written to. Best effort, like the record of a pass.
    static void recordFailed(const QString& path);
    static bool failedBefore(const QString& path);
    /// Where that mark is kept.
    static QString failureMarkPath(const QString& path);
};

} // namespace cc
