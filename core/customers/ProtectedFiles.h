#pragma once

#include "FileGuard.h"
#include "accounts/User.h"

#include <QList>
#include <QString>

namespace cc {

class Clock;
class Database;

/// Who may see a protected customer's name and phone, and what the others see instead:
/// written once, for the search, the lists of cases, calls and requests, slips and
/// exports. Normal files: everyone who may view customers. Confidential: supervisors,
/// managers and the file's owner. Secret: managers only. The others see 史* and
/// +86150****6797, as the customer search shows them.
class ProtectedFiles {
public:
    static bool maySee(const Actor& by, const FileGuard& guard);
    static QString maskName(const QString& name);
    static QString maskPhone(const QString& e164);

    /// How `by` sees a row on a file guarded by `guard`: as it is (a normal file), as it
    /// is but a view to record (a protected file `by` may open), or masked. Each domain
    /// masks its own rows by it (`screen` beside Complaint, Callback, Compensation).
    enum class Sight { Open, Recorded, Masked };
    static Sight sight(const Actor& by, const FileGuard& guard);

    /// Records that `by` was shown the protected files `fileNos` in `where` ("complaint
    /// show", "callback list"): every view of a protected file is on the record. The same
    /// list shown to the same user again within ten minutes (a refresh) is recorded once.
    /// Best effort, in a transaction of its own; nothing on a read-only store.
    static void recordViews(Database& database, const Clock& clock, const Actor& by,
                            const QString& where, QStringList fileNos);
};

} // namespace cc
