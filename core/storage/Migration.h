#pragma once

#include "base/Result.h"

#include <QList>

namespace cc {

class Database;

/// One numbered step of a backend's schema. The versions are one sequence for both
/// backends: schema N means the same tables, columns and rules on a file and on a server,
/// each said in its backend's SQL.
struct Migration {
    int version;
    QList<const char*> statements;
    /// Run after the statements, in the same transaction, for what SQL alone cannot say.
    Status (*code)(Database&) = nullptr;
    /// The migration rebuilds tables, SQLite's way of changing a constraint: foreign keys
    /// are off around its transaction (dropping a table would otherwise delete the rows
    /// that refer to it), and every reference is checked before it commits.
    bool rebuildsTables = false;
};

/// A store file's migrations, from an empty file (Migrations.cpp).
const QList<Migration>& sqliteMigrations();
/// A server's, from an empty database (PostgresMigrations.cpp). A server store starts at
/// the version its backend arrived with: there are no older servers to bring forward.
const QList<Migration>& postgresMigrations();

} // namespace cc
