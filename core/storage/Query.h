#pragma once

#include "base/Result.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

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

    Query& bind(const QString& placeholder, const QVariant& value);
    /// Executes; the error names `context` (e.g. "users.insert") and never the values.
    Status exec(const QString& context);
    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    QVariant value(const QString& column) const { return m_query->value(column); }
    qint64 lastInsertId() const { return m_query->lastInsertId().toLongLong(); }
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
