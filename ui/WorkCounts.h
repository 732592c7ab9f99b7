#pragma once

namespace cc::ui {

class Session;

/// What the signed-in user has waiting: the numbers on the navigation badges and the
/// dashboard, counted one way for both.
struct WorkCounts {
    int complaintsOverdue = 0; ///< the store's open cases past their promise
    int callsToday = 0;        ///< the user's calls due by tonight, overdue ones included
    int callsOverdue = 0;
    int approvalsWaiting = 0; ///< compensation requests for a supervisor or manager

    static WorkCounts load(Session& session);
};

} // namespace cc::ui
