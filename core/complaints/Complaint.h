#pragma once

#include "customers/FileGuard.h"

#include "ComplaintRules.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cc {

enum class ComplaintChannel { WalkIn, Phone, Written, Online, HeadOffice };
enum class ComplaintCategory { Quality, Service, Price, Attitude, Delivery, Other };

/// Stored and CLI keys of the complaint enums, and their names for people.
class ComplaintKeys {
    Q_DECLARE_TR_FUNCTIONS(cc::ComplaintKeys)

public:
    static QString key(ComplaintChannel value);
    static QString key(ComplaintCategory value);
    static QString key(ComplaintDemand value);
    static QString key(ComplaintFlag value);
    static QString key(Severity value);
    static std::optional<ComplaintChannel> channel(const QString& key);
    static std::optional<ComplaintCategory> category(const QString& key);
    static std::optional<ComplaintDemand> demand(const QString& key);
    static std::optional<ComplaintFlag> flag(const QString& key);
    static std::optional<Severity> severity(const QString& key);
    static QString displayName(ComplaintChannel value);
    static QString displayName(ComplaintCategory value);
    static QString displayName(ComplaintDemand value);
    static QString displayName(Severity value);
};

/// What the counter records at intake.
struct ComplaintDraft {
    qint64 customerId = 0;
    ComplaintChannel channel = ComplaintChannel::WalkIn;
    ComplaintCategory category = ComplaintCategory::Quality;
    QString description; ///< the customer's account, in their words
    ComplaintDemand demand = ComplaintDemand::None;
    QString product;
    QString receiptNo;
    QDate purchaseDate;
    std::optional<qint64> priceFen;
    QString aboutStaff; ///< user name of the employee complained about, if any
    QList<ComplaintFlag> flags;
    QDateTime receivedAt; ///< invalid means now
};

struct ComplaintEventEntry {
    QDateTime at;
    QString actor;
    QString kind; ///< received, transition, note, assignment, escalation
    QString fromStatus;
    QString toStatus;
    QString note;
};

/// An item the store keeps for the case: what, its condition, where it went, when it came back.
struct CustodyItem {
    qint64 id = 0;
    QString item;
    QString condition;
    QString sentTo;
    QDateTime takenAt;
    QDateTime returnedAt; ///< invalid while the store still holds it
};

struct Complaint {
    qint64 id = 0;
    QString number;
    qint64 customerId = 0;
    QString customerName;
    FileGuard customerGuard;
    /// The name (and phone) are masked: the reader may not open the customer's file.
    bool customerMasked = false;
    ComplaintChannel channel = ComplaintChannel::WalkIn;
    ComplaintCategory category = ComplaintCategory::Quality;
    QString description;
    ComplaintDemand demand = ComplaintDemand::None;
    QString product;
    QString receiptNo;
    QDate purchaseDate;
    std::optional<qint64> priceFen;
    std::optional<qint64> aboutStaffId;
    QString aboutStaff;
    QList<ComplaintFlag> flags;
    Severity severity = Severity::General;
    QStringList severityReasons;
    ComplaintStatus status = ComplaintStatus::Received;
    std::optional<qint64> handlerId;
    QString handler;
    QDateTime receivedAt;
    QDateTime replyDue;
    QDateTime resolveDue;
    QDateTime escalateDue;
    QDateTime escalatedAt;
    QString resolution;
    std::optional<int> satisfaction; ///< 1–5; 0 = declined to say
    QList<ComplaintEventEntry> timeline;
    QList<CustodyItem> custody;
    QList<HandlingCheck> checks; ///< the five "clears" ticked so far
};

/// Which complaints a list shows.
struct ComplaintFilter {
    std::optional<ComplaintStatus> status;
    std::optional<Severity> severity;
    bool overdueOnly = false;
    bool openOnly = false;
    std::optional<qint64> customerId;
    std::optional<qint64> handlerId;
    /// Open cases whose reply (not yet started) or resolution falls due in [from, until).
    QDateTime dueFromUtc;
    QDateTime dueUntilUtc;
    /// Newest received first; otherwise the most urgent first (unreported major cases,
    /// then by resolve-by time).
    bool newestFirst = false;
    int limit = 200; ///< at most this many; 0 or less: every case that matches
    /// Rows to skip: the next page of a list that is read a page at a time.
    int offset = 0;
};

struct Actor;

/// Masks the complaint for `by` when `by` may not open its customer's file (ProtectedFiles:
/// the name); returns whether it shows a protected file to someone allowed to see it (a view
/// to record).
bool screen(const Actor& by, Complaint& complaint);

} // namespace cc
