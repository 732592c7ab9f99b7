#include "WorkCounts.h"

#include "Session.h"

#include <accounts/Permissions.h>
#include <base/Clock.h>
#include <callbacks/CallbackService.h>
#include <compensation/CompensationService.h>
#include <complaints/ComplaintService.h>

namespace cc::ui {

WorkCounts WorkCounts::load(Session& session)
{
    WorkCounts counts;
    if (!session.isSignedIn())
        return counts;
    Result<int> late = session.services().complaints().countOverdue(session.user().actor(),
                                                                    session.clock().nowUtc());
    counts.complaintsOverdue = late ? late.value() : 0;
    Result<CallbackCounts> calls =
        session.services().callbacks().todayCounts(session.user().actor(), session.user().id);
    if (calls) {
        counts.callsToday = calls->dueToday;
        counts.callsOverdue = calls->overdue;
    }
    if (Permissions::allows(session.user().role, Action::DecideCompensation)) {
        Result<QList<Compensation>> waiting =
            session.services().compensations().queue(session.user().actor());
        counts.approvalsWaiting = waiting ? int(waiting->size()) : 0;
    }
    return counts;
}

} // namespace cc::ui
