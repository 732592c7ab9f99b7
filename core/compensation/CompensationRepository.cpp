#include "CompensationRepository.h"

#include "base/Clock.h"
#include "storage/Database.h"
#include "storage/Query.h"

namespace cc {

namespace {

constexpr auto columns = R"sql(
    p.id, p.complaint_id, k.number, p.customer_id, c.name, p.kind, p.amount_fen, p.reason,
    ru.username, p.requested_at, p.status, p.approver_role, mu.username, p.recommendation,
    du.username, du.display_name, p.decided_at, p.granted_fen, p.comment, p.authority_version,
    k.description, c.confidentiality, c.owner_id
)sql";

constexpr auto joins = R"sql(
    FROM compensations p JOIN complaints k ON k.id = p.complaint_id
    JOIN customers c ON c.id = p.customer_id
    JOIN users ru ON ru.id = p.requested_by
    LEFT JOIN users mu ON mu.id = p.recommended_by
    LEFT JOIN users du ON du.id = p.decided_by
)sql";

Compensation fromRow(const Query& q)
{
    Compensation p;
    p.id = q.value(0).toLongLong();
    p.complaintId = q.value(1).toLongLong();
    p.complaintNumber = q.value(2).toString();
    p.customerId = q.value(3).toLongLong();
    p.customerName = q.value(4).toString();
    p.kind = CompensationKeys::kind(q.value(5).toString()).value_or(CompensationKind::Gift);
    p.amountFen = q.value(6).toLongLong();
    p.reason = q.value(7).toString();
    p.requestedBy = q.value(8).toString();
    p.requestedAt = fromStoredTime(q.value(9).toString());
    p.status =
        CompensationKeys::status(q.value(10).toString()).value_or(CompensationStatus::Pending);
    p.approverRole = Roles::fromKey(q.value(11).toString()).value_or(Role::Manager);
    p.recommendedBy = q.value(12).toString();
    p.recommendation = q.value(13).toString();
    p.decidedBy = q.value(14).toString();
    p.decidedByName = q.value(15).toString();
    if (!q.value(16).isNull())
        p.decidedAt = fromStoredTime(q.value(16).toString());
    if (!q.value(17).isNull())
        p.grantedFen = q.value(17).toLongLong();
    p.comment = q.value(18).toString();
    if (!q.value(19).isNull())
        p.authorityVersion = q.value(19).toInt();
    p.complaintSummary = q.value(20).toString();
    p.customerGuard = FileGuard::fromStored(q.value(21).toString(), q.value(22).toLongLong());
    return p;
}

} // namespace

Result<AuthorityTable> CompensationRepository::authority()
{
    AuthorityTable table;
    Query version(m_database,
                  QStringLiteral("SELECT value FROM settings WHERE key = 'authority_version'"));
    if (Status done = version.exec(QStringLiteral("authority.version")); !done)
        return done.error();
    table.version = version.next() ? version.value(0).toInt() : 1;
    Query query(m_database, QStringLiteral("SELECT kind, role, max_fen FROM authority_limits"));
    if (Status done = query.exec(QStringLiteral("authority.limits")); !done)
        return done.error();
    while (query.next()) {
        const std::optional<CompensationKind> kind =
            CompensationKeys::kind(query.value(0).toString());
        const std::optional<Role> role = Roles::fromKey(query.value(1).toString());
        if (!kind || !role)
            continue;
        table.limits.append({*kind, *role,
                             query.value(2).isNull()
                                 ? std::nullopt
                                 : std::optional<qint64>(query.value(2).toLongLong())});
    }
    return table;
}

Result<int> CompensationRepository::setLimit(CompensationKind kind, Role role,
                                             std::optional<qint64> maxFen)
{
    Query query(m_database,
                QStringLiteral("INSERT INTO authority_limits (kind, role, max_fen) VALUES (:kind, "
                               ":role, :max) ON CONFLICT (kind, role) DO UPDATE SET max_fen = "
                               "excluded.max_fen"));
    query.bind(QStringLiteral(":kind"), CompensationKeys::key(kind))
        .bind(QStringLiteral(":role"), Roles::key(role))
        .bind(QStringLiteral(":max"), maxFen ? QVariant(*maxFen) : QVariant());
    if (Status done = query.exec(QStringLiteral("authority.set")); !done)
        return done.error();
    Query bump(m_database,
               QStringLiteral("INSERT INTO settings (key, value) VALUES ('authority_version', '2') "
                              "ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(settings.value AS "
                              "INTEGER) + 1 AS TEXT) "
                              "RETURNING value"));
    if (Status done = bump.exec(QStringLiteral("authority.bump")); !done)
        return done.error();
    return bump.next() ? bump.value(0).toInt() : 0;
}

Result<qint64> CompensationRepository::insert(const Compensation& p, qint64 requestedBy)
{
    Query query(m_database, QStringLiteral(R"sql(
        INSERT INTO compensations (complaint_id, customer_id, kind, amount_fen, reason,
            requested_by, requested_at, status, approver_role, decided_by, decided_at,
            granted_fen, comment, authority_version)
        VALUES (:complaint, :customer, :kind, :amount, :reason, :by, :at, :status, :approver,
            :decided_by, :decided_at, :granted, :comment, :version)
        RETURNING id
    )sql"));
    const bool decided = p.status != CompensationStatus::Pending;
    query.bind(QStringLiteral(":complaint"), p.complaintId)
        .bind(QStringLiteral(":customer"), p.customerId)
        .bind(QStringLiteral(":kind"), CompensationKeys::key(p.kind))
        .bind(QStringLiteral(":amount"), p.amountFen)
        .bind(QStringLiteral(":reason"), p.reason)
        .bind(QStringLiteral(":by"), requestedBy)
        .bind(QStringLiteral(":at"), toStoredTime(p.requestedAt))
        .bind(QStringLiteral(":status"), CompensationKeys::key(p.status))
        .bind(QStringLiteral(":approver"), Roles::key(p.approverRole))
        .bind(QStringLiteral(":decided_by"), decided ? QVariant(requestedBy) : QVariant())
        .bind(QStringLiteral(":decided_at"),
              decided ? QVariant(toStoredTime(p.decidedAt)) : QVariant())
        .bind(QStringLiteral(":granted"), p.grantedFen ? QVariant(*p.grantedFen) : QVariant())
        .bind(QStringLiteral(":comment"), p.comment)
        .bind(QStringLiteral(":version"),
              p.authorityVersion ? QVariant(*p.authorityVersion) : QVariant());
    if (Status done = query.exec(QStringLiteral("compensations.insert")); !done)
        return done.error();
    return query.insertedId();
}

Result<std::optional<Compensation>> CompensationRepository::get(qint64 id)
{
    Query query(m_database, QStringLiteral("SELECT %1 %2 WHERE p.id = :id")
                                .arg(QLatin1String(columns), QLatin1String(joins)));
    query.bind(QStringLiteral(":id"), id);
    if (Status done = query.exec(QStringLiteral("compensations.get")); !done)
        return done.error();
    if (!query.next())
        return std::optional<Compensation>();
    return std::optional<Compensation>(fromRow(query));
}

Result<QList<Compensation>> CompensationRepository::list(const CompensationFilter& filter)
{
    QList<Compensation> list;
    if (Status done = each(filter, [&](const Compensation& p) { list.append(p); }); !done)
        return done.error();
    return list;
}

Status CompensationRepository::each(const CompensationFilter& filter,
                                    const std::function<void(const Compensation&)>& visit)
{
    QStringList where{QStringLiteral("1 = 1")};
    if (filter.status)
        where << QStringLiteral("p.status = :status");
    if (filter.complaintId)
        where << QStringLiteral("p.complaint_id = :complaint");
    if (filter.customerId)
        where << QStringLiteral("p.customer_id = :customer");
    Query query(
        m_database,
        QStringLiteral("SELECT %1 %2 WHERE %3 ORDER BY p.requested_at %4, p.id LIMIT :limit")
            .arg(QLatin1String(columns), QLatin1String(joins), where.join(QStringLiteral(" AND ")),
                 filter.status == CompensationStatus::Pending ? QStringLiteral("ASC")
                                                              : QStringLiteral("DESC")));
    if (filter.status)
        query.bind(QStringLiteral(":status"), CompensationKeys::key(*filter.status));
    if (filter.complaintId)
        query.bind(QStringLiteral(":complaint"), *filter.complaintId);
    if (filter.customerId)
        query.bind(QStringLiteral(":customer"), *filter.customerId);
    // SQLite reads a negative LIMIT as none.
    query.bind(QStringLiteral(":limit"), filter.limit > 0 ? filter.limit : Query::noLimit);
    if (Status done = query.exec(QStringLiteral("compensations.list")); !done)
        return done;
    while (query.next())
        visit(fromRow(query));
    return {};
}

Status CompensationRepository::saveDecision(const Compensation& p, qint64 decidedBy)
{
    Query query(m_database, QStringLiteral(R"sql(
        UPDATE compensations SET status = :status, decided_by = :by, decided_at = :at,
            granted_fen = :granted, comment = :comment, authority_version = :version
        WHERE id = :id
    )sql"));
    query.bind(QStringLiteral(":status"), CompensationKeys::key(p.status))
        .bind(QStringLiteral(":by"), decidedBy)
        .bind(QStringLiteral(":at"), toStoredTime(p.decidedAt))
        .bind(QStringLiteral(":granted"), p.grantedFen ? QVariant(*p.grantedFen) : QVariant())
        .bind(QStringLiteral(":comment"), p.comment)
        .bind(QStringLiteral(":version"),
              p.authorityVersion ? QVariant(*p.authorityVersion) : QVariant())
        .bind(QStringLiteral(":id"), p.id);
    return query.exec(QStringLiteral("compensations.decide"));
}

Status CompensationRepository::saveRecommendation(qint64 id, qint64 by, const QDateTime& at,
                                                  const QString& text)
{
    Query query(m_database,
                QStringLiteral("UPDATE compensations SET recommended_by = :by, recommended_at = "
                               ":at, recommendation = :text WHERE id = :id"));
    query.bind(QStringLiteral(":by"), by)
        .bind(QStringLiteral(":at"), toStoredTime(at))
        .bind(QStringLiteral(":text"), text)
        .bind(QStringLiteral(":id"), id);
    return query.exec(QStringLiteral("compensations.recommend"));
}

Result<int> CompensationRepository::pendingCount(qint64 complaintId)
{
    Query query(m_database,
                QStringLiteral("SELECT count(*) FROM compensations "
                               "WHERE complaint_id = :complaint AND status = 'pending'"));
    query.bind(QStringLiteral(":complaint"), complaintId);
    if (Status done = query.exec(QStringLiteral("compensations.pending_count")); !done)
        return done.error();
    return query.next() ? query.value(0).toInt() : 0;
}

Result<CompensationHistory> CompensationRepository::approvedSince(qint64 customerId,
                                                                  const QDateTime& sinceUtc)
{
    Query query(m_database, QStringLiteral(R"sql(
        SELECT count(*), coalesce(sum(granted_fen), 0) FROM compensations
        WHERE customer_id = :customer AND status = 'approved' AND decided_at >= :since
    )sql"));
    query.bind(QStringLiteral(":customer"), customerId)
        .bind(QStringLiteral(":since"), toStoredTime(sinceUtc));
    if (Status done = query.exec(QStringLiteral("compensations.history")); !done)
        return done.error();
    CompensationHistory history;
    if (query.next()) {
        history.approvedCount = query.value(0).toInt();
        history.approvedFen = query.value(1).toLongLong();
    }
    return history;
}

} // namespace cc
