#include "AuditLog.h"

#include "base/PrivateFile.h"
#include "storage/WriteTransaction.h"

#include "base/Clock.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/Query.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMultiMap>
#include <QUrlQuery>

#include <cstdio>

namespace cc {

namespace {

constexpr auto insertEntry = R"sql(
    INSERT INTO audit_log (id, at, actor_id, actor, action, entity_kind, entity_id, detail,
                           prev_hash, hash)
    VALUES (:id, :at, :actor_id, :actor, :action, :entity_kind, :entity_id, :detail,
            :prev_hash, :hash)
)sql";

constexpr auto selectHead = R"sql(
    SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1
)sql";

constexpr auto selectChain = R"sql(
    SELECT id, at, actor_id, actor, action, entity_kind, entity_id, detail, prev_hash, hash
    FROM audit_log ORDER BY id
)sql";

AuditEntry entryFromRow(const Query& query)
{
    AuditEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.at = fromStoredTime(query.value(1).toString());
    if (!query.value(2).isNull())
        entry.actorId = query.value(2).toLongLong();
    entry.actor = query.value(3).toString();
    entry.action = query.value(4).toString();
    entry.entityKind = query.value(5).toString();
    entry.entityId = query.value(6).toString();
    entry.detail = query.value(7).toString();
    entry.prevHash = query.value(8).toString();
    entry.hash = query.value(9).toString();
    return entry;
}

} // namespace

AuditLog::AuditLog(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

QString AuditLog::details(std::initializer_list<std::pair<QString, QString>> fields)
{
    QUrlQuery query;
    for (const auto& [key, value] : fields)
        query.addQueryItem(
            key, QString::fromLatin1(QUrl::toPercentEncoding(value, QByteArrayLiteral(" :/@()"))));
    return query.toString(QUrl::FullyEncoded);
}

QMap<QString, QString> AuditLog::parseDetails(const QString& detail)
{
    QMap<QString, QString> fields;
    for (const auto& [key, value] : QUrlQuery(detail).queryItems(QUrl::FullyDecoded))
        fields.insert(key, value);
    return fields;
}

QString AuditLog::readableDetails(const QString& detail)
{
    if (!detail.contains(QLatin1Char('=')))
        return detail;
    QStringList pairs;
    for (const auto& [key, value] : QUrlQuery(detail).queryItems(QUrl::FullyDecoded))
        pairs << (value.isEmpty() ? key : QStringLiteral("%1=%2").arg(key, value));
    return pairs.join(QStringLiteral("; "));
}

QString AuditLog::computeHash(const AuditEntry& entry)
{
    // A JSON array is an unambiguous encoding: no field can leak into its neighbour.
    const QJsonArray fields{
        QString::number(entry.id),
        toStoredTime(entry.at),
        entry.actorId ? QString::number(*entry.actorId) : QString(),
        entry.actor,
        entry.action,
        entry.entityKind,
        entry.entityId,
        entry.detail,
        entry.prevHash,
    };
    const QByteArray canonical = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

Status AuditLog::append(const Actor& actor, const QString& action, const QString& entityKind,
                        const QString& entityId, const QString& detail)
{
    AuditEntry entry;
    entry.prevHash = genesisHash();
    {
        Query head(m_database, QString::fromUtf8(selectHead));
        if (Status done = head.exec(QStringLiteral("audit.head")); !done)
            return done;
        if (head.next()) {
            entry.id = head.value(0).toLongLong() + 1;
            entry.prevHash = head.value(1).toString();
        } else {
            entry.id = 1;
        }
    }
    // Stored times have millisecond precision; hash exactly what is stored.
    entry.at = fromStoredTime(toStoredTime(m_clock.nowUtc()));
    entry.actorId = actor.userId;
    entry.actor = actor.username;
    entry.action = action;
    entry.entityKind = entityKind;
    entry.entityId = entityId;
    entry.detail = detail;
    entry.hash = computeHash(entry);
    m_database.noteAuditHead(entry.id, entry.hash); // published once the commit is done

    Query insert(m_database, QString::fromUtf8(insertEntry));
    insert.bind(QStringLiteral(":id"), entry.id)
        .bind(QStringLiteral(":at"), toStoredTime(entry.at))
        .bind(QStringLiteral(":actor_id"), entry.actorId ? QVariant(*entry.actorId) : QVariant())
        .bind(QStringLiteral(":actor"), entry.actor)
        .bind(QStringLiteral(":action"), entry.action)
        .bind(QStringLiteral(":entity_kind"), entry.entityKind)
        .bind(QStringLiteral(":entity_id"), entry.entityId)
        .bind(QStringLiteral(":detail"), entry.detail)
        .bind(QStringLiteral(":prev_hash"), entry.prevHash)
        .bind(QStringLiteral(":hash"), entry.hash);
    return insert.exec(QStringLiteral("audit.insert"));
}

Status AuditLog::recordRefusal(const Actor& actor, const QString& what, const QString& entityKind,
                               const QString& entityId, const QString& why)
{
    if (m_database.isReadOnly())
        return {};
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun;
    if (Status logged =
            append(actor, QStringLiteral("access.refused"), entityKind, entityId,
                   details({{QStringLiteral("what"), what}, {QStringLiteral("why"), why}}));
        !logged)
        return logged;
    return transaction.commit();
}

Result<AuditVerification> AuditLog::verify(const QList<AuditAnchor>& given)
{
    AuditVerification report;
    report.headHash = genesisHash();

    QList<AuditAnchor> anchors = given;
    if (const std::optional<AuditAnchor> head = AuditHead::read(m_database.path()))
        anchors.append(*head);
    QMultiMap<qint64, AuditAnchor> byCount;
    for (const AuditAnchor& anchor : std::as_const(anchors)) {
        if (anchor.count > 0)
            byCount.insert(anchor.count, anchor);
    }

    // The triggers first: without them the log can be cut without a trace.
    Result<QVariant> guarded = m_database.scalar(m_database.dialect().countAuditGuards());
    if (!guarded)
        return guarded.error();
    QString unguarded;
    if (guarded->toInt() < 2) {
        unguarded = tr("The audit log's protection against changes (its triggers) had been "
                       "removed.");
        if (!m_database.isReadOnly()) {
            for (const QString& statement : m_database.dialect().auditGuards())
                (void)m_database.execute(statement);
            unguarded += QLatin1Char(' ') + tr("It is restored.");
        }
    }

    Query query(m_database, QString::fromUtf8(selectChain));
    if (Status done = query.exec(QStringLiteral("audit.verify")); !done)
        return done.error();

    qint64 expectedId = 1;
    QString previousHash = genesisHash();
    while (query.next()) {
        const AuditEntry entry = entryFromRow(query);
        ++report.entries;
        QString problem;
        if (entry.id != expectedId)
            problem = entry.id > expectedId
                          ? tr("Audit entry %1 is missing (the log jumps from %2 to %3).")
                                .arg(expectedId)
                                .arg(expectedId - 1)
                                .arg(entry.id)
                          : tr("Audit entry %1 is out of order.").arg(entry.id);
        else if (entry.prevHash != previousHash)
            problem = tr("Audit entry %1 does not follow the entry before it: an entry was "
                         "removed, inserted or altered.")
                          .arg(entry.id);
        else if (computeHash(entry) != entry.hash)
            problem = tr("Audit entry %1 has been altered after it was written.").arg(entry.id);
        for (auto it = byCount.constFind(entry.id);
             problem.isEmpty() && it != byCount.constEnd() && it.key() == entry.id; ++it) {
            if (it->hash != entry.hash)
                problem = tr("Audit entry %1 differs from its record in %2: the log was "
                             "rewritten.")
                              .arg(entry.id)
                              .arg(it->source);
        }

        if (!problem.isEmpty()) {
            report.intact = false;
            report.firstBadId = entry.id > expectedId ? expectedId : entry.id;
            report.problem = problem;
            return report;
        }
        previousHash = entry.hash;
        ++expectedId;
    }
    report.headHash = previousHash;
    if (!byCount.isEmpty() && byCount.lastKey() > report.entries) {
        const AuditAnchor& longest = byCount.last();
        report.intact = false;
        report.firstBadId = report.entries + 1;
        report.problem = tr("The audit log ends at entry %1, but %2 records %3 entries: the "
                            "newest entries were removed.")
                             .arg(report.entries)
                             .arg(longest.source)
                             .arg(longest.count);
    } else if (!unguarded.isEmpty()) {
        report.intact = false;
        report.problem = unguarded;
    }
    return report;
}

Result<QList<AuditEntry>> AuditLog::list(const AuditFilter& filter)
{
    QList<AuditEntry> entries;
    if (Status done = each(filter, [&](const AuditEntry& entry) { entries.append(entry); }); !done)
        return done.error();
    return entries;
}

Status AuditLog::each(const AuditFilter& filter,
                      const std::function<void(const AuditEntry&)>& visit)
{
    // Optional filters are written as "(:x IS NULL OR column = :x)" so the statement
    // is fixed text with bound values, whatever the user typed. The casts tell a server
    // what type the value of the "IS NULL" is: it cannot tell from that alone.
    static const QString sql = QStringLiteral(R"sql(
        SELECT id, at, actor_id, actor, action, entity_kind, entity_id, detail, prev_hash, hash
        FROM audit_log
        WHERE (CAST(:since AS text) IS NULL OR at >= :since)
          AND (CAST(:until AS text) IS NULL OR at < :until)
          AND (CAST(:actor AS text) IS NULL OR actor = :actor)
          AND (CAST(:kind AS text) IS NULL OR entity_kind = :kind)
          AND (CAST(:entity AS text) IS NULL OR entity_id = :entity)
          AND (CAST(:before AS bigint) = 0 OR id < :before)
        ORDER BY id DESC
        LIMIT :limit
    )sql");
    const auto textOrNull = [](const QString& text) {
        return text.isEmpty() ? QVariant() : QVariant(text);
    };
    Query query(m_database, sql);
    query
        .bind(QStringLiteral(":since"),
              filter.since ? QVariant(toStoredTime(*filter.since)) : QVariant())
        .bind(QStringLiteral(":until"),
              filter.until ? QVariant(toStoredTime(*filter.until)) : QVariant())
        .bind(QStringLiteral(":actor"), textOrNull(filter.actor))
        .bind(QStringLiteral(":kind"), textOrNull(filter.entityKind))
        .bind(QStringLiteral(":entity"), textOrNull(filter.entityId))
        .bind(QStringLiteral(":before"), filter.beforeId)
        .bind(QStringLiteral(":limit"), filter.limit > 0 ? filter.limit : Query::noLimit);
    if (Status done = query.exec(QStringLiteral("audit.list")); !done)
        return done;
    while (query.next())
        visit(entryFromRow(query));
    return {};
}

Result<std::optional<AuditEntry>> AuditLog::newest(const QString& action)
{
    // Newest first by the primary key: the actions asked for are frequent (daily backups),
    // so the walk back from the end is short.
    Query query(m_database, QStringLiteral(R"sql(
        SELECT id, at, actor_id, actor, action, entity_kind, entity_id, detail, prev_hash, hash
        FROM audit_log WHERE action = :action ORDER BY id DESC LIMIT 1
    )sql"));
    query.bind(QStringLiteral(":action"), action);
    if (Status done = query.exec(QStringLiteral("audit.newest")); !done)
        return done.error();
    if (!query.next())
        return std::optional<AuditEntry>();
    return std::optional<AuditEntry>(entryFromRow(query));
}

} // namespace cc
