#pragma once

#include <accounts/User.h>
#include <base/Clock.h>
#include <storage/Database.h>

#include "TestServer.h"

#include <QTemporaryDir>

#include <memory>

namespace cc::test {

/// The first manager of every test store.
inline const QString adminName = QStringLiteral("boss");
inline const QString adminPassword = QStringLiteral("counter-secret-1");
/// The password every addUser() account gets.
inline const QString staffPassword = QStringLiteral("staff-secret-22");

/// A fresh, initialised store in its own temporary directory, with a clock the test sets:
/// a file there, or a fresh database on the test cluster when the run is onServer().
class TestStore {
public:
    TestStore();

    Database& db() { return *m_database; }
    ManualClock& clock() { return m_clock; }
    const User& admin() const { return m_admin; }
    /// The store's file, or its server address (what --db takes).
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

    /// Adds an active user with staffPassword; fails the test if refused.
    User addUser(const QString& username, Role role);
    /// Closes the gateway (e.g. before touching the file from outside).
    void close() { m_database.reset(); }
    void reopen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ServerDatabase> m_server;
    QString m_path;
    ManualClock m_clock;
    std::unique_ptr<Database> m_database;
    User m_admin;
};

/// The bytes of a file, to prove that a refusal changed nothing.
QByteArray fileBytes(const QString& path);

/// Runs SQL on the file through a separate raw connection: "behind the program's back".
void rawExec(const QString& path, const QStringList& statements);

/// Damages a closed database the way a failing disk does: one page in the middle becomes
/// garbage (by default the second, the first table's root). The file stays SQLite and ours,
/// but `quick_check` fails.
void damagePage(const QString& path, int page = 2);
/// The same, to the root page of `table`: a part of the file the counter's window does not
/// read until asked.
void damageTable(const QString& path, const QString& table);

/// Changes one byte of `text` where the index `index` holds it (the index's root page, so
/// a small store): the table and the index then disagree. `quick_check` passes, since
/// every page is still well formed; only `integrity_check` finds it, as `check` does.
void damageIndexEntry(const QString& path, const QString& index, const QByteArray& text);

/// Copies a store that is open, with its write-ahead log, to `to`: what the disk holds after
/// a power cut (the log's frames not yet in the file, nobody using either).
void copyAsLeftByPowerCut(const QString& path, const QString& to);

/// Turns a closed store of the latest schema back into one of schema 9, as that version
/// left it: name pieces in their own table, CHECK constraints with IN lists.
void rewindToSchema9(const QString& path);

/// A scalar read through a separate raw connection.
QVariant rawScalar(const QString& path, const QString& sql);

} // namespace cc::test
