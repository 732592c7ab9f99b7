#include "DraftStore.h"

#include "Clock.h"
#include "Query.h"

#include <QJsonDocument>

namespace cc {

DraftStore::DraftStore(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

Status DraftStore::save(const Actor& by, const QString& kind, const QJsonObject& content)
{
    if (!by.userId)
        return makeError(ErrorCode::Permission, QStringLiteral("drafts need a signed-in user"));
    // One statement: SQLite makes it atomic and durable (synchronous=FULL) by itself.
    Query query(m_database, QStringLiteral(R"sql(
        INSERT INTO drafts (user_id, kind, payload, saved_at) VALUES (:user, :kind, :payload, :at)
        ON CONFLICT (user_id, kind) DO UPDATE SET payload = excluded.payload,
            saved_at = excluded.saved_at
    )sql"));
    query.bind(QStringLiteral(":user"), *by.userId)
        .bind(QStringLiteral(":kind"), kind)
        .bind(QStringLiteral(":payload"),
              QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact)))
        .bind(QStringLiteral(":at"), toStoredTime(m_clock.nowUtc()));
    return query.exec(QStringLiteral("drafts.save"));
}

Result<std::optional<Draft>> DraftStore::load(const Actor& by, const QString& kind)
{
    if (!by.userId)
        return std::optional<Draft>();
    Query query(m_database, QStringLiteral("SELECT payload, saved_at FROM drafts "
                                           "WHERE user_id = :user AND kind = :kind"));
    query.bind(QStringLiteral(":user"), *by.userId).bind(QStringLiteral(":kind"), kind);
    if (Status done = query.exec(QStringLiteral("drafts.load")); !done)
        return done.error();
    if (!query.next())
        return std::optional<Draft>();
    const QJsonDocument document = QJsonDocument::fromJson(query.value(0).toString().toUtf8());
    return std::optional<Draft>(
        Draft{document.object(), fromStoredTime(query.value(1).toString())});
}

Status DraftStore::discard(const Actor& by, const QString& kind)
{
    if (!by.userId)
        return {};
    Query query(m_database,
                QStringLiteral("DELETE FROM drafts WHERE user_id = :user AND kind = :kind"));
    query.bind(QStringLiteral(":user"), *by.userId).bind(QStringLiteral(":kind"), kind);
    return query.exec(QStringLiteral("drafts.discard"));
}

} // namespace cc
