#pragma once

#include "Customer.h"
#include "base/Result.h"

#include <functional>
#include <optional>

namespace cc {

class Database;

/// SQL for customer files, their phones, tags, family, purchases and contact log, and
/// the search indexes. No rules here: CustomerService decides.
class CustomerRepository {
public:
    explicit CustomerRepository(Database& database)
        : m_database(database)
    {}

    /// The first of `count` consecutive ids for new files, from the backend's dialect,
    /// inside the caller's write transaction so that no other counter takes them.
    Result<qint64> reserveIds(qint64 count);
    Status insert(const Customer& customer);
    Status update(const Customer& customer);
    /// Records that the file became `customer.status` at `customer.updatedAt` (with the
    /// reason lost): the churn report's history.
    Status recordStatus(const Customer& customer, std::optional<qint64> byUserId);
    /// Replaces phones, tags and family, and rebuilds the search entries of the file.
    Status replaceDetails(const Customer& customer);
    /// The same for a file just inserted, which has nothing to replace.
    Status insertDetails(const Customer& customer);
    /// New files with everything `insert` and `insertDetails` write, many at once (an
    /// import), inside the caller's write transaction. `step` hears how many are written
    /// now and then; returning false stops (the caller rolls back).
    Status insertMany(const QList<Customer>& customers,
                      const std::function<bool(qsizetype written)>& step = {});

    Result<std::optional<Customer>> get(qint64 id);
    Result<std::optional<qint64>> idByFileNo(const QString& fileNo);
    /// The file number of the (first) file that carries this number, "" when none.
    Result<QString> fileOfPhone(const QString& e164);
    /// The same for many numbers at once: e164 → file number, for those on a file.
    Result<QHash<QString, QString>> filesOfPhones(const QStringList& e164s);
    /// Files other than `exceptId` that carry this number (not merged ones).
    Result<QList<Customer>> holdersOfPhone(const QString& e164, qint64 exceptId);

    /// Candidate ids for a search, each with its rank (lower is better).
    struct Hit {
        qint64 id;
        int rank;
    };
    Result<QList<Hit>> byPhoneExact(const QString& e164, int limit);
    Result<QList<Hit>> byPhoneSuffix(const QString& digits, int limit);
    Result<QList<Hit>> byPhonePrefix(const QString& nationalDigits, int limit);
    Result<QList<Hit>> byFileNo(const QString& fileNo);
    Result<QList<Hit>> byReceipt(const QString& receiptNo);
    Result<QList<Hit>> byNameExact(const QString& nameKey, int limit);
    Result<QList<Hit>> byNameGram(const QString& gram, int limit);
    /// Files whose address or note holds these two characters side by side.
    Result<QList<Hit>> byTextPiece(const QString& piece, int limit);
    Result<QList<Hit>> byFullText(const QString& text, int limit);
    /// Search rows for the given ids, in no particular order.
    Result<QList<CustomerMatch>> matches(const QList<qint64>& ids);

    /// Moves purchases and contacts from one file to another (a merge).
    Status moveHistory(qint64 fromId, qint64 toId);
    /// Marks a merged file as gone into `intoId` and drops it from every search index.
    Status retire(qint64 id, qint64 intoId);
    /// Removes the person from a file and from the files merged into it: name, phones,
    /// address, company, notes, family, tags, contact and call notes; purchases and
    /// complaints stay, without the person. Returns the ids anonymised.
    Result<QList<qint64>> anonymise(qint64 id, const QDateTime& nowUtc);
    /// Rewrites the search indexes so no deleted entry stays in them, and moves the
    /// write-ahead log into the file: with secure_delete, no copy of an erased file is
    /// left in the database or its -wal. Run after the erasing transaction commits.
    /// False when a reader elsewhere kept the -wal from being cut (it still holds them).
    Result<bool> purgeErased();
    /// Files in id order, a page at a time (exports).
    Result<QList<Customer>> page(qint64 afterId, int limit);

    Result<bool> receiptExists(const QString& receiptNo);
    Result<qint64> insertPurchase(const Purchase& purchase, qint64 createdBy);
    Result<QList<Purchase>> purchases(qint64 customerId);
    Result<qint64> insertContact(const ContactEntry& entry, qint64 userId);
    Result<QList<ContactEntry>> contacts(qint64 customerId, int limit);
    /// The customer's complaints, newest first.
    Result<QList<ComplaintSummary>> complaints(qint64 customerId, int limit);
    /// Profit and revenue of all purchases, and profit of those on or after `since`.
    Result<ProfitContribution> profit(qint64 customerId, const QDate& since);
    /// Lifetime profit of many customers at once, for tiers in search results.
    Result<QHash<qint64, qint64>> lifetimeProfits(const QList<qint64>& ids);

private:
    Status clearDetails(qint64 id);

    Database& m_database;
};

} // namespace cc
