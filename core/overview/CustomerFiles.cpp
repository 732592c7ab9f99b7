#include "CustomerFiles.h"

#include "callbacks/CallbackRepository.h"
#include "compensation/CompensationRepository.h"
#include "customers/CustomerRepository.h"
#include "customers/CustomerService.h"

namespace cc {

namespace {

/// Each list of the file shows at most this many rows, newest first.
constexpr int rowsPerList = 200;

} // namespace

CustomerFiles::CustomerFiles(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<CustomerFile> CustomerFiles::open(const Actor& by, qint64 id, const QString& reason)
{
    CustomerService service(m_database, m_clock);
    Result<Customer> customer = service.view(by, id, reason);
    if (!customer)
        return customer.error();

    CustomerRepository customers(m_database);
    CustomerFile file;
    file.customer = customer.value();
    Result<QList<Purchase>> purchases = customers.purchases(id);
    if (!purchases)
        return purchases.error();
    file.purchases = purchases.value();
    Result<QList<ContactEntry>> contacts = customers.contacts(id, rowsPerList);
    if (!contacts)
        return contacts.error();
    file.contacts = contacts.value();
    Result<QList<ComplaintSummary>> complaints = customers.complaints(id, rowsPerList);
    if (!complaints)
        return complaints.error();
    file.complaints = complaints.value();

    CallbackFilter callbacks;
    callbacks.status.reset();
    callbacks.customerId = id;
    callbacks.limit = rowsPerList;
    Result<QList<Callback>> scheduled = CallbackRepository(m_database).list(callbacks);
    if (!scheduled)
        return scheduled.error();
    file.callbacks = scheduled.value();

    CompensationFilter compensated;
    compensated.customerId = id;
    compensated.limit = rowsPerList;
    Result<QList<Compensation>> granted = CompensationRepository(m_database).list(compensated);
    if (!granted)
        return granted.error();
    file.compensations = granted.value();

    Result<ProfitContribution> profit = service.profit(id);
    if (!profit)
        return profit.error();
    file.profit = profit.value();
    return file;
}

} // namespace cc
