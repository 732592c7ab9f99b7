#pragma once

#include "Compensation.h"
#include "accounts/Roles.h"
#include "base/Result.h"
#include "complaints/Complaint.h"
#include "store/StoreService.h"

#include <QCoreApplication>

#include <functional>

namespace cc {

class Clock;
class Database;

/// What the customer's compensation slip prints: the store and the decision.
struct CompensationSlipData {
    StoreInfo store;
    Compensation compensation;
};

/// Compensation on complaints, decided by the authority table (权限核决表): a request
/// within the requester's own limit is approved at once; otherwise it waits for the
/// lowest role whose limit covers it, and the case waits in awaiting_approval. Nobody
/// decides their own request, a case they are named in, or beyond their limit; clerks do
/// not decide; above the supervisor's limit a supervisor may only recommend. Every
/// request and decision goes on the case's timeline and into the audit log.
class CompensationService {
    Q_DECLARE_TR_FUNCTIONS(cc::CompensationService)

public:
    CompensationService(Database& database, const Clock& clock);

    Result<Compensation> request(const Actor& by, const QString& complaintNumber,
                                 CompensationKind kind, qint64 amountFen, const QString& reason);
    /// Approve (at `grantedFen`, the requested amount when empty) or reject, with a comment.
    Result<Compensation> decide(const Actor& by, qint64 id, bool approve,
                                std::optional<qint64> grantedFen, const QString& comment);
    /// A supervisor's word on a request only a manager may decide.
    Result<Compensation> recommend(const Actor& by, qint64 id, const QString& comment);

    Result<Compensation> get(const Actor& by, qint64 id);
    /// The slip of a decided request; a pending one has none yet.
    Result<CompensationSlipData> slip(const Actor& by, qint64 id);
    Result<QList<Compensation>> list(const Actor& by, const CompensationFilter& filter);
    /// The same requests one at a time (a script's list of all of them).
    Status each(const Actor& by, const CompensationFilter& filter,
                const std::function<void(const Compensation&)>& visit);
    /// Pending requests `by` may decide or recommend on, oldest first.
    Result<QList<Compensation>> queue(const Actor& by);
    /// What the customer received in the last 12 months, with a warning when it was more
    /// than twice or above the manager's total.
    Result<CompensationHistory> history(const Actor& by, qint64 customerId);

    Result<AuthorityTable> authority(const Actor& by);
    /// Manager only. Empty `maxFen` means no limit; a role's limit may not be below the
    /// role beneath it, nor above the role above it.
    Result<AuthorityTable> setLimit(const Actor& by, CompensationKind kind, Role role,
                                    std::optional<qint64> maxFen);

private:
    Result<Compensation> require(qint64 id);
    /// A pending request `by` may act on: not their own, not on a case they are named in.
    Result<QPair<Compensation, Complaint>> requireDecidable(const Actor& by, qint64 id);
    /// The case's timeline entry of a request or decision: `move` when the case enters or
    /// leaves awaiting_approval, a note otherwise.
    Status onCase(const Actor& by, Complaint& complaint, std::optional<ComplaintEvent> move,
                  const QString& note);

    Database& m_database;
    const Clock& m_clock;
};

} // namespace cc
