#pragma once

#include "accounts/Roles.h"
#include "base/Result.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace cc {

class Clock;
class Database;

/// A form's unsaved content, kept per user and kind of form.
struct Draft {
    QJsonObject content;
    QDateTime savedAt;
};

/// Keeps what a user is typing into a long form (the complaint intake) in the database
/// as they type, so a crash, a power cut or the lock screen loses nothing and the next
/// start can offer it back. Drafts are the user's own: not audited, never shown to others.
class DraftStore {
public:
    DraftStore(Database& database, const Clock& clock);

    Status save(const Actor& by, const QString& kind, const QJsonObject& content);
    Result<std::optional<Draft>> load(const Actor& by, const QString& kind);
    /// After the form was saved for real, or the user threw the draft away.
    Status discard(const Actor& by, const QString& kind);
    /// The key of a draft's content naming the customer file it is about.
    static QString customerKey() { return QStringLiteral("customer_id"); }
    /// Drops every user's drafts about one of `customerIds` (their `customerKey()`): an
    /// erased person is not kept in a half-typed form either. Runs in the caller's
    /// transaction.
    Status forgetCustomers(const QList<qint64>& customerIds);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace cc
