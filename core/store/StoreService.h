#pragma once

#include "accounts/User.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace cc {

class Clock;
class Database;

/// The store this database belongs to.
struct StoreInfo {
    QString name;
    QString hotline;
    QDateTime createdAt;
};

/// What a new store needs: its name and its first manager.
struct StoreSetup {
    QString storeName;
    QString adminUsername;
    QString adminDisplayName; ///< defaults to the user name
    QString adminPassword;
};

/// Creates the store (CLI `init`, the GUI's first-run dialog) and reads its identity.
class StoreService {
    Q_DECLARE_TR_FUNCTIONS(cc::StoreService)

public:
    StoreService(Database& database, const Clock& clock);

    /// The store, or nothing when the database has none yet.
    Result<std::optional<StoreInfo>> store();

    static Status validateStoreName(const QString& name);
    /// Digits, spaces, +, - and brackets; up to 30 characters; may be empty.
    static Status validateHotline(const QString& hotline);
    /// Manager only: the name and service hotline printed on every slip. Audited.
    Status updateStore(const Actor& by, const QString& name, const QString& hotline);
    /// Checks a setup without writing; the message names the field at fault.
    static Status validate(const StoreSetup& setup);

    /// Creates the store and its first manager in one transaction, audited. Refuses a
    /// database that already has a store or users (Conflict).
    Result<User> initialize(const StoreSetup& setup);

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace cc
