#pragma once

#include "base/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cc {

class Database;

/// One stored draft: whose, which form, its content as JSON text, when it was saved.
struct DraftRow {
    qint64 userId = 0;
    QString kind;
    QString payload;
    QDateTime savedAt;
};

/// SQL for the drafts table. No rules here: DraftStore decides.
class DraftRepository {
public:
    explicit DraftRepository(Database& database)
        : m_database(database)
    {}

    /// Inserts the draft or replaces the user's draft of the same kind, in one statement.
    Status put(const DraftRow& draft);
    Result<std::optional<DraftRow>> find(qint64 userId, const QString& kind);
    Status remove(qint64 userId, const QString& kind);
    /// Every user's drafts (a store has a draft or two per user).
    Result<QList<DraftRow>> all();

private:
    Database& m_database;
};

} // namespace cc
