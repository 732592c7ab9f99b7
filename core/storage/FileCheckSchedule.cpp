#include "FileCheckSchedule.h"

#include "Database.h"
#include "Query.h"
#include "base/Clock.h"

#include <QFile>
#include <QFileInfo>

namespace cc {

namespace {

const QString recordKey = QStringLiteral("file_checked_at");

} // namespace

FileCheckSchedule::Reason FileCheckSchedule::due(bool upgradePending, bool leftUnclean,
                                                 bool failedBefore, const QDateTime& lastPassedUtc,
                                                 const QDateTime& nowUtc)
{
    if (upgradePending)
        return Reason::Upgrade;
    if (leftUnclean)
        return Reason::UncleanClose;
    if (failedBefore)
        return Reason::FailedBefore;
    if (!lastPassedUtc.isValid() || lastPassedUtc > nowUtc)
        return Reason::NeverChecked;
    if (lastPassedUtc.toLocalTime().date() < nowUtc.toLocalTime().date())
        return Reason::NewDay;
    return Reason::NotDue;
}

bool FileCheckSchedule::leftUnclean(const QString& path)
{
    // A rollback journal left with content is rolled back by the next opener: a crash.
    if (QFileInfo(path + QStringLiteral("-journal")).size() > 0)
        return true;
    // SQLite deletes the write-ahead log when the last connection closes cleanly; a
    // read-only look leaves an empty one. One with frames belongs to a program that is
    // still running, or to one that stopped without closing.
    if (QFileInfo(path + QStringLiteral("-wal")).size() == 0)
        return false;
    return !Database::openElsewhere(path);
}

QDateTime FileCheckSchedule::lastPassed(Database& database)
{
    Query query(database, QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    query.bind(QStringLiteral(":key"), recordKey);
    if (!query.exec(QStringLiteral("file_check.last")) || !query.next())
        return {};
    return fromStoredTime(query.value(0).toString());
}

Status FileCheckSchedule::recordPassed(Database& database, const QDateTime& atUtc)
{
    Query upsert(database,
                 QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    upsert.bind(QStringLiteral(":key"), recordKey)
        .bind(QStringLiteral(":value"), toStoredTime(atUtc));
    Status recorded = upsert.exec(QStringLiteral("file_check.record"));
    if (recorded)
        QFile::remove(failureMarkPath(database.path()));
    return recorded;
}

QString FileCheckSchedule::failureMarkPath(const QString& path)
{
    return path + QStringLiteral("-check-failed");
}

void FileCheckSchedule::recordFailed(const QString& path)
{
    QFile mark(failureMarkPath(path));
    if (mark.open(QIODevice::WriteOnly | QIODevice::Truncate))
        mark.write(toStoredTime(QDateTime::currentDateTimeUtc()).toUtf8() + '\n');
}

bool FileCheckSchedule::failedBefore(const QString& path)
{
    return QFileInfo::exists(failureMarkPath(path));
}

} // namespace cc
