#pragma once
// Straight to SQLite's C API, for the writers that move hundreds of thousands of rows (the
// demo generator, the customer import): binding through QSqlQuery costs more per row
// than SQLite's own insert. Core-internal; everything else goes through Query.

#include <QByteArray>
#include <QDate>
#include <QString>

#include <sqlite3.h>

#include <optional>

namespace cc {

/// One prepared statement, reset after each row. The first failure is kept in `error`.
class SqliteStatement {
public:
    SqliteStatement(sqlite3* db, const char* sql, QString* error)
        : m_db(db)
        , m_error(error)
    {
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) !=
            SQLITE_OK)
            fail();
    }
    ~SqliteStatement() { sqlite3_finalize(m_statement); }
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    SqliteStatement& bind(int column, qint64 value)
    {
        sqlite3_bind_int64(m_statement, column, value);
        return *this;
    }
    SqliteStatement& bind(int column, const QString& text)
    {
        sqlite3_bind_text16(m_statement, column, text.utf16(), int(text.size() * 2),
                            SQLITE_TRANSIENT);
        return *this;
    }
    /// Text already in UTF-8, the database's encoding: SQLite converts nothing.
    SqliteStatement& bindUtf8(int column, const QByteArray& text)
    {
        sqlite3_bind_text(m_statement, column, text.constData(), int(text.size()),
                          SQLITE_TRANSIENT);
        return *this;
    }
    /// UTF-8 text, or NULL for nothing.
    SqliteStatement& bindUtf8(int column, const std::optional<QByteArray>& text)
    {
        if (!text)
            return bindNull(column);
        return bindUtf8(column, *text);
    }
    SqliteStatement& bind(int column, std::optional<qint64> value)
    {
        if (value)
            sqlite3_bind_int64(m_statement, column, *value);
        else
            sqlite3_bind_null(m_statement, column);
        return *this;
    }
    /// An ISO date, or NULL for an invalid (unknown) one.
    SqliteStatement& bind(int column, const QDate& date)
    {
        if (!date.isValid())
            return bindNull(column);
        return bind(column, date.toString(Qt::ISODate));
    }
    SqliteStatement& bindNull(int column)
    {
        sqlite3_bind_null(m_statement, column);
        return *this;
    }
    void run()
    {
        if (!m_statement)
            return;
        if (sqlite3_step(m_statement) != SQLITE_DONE)
            fail();
        sqlite3_reset(m_statement);
    }

    /// Steps once and reads the first column of the row as text, or nothing when there is
    /// no row (or on failure, kept in `error`).
    std::optional<QString> text()
    {
        std::optional<QString> found;
        if (!m_statement)
            return found;
        const int stepped = sqlite3_step(m_statement);
        if (stepped == SQLITE_ROW)
            found = QString::fromUtf8(
                reinterpret_cast<const char*>(sqlite3_column_text(m_statement, 0)),
                sqlite3_column_bytes(m_statement, 0));
        else if (stepped != SQLITE_DONE)
            fail();
        sqlite3_reset(m_statement);
        return found;
    }

private:
    void fail()
    {
        if (m_error->isEmpty())
            *m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    }

    sqlite3* m_db;
    QString* m_error;
    sqlite3_stmt* m_statement = nullptr;
};

} // namespace cc
