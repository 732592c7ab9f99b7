#pragma once

#include "Result.h"

#include <QSqlQuery>
#include <QVariant>

namespace cc {

class Database;

/// A prepared statement with bound values: the only way repositories run SQL on data.
class Query {
public:
    Query(Database& database, const QString& sql);

    Query& bind(const QString& placeholder, const QVariant& value);
    /// Executes; the error names `context` (e.g. "users.insert") and never the values.
    Status exec(const QString& context);
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString& column) const { return m_query.value(column); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    /// Releases the statement so that a COMMIT is not blocked by it.
    void finish() { m_query.finish(); }

private:
    QSqlQuery m_query;
    bool m_prepared = false;
    QString m_sql;
};

} // namespace cc
