#include "Query.h"

#include "Database.h"

#include <QSqlError>

namespace cc {

Query::Query(Database& database, const QString& sql)
    : m_query(database.connection())
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

Query& Query::bind(const QString& placeholder, const QVariant& value)
{
    // A null QString would bind as SQL NULL; text is never NULL here (use QVariant()).
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(placeholder, QStringLiteral(""));
    else
        m_query.bindValue(placeholder, value);
    return *this;
}

Status Query::exec(const QString& context)
{
    if (!m_prepared)
        return Database::translateError(m_query.lastError(), context);
    if (!m_query.exec())
        return Database::translateError(m_query.lastError(), context);
    return {};
}

} // namespace cc
