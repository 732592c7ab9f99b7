#include "WriteTransaction.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cc {

WriteTransaction::WriteTransaction(Database& database)
    : m_database(database)
{}

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        rollback();
}

Status WriteTransaction::begin()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Database::translateError(query.lastError(), QStringLiteral("BEGIN"));
    m_open = true;
    return {};
}

Status WriteTransaction::commit()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const Error error = Database::translateError(query.lastError(), QStringLiteral("COMMIT"));
        rollback();
        return error;
    }
    m_open = false;
    return {};
}

void WriteTransaction::rollback()
{
    QSqlQuery query(m_database.connection());
    query.exec(QStringLiteral("ROLLBACK"));
    m_open = false;
}

} // namespace cc
