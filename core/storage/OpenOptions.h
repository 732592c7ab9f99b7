#pragma once

#include <QString>

namespace cc {

class Clock;

/// When opening a file reads every page of it first (`PRAGMA quick_check`).
enum class QuickCheck {
    Always,  ///< on every open
    WhenDue, ///< only when FileCheckSchedule says so: the CLI at start
    /// As WhenDue, except the day's check, which can wait (FileCheckSchedule::canWait): it
    /// is left to the caller, to run in the background (FileCheck::dailyCheckDue). The
    /// counter at start: its first window need not wait for every page of a large store.
    WhenUrgent,
    Never, ///< not at all: this process has just checked it, or it is a rescue look
};

/// What opening a store on a server does with its schema. The counter only checks it:
/// `countercare-cli server init` and `server upgrade` change it, with the owner role.
enum class ServerSchema {
    Check,   ///< refuse a database that is empty, older or newer than this program
    Create,  ///< an empty database only: create the schema
    Upgrade, ///< a store of an older schema: apply the migrations it lacks
};

/// How a database file is opened.
struct OpenOptions {
    /// Create the file (mode 0600) when it does not exist.
    bool create = true;
    /// Open without writing anything: no migration, no journal-mode change.
    bool readOnly = false;
    /// Whether `PRAGMA quick_check` runs before anything else touches the file. A check that
    /// passes is recorded in a file opened for writing (FileCheckSchedule::recordPassed).
    QuickCheck quickCheck = QuickCheck::Always;
    /// "Now" for QuickCheck::WhenDue and the record; the wall clock when null.
    const Clock* clock = nullptr;
    /// Bring the schema up to date with the numbered migrations.
    bool migrate = true;
    /// On a server, in place of `create` and `migrate`.
    ServerSchema serverSchema = ServerSchema::Check;
    /// How long a writer waits for another connection before giving up.
    int busyTimeoutMs = 5000;

    /// Another connection to a file this process has already opened, checked and brought
    /// up to date (a search or backup thread's own): nothing is created, checked or
    /// migrated again. On a store of gigabytes the check alone reads every page.
    static OpenOptions sibling()
    {
        OpenOptions options;
        options.create = false;
        options.quickCheck = QuickCheck::Never;
        options.migrate = false;
        return options;
    }

    /// How the CLI opens its store at start: an existing store only (a mistyped path must
    /// not become a new, empty store), brought up to date, and read whole only when
    /// FileCheckSchedule says it is due. To be the first connection this process opens to
    /// the file. Only `init` sets `create`.
    static OpenOptions atStart()
    {
        OpenOptions options;
        options.create = false;
        options.quickCheck = QuickCheck::WhenDue;
        return options;
    }
};

/// What a look at a database file found, without writing a byte to it.
struct FileCheck {
    enum class Verdict {
        Usable,     ///< ours, whole, and not newer than this program
        Missing,    ///< there is no such file
        Unopenable, ///< SQLite cannot open it (permissions, a folder, ...)
        NotOurs,    ///< not SQLite, or another program's SQLite file
        Newer,      ///< written by a newer CounterCare
        Damaged,    ///< ours, but `quick_check` fails
    };
    Verdict verdict = Verdict::Usable;
    /// A sentence for people: what is wrong ("" when usable).
    QString message;
    /// The schema the file was written with (0 for an empty file), when it was read.
    int schemaVersion = -1;
    /// `quick_check` read the whole file and found it whole.
    bool checkedWhole = false;
    /// QuickCheck::WhenUrgent left today's whole-file check to the caller.
    bool dailyCheckDue = false;
};

} // namespace cc
