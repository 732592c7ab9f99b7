#pragma once

#include "customers/FileGuard.h"

#include "accounts/Roles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cc {

/// Seed 003 篇三 2.9: what a store grants a complainant. The keys are the CLI's.
enum class CompensationKind { Refund, Exchange, Repair, Voucher, Gift, Cash, Upgrade };
enum class CompensationStatus { Pending, Approved, Rejected };

class CompensationKeys {
    Q_DECLARE_TR_FUNCTIONS(cc::CompensationKeys)

public:
    static QString key(CompensationKind kind);
    static QString key(CompensationStatus status);
    static std::optional<CompensationKind> kind(const QString& key);
    static std::optional<CompensationStatus> status(const QString& key);
    static QString displayName(CompensationKind kind);
    static QString displayName(CompensationStatus status);
    static QList<CompensationKind> allKinds();
};

/// The authority table (权限核决表): the most each role may grant alone, per kind. No
/// value means no limit. Roles are nested, so a higher role's limit is never below a
/// lower one's.
struct AuthorityTable {
    int version = 0;
    struct Limit {
        CompensationKind kind;
        Role role;
        std::optional<qint64> maxFen; ///< empty: no limit
    };
    QList<Limit> limits;

    /// The most `role` may grant alone of `kind`; empty means no limit.
    std::optional<qint64> limit(CompensationKind kind, Role role) const;
    bool covers(CompensationKind kind, Role role, qint64 amountFen) const;
    /// The lowest role that may grant `amountFen` of `kind` alone; none when no role may.
    std::optional<Role> lowestCovering(CompensationKind kind, qint64 amountFen) const;
};

struct Compensation {
    qint64 id = 0;
    qint64 complaintId = 0;
    QString complaintNumber;
    qint64 customerId = 0;
    QString customerName;
    FileGuard customerGuard;
    /// The name (and phone) are masked: the reader may not open the customer's file.
    bool customerMasked = false;
    CompensationKind kind = CompensationKind::Gift;
    qint64 amountFen = 0;
    QString reason;
    QString requestedBy; ///< username
    QDateTime requestedAt;
    CompensationStatus status = CompensationStatus::Pending;
    Role approverRole = Role::Supervisor; ///< the lowest role whose limit covers it
    QString recommendedBy;
    QString recommendation;
    QString decidedBy;
    QString decidedByName;
    QDateTime decidedAt;
    std::optional<qint64> grantedFen;
    QString comment;
    std::optional<int> authorityVersion;
    QString complaintSummary; ///< the case's description, for the approval queue
};

/// What a customer received in the last 12 months, and whether that calls for a warning.
struct CompensationHistory {
    int approvedCount = 0;
    qint64 approvedFen = 0;
    QString warning; ///< empty when nothing stands out
};

/// Which requests a list shows.
struct CompensationFilter {
    std::optional<CompensationStatus> status;
    std::optional<qint64> complaintId;
    std::optional<qint64> customerId;
    int limit = 500; ///< at most this many; 0 or less: every request that matches
};

struct Actor;

/// Masks the compensation for `by` when `by` may not open its customer's file (ProtectedFiles:
/// the name); returns whether it shows a protected file to someone allowed to see it (a view
/// to record).
bool screen(const Actor& by, Compensation& compensation);

} // namespace cc
