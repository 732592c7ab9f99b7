#pragma once

#include "accounts/Roles.h"
#include "base/Result.h"

#include <QString>

namespace cc {

struct Complaint;

/// The follow-up callback a case's resolution plans, and what closing or reopening the case
/// asks of it. CallbackScheduler answers; Services hands it to ComplaintService. Each runs
/// inside the caller's write transaction.
class ComplaintFollowups {
public:
    virtual ~ComplaintFollowups() = default;

    virtual Status afterResolve(const Actor& by, const Complaint& complaint) = 0;
    virtual Status afterReopen(const Actor& by, const Complaint& complaint) = 0;
    /// Closing needs the follow-up done: a Conflict error saying what is missing.
    virtual Status requireFollowupDone(const Complaint& complaint) = 0;
    virtual Status dropFollowup(const Actor& by, const Complaint& complaint,
                                const QString& reason) = 0;
};

} // namespace cc
