#pragma once

#include "Roles.h"
#include "base/Result.h"
#include "storage/AuditHead.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>

#include <functional>
#include <initializer_list>
#include <utility>

#include <optional>

namespace cc {

class Clock;
class Database;

/// One row of the audit log.
struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    std::optional<qint64> actorId;
    QString actor;
    QString action;     ///< dotted verb, e.g. "user.add", "customer.view"
    QString entityKind; ///< "user", "store", "customer", ...
    QString entityId;
    QString detail; ///< short; never a password, customer text only when the action needs it
    QString prevHash;
    QString hash;
};

/// What to list.
struct AuditFilter {
    std::optional<QDateTime> since; ///< inclusive, UTC
    std::optional<QDateTime> until; ///< exclusive, UTC
    QString actor;                  ///< user name, exact
    QString entityKind;
    QString entityId;
    int limit = 1000;    ///< at most this many; 0 or less: every entry that matches
    qint64 beforeId = 0; ///< paging: only entries with a smaller id (0 = newest first)
};

/// The outcome of recomputing the hash chain.
struct AuditVerification {
    bool intact = true;
    qint64 entries = 0;
    qint64 firstBadId = 0; ///< 0 when intact
    QString problem;       ///< translated, names the entry
    QString headHash;      ///< hash of the newest entry
};

/// The append-only, hash-chained audit log.
///
/// Each entry stores SHA-256 over its own fields and the previous entry's hash;
/// triggers refuse UPDATE and DELETE. An entry edited, removed or inserted behind the
/// program's back breaks the chain at that entry, and verify() names it.
class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(cc::AuditLog)

public:
    AuditLog(Database& database, const Clock& clock);

    /// Appends one entry. Call it inside the write transaction of the change it records.
    Status append(const Actor& actor, const QString& action, const QString& entityKind,
                  const QString& entityId, const QString& detail = {});

    /// Records a refused action (OWASP ASVS V16: authorization decisions are logged): who
    /// (`actor`), what (`what`, e.g. "complaint note"), on which entity, and why (the
    /// refusal's own message, which names roles and file numbers, never a customer's name
    /// or phone). In a transaction of its own: the refused change was rolled back. Writes
    /// nothing to a read-only or damaged store.
    Status recordRefusal(const Actor& actor, const QString& what, const QString& entityKind,
                         const QString& entityId, const QString& why);

    /// Recomputes the chain and compares it with `anchors` and with this store's head file;
    /// reports (and, on a writable store, re-creates) the triggers that refuse changes to
    /// the log when they are missing.
    Result<AuditVerification> verify(const QList<AuditAnchor>& anchors = {});

    Result<QList<AuditEntry>> list(const AuditFilter& filter);
    /// The same entries one at a time, as SQLite reads them: a log of millions is never held.
    Status each(const AuditFilter& filter, const std::function<void(const AuditEntry&)>& visit);
    /// The newest entry of this action, if any (e.g. the last good backup).
    Result<std::optional<AuditEntry>> newest(const QString& action);

    /// Encodes a detail as "key=value&key=value" (values percent-encoded where needed), so
    /// the GUI can show it in the reader's language and scripts can parse it.
    static QString details(std::initializer_list<std::pair<QString, QString>> fields);
    static QMap<QString, QString> parseDetails(const QString& detail);
    /// A detail as a person reads it: "comment=按政策换货; kind=exchange", decoded, in the
    /// order written. A detail that is not key=value pairs is returned as it is.
    static QString readableDetails(const QString& detail);

    /// The hash an entry must carry; exposed for tests and backup manifests.
    static QString computeHash(const AuditEntry& entry);
    static QString genesisHash() { return QString(64, QLatin1Char('0')); }

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace cc
