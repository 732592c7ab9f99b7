#pragma once

#include "base/Result.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <limits>
#include <memory>

namespace cc {

class Database;

/// A prepared statement with bound values: the only way repositories run SQL on data.
class Query {
public:
    /// Prepares `sql`, or takes the connection's prepared statement of the same text.
    Query(Database& database, const QString& sql);
    /// Hands the statement back to the connection for the next Query of the same text.
    ~Query();
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;

    /// A bool binds as 0 or 1: flags are integers on both backends.
    Query& bind(const QString& placeholder, const QVariant& value);
    /// Executes; the error names `context` (e.g. "users.insert") and never the values.
    Status exec(const QString& context);
    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    QVariant value(const QString& column) const { return m_query->value(column); }
    /// The id an `INSERT ... RETURNING id` gave its row (both backends say it so); 0 when
    /// it inserted none (`ON CONFLICT DO NOTHING`).
    qint64 insertedId() { return m_query->next() ? m_query->value(0).toLongLong() : 0; }
    /// A LIMIT that limits nothing, said the same way on both backends.
    static constexpr qint64 noLimit = std::numeric_limits<qint64>::max();
    int numRowsAffected() const { return m_query->numRowsAffected(); }
    /// Releases the statement so that a COMMIT is not blocked by it.
    void finish() { m_query->finish(); }

private:
    Database& m_database;
    std::unique_ptr<QSqlQuery> m_query;
    bool m_prepared = false;
    QString m_sql;
    QStringList m_bound; ///< placeholders bound by this user of the statement
};

} // namespace cc
