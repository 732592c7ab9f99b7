#pragma once

#include "accounts/Roles.h"
#include "base/Result.h"
#include "callbacks/Callback.h"
#include "compensation/Compensation.h"
#include "customers/Customer.h"

#include <QList>
#include <QString>

namespace cc {

class Clock;
class Database;

/// The 360° file: everything about one customer the counter needs at once.
struct CustomerFile {
    Customer customer;
    QList<Purchase> purchases;          ///< newest first
    QList<ContactEntry> contacts;       ///< newest first
    QList<ComplaintSummary> complaints; ///< newest first
    QList<Callback> callbacks;          ///< latest due first
    QList<Compensation> compensations;  ///< newest first
    ProfitContribution profit;
};

/// Opens the 360° file. It sits above the domains it gathers (customers, complaints,
/// compensation, callbacks), so none of them has to know the others.
class CustomerFiles {
public:
    CustomerFiles(Database& database, const Clock& clock);

    /// A protected file needs `reason` and a role that may see it; the view and its purpose
    /// are audited (CustomerService::view).
    Result<CustomerFile> open(const Actor& by, qint64 id, const QString& reason = {});

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace cc
