#include "CallbackRepository.h"

#include "base/Clock.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/Query.h"

namespace cc {

namespace {

constexpr auto callbackColumns = R"sql(
    cb.id, cb.customer_id, c.name, c.file_no,
    (SELECT p.e164 FROM customer_phones p WHERE p.customer_id = cb.customer_id
        ORDER BY p.id LIMIT 1),
    cb.reason, cb.status, cb.due_at, cb.assignee_id, u.username, u.display_name, cb.attempts,
    cb.note, cb.outcome, cb.satisfaction,
    (SELECT k.number FROM complaints k WHERE k.id = cb.complaint_id),
    (SELECT t.note FROM contacts t WHERE t.customer_id = cb.customer_id
        ORDER BY t.at DESC, t.id DESC LIMIT 1),
    cb.finished_at, c.confidentiality, c.owner_id
)sql";

constexpr auto callbackJoins = R"sql(
    FROM callbacks cb JOIN customers c ON c.id = cb.customer_id
    JOIN users u ON u.id = cb.assignee_id
)sql";

Callback callbackFromRow(const Query& q)
{
    Callback cb;
    cb.id = q.value(0).toLongLong();
    cb.customerId = q.value(1).toLongLong();
    cb.customerName = q.value(2).toString();
    cb.fileNo = q.value(3).toString();
    cb.phone = q.value(4).toString();
    cb.reason = CallbackKeys::reason(q.value(5).toString()).value_or(CallbackReason::Manual);
    cb.status = CallbackKeys::status(q.value(6).toString()).value_or(CallbackStatus::Pending);
    cb.dueAt = fromStoredTime(q.value(7).toString());
    cb.assigneeId = q.value(8).toLongLong();
    cb.assignee = q.value(9).toString();
    cb.assigneeName = q.value(10).toString();
    cb.attempts = q.value(11).toInt();
    cb.note = q.value(12).toString();
    cb.outcome = q.value(13).toString();
    if (!q.value(14).isNull())
        cb.satisfaction = q.value(14).toInt();
    cb.complaintNumber = q.value(15).toString();
    cb.lastContact = q.value(16).toString();
    if (!q.value(17).isNull())
        cb.finishedAt = fromStoredTime(q.value(17).toString());
    cb.customerGuard = FileGuard::fromStored(q.value(18).toString(), q.value(19).toLongLong());
    return cb;
}

QVariant userOrNull(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant();
}

QString startOfLocalDayUtc(const QDate& day)
{
    return toStoredTime(day.startOfDay());
}

const QString generatedUntilKey = QStringLiteral("callbacks.generated_until");

} // namespace

Result<bool> CallbackRepository::insert(const NewCallback& cb, qint64* id)
{
    Query query(m_database, QStringLiteral(R"sql(
        INSERT INTO callbacks (customer_id, reason, source, complaint_id, due_at,
            assignee_id, note, created_at, created_by)
        VALUES (:customer, :reason, :source, :complaint, :due, :assignee, :note, :at, :by)
        ON CONFLICT DO NOTHING RETURNING id
    )sql"));
    query.bind(QStringLiteral(":customer"), cb.customerId)
        .bind(QStringLiteral(":reason"), CallbackKeys::key(cb.reason))
        .bind(QStringLiteral(":source"), cb.source.isEmpty() ? QVariant() : QVariant(cb.source))
        .bind(QStringLiteral(":complaint"), userOrNull(cb.complaintId))
        .bind(QStringLiteral(":due"), toStoredTime(cb.dueAt))
        .bind(QStringLiteral(":assignee"), cb.assigneeId)
        .bind(QStringLiteral(":note"), cb.note)
        .bind(QStringLiteral(":at"), toStoredTime(cb.createdAt))
        .bind(QStringLiteral(":by"), userOrNull(cb.createdBy));
    if (Status done = query.exec(QStringLiteral("callbacks.insert")); !done)
        return done.error();
    // A row comes back only when one was inserted: the rule's call was already planned.
    const qint64 inserted = query.insertedId();
    if (inserted > 0 && id)
        *id = inserted;
    return inserted > 0;
}

Result<std::optional<Callback>> CallbackRepository::get(qint64 id)
{
    Query query(m_database, QStringLiteral("SELECT %1 %2 WHERE cb.id = :id")
                                .arg(QLatin1String(callbackColumns), QLatin1String(callbackJoins)));
    query.bind(QStringLiteral(":id"), id);
    if (Status done = query.exec(QStringLiteral("callbacks.get")); !done)
        return done.error();
    if (!query.next())
        return std::optional<Callback>();
    return std::optional<Callback>(callbackFromRow(query));
}

Result<QList<Callback>> CallbackRepository::list(const CallbackFilter& filter)
{
    QStringList where{QStringLiteral("1 = 1")};
    if (filter.status)
        where << QStringLiteral("cb.status = :status");
    if (filter.dueFrom.isValid())
        where << QStringLiteral("cb.due_at >= :from");
    if (filter.dueBy.isValid())
        where << QStringLiteral("cb.due_at < :until");
    if (filter.overdueAsOf)
        where << QStringLiteral("cb.due_at < :asof");
    if (filter.assigneeId)
        where << QStringLiteral("cb.assignee_id = :assignee");
    if (filter.customerId)
        where << QStringLiteral("cb.customer_id = :customer");
    const bool newestFirst = filter.customerId.has_value();
    QString sql = QStringLiteral("SELECT %1 %2 WHERE %3 ORDER BY cb.due_at %4, cb.id")
                      .arg(QLatin1String(callbackColumns), QLatin1String(callbackJoins),
                           where.join(QStringLiteral(" AND ")),
                           newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT :limit OFFSET :offset");
    Query query(m_database, sql);
    if (filter.status)
        query.bind(QStringLiteral(":status"), CallbackKeys::key(*filter.status));
    if (filter.dueFrom.isValid())
        query.bind(QStringLiteral(":from"), startOfLocalDayUtc(filter.dueFrom));
    if (filter.dueBy.isValid())
        query.bind(QStringLiteral(":until"), startOfLocalDayUtc(filter.dueBy.addDays(1)));
    if (filter.overdueAsOf)
        query.bind(QStringLiteral(":asof"), toStoredTime(*filter.overdueAsOf));
    if (filter.assigneeId)
        query.bind(QStringLiteral(":assignee"), *filter.assigneeId);
    if (filter.customerId)
        query.bind(QStringLiteral(":customer"), *filter.customerId);
    if (filter.limit > 0)
        query.bind(QStringLiteral(":limit"), filter.limit)
            .bind(QStringLiteral(":offset"), std::max(0, filter.offset));
    if (Status done = query.exec(QStringLiteral("callbacks.list")); !done)
        return done.error();
    QList<Callback> list;
    while (query.next())
        list.append(callbackFromRow(query));
    return list;
}

Status CallbackRepository::update(const Callback& cb, std::optional<qint64> finishedBy)
{
    Query query(m_database, QStringLiteral(R"sql(
        UPDATE callbacks SET status = :status, due_at = :due, assignee_id = :assignee,
            attempts = :attempts, outcome = :outcome, satisfaction = :satisfaction,
            finished_at = :finished_at, finished_by = :finished_by
        WHERE id = :id
    )sql"));
    const bool finished = cb.status != CallbackStatus::Pending;
    query.bind(QStringLiteral(":status"), CallbackKeys::key(cb.status))
        .bind(QStringLiteral(":due"), toStoredTime(cb.dueAt))
        .bind(QStringLiteral(":assignee"), cb.assigneeId)
        .bind(QStringLiteral(":attempts"), cb.attempts)
        .bind(QStringLiteral(":outcome"), cb.outcome)
        .bind(QStringLiteral(":satisfaction"),
              cb.satisfaction ? QVariant(*cb.satisfaction) : QVariant())
        .bind(QStringLiteral(":finished_at"),
              finished ? QVariant(toStoredTime(cb.finishedAt)) : QVariant())
        .bind(QStringLiteral(":finished_by"), finished ? userOrNull(finishedBy) : QVariant())
        .bind(QStringLiteral(":id"), cb.id);
    return query.exec(QStringLiteral("callbacks.update"));
}

Status CallbackRepository::logContact(qint64 customerId, qint64 callbackId, const QDateTime& at,
                                      qint64 userId, const QString& note)
{
    Query query(m_database, QStringLiteral(R"sql(
        INSERT INTO contacts (customer_id, at, channel, user_id, note, callback_id)
        VALUES (:customer, :at, 'phone', :user, :note, :callback)
    )sql"));
    query.bind(QStringLiteral(":customer"), customerId)
        .bind(QStringLiteral(":at"), toStoredTime(at))
        .bind(QStringLiteral(":user"), userId)
        .bind(QStringLiteral(":note"), note)
        .bind(QStringLiteral(":callback"), callbackId);
    return query.exec(QStringLiteral("contacts.insert_callback"));
}

Result<int> CallbackRepository::cancelPending(qint64 customerId,
                                              const QList<CallbackReason>& reasons,
                                              const QString& outcome, const QDateTime& at,
                                              std::optional<qint64> by)
{
    QStringList keys;
    for (CallbackReason reason : reasons)
        keys << QStringLiteral("'%1'").arg(CallbackKeys::key(reason)); // fixed keys, not input
    QString sql = QStringLiteral(
        "UPDATE callbacks SET status = 'cancelled', outcome = :outcome, finished_at = :at, "
        "finished_by = :by WHERE customer_id = :customer AND status = 'pending'");
    if (!keys.isEmpty())
        sql += QStringLiteral(" AND reason IN (%1)").arg(keys.join(QLatin1Char(',')));
    Query query(m_database, sql);
    query.bind(QStringLiteral(":outcome"), outcome)
        .bind(QStringLiteral(":at"), toStoredTime(at))
        .bind(QStringLiteral(":by"), userOrNull(by))
        .bind(QStringLiteral(":customer"), customerId);
    if (Status done = query.exec(QStringLiteral("callbacks.cancel_pending")); !done)
        return done.error();
    return query.numRowsAffected();
}

Result<int> CallbackRepository::cancelPendingFollowups(qint64 complaintId, const QString& outcome,
                                                       const QDateTime& at,
                                                       std::optional<qint64> by)
{
    Query query(m_database,
                QStringLiteral("UPDATE callbacks SET status = 'cancelled', outcome = :outcome, "
                               "finished_at = :at, finished_by = :by "
                               "WHERE complaint_id = :complaint AND status = 'pending'"));
    query.bind(QStringLiteral(":outcome"), outcome)
        .bind(QStringLiteral(":at"), toStoredTime(at))
        .bind(QStringLiteral(":by"), userOrNull(by))
        .bind(QStringLiteral(":complaint"), complaintId);
    if (Status done = query.exec(QStringLiteral("callbacks.cancel_followups")); !done)
        return done.error();
    return query.numRowsAffected();
}

Result<std::optional<Callback>> CallbackRepository::latestFollowup(qint64 complaintId)
{
    Query query(m_database, QStringLiteral("SELECT %1 %2 WHERE cb.complaint_id = :complaint "
                                           "ORDER BY cb.id DESC LIMIT 1")
                                .arg(QLatin1String(callbackColumns), QLatin1String(callbackJoins)));
    query.bind(QStringLiteral(":complaint"), complaintId);
    if (Status done = query.exec(QStringLiteral("callbacks.latest_followup")); !done)
        return done.error();
    if (!query.next())
        return std::optional<Callback>();
    return std::optional<Callback>(callbackFromRow(query));
}

Result<int> CallbackRepository::followupCount(qint64 complaintId)
{
    Query query(m_database,
                QStringLiteral("SELECT count(*) FROM callbacks WHERE complaint_id = :complaint"));
    query.bind(QStringLiteral(":complaint"), complaintId);
    if (Status done = query.exec(QStringLiteral("callbacks.followup_count")); !done)
        return done.error();
    return query.next() ? query.value(0).toInt() : 0;
}

Result<bool> CallbackRepository::hasPurchaseOn(qint64 customerId, const QDate& day)
{
    Query query(m_database, QStringLiteral("SELECT 1 FROM purchases WHERE customer_id = :customer "
                                           "AND purchased_on = :day LIMIT 1"));
    query.bind(QStringLiteral(":customer"), customerId)
        .bind(QStringLiteral(":day"), day.toString(Qt::ISODate));
    if (Status done = query.exec(QStringLiteral("callbacks.purchase_on")); !done)
        return done.error();
    return query.next();
}

Result<CallbackCounts> CallbackRepository::countPending(std::optional<qint64> assigneeId,
                                                        const QDateTime& untilUtc,
                                                        const QDateTime& nowUtc)
{
    Query query(m_database, QStringLiteral(R"sql(
        SELECT count(*), count(CASE WHEN due_at < :now THEN 1 END) FROM callbacks
        WHERE status = 'pending' AND due_at < :until
            AND (CAST(:assignee AS bigint) IS NULL OR assignee_id = :assignee)
    )sql"));
    query.bind(QStringLiteral(":now"), toStoredTime(nowUtc))
        .bind(QStringLiteral(":until"), toStoredTime(untilUtc))
        .bind(QStringLiteral(":assignee"), userOrNull(assigneeId));
    if (Status done = query.exec(QStringLiteral("callbacks.count_pending")); !done)
        return done.error();
    CallbackCounts counts;
    if (query.next()) {
        counts.dueToday = query.value(0).toInt();
        counts.overdue = query.value(1).toInt();
    }
    return counts;
}

Result<QList<CallbackWorkload>> CallbackRepository::workload(const QDateTime& dayStartUtc,
                                                             const QDateTime& dayEndUtc,
                                                             const QDateTime& nowUtc,
                                                             const QDateTime& since30Utc)
{
    // On time: finished by the end of the local day it was due (finished_at and due_at are
    // both UTC text: the due time is moved to local time, to the next midnight, and back).
    const int offset = nowUtc.toLocalTime().offsetFromUtc();
    Query query(m_database, QStringLiteral(R"sql(
        SELECT u.id, u.username, u.display_name,
            count(CASE WHEN cb.status = 'pending' THEN 1 END),
            count(CASE WHEN cb.status = 'pending' AND cb.due_at >= :day_start
                AND cb.due_at < :day_end THEN 1 END),
            count(CASE WHEN cb.status = 'pending' AND cb.due_at < :now THEN 1 END),
            count(CASE WHEN cb.status = 'done' AND cb.finished_at >= :since THEN 1 END),
            count(CASE WHEN cb.status = 'done' AND cb.finished_at >= :since
                AND cb.finished_at < %1 THEN 1 END),
            count(CASE WHEN cb.status = 'missed' AND cb.finished_at >= :since THEN 1 END)
        FROM users u LEFT JOIN callbacks cb ON cb.assignee_id = u.id
        WHERE u.active = 1
        GROUP BY u.id ORDER BY lower(u.display_name), u.id
    )sql")
                                .arg(m_database.dialect().nextLocalMidnight(
                                    QStringLiteral("cb.due_at"), QStringLiteral(":offset"))));
    query.bind(QStringLiteral(":day_start"), toStoredTime(dayStartUtc))
        .bind(QStringLiteral(":day_end"), toStoredTime(dayEndUtc))
        .bind(QStringLiteral(":now"), toStoredTime(nowUtc))
        .bind(QStringLiteral(":since"), toStoredTime(since30Utc))
        .bind(QStringLiteral(":offset"), offset);
    if (Status done = query.exec(QStringLiteral("callbacks.workload")); !done)
        return done.error();
    QList<CallbackWorkload> list;
    while (query.next()) {
        CallbackWorkload w;
        w.userId = query.value(0).toLongLong();
        w.username = query.value(1).toString();
        w.displayName = query.value(2).toString();
        w.pending = query.value(3).toInt();
        w.dueToday = query.value(4).toInt();
        w.overdue = query.value(5).toInt();
        w.done30Days = query.value(6).toInt();
        w.onTime30Days = query.value(7).toInt();
        w.missed30Days = query.value(8).toInt();
        list.append(w);
    }
    return list;
}

Result<QList<CallbackTarget>> CallbackRepository::birthdays(const QString& monthDay,
                                                            const QDate& day)
{
    // The expressions match the partial indexes customers_birthday_day and
    // family_members_birthday_day.
    Query query(m_database, QStringLiteral(R"sql(
        SELECT c.id, c.owner_id, c.contact_hours, 'birthday:c' || c.id, ''
        FROM customers c
        WHERE substr(c.birthday, 6, 5) = :md AND c.birthday IS NOT NULL
            AND c.contact_ok = 1 AND c.merged_into IS NULL
        UNION ALL
        SELECT c.id, c.owner_id, c.contact_hours, 'birthday:f' || f.id,
            trim(f.name || ' ' || f.relation)
        FROM family_members f JOIN customers c ON c.id = f.customer_id
        WHERE substr(f.birthday, 6, 5) = :md AND f.birthday IS NOT NULL
            AND c.contact_ok = 1 AND c.merged_into IS NULL
    )sql"));
    query.bind(QStringLiteral(":md"), monthDay);
    if (Status done = query.exec(QStringLiteral("callbacks.birthdays")); !done)
        return done.error();
    QList<CallbackTarget> targets;
    while (query.next()) {
        targets.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                        query.value(2).toString(),
                        QStringLiteral("%1:%2").arg(query.value(3).toString()).arg(day.year()),
                        query.value(4).toString(), day});
    }
    return targets;
}

Result<int> CallbackRepository::greetEveryone(const QString& sourcePrefix, const QString& note,
                                              const QDateTime& dueUtc, const QDateTime& now,
                                              std::optional<qint64> by)
{
    Query query(m_database, QStringLiteral(R"sql(
        INSERT INTO callbacks (customer_id, reason, source, due_at, assignee_id, note,
            created_at, created_by)
        SELECT c.id, 'holiday', CAST(:prefix AS text) || c.id, :due, c.owner_id, :note, :at, :by
        FROM customers c
        WHERE c.contact_ok = 1 AND c.merged_into IS NULL AND c.contact_hours = ''
        ON CONFLICT DO NOTHING
    )sql"));
    query.bind(QStringLiteral(":prefix"), sourcePrefix)
        .bind(QStringLiteral(":due"), toStoredTime(dueUtc))
        .bind(QStringLiteral(":note"), note)
        .bind(QStringLiteral(":at"), toStoredTime(now))
        .bind(QStringLiteral(":by"), userOrNull(by));
    if (Status done = query.exec(QStringLiteral("callbacks.greet_everyone")); !done)
        return done.error();
    return query.numRowsAffected();
}

Result<QList<CallbackTarget>> CallbackRepository::contactableWithHours(const QString& sourcePrefix,
                                                                       const QString& note,
                                                                       const QDate& day)
{
    Query query(m_database, QStringLiteral(R"sql(
        SELECT c.id, c.owner_id, c.contact_hours FROM customers c
        WHERE c.contact_ok = 1 AND c.merged_into IS NULL AND c.contact_hours <> ''
    )sql"));
    if (Status done = query.exec(QStringLiteral("callbacks.with_hours")); !done)
        return done.error();
    QList<CallbackTarget> targets;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        targets.append({id, query.value(1).toLongLong(), query.value(2).toString(),
                        sourcePrefix + QString::number(id), note, day});
    }
    return targets;
}

Result<QList<CallbackRepository::ServicedLine>>
CallbackRepository::servicedLines(const QString& product, const QDate& until)
{
    Query query(m_database,
                QStringLiteral(R"sql(
        SELECT l.id, p.customer_id, c.owner_id, c.contact_hours, l.product, p.purchased_on
        FROM purchase_lines l JOIN purchases p ON p.id = l.purchase_id
        JOIN customers c ON c.id = p.customer_id
        WHERE %1 AND p.purchased_on <= :until
            AND c.contact_ok = 1 AND c.merged_into IS NULL
    )sql")
                    .arg(m_database.dialect().contains(QStringLiteral("lower(l.product)"),
                                                       QStringLiteral("lower(:product)"))));
    query.bind(QStringLiteral(":product"), product)
        .bind(QStringLiteral(":until"), until.toString(Qt::ISODate));
    if (Status done = query.exec(QStringLiteral("callbacks.serviced_lines")); !done)
        return done.error();
    QList<ServicedLine> lines;
    while (query.next()) {
        lines.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                      query.value(2).toLongLong(), query.value(3).toString(),
                      query.value(4).toString(),
                      QDate::fromString(query.value(5).toString(), Qt::ISODate)});
    }
    return lines;
}

Result<QDate> CallbackRepository::generatedUntil()
{
    Query query(m_database, QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    query.bind(QStringLiteral(":key"), generatedUntilKey);
    if (Status done = query.exec(QStringLiteral("callbacks.generated_until")); !done)
        return done.error();
    return query.next() ? QDate::fromString(query.value(0).toString(), Qt::ISODate) : QDate();
}

Status CallbackRepository::setGeneratedUntil(const QDate& day)
{
    Query query(m_database,
                QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.bind(QStringLiteral(":key"), generatedUntilKey)
        .bind(QStringLiteral(":value"), day.toString(Qt::ISODate));
    return query.exec(QStringLiteral("callbacks.set_generated_until"));
}

Result<QList<Holiday>> CallbackRepository::holidays()
{
    Query query(m_database, QStringLiteral("SELECT id, name, day FROM holidays ORDER BY day, id"));
    if (Status done = query.exec(QStringLiteral("holidays.list")); !done)
        return done.error();
    QList<Holiday> list;
    while (query.next())
        list.append({query.value(0).toLongLong(), query.value(1).toString(),
                     QDate::fromString(query.value(2).toString(), Qt::ISODate)});
    return list;
}

Result<qint64> CallbackRepository::addHoliday(const QString& name, const QDate& day)
{
    Query query(
        m_database,
        QStringLiteral("INSERT INTO holidays (name, day) VALUES (:name, :day) RETURNING id"));
    query.bind(QStringLiteral(":name"), name)
        .bind(QStringLiteral(":day"), day.toString(Qt::ISODate));
    if (Status done = query.exec(QStringLiteral("holidays.insert")); !done)
        return done.error();
    return query.insertedId();
}

Result<bool> CallbackRepository::removeHoliday(qint64 id)
{
    Query query(m_database, QStringLiteral("DELETE FROM holidays WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id);
    if (Status done = query.exec(QStringLiteral("holidays.delete")); !done)
        return done.error();
    return query.numRowsAffected() > 0;
}

Result<QList<ServiceInterval>> CallbackRepository::serviceIntervals()
{
    Query query(m_database, QStringLiteral("SELECT id, product, days FROM service_intervals "
                                           "ORDER BY lower(product), id"));
    if (Status done = query.exec(QStringLiteral("service_intervals.list")); !done)
        return done.error();
    QList<ServiceInterval> list;
    while (query.next())
        list.append(
            {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt()});
    return list;
}

Status CallbackRepository::setServiceInterval(const QString& product, int days)
{
    Query query(m_database,
                QStringLiteral("INSERT INTO service_intervals (product, days) VALUES (:product, "
                               ":days) ON CONFLICT (product) DO UPDATE SET days = excluded.days"));
    query.bind(QStringLiteral(":product"), product).bind(QStringLiteral(":days"), days);
    return query.exec(QStringLiteral("service_intervals.set"));
}

Result<bool> CallbackRepository::removeServiceInterval(const QString& product)
{
    Query query(m_database,
                QStringLiteral("DELETE FROM service_intervals WHERE product = :product"));
    query.bind(QStringLiteral(":product"), product);
    if (Status done = query.exec(QStringLiteral("service_intervals.delete")); !done)
        return done.error();
    return query.numRowsAffected() > 0;
}

} // namespace cc
