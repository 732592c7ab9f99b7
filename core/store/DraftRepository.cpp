#include "DraftRepository.h"

#include "base/Clock.h"
#include "storage/Query.h"

namespace cc {

Status DraftRepository::put(const DraftRow& draft)
{
    // One statement: atomic and durable by itself on either backend.
    Query query(m_database, QStringLiteral(R"sql(
        INSERT INTO drafts (user_id, kind, payload, saved_at) VALUES (:user, :kind, :payload, :at)
        ON CONFLICT (user_id, kind) DO UPDATE SET payload = excluded.payload,
            saved_at = excluded.saved_at
    )sql"));
    query.bind(QStringLiteral(":user"), draft.userId)
        .bind(QStringLiteral(":kind"), draft.kind)
        .bind(QStringLiteral(":payload"), draft.payload)
        .bind(QStringLiteral(":at"), toStoredTime(draft.savedAt));
    return query.exec(QStringLiteral("drafts.save"));
}

Result<std::optional<DraftRow>> DraftRepository::find(qint64 userId, const QString& kind)
{
    Query query(m_database, QStringLiteral("SELECT payload, saved_at FROM drafts "
                                           "WHERE user_id = :user AND kind = :kind"));
    query.bind(QStringLiteral(":user"), userId).bind(QStringLiteral(":kind"), kind);
    if (Status done = query.exec(QStringLiteral("drafts.load")); !done)
        return done.error();
    if (!query.next())
        return std::optional<DraftRow>();
    return std::optional<DraftRow>(DraftRow{userId, kind, query.value(0).toString(),
                                            fromStoredTime(query.value(1).toString())});
}

Status DraftRepository::remove(qint64 userId, const QString& kind)
{
    Query query(m_database,
                QStringLiteral("DELETE FROM drafts WHERE user_id = :user AND kind = :kind"));
    query.bind(QStringLiteral(":user"), userId).bind(QStringLiteral(":kind"), kind);
    return query.exec(QStringLiteral("drafts.discard"));
}

Result<QList<DraftRow>> DraftRepository::all()
{
    Query query(m_database, QStringLiteral("SELECT user_id, kind, payload, saved_at FROM drafts"));
    if (Status done = query.exec(QStringLiteral("drafts.all")); !done)
        return done.error();
    QList<DraftRow> rows;
    while (query.next())
        rows.append({query.value(0).toLongLong(), query.value(1).toString(),
                     query.value(2).toString(), fromStoredTime(query.value(3).toString())});
    return rows;
}

} // namespace cc
