#include "WriteTransaction.h"

#include "Database.h"
#include "Dialect.h"

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
    if (Status allowed = m_database.mayWrite(); !allowed)
        return allowed;
    QSqlQuery query(m_database.connection());
    m_database.dropAuditHead();
    if (!query.exec(m_database.dialect().beginWrite()))
        return m_database.failed(query.lastError(), QStringLiteral("BEGIN"));
    m_open = true;
    return {};
}

Status WriteTransaction::commit()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const Error error = m_database.failed(query.lastError(), QStringLiteral("COMMIT"));
        rollback();
        return error;
    }
    m_open = false;
    m_database.publishAuditHead();
    return {};
}

void WriteTransaction::rollback()
{
    QSqlQuery query(m_database.connection());
    query.exec(QStringLiteral("ROLLBACK"));
    m_open = false;
    m_database.dropAuditHead();
}

} // namespace cc
