#include "Query.h"

#include "Database.h"

#include <QSqlError>

namespace cc {

Query::Query(Database& database, const QString& sql)
    : m_database(database)
    , m_sql(sql)
{
    bool cached = false;
    m_query = database.takeStatement(sql, &cached);
    m_prepared = cached || m_query->prepare(sql);
}

Query::~Query()
{
    if (!m_prepared)
        return;
    // The next user must not inherit these values. By name: binding by position would add
    // positional entries beside the named ones in Qt's bookkeeping, and a placeholder used
    // twice (":now, :now") would then fail to bind.
    for (const QString& placeholder : std::as_const(m_bound))
        m_query->bindValue(placeholder, QVariant());
    m_database.returnStatement(m_sql, std::move(m_query));
}

Query& Query::bind(const QString& placeholder, const QVariant& value)
{
    if (!m_bound.contains(placeholder))
        m_bound.append(placeholder);
    // A null QString would bind as SQL NULL; text is never NULL here (use QVariant()).
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query->bindValue(placeholder, QStringLiteral(""));
    else if (value.typeId() == QMetaType::Bool)
        m_query->bindValue(placeholder, value.toBool() ? 1 : 0);
    else
        m_query->bindValue(placeholder, value);
    return *this;
}

Status Query::exec(const QString& context)
{
    if (!m_prepared)
        return m_database.failed(m_query->lastError(), context);
    if (!m_query->exec())
        return m_database.failed(m_query->lastError(), context);
    return {};
}

} // namespace cc
