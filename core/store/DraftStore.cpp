#include "DraftStore.h"

#include "base/Clock.h"
#include "storage/Query.h"

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

Status DraftStore::forgetCustomers(const QList<qint64>& customerIds)
{
    // A store has a draft or two per user: read them all, decide here, in one way on every
    // backend, rather than reach into the JSON with each database's own functions.
    Query all(m_database, QStringLiteral("SELECT user_id, kind, payload FROM drafts"));
    if (Status done = all.exec(QStringLiteral("drafts.all")); !done)
        return done;
    QList<std::pair<qint64, QString>> about;
    while (all.next()) {
        const QJsonObject content =
            QJsonDocument::fromJson(all.value(2).toString().toUtf8()).object();
        if (customerIds.contains(content.value(customerKey()).toInteger()))
            about.append({all.value(0).toLongLong(), all.value(1).toString()});
    }
    for (const auto& [user, kind] : about) {
        Query drop(m_database,
                   QStringLiteral("DELETE FROM drafts WHERE user_id = :user AND kind = :kind"));
        drop.bind(QStringLiteral(":user"), user).bind(QStringLiteral(":kind"), kind);
        if (Status done = drop.exec(QStringLiteral("drafts.forget")); !done)
            return done;
    }
    return {};
}

} // namespace cc
