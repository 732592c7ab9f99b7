#pragma once

#include "Services.h"
#include "base/Progress.h"
#include "base/Result.h"
#include "storage/OpenOptions.h"

#include <memory>

namespace cc {

/// A connection of its own to a store, with its services: for a thread of its own (a
/// search, a report, a backup off the window's thread, which may not share the window's
/// connection), or for the program's start.
class StoreConnection {
public:
    /// Opens `location` (as Services::location names it). Fails as Database::open does:
    /// DatabaseUnusable, saying why.
    static Result<std::unique_ptr<StoreConnection>>
    open(const QString& location, const Clock& clock, const OpenOptions& options = {});
    /// Another connection to a store this process has already opened and checked: nothing
    /// is created, checked or upgraded again.
    static Result<std::unique_ptr<StoreConnection>> sibling(const Services& of)
    {
        return open(of.location(), of.clock(), OpenOptions::sibling());
    }
    ~StoreConnection();
    StoreConnection(const StoreConnection&) = delete;
    StoreConnection& operator=(const StoreConnection&) = delete;

    const Services& services() const { return m_services; }

    /// What a look at the store finds, without writing to it (Database::examine).
    static FileCheck examine(const QString& location, QuickCheck quickCheck,
                             const Progress& progress = {});
    /// Why the start reads the whole store today: it was not closed properly last time, or
    /// the last check found it damaged. Asked before this process opens it.
    static bool leftUnclean(const QString& location);
    static bool failedBefore(const QString& location);
    /// True when `check` found a usable store of an earlier schema than this program's.
    static bool upgradeDue(const FileCheck& check);
    /// Brings a store found whole up to this program's schema, in one transaction: cut
    /// short, it stays as it was.
    static Status upgrade(const QString& location);

private:
    StoreConnection(std::unique_ptr<Database> database, const Clock& clock);

    std::unique_ptr<Database> m_database;
    Services m_services;
};

} // namespace cc
