#include "DraftStore.h"

#include "DraftRepository.h"
#include "base/Clock.h"

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
    return DraftRepository(m_database)
        .put({*by.userId, kind,
              QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact)),
              m_clock.nowUtc()});
}

Result<std::optional<Draft>> DraftStore::load(const Actor& by, const QString& kind)
{
    if (!by.userId)
        return std::optional<Draft>();
    Result<std::optional<DraftRow>> found = DraftRepository(m_database).find(*by.userId, kind);
    if (!found)
        return found.error();
    if (!found.value())
        return std::optional<Draft>();
    const QJsonDocument document = QJsonDocument::fromJson(found.value()->payload.toUtf8());
    return std::optional<Draft>(Draft{document.object(), found.value()->savedAt});
}

Status DraftStore::discard(const Actor& by, const QString& kind)
{
    if (!by.userId)
        return {};
    return DraftRepository(m_database).remove(*by.userId, kind);
}

Status DraftStore::forgetCustomers(const QList<qint64>& customerIds)
{
    // A store has a draft or two per user: read them all, decide here, in one way on every
    // backend, rather than reach into the JSON with each database's own functions.
    DraftRepository drafts(m_database);
    Result<QList<DraftRow>> all = drafts.all();
    if (!all)
        return all.error();
    for (const DraftRow& draft : all.value()) {
        const QJsonObject content = QJsonDocument::fromJson(draft.payload.toUtf8()).object();
        if (!customerIds.contains(content.value(customerKey()).toInteger()))
            continue;
        if (Status done = drafts.remove(draft.userId, draft.kind); !done)
            return done;
    }
    return {};
}

} // namespace cc
