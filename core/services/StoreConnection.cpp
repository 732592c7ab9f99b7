#include "StoreConnection.h"

#include "storage/Database.h"
#include "storage/FileCheckSchedule.h"
#include "storage/Migrations.h"

namespace cc {

StoreConnection::StoreConnection(std::unique_ptr<Database> database, const Clock& clock)
    : m_database(std::move(database))
    , m_services(*m_database, clock)
{}

StoreConnection::~StoreConnection() = default;

Result<std::unique_ptr<StoreConnection>>
StoreConnection::open(const QString& location, const Clock& clock, const OpenOptions& options)
{
    Result<std::unique_ptr<Database>> opened = Database::open(location, options);
    if (!opened)
        return opened.error();
    return std::unique_ptr<StoreConnection>(new StoreConnection(std::move(opened).value(), clock));
}

FileCheck StoreConnection::examine(const QString& location, QuickCheck quickCheck,
                                   const Progress& progress)
{
    return Database::examine(location, quickCheck, nullptr, progress);
}

bool StoreConnection::leftUnclean(const QString& location)
{
    return FileCheckSchedule::leftUnclean(location);
}

bool StoreConnection::failedBefore(const QString& location)
{
    return FileCheckSchedule::failedBefore(location);
}

bool StoreConnection::upgradeDue(const FileCheck& check)
{
    return check.verdict == FileCheck::Verdict::Usable &&
           check.schemaVersion < Migrations::latestVersion();
}

Status StoreConnection::upgrade(const QString& location)
{
    OpenOptions options;
    options.create = false;
    options.quickCheck = QuickCheck::Never; // the caller has just checked it
    Result<std::unique_ptr<Database>> opened = Database::open(location, options);
    if (!opened)
        return opened.error();
    return {};
}

} // namespace cc
