#pragma once

#include "Database.h"
#include "base/Progress.h"

#include <QElapsedTimer>

#include <sqlite3.h>

#include <functional>

namespace cc {

// Hears SQLite at work on one connection (a VACUUM INTO, an integrity check) ten times a
// second: `share` says how far along; a "stop" from `progress` interrupts the statement.
class SqliteWatch {
public:
    SqliteWatch(Database& database, const Progress& progress, std::function<int()> share)
        : m_db(database.nativeHandle())
        , m_progress(progress)
        , m_share(std::move(share))
    {
        m_clock.start();
        if (m_db && m_progress)
            sqlite3_progress_handler(m_db, 10'000, &SqliteWatch::tick, this);
    }
    ~SqliteWatch()
    {
        if (m_db && m_progress)
            sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
    }
    SqliteWatch(const SqliteWatch&) = delete;
    SqliteWatch& operator=(const SqliteWatch&) = delete;

    bool stopped() const { return m_stopped; }

private:
    static int tick(void* self)
    {
        auto* watch = static_cast<SqliteWatch*>(self);
        if (watch->m_clock.elapsed() < 100)
            return 0;
        watch->m_clock.restart();
        watch->m_stopped = !watch->m_progress(watch->m_share());
        return watch->m_stopped ? 1 : 0;
    }

    sqlite3* m_db;
    const Progress& m_progress;
    std::function<int()> m_share;
    QElapsedTimer m_clock;
    bool m_stopped = false;
};

} // namespace cc
