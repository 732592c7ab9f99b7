#pragma once

#include "Callback.h"
#include "accounts/Roles.h"
#include "base/Result.h"
#include "complaints/ComplaintFollowups.h"
#include "customers/CustomerFollowups.h"

#include <QCoreApplication>

namespace cc {

class Clock;
class Database;
struct Complaint;
struct Customer;
struct Purchase;

/// The callback rules at work: what a purchase, a visit, a resolved complaint or the
/// calendar schedules. Every method runs inside the caller's write transaction, so the
/// callbacks are made in the same commit as what caused them, or not at all.
///
/// Customers who declined calls get none; a due time outside the customer's contact
/// hours moves into them. The same receipt, visit day, case or greeting never schedules
/// twice.
class CallbackScheduler : public CustomerFollowups, public ComplaintFollowups {
    Q_DECLARE_TR_FUNCTIONS(cc::CallbackScheduler)

public:
    CallbackScheduler(Database& database, const Clock& clock);

    /// The first, second and third call after the purchase date; a call whose day has
    /// already gone is not made. Pending calls after a visit give way to these.
    Status afterPurchase(const Actor& by, const Customer& customer,
                         const Purchase& purchase) override;
    /// Two calls after a visit on a day the customer bought nothing, unless calls after an
    /// earlier purchase are still to come.
    Status afterVisit(const Actor& by, const Customer& customer) override;
    /// The follow-up the day after a complaint is resolved, never to the employee named in
    /// the complaint: the file's owner, else the handler, else whoever resolved it.
    Status afterResolve(const Actor& by, const Complaint& complaint) override;
    /// A reopened case's pending follow-up is no longer wanted.
    Status afterReopen(const Actor& by, const Complaint& complaint) override;
    /// The customer declined calls: their pending callbacks are cancelled.
    Status afterDeclined(const Actor& by, qint64 customerId) override;

    /// Closing a case needs its follow-up done: a Conflict error saying what is missing.
    /// A customer who declined calls needs none.
    Status requireFollowupDone(const Complaint& complaint) override;
    /// A supervisor closes without the follow-up: the pending one is cancelled with why.
    Status dropFollowup(const Actor& by, const Complaint& complaint,
                        const QString& reason) override;

    /// Reading the schedule up to `upTo` (a local day) creates the birthday and holiday
    /// greetings and the maintenance reminders due by then, once. Days already read are
    /// not read again. Returns how many were made.
    Result<int> generateUntil(const Actor& by, const QDate& upTo);

    /// An active user other than `exceptId` to call the customer: the file's owner first.
    static qint64 pickAssignee(const QList<qint64>& candidates, std::optional<qint64> exceptId);

private:
    Status schedule(const Actor& by, const Customer& customer, CallbackReason reason,
                    const QString& source, const QDate& day, const QString& note,
                    std::optional<qint64> complaintId = {}, qint64 assigneeId = 0);

    Database& m_database;
    const Clock& m_clock;
};

} // namespace cc
