#pragma once

#include "base/Result.h"

namespace cc {

class Database;

/// A write transaction that takes the write lock up front (Dialect::beginWrite: on SQLite
/// `BEGIN IMMEDIATE`, which waits for the busy timeout where a plain `BEGIN` would fail at
/// once with "database is locked" when another connection has just written).
/// Destroying an uncommitted transaction rolls it back. Every query must be finished
/// (or out of scope) before commit().
class WriteTransaction {
public:
    explicit WriteTransaction(Database& database);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    /// Fails with ErrorCode::Busy when another writer holds the lock past the timeout.
    Status begin();
    Status commit();
    void rollback();

private:
    Database& m_database;
    bool m_open = false;
};

} // namespace cc
