#pragma once

#include "accounts/Roles.h"
#include "base/Progress.h"
#include "base/Result.h"

#include <QCoreApplication>

namespace cc {

class Clock;
class Database;

struct DemoOptions {
    qint64 customers = 0;
    /// Complaints spread over three years; negative: half as many as customers.
    qint64 complaints = -1;
    /// The same seed gives the same store.
    quint64 seed = 20261201;
    /// The demo staff's password; empty: a random one nobody knows (a manager resets it).
    QString staffPassword;
};

struct DemoReport {
    qint64 staff = 0;
    qint64 customers = 0;
    qint64 phones = 0;
    qint64 purchases = 0;
    qint64 complaints = 0;
    qint64 compensations = 0;
    qint64 callbacks = 0;
    qint64 contacts = 0;
    qint64 elapsedMs = 0;
};

/// Fills an empty store with realistic generated data, for trying the app and for the
/// benchmark: customer files with Chinese names (some in Traditional characters), mobile
/// and landline numbers, addresses, birthdays and families; purchases with profit;
/// complaints over three years in every category, channel, state and severity, with
/// their timelines, items in custody, compensation and follow-up calls; purchase
/// callbacks and the contact log. Ten demo staff join the store.
///
/// One transaction: a refusal, a failure or a cancel leaves the store as it was. Refused
/// (nothing written): a role other than manager, a store that already has customer
/// files, counts out of range, a weak staff password, a read-only file.
class DemoData {
    Q_DECLARE_TR_FUNCTIONS(cc::DemoData)

public:
    static constexpr qint64 maxCustomers = 10'000'000;
    static constexpr qint64 maxComplaints = 20'000'000;

    DemoData(Database& database, const Clock& clock);

    Result<DemoReport> fill(const Actor& by, const DemoOptions& options,
                            const Progress& progress = {});

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace cc
