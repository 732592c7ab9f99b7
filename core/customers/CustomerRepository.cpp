#include "CustomerRepository.h"

#include "base/ChineseText.h"
#include "base/Clock.h"
#include "base/SearchKeys.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/Query.h"
#include "storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <optional>
#include <thread>
#include <vector>

namespace cc {

namespace {

constexpr auto customerColumns = R"sql(
    c.id, c.file_no, c.name, c.gender, c.birthday, c.address, c.company, c.category, c.stage,
    c.status, c.lost_reason, c.confidentiality, c.owner_id, u.display_name, c.preferences,
    c.source, c.note, c.created_at, c.updated_at, c.contact_ok, c.contact_hours, u.username
)sql";

QVariant dateOrNull(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

Customer customerFromRow(const Query& q)
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.fileNo = q.value(1).toString();
    c.name = q.value(2).toString();
    c.gender = CustomerKeys::fromKey<Gender>(q.value(3).toString()).value_or(Gender::Unknown);
    c.birthday = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    c.address = q.value(5).toString();
    c.company = q.value(6).toString();
    c.category = CustomerKeys::fromKey<CustomerCategory>(q.value(7).toString())
                     .value_or(CustomerCategory::General);
    c.stage = CustomerKeys::fromKey<LoyaltyStage>(q.value(8).toString())
                  .value_or(LoyaltyStage::Potential);
    c.status = CustomerKeys::fromKey<CustomerStatus>(q.value(9).toString())
                   .value_or(CustomerStatus::Active);
    c.lostReason = q.value(10).toString();
    c.confidentiality = CustomerKeys::fromKey<Confidentiality>(q.value(11).toString())
                            .value_or(Confidentiality::Normal);
    c.ownerId = q.value(12).toLongLong();
    c.ownerName = q.value(13).toString();
    c.preferences = q.value(14).toString();
    c.source = q.value(15).toString();
    c.note = q.value(16).toString();
    c.createdAt = fromStoredTime(q.value(17).toString());
    c.updatedAt = fromStoredTime(q.value(18).toString());
    c.contactOk = q.value(19).toInt() != 0;
    c.contactHours = q.value(20).toString();
    c.ownerUser = q.value(21).toString();
    return c;
}

QString idsJson(const QList<qint64>& ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

Result<QList<CustomerRepository::Hit>> hits(Query& query, const QString& context, int rank)
{
    if (Status done = query.exec(context); !done)
        return done.error();
    QList<CustomerRepository::Hit> found;
    while (query.next())
        found.append({query.value(0).toLongLong(), rank});
    return found;
}

// The columns insert and update share.
void bindFields(Query& query, const Customer& c)
{
    query.bind(QStringLiteral(":id"), c.id)
        .bind(QStringLiteral(":name"), c.name)
        .bind(QStringLiteral(":name_key"), ChineseText::searchKey(c.name))
        .bind(QStringLiteral(":gender"), CustomerKeys::key(c.gender))
        .bind(QStringLiteral(":birthday"), dateOrNull(c.birthday))
        .bind(QStringLiteral(":address"), c.address)
        .bind(QStringLiteral(":company"), c.company)
        .bind(QStringLiteral(":category"), CustomerKeys::key(c.category))
        .bind(QStringLiteral(":stage"), CustomerKeys::key(c.stage))
        .bind(QStringLiteral(":status"), CustomerKeys::key(c.status))
        .bind(QStringLiteral(":lost_reason"), c.lostReason)
        .bind(QStringLiteral(":confidentiality"), CustomerKeys::key(c.confidentiality))
        .bind(QStringLiteral(":owner_id"), c.ownerId)
        .bind(QStringLiteral(":preferences"), c.preferences)
        .bind(QStringLiteral(":source"), c.source)
        .bind(QStringLiteral(":note"), c.note)
        .bind(QStringLiteral(":contact_ok"), c.contactOk ? 1 : 0)
        .bind(QStringLiteral(":contact_hours"), c.contactHours)
        .bind(QStringLiteral(":updated_at"), toStoredTime(c.updatedAt));
}

// What a file puts into the search indexes: written once, for both writers below.
struct SearchRows {
    struct Phone {
        QString e164;
        QString label;
        QString national;
        QString reversed;
    };
    QList<Phone> phones;
    QString nameKey;
    QString namePieces;
    QString address;
    QString textPieces; ///< two-character pieces of the address and the note
    QString note;
    QString phoneDigits;
};

SearchRows searchRowsOf(const Customer& c)
{
    SearchRows rows;
    QStringList digits;
    for (const CustomerPhone& number : c.phones) {
        const QString national = SearchKeys::nationalDigits(number.e164);
        digits << national;
        rows.phones.append({number.e164, number.label, national, SearchKeys::reversed(national)});
    }
    rows.nameKey = ChineseText::searchKey(c.name);
    rows.namePieces = SearchKeys::namePieces(rows.nameKey);
    rows.address = ChineseText::searchKey(c.address);
    rows.note = ChineseText::searchKey(c.note + QLatin1Char(' ') + c.preferences);
    rows.phoneDigits = digits.join(QLatin1Char(' '));
    rows.textPieces = SearchKeys::textPieces({rows.address, rows.note});
    return rows;
}

// One file as the bulk writer binds it: every text already in UTF-8, SQLite's own
// encoding, and the search rows derived. Made on a helper thread while the writer inserts
// the files before it: a third of the writer's time went to this, not to SQLite.
struct EncodedFile {
    using Text = std::optional<QByteArray>; // nothing: NULL

    static QByteArray utf8(const QString& text) { return text.toUtf8(); }
    static Text date(const QDate& day)
    {
        return day.isValid() ? Text(day.toString(Qt::ISODate).toUtf8()) : std::nullopt;
    }

    explicit EncodedFile(const Customer& c)
    {
        const SearchRows rows = searchRowsOf(c);
        customer = {utf8(c.fileNo),
                    utf8(c.name),
                    utf8(rows.nameKey),
                    utf8(CustomerKeys::key(c.gender)),
                    date(c.birthday),
                    utf8(c.address),
                    utf8(c.company),
                    utf8(CustomerKeys::key(c.category)),
                    utf8(CustomerKeys::key(c.stage)),
                    utf8(CustomerKeys::key(c.status)),
                    utf8(c.lostReason),
                    utf8(CustomerKeys::key(c.confidentiality)),
                    utf8(c.preferences),
                    utf8(c.source),
                    utf8(c.note),
                    utf8(c.contactHours),
                    utf8(toStoredTime(c.createdAt.toMSecsSinceEpoch())),
                    utf8(toStoredTime(c.updatedAt.toMSecsSinceEpoch()))};
        for (const SearchRows::Phone& phone : rows.phones)
            phones.push_back(
                {utf8(phone.e164), utf8(phone.label), utf8(phone.national), utf8(phone.reversed)});
        for (const QString& tag : c.tags)
            tags.push_back(utf8(tag));
        for (const FamilyMember& person : c.family)
            family.push_back({utf8(person.name), utf8(person.relation), date(person.birthday)});
        namePieces = utf8(rows.namePieces);
        textPieces = utf8(rows.textPieces);
        fts = {utf8(rows.address), utf8(rows.note), utf8(rows.phoneDigits)};
    }

    std::array<Text, 18> customer; ///< the text columns of `customers`, in the insert's order
    std::vector<std::array<QByteArray, 4>> phones;
    std::vector<QByteArray> tags;
    std::vector<std::array<Text, 3>> family;
    QByteArray namePieces;
    QByteArray textPieces;
    std::array<QByteArray, 3> fts; ///< address, note, phone digits (the name key is above)
};

// Many new files at once, through SQLite's C API inside the caller's transaction.
class BulkWriter {
public:
    explicit BulkWriter(sqlite3* db)
        : m_customer(db, R"sql(
            INSERT INTO customers (id, owner_id, contact_ok, file_no, name, name_key, gender,
                birthday, address, company, category, stage, status, lost_reason,
                confidentiality, preferences, source, note, contact_hours, created_at,
                updated_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                ?18, ?19, ?20, ?21))sql",
                     &m_error)
        , m_phone(db, R"sql(
            INSERT INTO customer_phones (customer_id, e164, label, national_digits,
                reversed_digits) VALUES (?1, ?2, ?3, ?4, ?5))sql",
                  &m_error)
        , m_tag(db, "INSERT INTO customer_tags (customer_id, tag) VALUES (?1, ?2)", &m_error)
        , m_member(db, R"sql(
            INSERT INTO family_members (customer_id, name, relation, birthday)
            VALUES (?1, ?2, ?3, ?4))sql",
                   &m_error)
        , m_pieces(db, "INSERT INTO customer_name_pieces (rowid, pieces) VALUES (?1, ?2)", &m_error)
        , m_textPieces(db, "INSERT INTO customer_text_pieces (rowid, pieces) VALUES (?1, ?2)",
                       &m_error)
        , m_fts(db, R"sql(
            INSERT INTO customer_fts (rowid, name_key, address, note, phones)
            VALUES (?1, ?2, ?3, ?4, ?5))sql",
                &m_error)
    {}

    void write(const Customer& c, const EncodedFile& file)
    {
        m_customer.bind(1, c.id).bind(2, c.ownerId).bind(3, c.contactOk ? 1 : 0);
        for (size_t i = 0; i < file.customer.size(); ++i)
            m_customer.bindUtf8(int(i) + 4, file.customer[i]);
        m_customer.run();
        for (const auto& phone : file.phones) {
            m_phone.bind(1, c.id);
            for (size_t i = 0; i < phone.size(); ++i)
                m_phone.bindUtf8(int(i) + 2, phone[i]);
            m_phone.run();
        }
        for (const QByteArray& tag : file.tags)
            m_tag.bind(1, c.id).bindUtf8(2, tag).run();
        for (const auto& person : file.family) {
            m_member.bind(1, c.id);
            for (size_t i = 0; i < person.size(); ++i)
                m_member.bindUtf8(int(i) + 2, person[i]);
            m_member.run();
        }
        m_pieces.bind(1, c.id).bindUtf8(2, file.namePieces).run();
        if (!file.textPieces.isEmpty())
            m_textPieces.bind(1, c.id).bindUtf8(2, file.textPieces).run();
        m_fts.bind(1, c.id).bindUtf8(2, file.customer[2]); // the name key
        for (size_t i = 0; i < file.fts.size(); ++i)
            m_fts.bindUtf8(int(i) + 3, file.fts[i]);
        m_fts.run();
    }

    /// The first failure of any statement, or "".
    QString finish() const { return m_error; }

private:
    QString m_error;
    SqliteStatement m_customer;
    SqliteStatement m_phone;
    SqliteStatement m_tag;
    SqliteStatement m_member;
    SqliteStatement m_pieces;
    SqliteStatement m_textPieces;
    SqliteStatement m_fts;
};

} // namespace

Result<qint64> CustomerRepository::reserveIds(qint64 count)
{
    return m_database.dialect().reserveIds(m_database, QStringLiteral("customers"), count);
}

Status CustomerRepository::insert(const Customer& c)
{
    Query query(m_database, QStringLiteral(R"sql(
        INSERT INTO customers (id, file_no, name, name_key, gender, birthday, address, company,
            category, stage, status, lost_reason, confidentiality, owner_id, preferences, source,
            note, contact_ok, contact_hours, created_at, updated_at)
        VALUES (:id, :file_no, :name, :name_key, :gender, :birthday, :address, :company,
            :category, :stage, :status, :lost_reason, :confidentiality, :owner_id, :preferences,
            :source, :note, :contact_ok, :contact_hours, :created_at, :updated_at)
    )sql"));
    bindFields(query, c);
    query.bind(QStringLiteral(":file_no"), c.fileNo)
        .bind(QStringLiteral(":created_at"), toStoredTime(c.createdAt));
    return query.exec(QStringLiteral("customers.insert"));
}

Status CustomerRepository::update(const Customer& c)
{
    Query query(m_database, QStringLiteral(R"sql(
        UPDATE customers SET name = :name, name_key = :name_key, gender = :gender,
            birthday = :birthday, address = :address, company = :company, category = :category,
            stage = :stage, status = :status, lost_reason = :lost_reason,
            confidentiality = :confidentiality, owner_id = :owner_id, preferences = :preferences,
            source = :source, note = :note, contact_ok = :contact_ok,
            contact_hours = :contact_hours, updated_at = :updated_at
        WHERE id = :id
    )sql"));
    bindFields(query, c);
    return query.exec(QStringLiteral("customers.update"));
}

Status CustomerRepository::recordStatus(const Customer& c, std::optional<qint64> byUserId)
{
    Query query(m_database, QStringLiteral(R"sql(
        INSERT INTO customer_status_changes (customer_id, at, status, reason, user_id)
        VALUES (:id, :at, :status, :reason, :user)
    )sql"));
    query.bind(QStringLiteral(":id"), c.id)
        .bind(QStringLiteral(":at"), toStoredTime(c.updatedAt))
        .bind(QStringLiteral(":status"), CustomerKeys::key(c.status))
        .bind(QStringLiteral(":reason"), c.lostReason)
        .bind(QStringLiteral(":user"), byUserId ? QVariant(*byUserId) : QVariant());
    return query.exec(QStringLiteral("customers.record_status"));
}

Status CustomerRepository::clearDetails(qint64 id)
{
    for (const char* clear : {"DELETE FROM customer_phones WHERE customer_id = :id",
                              "DELETE FROM customer_tags WHERE customer_id = :id",
                              "DELETE FROM family_members WHERE customer_id = :id",
                              "DELETE FROM customer_name_pieces WHERE rowid = :id",
                              "DELETE FROM customer_text_pieces WHERE rowid = :id",
                              "DELETE FROM customer_fts WHERE rowid = :id"}) {
        Query query(m_database, QString::fromUtf8(clear));
        query.bind(QStringLiteral(":id"), id);
        if (Status done = query.exec(QStringLiteral("customers.clear_details")); !done)
            return done;
    }
    return {};
}

Status CustomerRepository::replaceDetails(const Customer& c)
{
    if (Status cleared = clearDetails(c.id); !cleared)
        return cleared;
    return insertDetails(c);
}

Status CustomerRepository::insertDetails(const Customer& c)
{
    const QVariant id = c.id;
    const SearchRows rows = searchRowsOf(c);

    Query phone(m_database, QStringLiteral(R"sql(
        INSERT INTO customer_phones (customer_id, e164, label, national_digits, reversed_digits)
        VALUES (:id, :e164, :label, :national, :reversed)
    )sql"));
    for (const SearchRows::Phone& number : rows.phones) {
        phone.bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":e164"), number.e164)
            .bind(QStringLiteral(":label"), number.label)
            .bind(QStringLiteral(":national"), number.national)
            .bind(QStringLiteral(":reversed"), number.reversed);
        if (Status done = phone.exec(QStringLiteral("customers.phone")); !done)
            return done;
    }

    Query tag(m_database,
              QStringLiteral("INSERT INTO customer_tags (customer_id, tag) VALUES (:id, :tag)"));
    for (const QString& value : c.tags) {
        tag.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":tag"), value);
        if (Status done = tag.exec(QStringLiteral("customers.tag")); !done)
            return done;
    }

    Query member(m_database,
                 QStringLiteral("INSERT INTO family_members (customer_id, name, relation, "
                                "birthday) VALUES (:id, :name, :relation, :birthday)"));
    for (const FamilyMember& person : c.family) {
        member.bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":name"), person.name)
            .bind(QStringLiteral(":relation"), person.relation)
            .bind(QStringLiteral(":birthday"), dateOrNull(person.birthday));
        if (Status done = member.exec(QStringLiteral("customers.family")); !done)
            return done;
    }

    Query pieces(m_database, QStringLiteral("INSERT INTO customer_name_pieces (rowid, pieces) "
                                            "VALUES (:id, :pieces)"));
    pieces.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":pieces"), rows.namePieces);
    if (Status done = pieces.exec(QStringLiteral("customers.name_pieces")); !done)
        return done;

    if (!rows.textPieces.isEmpty()) {
        Query text(m_database, QStringLiteral("INSERT INTO customer_text_pieces (rowid, pieces) "
                                              "VALUES (:id, :pieces)"));
        text.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":pieces"), rows.textPieces);
        if (Status done = text.exec(QStringLiteral("customers.text_pieces")); !done)
            return done;
    }

    Query fts(m_database,
              QStringLiteral("INSERT INTO customer_fts (rowid, name_key, address, note, phones) "
                             "VALUES (:id, :name, :address, :note, :phones)"));
    fts.bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":name"), rows.nameKey)
        .bind(QStringLiteral(":address"), rows.address)
        .bind(QStringLiteral(":note"), rows.note)
        .bind(QStringLiteral(":phones"), rows.phoneDigits);
    return fts.exec(QStringLiteral("customers.fts"));
}

Status CustomerRepository::insertMany(const QList<Customer>& customers,
                                      const std::function<bool(qsizetype written)>& step)
{
    const auto cancelled = [] {
        return makeError(
            ErrorCode::Conflict,
            QCoreApplication::translate("cc::CustomerRepository", "Cancelled; nothing was saved."));
    };
    sqlite3* db = m_database.nativeHandle();
    if (!db) {
        for (qsizetype i = 0; i < customers.size(); ++i) {
            if (Status saved = insert(customers.at(i)); !saved)
                return saved;
            if (Status saved = insertDetails(customers.at(i)); !saved)
                return saved;
            if (step && i % 1'000 == 999 && !step(i + 1))
                return cancelled();
        }
        return {};
    }
    // The rows of a large import touch more index pages than the everyday 2 MB cache holds.
    const auto everyday = qScopeGuard(
        [db] { sqlite3_exec(db, "PRAGMA cache_size = -2000", nullptr, nullptr, nullptr); });
    sqlite3_exec(db, "PRAGMA cache_size = -65536", nullptr, nullptr, nullptr);
    // The files are encoded on a helper thread, into a ring of `lead` slots: at most that
    // many ahead of the writer.
    constexpr qsizetype lead = 4'096;
    std::vector<std::optional<EncodedFile>> ring(size_t(std::min(lead, customers.size())));
    std::atomic<qsizetype> ready = 0;
    std::atomic<qsizetype> written = 0;
    std::atomic<bool> stop = false;
    std::thread encoder([&] {
        for (qsizetype i = 0; i < customers.size() && !stop; ++i) {
            // Far ahead: sleeps rather than spins, leaving the core to the window's thread.
            while (i - written.load() >= lead && !stop)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            ring[size_t(i % lead)].emplace(customers.at(i));
            ready.store(i + 1);
        }
    });
    const auto joined = qScopeGuard([&] {
        stop = true;
        encoder.join();
    });
    BulkWriter writer(db);
    for (qsizetype i = 0; i < customers.size(); ++i) {
        while (ready.load() <= i)
            std::this_thread::yield();
        writer.write(customers.at(i), *ring[size_t(i % lead)]);
        written.store(i + 1);
        if (step && i % 1'000 == 999 && !step(i + 1))
            return cancelled();
    }
    if (const QString failed = writer.finish(); !failed.isEmpty())
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("cc::CustomerRepository",
                                                     "Customer files could not be saved: %1")
                             .arg(failed));
    return {};
}

Result<std::optional<Customer>> CustomerRepository::get(qint64 id)
{
    std::optional<Customer> found;
    {
        Query query(
            m_database,
            QStringLiteral(
                "SELECT %1 FROM customers c JOIN users u ON u.id = c.owner_id WHERE c.id = :id")
                .arg(QLatin1String(customerColumns)));
        query.bind(QStringLiteral(":id"), id);
        if (Status done = query.exec(QStringLiteral("customers.get")); !done)
            return done.error();
        if (!query.next())
            return found;
        found = customerFromRow(query);
    }
    {
        Query query(
            m_database,
            QStringLiteral(
                "SELECT e164, label FROM customer_phones WHERE customer_id = :id ORDER BY id"));
        query.bind(QStringLiteral(":id"), id);
        if (Status done = query.exec(QStringLiteral("customers.phones")); !done)
            return done.error();
        while (query.next())
            found->phones.append({query.value(0).toString(), query.value(1).toString()});
    }
    {
        Query query(
            m_database,
            QStringLiteral("SELECT tag FROM customer_tags WHERE customer_id = :id ORDER BY tag"));
        query.bind(QStringLiteral(":id"), id);
        if (Status done = query.exec(QStringLiteral("customers.tags")); !done)
            return done.error();
        while (query.next())
            found->tags.append(query.value(0).toString());
    }
    {
        Query query(m_database,
                    QStringLiteral("SELECT name, relation, birthday FROM family_members WHERE "
                                   "customer_id = :id ORDER BY id"));
        query.bind(QStringLiteral(":id"), id);
        if (Status done = query.exec(QStringLiteral("customers.family")); !done)
            return done.error();
        while (query.next())
            found->family.append({query.value(0).toString(), query.value(1).toString(),
                                  QDate::fromString(query.value(2).toString(), Qt::ISODate)});
    }
    return found;
}

Result<std::optional<qint64>> CustomerRepository::idByFileNo(const QString& fileNo)
{
    Query query(m_database, QStringLiteral("SELECT id FROM customers WHERE file_no = :no"));
    query.bind(QStringLiteral(":no"), fileNo);
    if (Status done = query.exec(QStringLiteral("customers.by_file_no")); !done)
        return done.error();
    if (!query.next())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
}

Result<QList<Customer>> CustomerRepository::holdersOfPhone(const QString& e164, qint64 exceptId)
{
    Query query(m_database, QStringLiteral(R"sql(
        SELECT %1 FROM customers c JOIN users u ON u.id = c.owner_id
        WHERE c.id IN (SELECT customer_id FROM customer_phones WHERE e164 = :e164)
          AND c.id <> :except AND c.merged_into IS NULL
        ORDER BY c.id
    )sql")
                                .arg(QLatin1String(customerColumns)));
    query.bind(QStringLiteral(":e164"), e164).bind(QStringLiteral(":except"), exceptId);
    if (Status done = query.exec(QStringLiteral("customers.phone_holders")); !done)
        return done.error();
    QList<Customer> holders;
    while (query.next())
        holders.append(customerFromRow(query));
    return holders;
}

Result<QString> CustomerRepository::fileOfPhone(const QString& e164)
{
    Result<QHash<QString, QString>> files = filesOfPhones({e164});
    if (!files)
        return files.error();
    return files->value(e164);
}

Result<QHash<QString, QString>> CustomerRepository::filesOfPhones(const QStringList& e164s)
{
    static constexpr char sql[] = R"sql(
        SELECT c.file_no FROM customer_phones p JOIN customers c ON c.id = p.customer_id
        WHERE p.e164 = ?1 AND c.merged_into IS NULL ORDER BY c.id LIMIT 1)sql";
    QHash<QString, QString> files;
    sqlite3* db = m_database.nativeHandle();
    if (!db) {
        Query query(m_database,
                    QString::fromUtf8(sql).replace(QStringLiteral("?1"), QStringLiteral(":e164")));
        for (const QString& e164 : e164s) {
            query.bind(QStringLiteral(":e164"), e164);
            if (Status done = query.exec(QStringLiteral("customers.phone_file")); !done)
                return done.error();
            if (query.next())
                files.insert(e164, query.value(0).toString());
        }
        return files;
    }
    // An import asks this for every number of its file: the C API costs a fifth as much.
    // One read transaction for all of them, rather than one a number (each takes and drops
    // the file's locks), and in index order, so that neighbouring numbers share pages.
    const bool ownTransaction = sqlite3_get_autocommit(db) != 0;
    if (ownTransaction)
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    const auto ended = qScopeGuard([&] {
        if (ownTransaction)
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    });
    QStringList ordered = e164s;
    ordered.sort();
    QString error;
    SqliteStatement query(db, sql, &error);
    for (const QString& e164 : std::as_const(ordered)) {
        if (const std::optional<QString> file = query.bind(1, e164).text(); file)
            files.insert(e164, *file);
    }
    if (!error.isEmpty())
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("cc::CustomerRepository",
                                                     "Phone numbers could not be looked up: %1")
                             .arg(error));
    return files;
}

Result<QList<CustomerRepository::Hit>> CustomerRepository::byPhoneExact(const QString& e164,
                                                                        int limit)
{
    Query query(
        m_database,
        QStringLiteral("SELECT customer_id FROM customer_phones WHERE e164 = :e164 LIMIT :limit"));
    query.bind(QStringLiteral(":e164"), e164).bind(QStringLiteral(":limit"), limit);
    return hits(query, QStringLiteral("search.phone"), 0);
}

// "8000" finds every number ending in 8000: a range scan over the reversed digits.
Result<QList<CustomerRepository::Hit>> CustomerRepository::byPhoneSuffix(const QString& digits,
                                                                         int limit)
{
    const QString key = SearchKeys::reversed(digits);
    Query query(m_database, QStringLiteral(R"sql(
        SELECT customer_id FROM customer_phones
        WHERE reversed_digits >= :low AND reversed_digits < :high LIMIT :limit
    )sql"));
    query.bind(QStringLiteral(":low"), key)
        .bind(QStringLiteral(":high"), key + QChar(0x7f))
        .bind(QStringLiteral(":limit"), limit);
    return hits(query, QStringLiteral("search.phone_suffix"), 1);
}

Result<QList<CustomerRepository::Hit>>
CustomerRepository::byPhonePrefix(const QString& nationalDigits, int limit)
{
    Query query(m_database, QStringLiteral(R"sql(
        SELECT customer_id FROM customer_phones
        WHERE national_digits >= :low AND national_digits < :high LIMIT :limit
    )sql"));
    query.bind(QStringLiteral(":low"), nationalDigits)
        .bind(QStringLiteral(":high"), nationalDigits + QChar(0x7f))
        .bind(QStringLiteral(":limit"), limit);
    return hits(query, QStringLiteral("search.phone_prefix"), 2);
}

Result<QList<CustomerRepository::Hit>> CustomerRepository::byFileNo(const QString& fileNo)
{
    Query query(m_database, QStringLiteral("SELECT id FROM customers WHERE file_no = :no"));
    query.bind(QStringLiteral(":no"), fileNo);
    return hits(query, QStringLiteral("search.file_no"), 0);
}

Result<QList<CustomerRepository::Hit>> CustomerRepository::byReceipt(const QString& receiptNo)
{
    Query query(m_database,
                QStringLiteral("SELECT customer_id FROM purchases WHERE receipt_no = :no"));
    query.bind(QStringLiteral(":no"), receiptNo);
    return hits(query, QStringLiteral("search.receipt"), 0);
}

Result<QList<CustomerRepository::Hit>> CustomerRepository::byNameExact(const QString& nameKey,
                                                                       int limit)
{
    Query query(m_database,
                QStringLiteral("SELECT id FROM customers WHERE name_key = :key LIMIT :limit"));
    query.bind(QStringLiteral(":key"), nameKey).bind(QStringLiteral(":limit"), limit);
    return hits(query, QStringLiteral("search.name"), 0);
}

Result<QList<CustomerRepository::Hit>> CustomerRepository::byNameGram(const QString& gram,
                                                                      int limit)
{
    const Dialect& dialect = m_database.dialect();
    Query query(m_database, dialect.selectPieceMatches(QStringLiteral("customer_name_pieces")));
    query.bind(QStringLiteral(":word"), dialect.pieceWord(SearchKeys::pieceWord(gram)))
        .bind(QStringLiteral(":limit"), limit);
    return hits(query, QStringLiteral("search.name_gram"), 1);
}

Result<QList<CustomerRepository::Hit>> CustomerRepository::byTextPiece(const QString& piece,
                                                                       int limit)
{
    const Dialect& dialect = m_database.dialect();
    Query query(m_database, dialect.selectPieceMatches(QStringLiteral("customer_text_pieces")));
    query.bind(QStringLiteral(":word"), dialect.pieceWord(SearchKeys::pieceWord(piece)))
        .bind(QStringLiteral(":limit"), limit);
    return hits(query, QStringLiteral("search.text_piece"), 2);
}

Result<QList<CustomerRepository::Hit>> CustomerRepository::byFullText(const QString& text,
                                                                      int limit)
{
    const Dialect& dialect = m_database.dialect();
    Query query(m_database, dialect.selectFullTextMatches());
    query.bind(QStringLiteral(":phrase"), dialect.fullTextPhrase(text))
        .bind(QStringLiteral(":limit"), limit);
    return hits(query, QStringLiteral("search.fulltext"), 2);
}

Result<QList<CustomerMatch>> CustomerRepository::matches(const QList<qint64>& ids)
{
    QHash<qint64, CustomerMatch> byId;
    {
        Query query(m_database, QStringLiteral(R"sql(
            SELECT id, file_no, name, confidentiality, owner_id FROM customers
            WHERE id IN (%1) AND merged_into IS NULL
        )sql")
                                    .arg(m_database.dialect().idsIn(QStringLiteral(":ids"))));
        query.bind(QStringLiteral(":ids"), idsJson(ids));
        if (Status done = query.exec(QStringLiteral("search.rows")); !done)
            return done.error();
        while (query.next()) {
            CustomerMatch match;
            match.id = query.value(0).toLongLong();
            match.fileNo = query.value(1).toString();
            match.name = query.value(2).toString();
            match.confidentiality =
                CustomerKeys::fromKey<Confidentiality>(query.value(3).toString())
                    .value_or(Confidentiality::Normal);
            match.ownerId = query.value(4).toLongLong();
            byId.insert(match.id, match);
        }
    }
    {
        Query query(
            m_database,
            QStringLiteral("SELECT customer_id, e164 FROM customer_phones WHERE customer_id IN "
                           "(%1) ORDER BY id")
                .arg(m_database.dialect().idsIn(QStringLiteral(":ids"))));
        query.bind(QStringLiteral(":ids"), idsJson(ids));
        if (Status done = query.exec(QStringLiteral("search.phones")); !done)
            return done.error();
        while (query.next()) {
            auto found = byId.find(query.value(0).toLongLong());
            if (found != byId.end())
                found->phones.append(query.value(1).toString());
        }
    }
    return byId.values();
}

Status CustomerRepository::moveHistory(qint64 fromId, qint64 toId)
{
    for (const char* move : {"UPDATE purchases SET customer_id = :to WHERE customer_id = :from",
                             "UPDATE contacts SET customer_id = :to WHERE customer_id = :from",
                             "UPDATE callbacks SET customer_id = :to WHERE customer_id = :from",
                             "UPDATE complaints SET customer_id = :to WHERE customer_id = :from"}) {
        Query query(m_database, QString::fromUtf8(move));
        query.bind(QStringLiteral(":to"), toId).bind(QStringLiteral(":from"), fromId);
        if (Status done = query.exec(QStringLiteral("customers.move_history")); !done)
            return done;
    }
    return {};
}

Status CustomerRepository::retire(qint64 id, qint64 intoId)
{
    if (Status cleared = clearDetails(id); !cleared)
        return cleared;
    Query query(m_database,
                QStringLiteral("UPDATE customers SET merged_into = :into WHERE id = :id"));
    query.bind(QStringLiteral(":into"), intoId).bind(QStringLiteral(":id"), id);
    return query.exec(QStringLiteral("customers.retire"));
}

Result<QList<qint64>> CustomerRepository::anonymise(qint64 id, const QDateTime& nowUtc)
{
    QList<qint64> ids{id};
    {
        Query query(m_database,
                    QStringLiteral("SELECT id FROM customers WHERE merged_into = :id ORDER BY id"));
        query.bind(QStringLiteral(":id"), id);
        if (Status done = query.exec(QStringLiteral("customers.erase")); !done)
            return done.error();
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    for (qint64 each : ids) {
        if (Status cleared = clearDetails(each); !cleared)
            return cleared.error();
        Query file(m_database, QStringLiteral(R"sql(
            UPDATE customers SET name = :mark, name_key = '', gender = '', birthday = NULL,
                address = '', company = '', preferences = '', source = '', note = '',
                lost_reason = '', updated_at = :now
            WHERE id = :id)sql"));
        file.bind(QStringLiteral(":mark"), erasedName())
            .bind(QStringLiteral(":now"), nowUtc)
            .bind(QStringLiteral(":id"), each);
        if (Status done = file.exec(QStringLiteral("customers.erase")); !done)
            return done.error();
        for (const char* clear :
             {"UPDATE contacts SET note = '' WHERE customer_id = :id",
              "UPDATE callbacks SET note = '', outcome = '' WHERE customer_id = :id",
              "UPDATE callbacks SET status = 'cancelled' WHERE customer_id = :id "
              "AND status = 'pending'"}) {
            Query query(m_database, QString::fromUtf8(clear));
            query.bind(QStringLiteral(":id"), each);
            if (Status done = query.exec(QStringLiteral("customers.erase")); !done)
                return done.error();
        }
    }
    return ids;
}

Result<bool> CustomerRepository::purgeErased()
{
    // 'optimize' merges each full-text index into one segment, dropping the deleted
    // entries that would otherwise stay in older segments (the pieces spell the name).
    for (const char* purge :
         {"INSERT INTO customer_name_pieces (customer_name_pieces) VALUES ('optimize')",
          "INSERT INTO customer_text_pieces (customer_text_pieces) VALUES ('optimize')",
          "INSERT INTO customer_fts (customer_fts) VALUES ('optimize')"}) {
        Query query(m_database, QString::fromUtf8(purge));
        if (Status done = query.exec(QStringLiteral("customers.purge")); !done)
            return done.error();
    }
    // The write-ahead log still holds the old pages until it is checkpointed and cut; a
    // reader elsewhere (another counter) can keep it from being cut: say so, not "done".
    Query checkpoint(m_database, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (Status done = checkpoint.exec(QStringLiteral("customers.purge")); !done)
        return done.error();
    return !(checkpoint.next() && checkpoint.value(0).toInt() != 0);
}

Result<QList<Customer>> CustomerRepository::page(qint64 afterId, int limit)
{
    QList<qint64> ids;
    {
        Query query(m_database, QStringLiteral("SELECT id FROM customers WHERE id > :after AND "
                                               "merged_into IS NULL ORDER BY id LIMIT :limit"));
        query.bind(QStringLiteral(":after"), afterId).bind(QStringLiteral(":limit"), limit);
        if (Status done = query.exec(QStringLiteral("customers.page")); !done)
            return done.error();
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    QList<Customer> customers;
    for (qint64 id : ids) {
        Result<std::optional<Customer>> customer = get(id);
        if (!customer)
            return customer.error();
        if (customer.value())
            customers.append(*customer.value());
    }
    return customers;
}

Result<bool> CustomerRepository::receiptExists(const QString& receiptNo)
{
    Query query(m_database, QStringLiteral("SELECT 1 FROM purchases WHERE receipt_no = :no"));
    query.bind(QStringLiteral(":no"), receiptNo);
    if (Status done = query.exec(QStringLiteral("purchases.exists")); !done)
        return done.error();
    return query.next();
}

Result<qint64> CustomerRepository::insertPurchase(const Purchase& purchase, qint64 createdBy)
{
    qint64 purchaseId = 0;
    {
        Query query(m_database, QStringLiteral(R"sql(
            INSERT INTO purchases (customer_id, receipt_no, purchased_on, created_by, created_at)
            VALUES (:customer, :receipt, :date, :by, :at) RETURNING id
        )sql"));
        query.bind(QStringLiteral(":customer"), purchase.customerId)
            .bind(QStringLiteral(":receipt"), purchase.receiptNo)
            .bind(QStringLiteral(":date"), purchase.date.toString(Qt::ISODate))
            .bind(QStringLiteral(":by"), createdBy)
            .bind(QStringLiteral(":at"), toStoredTime(purchase.createdAt));
        if (Status done = query.exec(QStringLiteral("purchases.insert")); !done)
            return done.error();
        purchaseId = query.insertedId();
    }
    Query line(m_database, QStringLiteral(R"sql(
        INSERT INTO purchase_lines (purchase_id, product, quantity, unit_price_fen, unit_cost_fen)
        VALUES (:purchase, :product, :quantity, :price, :cost)
    )sql"));
    for (const PurchaseLine& item : purchase.lines) {
        line.bind(QStringLiteral(":purchase"), purchaseId)
            .bind(QStringLiteral(":product"), item.product)
            .bind(QStringLiteral(":quantity"), item.quantity)
            .bind(QStringLiteral(":price"), item.unitPriceFen)
            .bind(QStringLiteral(":cost"), item.unitCostFen);
        if (Status done = line.exec(QStringLiteral("purchases.line")); !done)
            return done.error();
    }
    return purchaseId;
}

Result<QList<Purchase>> CustomerRepository::purchases(qint64 customerId)
{
    Query query(m_database, QStringLiteral(R"sql(
        SELECT p.id, p.receipt_no, p.purchased_on, p.created_at, l.product, l.quantity,
               l.unit_price_fen, l.unit_cost_fen
        FROM purchases p JOIN purchase_lines l ON l.purchase_id = p.id
        WHERE p.customer_id = :customer
        ORDER BY p.purchased_on DESC, p.id DESC, l.id
    )sql"));
    query.bind(QStringLiteral(":customer"), customerId);
    if (Status done = query.exec(QStringLiteral("purchases.list")); !done)
        return done.error();
    QList<Purchase> list;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (list.isEmpty() || list.constLast().id != id) {
            Purchase purchase;
            purchase.id = id;
            purchase.customerId = customerId;
            purchase.receiptNo = query.value(1).toString();
            purchase.date = QDate::fromString(query.value(2).toString(), Qt::ISODate);
            purchase.createdAt = fromStoredTime(query.value(3).toString());
            list.append(purchase);
        }
        list.last().lines.append({query.value(4).toString(), query.value(5).toLongLong(),
                                  query.value(6).toLongLong(), query.value(7).toLongLong()});
    }
    return list;
}

Result<qint64> CustomerRepository::insertContact(const ContactEntry& entry, qint64 userId)
{
    Query query(m_database,
                QStringLiteral("INSERT INTO contacts (customer_id, at, channel, user_id, note) "
                               "VALUES (:customer, :at, :channel, :user, :note) RETURNING id"));
    query.bind(QStringLiteral(":customer"), entry.customerId)
        .bind(QStringLiteral(":at"), toStoredTime(entry.at))
        .bind(QStringLiteral(":channel"), CustomerKeys::key(entry.channel))
        .bind(QStringLiteral(":user"), userId)
        .bind(QStringLiteral(":note"), entry.note);
    if (Status done = query.exec(QStringLiteral("contacts.insert")); !done)
        return done.error();
    return query.insertedId();
}

Result<QList<ContactEntry>> CustomerRepository::contacts(qint64 customerId, int limit)
{
    Query query(m_database, QStringLiteral(R"sql(
        SELECT c.id, c.at, c.channel, u.username, c.note FROM contacts c JOIN users u ON u.id = c.user_id
        WHERE c.customer_id = :customer ORDER BY c.at DESC, c.id DESC LIMIT :limit
    )sql"));
    query.bind(QStringLiteral(":customer"), customerId).bind(QStringLiteral(":limit"), limit);
    if (Status done = query.exec(QStringLiteral("contacts.list")); !done)
        return done.error();
    QList<ContactEntry> list;
    while (query.next()) {
        ContactEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.customerId = customerId;
        entry.at = fromStoredTime(query.value(1).toString());
        entry.channel = CustomerKeys::fromKey<ContactChannel>(query.value(2).toString())
                            .value_or(ContactChannel::Phone);
        entry.username = query.value(3).toString();
        entry.note = query.value(4).toString();
        list.append(entry);
    }
    return list;
}

Result<QList<ComplaintSummary>> CustomerRepository::complaints(qint64 customerId, int limit)
{
    Query query(m_database, QStringLiteral(R"sql(
        SELECT c.number, c.received_at, c.status, c.severity, c.category, c.description, coalesce(u.username, '')
        FROM complaints c LEFT JOIN users u ON u.id = c.handler_id
        WHERE c.customer_id = :customer ORDER BY c.received_at DESC, c.id DESC LIMIT :limit
    )sql"));
    query.bind(QStringLiteral(":customer"), customerId).bind(QStringLiteral(":limit"), limit);
    if (Status done = query.exec(QStringLiteral("customers.complaints")); !done)
        return done.error();
    QList<ComplaintSummary> list;
    while (query.next())
        list.append({query.value(0).toString(), fromStoredTime(query.value(1).toString()),
                     query.value(2).toString(), query.value(3).toString(),
                     query.value(4).toString(), query.value(5).toString(),
                     query.value(6).toString()});
    return list;
}

Result<ProfitContribution> CustomerRepository::profit(qint64 customerId, const QDate& since)
{
    Query query(m_database, QStringLiteral(R"sql(
        SELECT count(DISTINCT p.id),
               coalesce(sum(l.quantity * l.unit_price_fen), 0),
               coalesce(sum(l.quantity * (l.unit_price_fen - l.unit_cost_fen)), 0),
               coalesce(sum(CASE WHEN p.purchased_on >= :since
                                 THEN l.quantity * (l.unit_price_fen - l.unit_cost_fen) END), 0)
        FROM purchases p JOIN purchase_lines l ON l.purchase_id = p.id
        WHERE p.customer_id = :customer
    )sql"));
    query.bind(QStringLiteral(":customer"), customerId)
        .bind(QStringLiteral(":since"), since.toString(Qt::ISODate));
    if (Status done = query.exec(QStringLiteral("purchases.profit")); !done)
        return done.error();
    ProfitContribution profit;
    if (query.next()) {
        profit.purchases = query.value(0).toInt();
        profit.revenueFen = query.value(1).toLongLong();
        profit.lifetimeFen = query.value(2).toLongLong();
        profit.last12MonthsFen = query.value(3).toLongLong();
    }
    return profit;
}

Result<QHash<qint64, qint64>> CustomerRepository::lifetimeProfits(const QList<qint64>& ids)
{
    Query query(m_database, QStringLiteral(R"sql(
        SELECT p.customer_id, sum(l.quantity * (l.unit_price_fen - l.unit_cost_fen))
        FROM purchases p JOIN purchase_lines l ON l.purchase_id = p.id
        WHERE p.customer_id IN (%1)
        GROUP BY p.customer_id
    )sql")
                                .arg(m_database.dialect().idsIn(QStringLiteral(":ids"))));
    query.bind(QStringLiteral(":ids"), idsJson(ids));
    if (Status done = query.exec(QStringLiteral("purchases.profits")); !done)
        return done.error();
    QHash<qint64, qint64> profits;
    while (query.next())
        profits.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
    return profits;
}

} // namespace cc
