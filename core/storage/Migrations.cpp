#include "Migrations.h"

#include "Migration.h"

#include "Database.h"
#include "Dialect.h"
#include "WriteTransaction.h"
#include "base/ChineseText.h"
#include "base/SearchKeys.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace cc {

namespace {

// `status IN ('active', 'lost')` in a CHECK constraint as `(status = 'active' OR status =
// 'lost')`, and `active IN (0, 1)` alike. The two accept the same values, but SQLite builds a
// temporary index for an IN list of more than two values on every row it checks: on a customer's
// row and its phones that was a third of the cost of an import. Each such table is rebuilt as
// SQLite documents for changing a constraint (lang_altertable.html, section 7): a new table of
// the new text, the rows copied, the old one dropped, the new one renamed, and its indexes and
// triggers made again. Every row already satisfies the new text, since it means the same.
Status expandInChecks(Database& database)
{
    static const QRegularExpression list(
        QStringLiteral(R"re(\b(\w+) IN \(((?:'[^']*'|-?\d+)(?:\s*,\s*(?:'[^']*'|-?\d+))*)\))re"));
    static const QRegularExpression value(QStringLiteral(R"re('[^']*'|-?\d+)re"));
    static const QRegularExpression head(QStringLiteral(R"re(^CREATE TABLE\s+"?(\w+)"?)re"));
    struct Rebuild {
        QString table;
        QString definition;     ///< the CREATE TABLE with the lists spelled out
        QStringList dependents; ///< its indexes and triggers, as written
    };
    QList<Rebuild> rebuilds;
    {
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral(
                "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%CHECK%'")))
            return database.translateError(query.lastError(), QStringLiteral("migrations.checks"));
        while (query.next()) {
            const QString table = query.value(0).toString();
            const QString sql = query.value(1).toString();
            QString expanded;
            qsizetype from = 0;
            for (QRegularExpressionMatchIterator it = list.globalMatch(sql); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                QStringList alternatives;
                for (QRegularExpressionMatchIterator v = value.globalMatch(match.captured(2));
                     v.hasNext();)
                    alternatives << match.captured(1) + QStringLiteral(" = ") + v.next().captured();
                expanded += sql.mid(from, match.capturedStart() - from) + QLatin1Char('(') +
                            alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
                from = match.capturedEnd();
            }
            if (from > 0)
                rebuilds.append({table, expanded + sql.mid(from), {}});
        }
    }
    for (Rebuild& rebuild : rebuilds) {
        QSqlQuery query(database.connection());
        query.prepare(QStringLiteral("SELECT sql FROM sqlite_schema WHERE tbl_name = :table "
                                     "AND type IN ('index', 'trigger') AND sql IS NOT NULL"));
        query.bindValue(QStringLiteral(":table"), rebuild.table);
        if (!query.exec())
            return database.translateError(query.lastError(), QStringLiteral("migrations.checks"));
        while (query.next())
            rebuild.dependents << query.value(0).toString();
    }
    for (const Rebuild& rebuild : rebuilds) {
        // Names read from our own schema, never typed by anyone: DDL cannot bind them.
        const QString table = QStringLiteral("\"%1\"").arg(rebuild.table);
        const QString fresh = QStringLiteral("\"%1_rebuilt\"").arg(rebuild.table);
        QString definition = rebuild.definition;
        definition.replace(head, QStringLiteral("CREATE TABLE ") + fresh);
        QStringList steps{definition,
                          QStringLiteral("INSERT INTO %1 SELECT * FROM %2").arg(fresh, table),
                          QStringLiteral("DROP TABLE %1").arg(table),
                          QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(fresh, table)};
        steps << rebuild.dependents;
        for (const QString& step : steps)
            if (Status done = database.execute(step); !done)
                return done;
    }
    return {};
}

// The two-character pieces of every file's address and note, as a saved file writes them.
Status indexTextPieces(Database& database)
{
    QSqlQuery files(database.connection());
    files.setForwardOnly(true);
    if (!files.exec(QStringLiteral("SELECT id, address, note, preferences FROM customers")))
        return database.translateError(files.lastError(), QStringLiteral("migrations.text"));
    QSqlQuery insert(database.connection());
    insert.prepare(
        QStringLiteral("INSERT INTO customer_text_pieces (rowid, pieces) VALUES (:id, :pieces)"));
    while (files.next()) {
        const QString pieces = SearchKeys::textPieces(
            {ChineseText::searchKey(files.value(1).toString()),
             ChineseText::searchKey(files.value(2).toString() + QLatin1Char(' ') +
                                    files.value(3).toString())});
        if (pieces.isEmpty())
            continue;
        insert.bindValue(QStringLiteral(":id"), files.value(0));
        insert.bindValue(QStringLiteral(":pieces"), pieces);
        if (!insert.exec())
            return database.translateError(insert.lastError(), QStringLiteral("migrations.text"));
    }
    return {};
}

} // namespace

// Append only. A released migration is never edited: add a new one instead.
const QList<Migration>& sqliteMigrations()
{
    static const QList<Migration> all{
        {1,
         {
             R"sql(PRAGMA application_id = 1128489330)sql", // Database::applicationId
             R"sql(CREATE TABLE store (
                 id INTEGER PRIMARY KEY CHECK (id = 1),
                 name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
                 hotline TEXT NOT NULL DEFAULT '',
                 created_at TEXT NOT NULL
             ) STRICT)sql",
             R"sql(CREATE TABLE settings (
                 key TEXT PRIMARY KEY,
                 value TEXT NOT NULL
             ) STRICT, WITHOUT ROWID)sql",
             R"sql(CREATE TABLE users (
                 id INTEGER PRIMARY KEY,
                 username TEXT NOT NULL UNIQUE COLLATE NOCASE,
                 display_name TEXT NOT NULL,
                 role TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor', 'manager')),
                 password_hash TEXT NOT NULL,
                 active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
                 failed_attempts INTEGER NOT NULL DEFAULT 0,
                 locked_until TEXT,
                 created_at TEXT NOT NULL,
                 deactivated_at TEXT
             ) STRICT)sql",
             R"sql(CREATE TABLE audit_log (
                 id INTEGER PRIMARY KEY,
                 at TEXT NOT NULL,
                 actor_id INTEGER REFERENCES users(id),
                 actor TEXT NOT NULL,
                 action TEXT NOT NULL,
                 entity_kind TEXT NOT NULL,
                 entity_id TEXT NOT NULL,
                 detail TEXT NOT NULL DEFAULT '',
                 prev_hash TEXT NOT NULL,
                 hash TEXT NOT NULL
             ) STRICT)sql",
             R"sql(CREATE INDEX audit_log_at ON audit_log(at))sql",
             R"sql(CREATE INDEX audit_log_entity ON audit_log(entity_kind, entity_id))sql",
             R"sql(CREATE INDEX audit_log_actor ON audit_log(actor_id))sql",
             R"sql(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
                 BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)sql",
             R"sql(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
                 BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)sql",
         }},
        {2,
         {
             // Customer files (seed 003 篇二), found by phone, name, file or receipt number.
             R"sql(CREATE TABLE customers (
                 id INTEGER PRIMARY KEY,
                 file_no TEXT NOT NULL UNIQUE,
                 name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
                 name_key TEXT NOT NULL,
                 gender TEXT NOT NULL DEFAULT '' CHECK (gender IN ('', 'f', 'm')),
                 birthday TEXT,
                 address TEXT NOT NULL DEFAULT '',
                 company TEXT NOT NULL DEFAULT '',
                 category TEXT NOT NULL DEFAULT 'general' CHECK (category IN ('general', 'special')),
                 stage TEXT NOT NULL DEFAULT 'potential' CHECK (stage IN ('potential', 'target',
                     'first_purchase', 'repeat', 'long_term', 'advocate', 'unqualified')),
                 status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'lost', 'won_back')),
                 lost_reason TEXT NOT NULL DEFAULT '',
                 confidentiality TEXT NOT NULL DEFAULT 'normal'
                     CHECK (confidentiality IN ('normal', 'confidential', 'secret')),
                 owner_id INTEGER NOT NULL REFERENCES users(id),
                 preferences TEXT NOT NULL DEFAULT '',
                 source TEXT NOT NULL DEFAULT '',
                 note TEXT NOT NULL DEFAULT '',
                 merged_into INTEGER REFERENCES customers(id),
                 created_at TEXT NOT NULL,
                 updated_at TEXT NOT NULL
             ) STRICT)sql",
             R"sql(CREATE INDEX customers_name_key ON customers(name_key))sql",
             R"sql(CREATE INDEX customers_owner ON customers(owner_id))sql",
             R"sql(CREATE TABLE customer_phones (
                 id INTEGER PRIMARY KEY,
                 customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
                 e164 TEXT NOT NULL,
                 label TEXT NOT NULL DEFAULT 'mobile' CHECK (label IN ('mobile', 'home', 'office', 'other')),
                 national_digits TEXT NOT NULL,
                 reversed_digits TEXT NOT NULL,
                 UNIQUE (customer_id, e164)
             ) STRICT)sql",
             R"sql(CREATE INDEX customer_phones_e164 ON customer_phones(e164))sql",
             R"sql(CREATE INDEX customer_phones_national ON customer_phones(national_digits))sql",
             R"sql(CREATE INDEX customer_phones_reversed ON customer_phones(reversed_digits))sql",
             R"sql(CREATE TABLE customer_tags (
                 customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
                 tag TEXT NOT NULL,
                 PRIMARY KEY (customer_id, tag)
             ) STRICT, WITHOUT ROWID)sql",
             R"sql(CREATE TABLE family_members (
                 id INTEGER PRIMARY KEY,
                 customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
                 name TEXT NOT NULL,
                 relation TEXT NOT NULL DEFAULT '',
                 birthday TEXT
             ) STRICT)sql",
             R"sql(CREATE INDEX family_members_customer ON family_members(customer_id))sql",
             // One and two character pieces of the name: a two-character Chinese name
             // fragment is found through an index, where a trigram index cannot help.
             R"sql(CREATE TABLE customer_name_grams (
                 gram TEXT NOT NULL,
                 customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
                 PRIMARY KEY (gram, customer_id)
             ) STRICT, WITHOUT ROWID)sql",
             R"sql(CREATE INDEX customer_name_grams_customer ON customer_name_grams(customer_id))sql",
             // Fragments of three or more characters of name, address, note and phones.
             R"sql(CREATE VIRTUAL TABLE customer_fts USING fts5(
                 name_key, address, note, phones, tokenize = 'trigram'))sql",
             R"sql(CREATE TABLE purchases (
                 id INTEGER PRIMARY KEY,
                 customer_id INTEGER NOT NULL REFERENCES customers(id),
                 receipt_no TEXT NOT NULL,
                 purchased_on TEXT NOT NULL,
                 created_by INTEGER NOT NULL REFERENCES users(id),
                 created_at TEXT NOT NULL,
                 UNIQUE (receipt_no)
             ) STRICT)sql",
             R"sql(CREATE INDEX purchases_customer ON purchases(customer_id, purchased_on))sql",
             R"sql(CREATE TABLE purchase_lines (
                 id INTEGER PRIMARY KEY,
                 purchase_id INTEGER NOT NULL REFERENCES purchases(id) ON DELETE CASCADE,
                 product TEXT NOT NULL,
                 quantity INTEGER NOT NULL CHECK (quantity > 0),
                 unit_price_fen INTEGER NOT NULL CHECK (unit_price_fen >= 0),
                 unit_cost_fen INTEGER NOT NULL CHECK (unit_cost_fen >= 0)
             ) STRICT)sql",
             R"sql(CREATE INDEX purchase_lines_purchase ON purchase_lines(purchase_id))sql",
             R"sql(CREATE TABLE contacts (
                 id INTEGER PRIMARY KEY,
                 customer_id INTEGER NOT NULL REFERENCES customers(id),
                 at TEXT NOT NULL,
                 channel TEXT NOT NULL CHECK (channel IN ('phone', 'visit', 'sms', 'wechat', 'email', 'letter')),
                 user_id INTEGER NOT NULL REFERENCES users(id),
                 note TEXT NOT NULL
             ) STRICT)sql",
             R"sql(CREATE INDEX contacts_customer ON contacts(customer_id, at))sql",
         }},
        {3,
         {
             // Complaints (seed 003 篇三, 篇九): numbered TS-YYYYMMDD-NNNN, gap-free per day.
             R"sql(CREATE TABLE complaints (
                 id INTEGER PRIMARY KEY,
                 number TEXT NOT NULL UNIQUE,
                 day TEXT NOT NULL,
                 seq INTEGER NOT NULL,
                 customer_id INTEGER NOT NULL REFERENCES customers(id),
                 channel TEXT NOT NULL CHECK (channel IN ('walk_in', 'phone', 'written', 'online', 'head_office')),
                 category TEXT NOT NULL CHECK (category IN ('quality', 'service', 'price', 'attitude', 'delivery', 'other')),
                 description TEXT NOT NULL CHECK (length(description) > 0),
                 demand TEXT NOT NULL DEFAULT '' CHECK (demand IN ('', 'refund', 'exchange', 'repair',
                     'compensation', 'apology', 'other')),
                 product TEXT NOT NULL DEFAULT '',
                 receipt_no TEXT NOT NULL DEFAULT '',
                 purchase_date TEXT,
                 price_fen INTEGER CHECK (price_fen >= 0),
                 about_staff_id INTEGER REFERENCES users(id),
                 flags TEXT NOT NULL DEFAULT '',
                 severity TEXT NOT NULL CHECK (severity IN ('general', 'major')),
                 severity_reasons TEXT NOT NULL DEFAULT '',
                 status TEXT NOT NULL CHECK (status IN ('received', 'in_progress', 'awaiting_approval',
                     'resolved', 'closed', 'cancelled')),
                 handler_id INTEGER REFERENCES users(id),
                 received_at TEXT NOT NULL,
                 reply_due TEXT NOT NULL,
                 resolve_due TEXT NOT NULL,
                 escalate_due TEXT NOT NULL,
                 escalated_at TEXT,
                 resolution TEXT NOT NULL DEFAULT '',
                 satisfaction INTEGER CHECK (satisfaction BETWEEN 0 AND 5),
                 created_by INTEGER NOT NULL REFERENCES users(id),
                 created_at TEXT NOT NULL,
                 updated_at TEXT NOT NULL,
                 UNIQUE (day, seq)
             ) STRICT)sql",
             R"sql(CREATE INDEX complaints_customer ON complaints(customer_id, received_at))sql",
             R"sql(CREATE INDEX complaints_status_due ON complaints(status, resolve_due))sql",
             R"sql(CREATE INDEX complaints_handler ON complaints(handler_id, status))sql",
             // The case's timeline: every transition, note, assignment and escalation.
             R"sql(CREATE TABLE complaint_events (
                 id INTEGER PRIMARY KEY,
                 complaint_id INTEGER NOT NULL REFERENCES complaints(id),
                 at TEXT NOT NULL,
                 actor_id INTEGER REFERENCES users(id),
                 actor TEXT NOT NULL,
                 kind TEXT NOT NULL CHECK (kind IN ('received', 'transition', 'note', 'assignment', 'escalation', 'custody')),
                 from_status TEXT NOT NULL DEFAULT '',
                 to_status TEXT NOT NULL DEFAULT '',
                 note TEXT NOT NULL DEFAULT ''
             ) STRICT)sql",
             R"sql(CREATE INDEX complaint_events_complaint ON complaint_events(complaint_id, id))sql",
             // Items left in the store's custody (seed 000: the boots kept for the technical
             // department).
             R"sql(CREATE TABLE custody_items (
                 id INTEGER PRIMARY KEY,
                 complaint_id INTEGER NOT NULL REFERENCES complaints(id),
                 item TEXT NOT NULL CHECK (length(item) > 0),
                 condition TEXT NOT NULL DEFAULT '',
                 sent_to TEXT NOT NULL DEFAULT '',
                 taken_at TEXT NOT NULL,
                 taken_by INTEGER REFERENCES users(id),
                 returned_at TEXT,
                 returned_by INTEGER REFERENCES users(id)
             ) STRICT)sql",
             R"sql(CREATE INDEX custody_items_complaint ON custody_items(complaint_id))sql",
         }},
        {4,
         {
             // What a user has typed into a form and not yet saved (the complaint intake
             // form), kept as they type so a crash, a power cut or the lock loses nothing.
             R"sql(CREATE TABLE drafts (
                 user_id INTEGER NOT NULL REFERENCES users(id),
                 kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
                 payload TEXT NOT NULL,
                 saved_at TEXT NOT NULL,
                 PRIMARY KEY (user_id, kind)
             ) STRICT, WITHOUT ROWID)sql",
             // The handler's five "clears" (seed 003 篇九), ticked on the case.
             R"sql(CREATE TABLE complaint_checks (
                 complaint_id INTEGER NOT NULL REFERENCES complaints(id),
                 item TEXT NOT NULL CHECK (item IN ('listen', 'ask', 'follow', 'reply', 'record')),
                 checked_by INTEGER REFERENCES users(id),
                 checked_at TEXT NOT NULL,
                 PRIMARY KEY (complaint_id, item)
             ) STRICT, WITHOUT ROWID)sql",
         }},
        {5,
         {
             // Whether and when a customer may be called (seed 003 篇二: preferred contact
             // channel and times). Callbacks are never scheduled against these.
             R"sql(ALTER TABLE customers ADD COLUMN contact_ok INTEGER NOT NULL DEFAULT 1
                 CHECK (contact_ok IN (0, 1)))sql",
             R"sql(ALTER TABLE customers ADD COLUMN contact_hours TEXT NOT NULL DEFAULT '')sql",
             R"sql(CREATE INDEX customers_birthday_day ON customers(substr(birthday, 6, 5))
                 WHERE birthday IS NOT NULL)sql",
             R"sql(CREATE INDEX family_members_birthday_day
                 ON family_members(substr(birthday, 6, 5)) WHERE birthday IS NOT NULL)sql",
             // Callbacks (回访, seed 003 篇八 7): scheduled by the rules, worked from the
             // day's call list. `source` makes a rule's callback unique: the same receipt,
             // birthday or resolved case never schedules twice.
             R"sql(CREATE TABLE callbacks (
                 id INTEGER PRIMARY KEY,
                 customer_id INTEGER NOT NULL REFERENCES customers(id),
                 reason TEXT NOT NULL CHECK (reason IN ('purchase_3d', 'purchase_30d',
                     'purchase_60d', 'visit_3d', 'visit_15d', 'complaint_followup', 'birthday',
                     'holiday', 'maintenance', 'manual')),
                 source TEXT,
                 complaint_id INTEGER REFERENCES complaints(id),
                 due_at TEXT NOT NULL,
                 status TEXT NOT NULL DEFAULT 'pending'
                     CHECK (status IN ('pending', 'done', 'missed', 'cancelled')),
                 assignee_id INTEGER NOT NULL REFERENCES users(id),
                 attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
                 note TEXT NOT NULL DEFAULT '',
                 outcome TEXT NOT NULL DEFAULT '',
                 satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
                 created_at TEXT NOT NULL,
                 created_by INTEGER REFERENCES users(id),
                 finished_at TEXT,
                 finished_by INTEGER REFERENCES users(id),
                 UNIQUE (reason, source)
             ) STRICT)sql",
             R"sql(CREATE INDEX callbacks_status_due ON callbacks(status, due_at))sql",
             R"sql(CREATE INDEX callbacks_assignee ON callbacks(assignee_id, status, due_at))sql",
             R"sql(CREATE INDEX callbacks_customer ON callbacks(customer_id, due_at))sql",
             R"sql(CREATE INDEX callbacks_complaint ON callbacks(complaint_id)
                 WHERE complaint_id IS NOT NULL)sql",
             // Each callback outcome is written onto the customer's contact log.
             R"sql(ALTER TABLE contacts ADD COLUMN callback_id INTEGER REFERENCES callbacks(id))sql",
             // Holidays the store greets its customers on, with their date each year.
             R"sql(CREATE TABLE holidays (
                 id INTEGER PRIMARY KEY,
                 name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
                 day TEXT NOT NULL,
                 UNIQUE (name, day)
             ) STRICT)sql",
             // Products that want servicing every so many days (seed 004).
             R"sql(CREATE TABLE service_intervals (
                 id INTEGER PRIMARY KEY,
                 product TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(product) BETWEEN 1 AND 60),
                 days INTEGER NOT NULL CHECK (days BETWEEN 1 AND 3650)
             ) STRICT)sql",
             // Cases resolved before callbacks existed get their follow-up the next morning
             // (10:00 in China), so that they can still be closed.
             R"sql(INSERT INTO callbacks (customer_id, reason, source, complaint_id, due_at,
                     assignee_id, created_at)
                 SELECT c.customer_id, 'complaint_followup', 'complaint:' || c.id || ':1', c.id,
                     strftime('%Y-%m-%dT02:00:00.000Z', c.updated_at, '+1 day'),
                     CASE WHEN cu.owner_id IS NOT c.about_staff_id THEN cu.owner_id
                          ELSE coalesce(c.handler_id, c.created_by) END,
                     c.updated_at
                 FROM complaints c JOIN customers cu ON cu.id = c.customer_id
                 WHERE c.status = 'resolved')sql",
         }},
        {6,
         {
             // The authority table (权限核决表, seed 003 篇三 2.9): the most each role may grant
             // alone, per kind of compensation; NULL means no limit. Every change bumps its
             // version, and each decision records the version it applied.
             R"sql(CREATE TABLE authority_limits (
                 kind TEXT NOT NULL CHECK (kind IN ('refund', 'exchange', 'repair', 'voucher',
                     'gift', 'cash', 'upgrade')),
                 role TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor', 'manager')),
                 max_fen INTEGER CHECK (max_fen >= 0),
                 PRIMARY KEY (kind, role)
             ) STRICT, WITHOUT ROWID)sql",
             R"sql(INSERT INTO authority_limits (kind, role, max_fen)
                 SELECT k.kind, r.role,
                     CASE r.role
                         WHEN 'clerk' THEN CASE WHEN k.kind IN ('gift', 'voucher') THEN 5000
                                                ELSE 0 END
                         WHEN 'supervisor' THEN 50000
                         ELSE NULL END
                 FROM (SELECT 'refund' AS kind UNION ALL SELECT 'exchange' UNION ALL
                       SELECT 'repair' UNION ALL SELECT 'voucher' UNION ALL SELECT 'gift'
                       UNION ALL SELECT 'cash' UNION ALL SELECT 'upgrade') k,
                      (SELECT 'clerk' AS role UNION ALL SELECT 'supervisor' UNION ALL
                       SELECT 'manager') r)sql",
             R"sql(INSERT INTO settings (key, value) VALUES ('authority_version', '1'))sql",
             // Compensation requested on a complaint, and its decision.
             R"sql(CREATE TABLE compensations (
                 id INTEGER PRIMARY KEY,
                 complaint_id INTEGER NOT NULL REFERENCES complaints(id),
                 customer_id INTEGER NOT NULL REFERENCES customers(id),
                 kind TEXT NOT NULL CHECK (kind IN ('refund', 'exchange', 'repair', 'voucher',
                     'gift', 'cash', 'upgrade')),
                 amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
                 reason TEXT NOT NULL CHECK (length(reason) > 0),
                 requested_by INTEGER NOT NULL REFERENCES users(id),
                 requested_at TEXT NOT NULL,
                 status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
                 approver_role TEXT NOT NULL
                     CHECK (approver_role IN ('clerk', 'supervisor', 'manager')),
                 recommended_by INTEGER REFERENCES users(id),
                 recommended_at TEXT,
                 recommendation TEXT NOT NULL DEFAULT '',
                 decided_by INTEGER REFERENCES users(id),
                 decided_at TEXT,
                 granted_fen INTEGER CHECK (granted_fen >= 0),
                 comment TEXT NOT NULL DEFAULT '',
                 authority_version INTEGER
             ) STRICT)sql",
             R"sql(CREATE INDEX compensations_status ON compensations(status, requested_at))sql",
             R"sql(CREATE INDEX compensations_complaint ON compensations(complaint_id))sql",
             R"sql(CREATE INDEX compensations_customer ON compensations(customer_id, decided_at))sql",
         }},
        {7,
         {
             // The last good backup is the newest `backup.create` entry: found by index, even
             // in a long log with none (the dashboard asks on every refresh).
             R"sql(CREATE INDEX audit_log_action ON audit_log(action, id))sql",
         }},
        {8,
         {
             // When the standing resolution was given: the monthly report's "on time".
             R"sql(ALTER TABLE complaints ADD COLUMN resolved_at TEXT)sql",
             R"sql(UPDATE complaints SET resolved_at = (SELECT max(e.at) FROM complaint_events e
                     WHERE e.complaint_id = complaints.id AND e.to_status = 'resolved')
                 WHERE status IN ('resolved', 'closed'))sql",
             // The monthly report reads a month of complaints from this index alone.
             R"sql(CREATE INDEX complaints_received ON complaints(received_at, category,
                 severity, channel, status, satisfaction, resolve_due, resolved_at))sql",
         }},
        {9,
         {
             // When a customer was lost or won back (seed 001 项目八): the churn report counts
             // the customers lost in a period, even those won back since.
             R"sql(CREATE TABLE customer_status_changes (
                 id INTEGER PRIMARY KEY,
                 customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
                 at TEXT NOT NULL,
                 status TEXT NOT NULL CHECK (status IN ('active', 'lost', 'won_back')),
                 reason TEXT NOT NULL DEFAULT '',
                 user_id INTEGER REFERENCES users(id)
             ) STRICT)sql",
             R"sql(CREATE INDEX customer_status_changes_at
                 ON customer_status_changes(status, at, customer_id))sql",
             R"sql(CREATE INDEX customer_status_changes_customer
                 ON customer_status_changes(customer_id, at))sql",
             // Files lost or won back before this version: the last edit is the best date known.
             R"sql(INSERT INTO customer_status_changes (customer_id, at, status, reason)
                 SELECT id, updated_at, status, lost_reason FROM customers
                 WHERE status <> 'active' AND merged_into IS NULL)sql",
         }},
        {10,
         {
             // The one- and two-character pieces of names move from a table with two indexes
             // to a full-text index: an import of 100,000 files wrote half a million index
             // rows at random places of a large B-tree, where the full-text index gathers
             // them in memory and writes them in order. Each piece is one word, the hex of
             // its UTF-8 (SearchKeys::pieceWord).
             R"sql(CREATE VIRTUAL TABLE customer_name_pieces USING fts5(
                 pieces, tokenize = 'ascii', detail = none, columnsize = 0))sql",
             R"sql(INSERT INTO customer_name_pieces (rowid, pieces)
                 SELECT customer_id, group_concat(lower(hex(gram)), ' ')
                 FROM customer_name_grams GROUP BY customer_id ORDER BY customer_id)sql",
             R"sql(DROP TABLE customer_name_grams)sql",
         },
         expandInChecks,
         true},
        {11,
         {
             // Two characters of an address or a note (浦东, 天河): fewer than the full-text
             // index's trigrams can find. Each pair is one word, as in customer_name_pieces.
             R"sql(CREATE VIRTUAL TABLE customer_text_pieces USING fts5(
                 pieces, tokenize = 'ascii', detail = none, columnsize = 0))sql",
         },
         indexTextPieces},
        {12,
         {
             // The last TS-YYYYMMDD-NNNN number given on each day, in a row of its own: a
             // new complaint takes the next one by updating that row, which on a server
             // holds back a second counter's insert of the same day until the first commits
             // (max(seq) + 1 would give both the same number). Rolled back with its case,
             // so the numbers stay gap-free.
             R"sql(CREATE TABLE complaint_numbers (
                 day TEXT PRIMARY KEY,
                 last INTEGER NOT NULL CHECK (last > 0)
             ) STRICT)sql",
             R"sql(INSERT INTO complaint_numbers (day, last)
                 SELECT day, max(seq) FROM complaints GROUP BY day)sql",
         }},
    };
    return all;
}

int Migrations::latestVersion()
{
    // One sequence for both backends (a test holds them to it).
    return sqliteMigrations().constLast().version;
}

Status Migrations::migrate(Database& database)
{
    for (const QString& statement : database.dialect().prepareSchemaVersion())
        if (Status done = database.execute(statement); !done)
            return done;
    const int current = database.schemaVersion();
    if (current < 0)
        return makeError(ErrorCode::DatabaseUnusable, tr("Cannot read the schema version."));
    if (current > latestVersion())
        return makeError(ErrorCode::DatabaseUnusable,
                         tr("The database has schema %1, newer than this program's %2.")
                             .arg(current)
                             .arg(latestVersion()));

    // One migration in one transaction: cut short, the store stays at the version before.
    const auto applyOne = [&database](const Migration& migration) -> Status {
        WriteTransaction transaction(database);
        if (Status begun = transaction.begin(); !begun)
            return begun;
        if (const QString lock = database.dialect().lockSchema(); !lock.isEmpty())
            if (Status locked = database.execute(lock); !locked)
                return locked;
        // Another process may have migrated while this one waited for the lock.
        if (database.schemaVersion() >= migration.version)
            return {};
        const auto failed = [&migration](const Status& done) {
            return makeError(ErrorCode::DatabaseUnusable,
                             tr("Upgrading the database to schema %1 failed: %2")
                                 .arg(migration.version)
                                 .arg(done.error().message));
        };
        for (const char* statement : migration.statements)
            if (Status done = database.execute(QString::fromUtf8(statement)); !done)
                return failed(done);
        if (migration.code)
            if (Status done = migration.code(database); !done)
                return failed(done);
        if (migration.rebuildsTables) {
            Result<QVariant> broken =
                database.scalar(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"));
            if (!broken)
                return failed(broken.error());
            if (broken->toInt() != 0)
                return failed(makeError(ErrorCode::Conflict, tr("%n reference(s) point at no row.",
                                                                nullptr, broken->toInt())));
        }
        if (Status bumped =
                database.execute(database.dialect().setSchemaVersion(migration.version));
            !bumped)
            return bumped;
        return transaction.commit();
    };

    for (const Migration& migration : database.dialect().migrations()) {
        if (migration.version <= current)
            continue;
        if (!migration.rebuildsTables) {
            if (Status done = applyOne(migration); !done)
                return done;
            continue;
        }
        // Outside any transaction: inside one SQLite ignores the setting.
        if (Status off = database.execute(QStringLiteral("PRAGMA foreign_keys = OFF")); !off)
            return off;
        const Status done = applyOne(migration);
        const Status on = database.execute(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (!done)
            return done;
        if (!on)
            return on;
    }
    return {};
}

} // namespace cc
