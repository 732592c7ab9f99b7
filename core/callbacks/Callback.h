#pragma once

#include "customers/ContactHours.h"
#include "customers/FileGuard.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace cc {

/// Why a customer is called back (seed 003 篇八 7, 篇二; seed 000; seed 004). The keys are
/// the CLI's: purchase_3d, purchase_30d, purchase_60d, visit_3d, visit_15d,
/// complaint_followup, birthday, holiday, maintenance, manual.
enum class CallbackReason {
    Purchase3d,
    Purchase30d,
    Purchase60d,
    Visit3d,
    Visit15d,
    ComplaintFollowup,
    Birthday,
    Holiday,
    Maintenance,
    Manual
};
/// Pending until done, missed (no answer on every try) or cancelled.
enum class CallbackStatus { Pending, Done, Missed, Cancelled };

/// Keys and names of the enums above, and the line a clerk says for each reason.
class CallbackKeys {
    Q_DECLARE_TR_FUNCTIONS(cc::CallbackKeys)

public:
    static QString key(CallbackReason reason);
    static QString key(CallbackStatus status);
    static std::optional<CallbackReason> reason(const QString& key);
    static std::optional<CallbackStatus> status(const QString& key);
    static QString displayName(CallbackReason reason);
    static QString displayName(CallbackStatus status);
    /// What to say on the phone for this reason: a short script line.
    static QString script(CallbackReason reason);
    static QList<CallbackReason> allReasons();
    /// Whether the customer is asked for their satisfaction (1–5).
    static bool asksSatisfaction(CallbackReason reason);
};

/// The callback rules the manager edits; these are the defaults of issue [callbacks].
struct CallbackRules {
    QList<int> purchaseDays{3, 30, 60}; ///< the first, second and third call after a purchase
    QList<int> visitDays{3, 15};        ///< the calls after a visit without purchase
    int followupDays = 1;               ///< after a complaint is resolved
    QTime callAt{10, 0};                ///< the time of day a scheduled call is due
    bool birthdays = true;
    bool holidays = true;
    int maxTries = 3; ///< no answer this many times: missed

    /// Local time of day `callAt` on `day`, moved into the customer's contact hours (to
    /// their start that day, or the next day's when the day's hours are over), in UTC.
    QDateTime dueOn(const QDate& day, const std::optional<ContactHours>& hours) const;
    /// An empty string when the rules are sound, or a message naming the wrong one.
    QString problem() const;
    /// "3,30,60" as numbers; empty when any part is not a whole number.
    static QList<int> parseDays(const QString& text);
    static QString joinDays(const QList<int>& days);
};

/// A holiday the store greets its customers on (Spring Festival, Mid-Autumn, ...).
struct Holiday {
    qint64 id = 0;
    QString name;
    QDate day;
};

/// A product that wants servicing every `days` days; matches purchase lines containing it.
struct ServiceInterval {
    qint64 id = 0;
    QString product;
    int days = 0;
};

struct Callback {
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerName;
    FileGuard customerGuard;
    /// The name (and phone) are masked: the reader may not open the customer's file.
    bool customerMasked = false;
    QString fileNo;
    QString phone; ///< E.164 of the file's first number
    CallbackReason reason = CallbackReason::Manual;
    CallbackStatus status = CallbackStatus::Pending;
    QDateTime dueAt; ///< UTC
    qint64 assigneeId = 0;
    QString assignee; ///< username
    QString assigneeName;
    int attempts = 0;
    QString note; ///< what to call about (manual), whose birthday, which holiday or product
    QString outcome;
    std::optional<int> satisfaction;
    QString complaintNumber; ///< for a complaint follow-up
    QString lastContact;     ///< the newest note on the customer's contact log
    QDateTime finishedAt;
};

/// Which callbacks a list shows. `dueBy` is a local day; `overdueAsOf` an instant.
struct CallbackFilter {
    std::optional<CallbackStatus> status = CallbackStatus::Pending;
    QDate dueFrom;
    QDate dueBy;
    std::optional<QDateTime> overdueAsOf;
    std::optional<qint64> assigneeId;
    QString assigneeUsername; ///< resolved by CallbackService::list; refused when unknown
    std::optional<qint64> customerId;
    int limit = 0;  ///< 0: all
    int offset = 0; ///< rows to skip, with a limit: a list read a page at a time
};

/// How many calls are to be made by the end of today, and how many of them are late.
struct CallbackCounts {
    int dueToday = 0; ///< due by the end of the local day, overdue ones included
    int overdue = 0;
};

/// One user's callbacks, for the supervisor's view of everyone's workload.
struct CallbackWorkload {
    qint64 userId = 0;
    QString username;
    QString displayName;
    int pending = 0;
    int dueToday = 0;
    int overdue = 0;
    int done30Days = 0;   ///< done in the last 30 days
    int onTime30Days = 0; ///< of those, done by the end of their due day
    int missed30Days = 0;
    /// Share of the last 30 days' calls (done or missed) done on time; -1 when none.
    int onTimePercent() const;
};

struct Actor;

/// Masks the callback for `by` when `by` may not open its customer's file (ProtectedFiles:
/// the name, the phone and the last contact); returns whether it shows a protected file to someone
/// allowed to see it (a view to record).
bool screen(const Actor& by, Callback& callback);

} // namespace cc
