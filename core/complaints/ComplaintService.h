#pragma once

#include "Complaint.h"
#include "ComplaintFollowups.h"
#include "accounts/Roles.h"
#include "store/StoreService.h"

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace cc {

class Clock;
class Database;

/// Everything the customer's slip prints: the store, the case and who handles it.
struct ComplaintReceipt {
    StoreInfo store;
    Complaint complaint;
    QString handlerName; ///< display name; empty while unassigned
};

/// Complaints from the counter to the closed case: intake with numbering, severity and
/// the service promise, then every move of the state machine with its timeline entry.
/// Conflict of interest: the employee complained about may not handle, be assigned or
/// close the case. Every write is audited; a refusal changes nothing.
class ComplaintService {
    Q_DECLARE_TR_FUNCTIONS(cc::ComplaintService)

public:
    /// `followups` plans and checks the follow-up callback of a resolved case (Services
    /// passes CallbackScheduler). Without it resolving, closing and reopening are refused,
    /// never done without their callback.
    ComplaintService(Database& database, const Clock& clock,
                     std::shared_ptr<ComplaintFollowups> followups = {});

    /// Logs a complaint; the logging user handles it unless they are the one complained about.
    Result<Complaint> add(const Actor& by, const ComplaintDraft& draft);
    Result<Complaint> show(const Actor& by, const QString& number);
    /// What the slip handed to the customer shows.
    Result<ComplaintReceipt> receipt(const Actor& by, const QString& number);
    Result<QList<Complaint>> list(const Actor& by, const ComplaintFilter& filter,
                                  const QDateTime& asOfUtc);
    /// The same cases one at a time (a script's list of every case, however many).
    Status each(const Actor& by, const ComplaintFilter& filter, const QDateTime& asOfUtc,
                const std::function<void(const Complaint&)>& visit);
    /// How many open cases are overdue: one COUNT, for badges and the dashboard.
    Result<int> countOverdue(const Actor& by, const QDateTime& asOfUtc);

    Result<Complaint> start(const Actor& by, const QString& number);
    /// Resolution text required; satisfaction 1–5, 0 for "declined to say", or none yet.
    Result<Complaint> resolve(const Actor& by, const QString& number, const QString& resolution,
                              std::optional<int> satisfaction);
    /// Needs a resolution, the customer's satisfaction and the follow-up callback done
    /// (none is needed when the customer declined calls).
    Result<Complaint> close(const Actor& by, const QString& number);
    /// Supervisors and managers close a resolved case whose follow-up is not done, with a
    /// written reason; a pending follow-up is cancelled.
    Result<Complaint> closeWithoutCallback(const Actor& by, const QString& number,
                                           const QString& reason);
    Result<Complaint> reopen(const Actor& by, const QString& number, const QString& reason);
    Result<Complaint> cancel(const Actor& by, const QString& number, const QString& reason);
    /// Records who was told of a major case (manager, head office).
    Result<Complaint> escalate(const Actor& by, const QString& number, const QString& note);
    /// Supervisors and managers make a general case major, with the reason why; it must
    /// then be escalated within 24 hours of being raised.
    Result<Complaint> raiseToMajor(const Actor& by, const QString& number, const QString& reason);
    /// Ticks or unticks one of the five "clears" on an open case; recorded on the timeline.
    Result<Complaint> check(const Actor& by, const QString& number, HandlingCheck item, bool done);
    Result<Complaint> note(const Actor& by, const QString& number, const QString& text);
    /// An item the store keeps for the case (the boots for the technical department).
    Result<Complaint> takeIntoCustody(const Actor& by, const QString& number, const QString& item,
                                      const QString& condition, const QString& sentTo);
    /// Everything still held for the case went back to the customer.
    Result<Complaint> returnCustody(const Actor& by, const QString& number);
    /// Supervisors and managers; never to the employee complained about.
    Result<Complaint> assign(const Actor& by, const QString& number, const QString& username);

    // For other services, inside their own write transaction (compensation decisions):
    /// The case as `by` may act on it: NotFound, or a Permission error for the employee
    /// complained about.
    Result<Complaint> requireHandleable(const Actor& by, const QString& number);
    /// Moves the case by `event`, with its timeline entry and audit.
    Status transitionWithin(const Actor& by, Complaint& complaint, ComplaintEvent event,
                            const QString& note);
    /// A note on the case's timeline, audited as `auditAction`.
    Status noteWithin(const Actor& by, Complaint& complaint, const QString& note,
                      const QString& auditAction);

private:
    static Status requireClosable(const Complaint& complaint);
    /// A timeline entry a change to a case makes (besides status moves).
    struct TimelineEntry {
        QString kind;
        QString note;
        QString auditAction;
    };
    /// One change to a case in one write transaction: `change` edits the case and its rows
    /// and names the timeline entry; the entry is recorded and audited with it.
    Result<Complaint> edit(const Actor& by, const QString& number,
                           const std::function<Result<TimelineEntry>(Complaint&)>& change);
    Result<Complaint> require(const Actor& by, const QString& number);
    Result<Complaint> move(const Actor& by, const QString& number, ComplaintEvent event,
                           const QString& note,
                           const std::function<Status(Complaint&)>& change = {});
    Status record(const Actor& by, Complaint& complaint, const QString& kind, const QString& from,
                  const QString& to, const QString& note, const QString& auditAction);
    /// The follow-up rules, or an Internal error when this service was made without them.
    Result<ComplaintFollowups*> followups() const;

    Database& m_database;
    const Clock& m_clock;
    std::shared_ptr<ComplaintFollowups> m_followups;
};

} // namespace cc
