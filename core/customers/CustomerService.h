#pragma once

#include "Customer.h"
#include "CustomerFollowups.h"
#include "accounts/Roles.h"
#include "base/Progress.h"
#include "base/Result.h"

#include <QCoreApplication>

#include <memory>

namespace cc {

class Clock;
class Database;

/// Customer files: creating them, finding them, opening them (with the confidentiality
/// rules of seed 003 篇一), and recording purchases and conversations on them.
/// Every write is audited in its own transaction; a refusal changes nothing.
class CustomerService {
    Q_DECLARE_TR_FUNCTIONS(cc::CustomerService)

public:
    static constexpr int maxNameLength = 50;

    /// `followups` plans the callbacks a purchase, a visit or a refusal of calls sets going
    /// (Services passes CallbackScheduler). Without it those writes are refused, never
    /// made without their callbacks.
    CustomerService(Database& database, const Clock& clock,
                    std::shared_ptr<CustomerFollowups> followups = {});

    /// Checks and normalises a draft (phones to E.164, tags trimmed) without writing.
    Result<Customer> validate(const CustomerDraft& draft) const;
    /// The same, as of the store's local date `today` (no birthday after it): an import
    /// checks every row against one date rather than asking the time zone once a row.
    Result<Customer> validate(const CustomerDraft& draft, const QDate& today) const;

    /// Other files that already carry one of the draft's phones: the counter is warned and
    /// offered those files before a second file for the same person is made.
    Result<QList<Customer>> filesSharingPhones(const CustomerDraft& draft, qint64 exceptId = 0);

    /// Creates a file owned by `by`. Refused (Conflict) when a phone is already on another
    /// file, unless `allowSharedPhone` (family members sharing a landline).
    Result<Customer> create(const Actor& by, const CustomerDraft& draft,
                            bool allowSharedPhone = false);

    /// Creates many validated files in one transaction (an import): all or none. Phones
    /// shared with other files must have been checked by the caller. Audited once, with
    /// `source` (e.g. the file name) and the count. `progress` may cancel until the commit;
    /// cancelled, nothing is kept.
    Result<int> createBatch(const Actor& by, QList<Customer> validated, const QString& source,
                            const Progress& progress = {});

    /// Moves everything of `dropId` (phones, tags, family, purchases, contacts) onto
    /// `keepId` and retires the dropped file. Supervisors and managers; audited.
    Status merge(const Actor& by, qint64 keepId, qint64 dropId);

    /// Erases the person from a file for good (the customer asked, seed 003 篇一): the
    /// file and the files merged into it keep their number, purchases and complaints,
    /// without name, phones, address, notes or family; nothing of them stays in the
    /// database file or its -wal. Managers only, with a reason; audited.
    Status erase(const Actor& by, qint64 id, const QString& reason);

    /// Saves an edited file (files are filled in over time). A lost customer needs a
    /// reason; a new owner needs a manager; phones on other files need `allowSharedPhone`.
    Result<Customer> update(const Actor& by, qint64 id, const CustomerEdit& edit,
                            bool allowSharedPhone = false);

    /// An id ("12") or a file number ("KH-000012") to the file's id.
    Result<qint64> resolve(const QString& idOrFileNo);

    /// Whether `by` may open the file: normal — everyone; confidential — supervisors,
    /// managers and the owner; secret — managers only.
    static bool maySee(const Actor& by, const Customer& customer);
    /// Protected files need a stated purpose to open, whoever opens them.
    static bool needsReason(const Customer& customer);

    /// The file's own record, opened to be looked at. A protected file needs `reason` and a
    /// role that may see it; the view and its purpose are audited. The whole 360° file,
    /// with the other domains' rows, is CustomerFiles::open.
    Result<Customer> view(const Actor& by, qint64 id, const QString& reason = {});
    /// The customer's profit contribution over the last year and lifetime, and the tier
    /// the store's thresholds give it.
    Result<ProfitContribution> profit(qint64 id);

    /// Lookup as the counter types: a full or partial phone in any formatting, the last
    /// four or more digits, a name fragment in either script, an address or note fragment,
    /// a file number or a receipt number. Best match first; protected files that `by` may
    /// not open come back masked.
    Result<QList<CustomerMatch>> find(const Actor& by, const QString& query, int limit = 20);

    /// Records a purchase; a receipt number is recorded once only.
    Result<Purchase> addPurchase(const Actor& by, qint64 customerId, const QString& receiptNo,
                                 const QDate& date, const QList<PurchaseLine>& lines);
    /// Adds a conversation to the contact log.
    Result<ContactEntry> addContact(const Actor& by, qint64 customerId, ContactChannel channel,
                                    const QString& note);

    static QString fileNumber(qint64 id);
    static QString maskName(const QString& name);
    static QString maskPhone(const QString& e164);

private:
    Result<Customer> requireVisible(const Actor& by, qint64 id);
    /// Conflict when a phone is on a file other than `exceptId`.
    Status requirePhonesFree(const Actor& by, const QList<CustomerPhone>& phones, qint64 exceptId);
    /// Inserts a validated file as the next file number, inside the caller's transaction.
    Result<Customer> insertValidated(const Actor& by, Customer customer);
    /// Numbers a new file `id`, owned by `by`, created `now`.
    static void stampNew(const Actor& by, Customer& customer, qint64 id, const QDateTime& now);
    /// The follow-up rules, or an Internal error when this service was made without them.
    Result<CustomerFollowups*> followups() const;

    Database& m_database;
    const Clock& m_clock;
    std::shared_ptr<CustomerFollowups> m_followups;
};

} // namespace cc
