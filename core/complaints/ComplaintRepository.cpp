#include "ComplaintRepository.h"

#include "base/Clock.h"
#include "storage/Database.h"
#include "storage/Query.h"

namespace cc {

namespace {

constexpr auto columns = R"sql(
    c.id, c.number, c.customer_id, cu.name, c.channel, c.category, c.description, c.demand,
    c.product, c.receipt_no, c.purchase_date, c.price_fen, c.about_staff_id, s.username, c.flags,
    c.severity, c.severity_reasons, c.status, c.handler_id, h.username, c.received_at, c.reply_due,
    c.resolve_due, c.escalated_at, c.resolution, c.satisfaction, c.escalate_due,
    cu.confidentiality, cu.owner_id
)sql";

constexpr auto joins = R"sql(
    FROM complaints c
    JOIN customers cu ON cu.id = c.customer_id
    LEFT JOIN users s ON s.id = c.about_staff_id
    LEFT JOIN users h ON h.id = c.handler_id
)sql";

constexpr auto openCondition = "c.status IN ('received', 'in_progress', 'awaiting_approval')";
// Mirrors ComplaintRules::isOverdue (with openCondition): past resolve-by, or major, not
// escalated and past its escalate-by time.
constexpr auto overdueCondition = "(c.resolve_due < :as_of OR (c.severity = 'major' AND "
                                  "c.escalated_at IS NULL AND c.escalate_due < :as_of))";

Complaint fromRow(const Query& q)
{
    Complaint c;
    c.id = q.value(0).toLongLong();
    c.number = q.value(1).toString();
    c.customerId = q.value(2).toLongLong();
    c.customerName = q.value(3).toString();
    c.channel = ComplaintKeys::channel(q.value(4).toString()).value_or(ComplaintChannel::WalkIn);
    c.category = ComplaintKeys::category(q.value(5).toString()).value_or(ComplaintCategory::Other);
    c.description = q.value(6).toString();
    c.demand = ComplaintKeys::demand(q.value(7).toString()).value_or(ComplaintDemand::None);
    c.product = q.value(8).toString();
    c.receiptNo = q.value(9).toString();
    c.purchaseDate = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    if (!q.value(11).isNull())
        c.priceFen = q.value(11).toLongLong();
    if (!q.value(12).isNull())
        c.aboutStaffId = q.value(12).toLongLong();
    c.aboutStaff = q.value(13).toString();
    for (const QString& key : q.value(14).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const auto flag = ComplaintKeys::flag(key))
            c.flags.append(*flag);
    }
    c.severity = ComplaintKeys::severity(q.value(15).toString()).value_or(Severity::General);
    c.severityReasons = q.value(16).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    c.status =
        ComplaintRules::statusFromKey(q.value(17).toString()).value_or(ComplaintStatus::Received);
    if (!q.value(18).isNull())
        c.handlerId = q.value(18).toLongLong();
    c.handler = q.value(19).toString();
    c.receivedAt = fromStoredTime(q.value(20).toString());
    c.replyDue = fromStoredTime(q.value(21).toString());
    c.resolveDue = fromStoredTime(q.value(22).toString());
    if (!q.value(23).isNull())
        c.escalatedAt = fromStoredTime(q.value(23).toString());
    c.resolution = q.value(24).toString();
    if (!q.value(25).isNull())
        c.satisfaction = q.value(25).toInt();
    c.escalateDue = fromStoredTime(q.value(26).toString());
    c.customerGuard = FileGuard::fromStored(q.value(27).toString(), q.value(28).toLongLong());
    return c;
}

QVariant optionalId(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant();
}

} // namespace

Result<int> ComplaintRepository::nextSequence(const QString& day)
{
    // Said the same on SQLite and PostgreSQL. The row stays locked until the caller's
    // transaction ends.
    Query query(m_database, QStringLiteral(R"sql(
        INSERT INTO complaint_numbers (day, last) VALUES (:day, 1)
        ON CONFLICT (day) DO UPDATE SET last = complaint_numbers.last + 1
        RETURNING last)sql"));
    query.bind(QStringLiteral(":day"), day);
    if (Status done = query.exec(QStringLiteral("complaints.next_seq")); !done)
        return done.error();
    if (!query.next())
        return makeError(
            ErrorCode::Internal,
            tr("No complaint number could be taken for %1; nothing was saved.").arg(day));
    const int next = query.value(0).toInt();
    query.finish();
    return next;
}

Result<qint64> ComplaintRepository::insert(const Complaint& c, const QString& day, int sequence,
                                           qint64 createdBy, const QDateTime& now)
{
    QStringList flagKeys;
    for (ComplaintFlag flag : c.flags)
        flagKeys << ComplaintKeys::key(flag);
    Query query(m_database, QStringLiteral(R"sql(
        INSERT INTO complaints (number, day, seq, customer_id, channel, category, description, demand,
            product, receipt_no, purchase_date, price_fen, about_staff_id, flags, severity,
            severity_reasons, status, handler_id, received_at, reply_due, resolve_due, escalate_due,
            created_by, created_at, updated_at)
        VALUES (:number, :day, :seq, :customer, :channel, :category, :description, :demand,
            :product, :receipt, :purchase_date, :price, :about, :flags, :severity,
            :reasons, :status, :handler, :received, :reply_due, :resolve_due, :escalate_due,
            :created_by, :now, :now)
        RETURNING id
    )sql"));
    query.bind(QStringLiteral(":number"), c.number)
        .bind(QStringLiteral(":day"), day)
        .bind(QStringLiteral(":seq"), sequence)
        .bind(QStringLiteral(":customer"), c.customerId)
        .bind(QStringLiteral(":channel"), ComplaintKeys::key(c.channel))
        .bind(QStringLiteral(":category"), ComplaintKeys::key(c.category))
        .bind(QStringLiteral(":description"), c.description)
        .bind(QStringLiteral(":demand"), ComplaintKeys::key(c.demand))
        .bind(QStringLiteral(":product"), c.product)
        .bind(QStringLiteral(":receipt"), c.receiptNo)
        .bind(QStringLiteral(":purchase_date"), c.purchaseDate.isValid()
                                                    ? QVariant(c.purchaseDate.toString(Qt::ISODate))
                                                    : QVariant())
        .bind(QStringLiteral(":price"), optionalId(c.priceFen))
        .bind(QStringLiteral(":about"), optionalId(c.aboutStaffId))
        .bind(QStringLiteral(":flags"), flagKeys.join(QLatin1Char(',')))
        .bind(QStringLiteral(":severity"), ComplaintKeys::key(c.severity))
        .bind(QStringLiteral(":reasons"), c.severityReasons.join(QLatin1Char('\n')))
        .bind(QStringLiteral(":status"), ComplaintRules::statusKey(c.status))
        .bind(QStringLiteral(":handler"), optionalId(c.handlerId))
        .bind(QStringLiteral(":received"), toStoredTime(c.receivedAt))
        .bind(QStringLiteral(":reply_due"), toStoredTime(c.replyDue))
        .bind(QStringLiteral(":resolve_due"), toStoredTime(c.resolveDue))
        .bind(QStringLiteral(":escalate_due"), toStoredTime(c.escalateDue))
        .bind(QStringLiteral(":created_by"), createdBy)
        .bind(QStringLiteral(":now"), toStoredTime(now));
    if (Status done = query.exec(QStringLiteral("complaints.insert")); !done)
        return done.error();
    return query.insertedId();
}

Status ComplaintRepository::updateState(const Complaint& c, const QDateTime& now)
{
    Query query(m_database, QStringLiteral(R"sql(
        UPDATE complaints SET status = :status, handler_id = :handler, severity = :severity,
            severity_reasons = :reasons, escalate_due = :escalate_due, escalated_at = :escalated, resolution = :resolution,
            satisfaction = :satisfaction, updated_at = :now,
            resolved_at = CASE WHEN :status IN ('resolved', 'closed')
                               THEN coalesce(resolved_at, :now) END
        WHERE id = :id
    )sql"));
    query.bind(QStringLiteral(":status"), ComplaintRules::statusKey(c.status))
        .bind(QStringLiteral(":handler"), optionalId(c.handlerId))
        .bind(QStringLiteral(":severity"), ComplaintKeys::key(c.severity))
        .bind(QStringLiteral(":reasons"), c.severityReasons.join(QLatin1Char('\n')))
        .bind(QStringLiteral(":escalate_due"), toStoredTime(c.escalateDue))
        .bind(QStringLiteral(":escalated"),
              c.escalatedAt.isValid() ? QVariant(toStoredTime(c.escalatedAt)) : QVariant())
        .bind(QStringLiteral(":resolution"), c.resolution)
        .bind(QStringLiteral(":satisfaction"),
              c.satisfaction ? QVariant(*c.satisfaction) : QVariant())
        .bind(QStringLiteral(":now"), toStoredTime(now))
        .bind(QStringLiteral(":id"), c.id);
    return query.exec(QStringLiteral("complaints.update"));
}

Status ComplaintRepository::addEvent(qint64 complaintId, const ComplaintEventEntry& event,
                                     std::optional<qint64> actorId)
{
    Query query(m_database, QStringLiteral(R"sql(
        INSERT INTO complaint_events (complaint_id, at, actor_id, actor, kind, from_status, to_status, note)
        VALUES (:complaint, :at, :actor_id, :actor, :kind, :from, :to, :note)
    )sql"));
    query.bind(QStringLiteral(":complaint"), complaintId)
        .bind(QStringLiteral(":at"), toStoredTime(event.at))
        .bind(QStringLiteral(":actor_id"), optionalId(actorId))
        .bind(QStringLiteral(":actor"), event.actor)
        .bind(QStringLiteral(":kind"), event.kind)
        .bind(QStringLiteral(":from"), event.fromStatus)
        .bind(QStringLiteral(":to"), event.toStatus)
        .bind(QStringLiteral(":note"), event.note);
    return query.exec(QStringLiteral("complaints.event"));
}

Result<std::optional<Complaint>> ComplaintRepository::byNumber(const QString& number)
{
    std::optional<Complaint> found;
    {
        Query query(m_database, QStringLiteral("SELECT %1 %2 WHERE c.number = :number")
                                    .arg(QLatin1String(columns), QLatin1String(joins)));
        query.bind(QStringLiteral(":number"), number);
        if (Status done = query.exec(QStringLiteral("complaints.get")); !done)
            return done.error();
        if (!query.next())
            return found;
        found = fromRow(query);
    }
    Query events(m_database,
                 QStringLiteral("SELECT at, actor, kind, from_status, to_status, note FROM "
                                "complaint_events WHERE complaint_id = :id ORDER BY id"));
    events.bind(QStringLiteral(":id"), found->id);
    if (Status done = events.exec(QStringLiteral("complaints.events")); !done)
        return done.error();
    while (events.next())
        found->timeline.append({fromStoredTime(events.value(0).toString()),
                                events.value(1).toString(), events.value(2).toString(),
                                events.value(3).toString(), events.value(4).toString(),
                                events.value(5).toString()});
    events.finish();
    Query custody(m_database,
                  QStringLiteral("SELECT id, item, condition, sent_to, taken_at, returned_at FROM "
                                 "custody_items WHERE complaint_id = :id ORDER BY id"));
    custody.bind(QStringLiteral(":id"), found->id);
    if (Status done = custody.exec(QStringLiteral("complaints.custody")); !done)
        return done.error();
    while (custody.next())
        found->custody.append({custody.value(0).toLongLong(), custody.value(1).toString(),
                               custody.value(2).toString(), custody.value(3).toString(),
                               fromStoredTime(custody.value(4).toString()),
                               custody.value(5).isNull()
                                   ? QDateTime()
                                   : fromStoredTime(custody.value(5).toString())});
    custody.finish();
    Query checks(m_database, QStringLiteral("SELECT item FROM complaint_checks "
                                            "WHERE complaint_id = :id ORDER BY checked_at"));
    checks.bind(QStringLiteral(":id"), found->id);
    if (Status done = checks.exec(QStringLiteral("complaints.checks")); !done)
        return done.error();
    while (checks.next()) {
        if (std::optional<HandlingCheck> check =
                ComplaintRules::checkFromKey(checks.value(0).toString()))
            found->checks.append(*check);
    }
    return found;
}

Result<bool> ComplaintRepository::setCheck(qint64 complaintId, HandlingCheck check, bool done,
                                           std::optional<qint64> by, const QDateTime& at)
{
    Query query(m_database,
                done ? QStringLiteral("INSERT INTO complaint_checks (complaint_id, item, "
                                      "checked_by, checked_at) VALUES (:id, :item, :by, :at) "
                                      "ON CONFLICT DO NOTHING")
                     : QStringLiteral("DELETE FROM complaint_checks WHERE complaint_id = :id "
                                      "AND item = :item"));
    query.bind(QStringLiteral(":id"), complaintId)
        .bind(QStringLiteral(":item"), ComplaintRules::checkKey(check));
    if (done)
        query.bind(QStringLiteral(":by"), optionalId(by))
            .bind(QStringLiteral(":at"), toStoredTime(at));
    if (Status executed = query.exec(QStringLiteral("complaints.check")); !executed)
        return executed.error();
    return query.numRowsAffected() > 0;
}

Result<qint64> ComplaintRepository::addCustody(qint64 complaintId, const CustodyItem& item,
                                               std::optional<qint64> takenBy)
{
    Query query(m_database, QStringLiteral(R"sql(
        INSERT INTO custody_items (complaint_id, item, condition, sent_to, taken_at, taken_by)
        VALUES (:complaint, :item, :condition, :sent_to, :at, :by) RETURNING id
    )sql"));
    query.bind(QStringLiteral(":complaint"), complaintId)
        .bind(QStringLiteral(":item"), item.item)
        .bind(QStringLiteral(":condition"), item.condition)
        .bind(QStringLiteral(":sent_to"), item.sentTo)
        .bind(QStringLiteral(":at"), toStoredTime(item.takenAt))
        .bind(QStringLiteral(":by"), optionalId(takenBy));
    if (Status done = query.exec(QStringLiteral("complaints.custody_add")); !done)
        return done.error();
    return query.insertedId();
}

Result<int> ComplaintRepository::returnCustody(qint64 complaintId, const QDateTime& at,
                                               std::optional<qint64> returnedBy)
{
    Query query(m_database,
                QStringLiteral("UPDATE custody_items SET returned_at = :at, returned_by = :by "
                               "WHERE complaint_id = :complaint AND returned_at IS NULL"));
    query.bind(QStringLiteral(":at"), toStoredTime(at))
        .bind(QStringLiteral(":by"), optionalId(returnedBy))
        .bind(QStringLiteral(":complaint"), complaintId);
    if (Status done = query.exec(QStringLiteral("complaints.custody_return")); !done)
        return done.error();
    return query.numRowsAffected();
}

Result<QList<Complaint>> ComplaintRepository::list(const ComplaintFilter& filter,
                                                   const QDateTime& asOfUtc)
{
    QList<Complaint> complaints;
    if (Status done = each(filter, asOfUtc, [&](const Complaint& c) { complaints.append(c); });
        !done)
        return done.error();
    return complaints;
}

Status ComplaintRepository::each(const ComplaintFilter& filter, const QDateTime& asOfUtc,
                                 const std::function<void(const Complaint&)>& visit)
{
    // Each filter that is set adds its own fixed condition, and only its values are bound:
    // the text varies only by which filters are set, so every shape is prepared once and
    // SQLite picks an index for it (a catch-all ":x IS NULL OR ..." scans every row).
    const QString open = QLatin1String(openCondition);
    QStringList where;
    if (filter.status)
        where << QStringLiteral("c.status = :status");
    if (filter.severity)
        where << QStringLiteral("c.severity = :severity");
    if (filter.customerId)
        where << QStringLiteral("c.customer_id = :customer");
    if (filter.handlerId)
        where << QStringLiteral("c.handler_id = :handler");
    const bool dueWindow = filter.dueFromUtc.isValid() && filter.dueUntilUtc.isValid();
    if (dueWindow)
        where << open
              << QStringLiteral("((c.status = 'received' AND c.reply_due >= :due_from AND "
                                "c.reply_due < :due_until) OR (c.resolve_due >= :due_from AND "
                                "c.resolve_due < :due_until))");
    if (filter.openOnly)
        where << open;
    if (filter.overdueOnly)
        where << open << QLatin1String(overdueCondition);
    where.removeDuplicates();

    // The page of ids first, then the joins for those rows only.
    const QString order = filter.newestFirst
                              ? QStringLiteral("c.received_at DESC, c.id DESC")
                              : QStringLiteral("(c.severity = 'major' AND c.escalated_at IS NULL "
                                               "AND %1) DESC, c.resolve_due, c.id")
                                    .arg(open);
    const QString sql =
        QStringLiteral("SELECT %1 %2 WHERE c.id IN (SELECT c.id FROM complaints c %4 ORDER BY %3 "
                       "LIMIT :limit OFFSET :offset) ORDER BY %3")
            .arg(QLatin1String(columns), QLatin1String(joins), order,
                 where.isEmpty() ? QString()
                                 : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")));
    Query query(m_database, sql);
    if (filter.status)
        query.bind(QStringLiteral(":status"), ComplaintRules::statusKey(*filter.status));
    if (filter.severity)
        query.bind(QStringLiteral(":severity"), ComplaintKeys::key(*filter.severity));
    if (filter.customerId)
        query.bind(QStringLiteral(":customer"), *filter.customerId);
    if (filter.handlerId)
        query.bind(QStringLiteral(":handler"), *filter.handlerId);
    if (dueWindow)
        query.bind(QStringLiteral(":due_from"), toStoredTime(filter.dueFromUtc))
            .bind(QStringLiteral(":due_until"), toStoredTime(filter.dueUntilUtc));
    if (filter.overdueOnly)
        query.bind(QStringLiteral(":as_of"), toStoredTime(asOfUtc));
    // SQLite reads a negative LIMIT as none.
    query.bind(QStringLiteral(":limit"), filter.limit > 0 ? filter.limit : Query::noLimit)
        .bind(QStringLiteral(":offset"), std::max(0, filter.offset));
    if (Status done = query.exec(QStringLiteral("complaints.list")); !done)
        return done;
    while (query.next())
        visit(fromRow(query));
    return {};
}

Result<int> ComplaintRepository::countOverdue(const QDateTime& asOfUtc)
{
    Query query(m_database,
                QStringLiteral("SELECT count(*) FROM complaints c WHERE %1 AND %2")
                    .arg(QLatin1String(openCondition), QLatin1String(overdueCondition)));
    query.bind(QStringLiteral(":as_of"), toStoredTime(asOfUtc));
    if (Status done = query.exec(QStringLiteral("complaints.count_overdue")); !done)
        return done.error();
    return query.next() ? query.value(0).toInt() : 0;
}

Result<int> ComplaintRepository::countSince(qint64 customerId, const QDateTime& sinceUtc)
{
    Query query(m_database,
                QStringLiteral("SELECT count(*) FROM complaints WHERE customer_id = :customer AND "
                               "received_at >= :since AND status <> 'cancelled'"));
    query.bind(QStringLiteral(":customer"), customerId)
        .bind(QStringLiteral(":since"), toStoredTime(sinceUtc));
    if (Status done = query.exec(QStringLiteral("complaints.count_since")); !done)
        return done.error();
    return query.next() ? query.value(0).toInt() : 0;
}

} // namespace cc
