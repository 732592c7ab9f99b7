#include "DemoData.h"

#include "DemoGenerator.h"
#include "accounts/AuditLog.h"
#include "accounts/PasswordHasher.h"
#include "accounts/Permissions.h"
#include "accounts/User.h"
#include "accounts/UserRepository.h"
#include "base/Clock.h"
#include "compensation/CompensationRepository.h"
#include "complaints/ComplaintSettings.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/WriteTransaction.h"
#include "store/StoreSettings.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QScopeGuard>

#include <algorithm>
#include <climits>

namespace cc {

using demo::Generator;
using demo::StaffMember;

namespace {

// The secondary indexes of the tables the demo fills, as their migrations made them:
// dropped before the bulk insert and built again after it, which is several times faster
// than keeping them up to date row by row.
const char* const filledTables[] = {"customers",      "customer_phones", "customer_tags",
                                    "family_members", "purchases",       "purchase_lines",
                                    "contacts",       "complaints",      "complaint_events",
                                    "custody_items",  "callbacks",       "compensations"};

// Indexes whose rows arrive in index order anyway (a case's events after the case, cases in
// the order received): kept, since appending to them costs less than sorting them later.
const char* const appendedIndexes[] = {"complaint_events_complaint", "complaints_received",
                                       "purchase_lines_purchase",    "custody_items_complaint",
                                       "compensations_complaint",    "callbacks_complaint"};

// The secondary indexes of the filled tables, dropped for the bulk insert.
struct SavedIndex {
    QByteArray name;
    QByteArray sql;
};

QList<SavedIndex> secondaryIndexes(sqlite3* db)
{
    QList<SavedIndex> found;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db,
                           "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND "
                           "sql IS NOT NULL AND tbl_name = ?1",
                           -1, &statement, nullptr) != SQLITE_OK)
        return found;
    for (const char* table : filledTables) {
        sqlite3_bind_text(statement, 1, table, -1, SQLITE_STATIC);
        while (sqlite3_step(statement) == SQLITE_ROW) {
            const QByteArray name(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
            if (std::find(std::begin(appendedIndexes), std::end(appendedIndexes), name) ==
                std::end(appendedIndexes))
                found.append({name, QByteArray(reinterpret_cast<const char*>(
                                        sqlite3_column_text(statement, 1)))});
        }
        sqlite3_reset(statement);
    }
    sqlite3_finalize(statement);
    return found;
}

Status runSql(sqlite3* db, const QByteArray& sql)
{
    char* message = nullptr;
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : "");
        sqlite3_free(message);
        return makeError(ErrorCode::Internal, text);
    }
    return {};
}

} // namespace

DemoData::DemoData(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

} // namespace cc

namespace cc {

Result<DemoReport> DemoData::fill(const Actor& by, const DemoOptions& options,
                                  const Progress& progress)
{
    if (Status allowed = Permissions::require(by, Action::FillDemoData); !allowed)
        return allowed.error();
    if (options.customers < 1 || options.customers > maxCustomers)
        return makeError(ErrorCode::Validation,
                         tr("Customers: give a number from 1 to %L1.").arg(maxCustomers));
    DemoOptions wanted = options;
    if (wanted.complaints < 0)
        wanted.complaints = wanted.customers / 2;
    if (wanted.complaints > maxComplaints)
        return makeError(ErrorCode::Validation,
                         tr("Complaints: give a number from 0 to %L1.").arg(maxComplaints));
    if (m_database.isReadOnly())
        return makeError(ErrorCode::DatabaseUnusable,
                         tr("The database is open read-only: demo data cannot be added."));
    QString password = wanted.staffPassword;
    if (password.isEmpty()) {
        // Nobody knows it: a manager sets a real one in Admin → Users before anyone uses it.
        for (int i = 0; i < 32; ++i)
            password += QLatin1Char(char('a' + QRandomGenerator::system()->bounded(26)));
    } else if (Status strong = PasswordHasher::checkPolicy(password); !strong) {
        return makeError(ErrorCode::Validation,
                         tr("Staff password: %1").arg(strong.error().message));
    }
    sqlite3* db = m_database.nativeHandle();
    if (!db)
        return makeError(ErrorCode::Internal, tr("Demo data needs the embedded SQLite database."));

    QElapsedTimer timer;
    timer.start();
    // Every reference the generator writes is to a row it wrote just before or to a user it
    // read: checking each against its parent costs a random read per row at a million rows.
    // The pragma only takes effect outside a transaction, and is back on however this ends
    // (the tests run `PRAGMA foreign_key_check` on generated stores).
    if (Status off = runSql(db, "PRAGMA foreign_keys = OFF"); !off)
        return off.error();
    // An empty store's new pages need no journal: in rollback-journal mode they are written
    // once, where WAL writes them twice (to the log, then into the file). Only possible
    // while no other connection has the file open; otherwise it stays in WAL, just slower.
    // A crash in between leaves a journal that the next open rolls back, as for any write.
    const bool journalled = runSql(db, "PRAGMA journal_mode = DELETE").ok();
    // Declared before the transaction, so they run after its commit or rollback, when
    // these pragmas cannot fail (and every open sets WAL again in any case).
    const auto settingsBack = qScopeGuard([db, journalled] {
        (void)runSql(db, "PRAGMA foreign_keys = ON");
        if (journalled)
            (void)runSql(db, "PRAGMA journal_mode = WAL");
    });
    WriteTransaction transaction(m_database);
    if (Status begun = transaction.begin(); !begun)
        return begun.error();
    {
        Query existing(m_database, QStringLiteral("SELECT count(*) FROM customers"));
        if (Status done = existing.exec(QStringLiteral("demo.count")); !done)
            return done.error();
        const qint64 files = existing.next() ? existing.value(0).toLongLong() : 0;
        if (files > 0)
            return makeError(ErrorCode::Conflict,
                             tr("Customers: the store already has %n customer file(s); demo "
                                "data only fills an empty store.",
                                nullptr, int(std::min<qint64>(files, INT_MAX))));
    }
    StoreSettings settings(m_database, m_clock);
    Result<ServicePromise> promise = ComplaintSettings(m_database, m_clock).servicePromise();
    if (!promise)
        return promise.error();
    Result<qint64> majorAmount = settings.majorAmountFen();
    if (!majorAmount)
        return majorAmount.error();
    Result<AuthorityTable> authority = CompensationRepository(m_database).authority();
    if (!authority)
        return authority.error();

    DemoReport report;
    const QDateTime now = m_clock.nowUtc();
    Result<QString> hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.error();
    UserRepository users(m_database);
    QList<StaffMember> staff;
    for (const DemoVocabulary::Staff& member : DemoVocabulary::get().staff) {
        Result<std::optional<User>> found = users.findByName(member.username);
        if (!found)
            return found.error();
        if (found.value()) {
            staff.append({found.value()->id, found.value()->username, found.value()->role});
            continue;
        }
        User user;
        user.username = member.username;
        user.displayName = member.displayName;
        user.role = member.supervisor ? Role::Supervisor : Role::Clerk;
        user.createdAt = now;
        Result<qint64> id = users.insert(user, hash.value());
        if (!id)
            return id.error();
        staff.append({id.value(), user.username, user.role});
        ++report.staff;
    }
    if (std::none_of(staff.cbegin(), staff.cend(),
                     [](const StaffMember& m) { return m.role == Role::Clerk; }) ||
        std::none_of(staff.cbegin(), staff.cend(),
                     [](const StaffMember& m) { return m.role != Role::Clerk; }))
        return makeError(ErrorCode::Conflict,
                         tr("Staff: the demo staff's user names are taken by other roles."));

    // Build the indexes once at the end rather than row by row, with a larger page cache.
    const QList<SavedIndex> indexes = secondaryIndexes(db);
    for (const SavedIndex& index : indexes) {
        if (Status dropped = runSql(db, "DROP INDEX \"" + index.name + "\""); !dropped)
            return dropped.error();
    }
    if (Status cached = runSql(db, "PRAGMA cache_size = -131072"); !cached)
        return cached.error();
    // SQLite builds a temporary index for each "x IN ('a', 'b', ...)" CHECK on every row
    // inserted: most of the cost of a row. The generator writes only keys it takes from
    // the domain's own key functions, and the check at the end (integrity_check, run by
    // the tests on every generated store) still verifies each CHECK constraint.
    if (Status unchecked = runSql(db, "PRAGMA ignore_check_constraints = ON"); !unchecked)
        return unchecked.error();
    Generator generator(db, wanted, now, staff,
                        StaffMember{by.userId.value_or(0), by.username, Role::Manager},
                        promise.value(), majorAmount.value(), authority.value(), progress);
    Status generated = generator.run(report);
    // Index builds sort; a second core helps.
    if (generated)
        generated = runSql(db, "PRAGMA threads = 2");
    for (const SavedIndex& index : indexes) {
        if (!generated)
            break;
        generated = runSql(db, index.sql);
    }
    // The days' last complaint numbers, which the counter's next complaint goes on from.
    if (generated)
        generated = runSql(db, R"sql(INSERT INTO complaint_numbers (day, last)
            SELECT day, max(seq) FROM complaints WHERE true GROUP BY day
            ON CONFLICT (day) DO UPDATE SET last = max(last, excluded.last))sql");
    for (const char* restore : {"PRAGMA cache_size = -2000", "PRAGMA threads = 0",
                                "PRAGMA ignore_check_constraints = OFF"}) {
        if (Status reset = runSql(db, restore); !reset && generated)
            generated = reset;
    }
    if (!generated)
        return generated.error();
    if (progress && !progress(97))
        return makeError(ErrorCode::Conflict, tr("Demo data: cancelled; nothing was kept."));

    AuditLog audit(m_database, m_clock);
    if (Status logged = audit.append(
            by, QStringLiteral("demo.fill"), QStringLiteral("store"), QString(),
            AuditLog::details({{QStringLiteral("customers"), QString::number(report.customers)},
                               {QStringLiteral("complaints"), QString::number(report.complaints)},
                               {QStringLiteral("staff"), QString::number(report.staff)},
                               {QStringLiteral("seed"), QString::number(wanted.seed)}}));
        !logged)
        return logged.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    if (progress)
        progress(100);
    report.elapsedMs = timer.elapsed();
    return report;
}

} // namespace cc
