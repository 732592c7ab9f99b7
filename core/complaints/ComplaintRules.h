#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace cc {

enum class ComplaintStatus { Received, InProgress, AwaitingApproval, Resolved, Closed, Cancelled };
/// What can happen to a case. Each is allowed from some statuses only.
enum class ComplaintEvent {
    Start,
    RequestApproval,
    ApprovalDecided,
    Resolve,
    Close,
    Reopen,
    Cancel
};
enum class Severity { General, Major };
/// Seed 003 篇三 2.5: circumstances that make a complaint major by themselves.
enum class ComplaintFlag { Media, Regulator, Group, Manufacturer, Safety };
enum class ComplaintDemand { None, Refund, Exchange, Repair, Compensation, Apology, Other };
/// The handler's five "clears" (seed 003 篇九): listened, asked, followed through, replied,
/// recorded.
enum class HandlingCheck { Listen, Ask, Follow, Reply, Record };

/// What the severity rules look at.
struct SeverityFacts {
    QList<ComplaintFlag> flags;
    bool repeatWithin90Days = false; ///< the same customer complained in the 90 days before
    ComplaintDemand demand = ComplaintDemand::None;
    qint64 priceFen = 0;       ///< of the product complained about
    qint64 majorAmountFen = 0; ///< a refund or exchange above this is major (manager sets)
};

/// The service promise (seed 002), set by the manager.
struct ServicePromise {
    int replyWithinHours = 24;
    int resolveWithinDays = 3;
    int escalateMajorWithinHours = 24; ///< report a major case to the manager / head office
};

/// The complaint rules as plain functions over plain data: the state machine, the
/// severity rules and the service-promise clock. No database, no time source.
class ComplaintRules {
    Q_DECLARE_TR_FUNCTIONS(cc::ComplaintRules)

public:
    /// The status after `event`, or a Conflict error that says why the move is refused.
    static Result<ComplaintStatus> next(ComplaintStatus from, ComplaintEvent event);

    /// A complaint of a customer who complained within this many days before is a repeat.
    static constexpr int repeatWindowDays = 90;
    /// Major when any flag is set, on a repeat within 90 days, or a refund or exchange of
    /// an item priced above the manager's amount. `reasons` lists what made it major.
    static Severity severity(const SeverityFacts& facts, QStringList* reasons = nullptr);

    static QDateTime replyDue(const QDateTime& receivedUtc, const ServicePromise& promise);
    static QDateTime resolveDue(const QDateTime& receivedUtc, const ServicePromise& promise);
    static QDateTime escalateDue(const QDateTime& receivedUtc, const ServicePromise& promise);

    /// A case still open past its resolve-by time, or a major case not escalated in time.
    static bool isOverdue(ComplaintStatus status, Severity severity, bool escalated,
                          const QDateTime& receivedUtc, const ServicePromise& promise,
                          const QDateTime& asOfUtc);
    static bool isOpen(ComplaintStatus status);
    /// Still open past its resolve-by time.
    static bool isResolveLate(ComplaintStatus status, const QDateTime& resolveDueUtc,
                              const QDateTime& asOfUtc);
    /// A major case not reported (escalated) by its escalate-by time.
    static bool isEscalationLate(ComplaintStatus status, Severity severity, bool escalated,
                                 const QDateTime& escalateDueUtc, const QDateTime& asOfUtc);
    /// Nobody has started on a case past its reply-by time.
    static bool isReplyLate(ComplaintStatus status, const QDateTime& replyDueUtc,
                            const QDateTime& asOfUtc);

    static QList<HandlingCheck> allChecks();
    static QString checkKey(HandlingCheck check);
    static std::optional<HandlingCheck> checkFromKey(const QString& key);
    /// "Listened (听清楚)": what the handler confirms.
    static QString checkName(HandlingCheck check);

    static QString statusKey(ComplaintStatus status);
    static std::optional<ComplaintStatus> statusFromKey(const QString& key);
    static QString statusName(ComplaintStatus status);
    static QString eventName(ComplaintEvent event);
    static QList<ComplaintStatus> allStatuses();
    static QList<ComplaintEvent> allEvents();
};

} // namespace cc
