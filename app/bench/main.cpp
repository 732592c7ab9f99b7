// countercare-bench: builds a store of the given size with the demo generator, then times
// the counter's everyday questions through the same core services the GUI calls, and the
// same phone lookup and the same import's writes straight through the SQLite C API as the
// floors. Medians of repeated runs; `--json` prints one object.
#include <accounts/AccountService.h>
#include <base/ChineseText.h>
#include <base/Clock.h>
#include <base/SearchKeys.h>
#include <complaints/ComplaintService.h>
#include <customers/CustomerImport.h>
#include <customers/CustomerService.h>
#include <demo/DemoData.h>
#include <overview/CustomerFiles.h>
#include <reports/ReportService.h>
#include <services/Services.h>
#include <storage/Database.h>
#include <store/StoreService.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTextStream>

#include <sqlite3.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

using namespace cc;

const QString benchUser = QStringLiteral("bench");
const QString benchPassword = QStringLiteral("bench-password-2026");

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// Times `body` once per input, in microseconds; a failed call stops the benchmark.
template <typename Input>
double medianMicros(const std::vector<Input>& inputs, const std::function<bool(const Input&)>& body)
{
    std::vector<double> times;
    for (const Input& input : inputs) {
        QElapsedTimer timer;
        timer.start();
        if (!body(input)) {
            err() << "a timed call failed" << Qt::endl;
            std::exit(1);
        }
        times.push_back(double(timer.nsecsElapsed()) / 1000.0);
    }
    return median(times);
}

// The store is made in a child process, so that the generator's memory is not counted in
// this process's peak.
int generate(const QString& path, qint64 customers, qint64 complaints)
{
    SystemClock clock;
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened) {
        err() << opened.error().message << Qt::endl;
        return 3;
    }
    Database& database = *opened.value();
    StoreSetup setup;
    setup.storeName = QStringLiteral("基准测试店");
    setup.adminUsername = benchUser;
    setup.adminPassword = benchPassword;
    Result<User> me = StoreService(database, clock).initialize(setup);
    if (!me) {
        err() << me.error().message << Qt::endl;
        return 1;
    }
    DemoOptions options;
    options.customers = customers;
    options.complaints = complaints;
    QElapsedTimer timer;
    timer.start();
    int shown = -1;
    // The steps' timings on stderr: customers to 35 %, purchases to 45 %, complaints to
    // 85 %, calls and visits to 90 %, indexes to 97 %.
    Result<DemoReport> filled =
        DemoData(database, clock).fill(me->actor(), options, [&](int percent) {
            if (percent / 5 != shown / 5) {
                err() << "demo " << percent << "% at " << timer.elapsed() / 1000.0 << " s"
                      << Qt::endl;
                shown = percent;
            }
            return true;
        });
    if (!filled) {
        err() << filled.error().message << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << filled->elapsedMs << ' ' << peakRssMb() << Qt::endl;
    return 0;
}

struct Sample {
    qint64 customerId;
    QString nationalDigits; // what a clerk types for the whole number
    QString nameFragment;   // the first two characters of the name
    QString placeFragment;  // two characters of the address: the district, as clerks type it
};

// Random customers with an address, their mobile numbers and names, read with the C API.
std::vector<Sample> sampleCustomers(sqlite3* db, int count, qint64 maxId)
{
    std::vector<Sample> samples;
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT c.id, p.national_digits, c.name, c.address FROM customers c "
                       "JOIN customer_phones p ON p.customer_id = c.id "
                       "WHERE c.id = ?1 AND p.label = 'mobile' AND c.address <> '' LIMIT 1",
                       -1, &statement, nullptr);
    while (int(samples.size()) < count) {
        sqlite3_bind_int64(statement, 1, 1 + QRandomGenerator::global()->bounded(maxId));
        if (sqlite3_step(statement) == SQLITE_ROW) {
            const QString name =
                QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 2)));
            const QString address =
                QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 3)));
            const qsizetype city = address.indexOf(QStringLiteral("市"));
            samples.push_back(
                {sqlite3_column_int64(statement, 0),
                 QString::fromUtf8(
                     reinterpret_cast<const char*>(sqlite3_column_text(statement, 1))),
                 name.left(2), city > 0 ? address.mid(city + 1, 2) : address.left(2)});
        }
        sqlite3_reset(statement);
    }
    sqlite3_finalize(statement);
    return samples;
}

// The exact-phone lookup with nothing in between: the SQLite C API on the same file, the
// statement prepared, stepped and finalised for each lookup as a one-off query is, and
// the same rows read as the core's search returns (id, file number, name, phones).
double rawPhoneExact(sqlite3* db, const std::vector<Sample>& samples, bool prepareOnce)
{
    const char* sql = "SELECT c.id, c.file_no, c.name, "
                      "(SELECT group_concat(e164, ' ') FROM customer_phones q "
                      " WHERE q.customer_id = c.id) "
                      "FROM customer_phones p JOIN customers c ON c.id = p.customer_id "
                      "WHERE p.e164 = ?1 AND c.merged_into IS NULL";
    sqlite3_stmt* kept = nullptr;
    if (prepareOnce)
        sqlite3_prepare_v2(db, sql, -1, &kept, nullptr);
    std::vector<double> times;
    for (const Sample& sample : samples) {
        const QByteArray e164 = (QStringLiteral("+86") + sample.nationalDigits).toUtf8();
        QElapsedTimer timer;
        timer.start();
        sqlite3_stmt* statement = kept;
        if (!prepareOnce)
            sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
        sqlite3_bind_text(statement, 1, e164.constData(), int(e164.size()), SQLITE_STATIC);
        int rows = 0;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            volatile const unsigned char* name = sqlite3_column_text(statement, 2);
            (void)name;
            ++rows;
        }
        if (prepareOnce)
            sqlite3_reset(statement);
        else
            sqlite3_finalize(statement);
        times.push_back(double(timer.nsecsElapsed()) / 1000.0);
        if (rows == 0) {
            err() << "raw lookup found nothing" << Qt::endl;
            std::exit(1);
        }
    }
    sqlite3_finalize(kept);
    return median(times);
}

// A block of ten million mobile numbers that no file of the store has yet: the demo
// uses none of these prefixes, and a store kept with --reuse has earlier runs' imports.
QString freeNumberBlock(sqlite3* raw)
{
    static const char* const prefixes[] = {"199", "198", "197", "196", "195",
                                           "193", "191", "178", "175", "173"};
    sqlite3_stmt* taken = nullptr;
    sqlite3_prepare_v2(raw, "SELECT 1 FROM customer_phones WHERE e164 >= ?1 AND e164 < ?2", -1,
                       &taken, nullptr);
    QString found;
    for (const char* prefix : prefixes) {
        for (int digit = 0; digit < 10 && found.isEmpty(); ++digit) {
            const QByteArray block = QByteArray("+86") + prefix + QByteArray::number(digit);
            const QByteArray next = QByteArray("+86") + prefix + QByteArray::number(digit) + ":";
            sqlite3_bind_text(taken, 1, block.constData(), int(block.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(taken, 2, next.constData(), int(next.size()), SQLITE_TRANSIENT);
            if (sqlite3_step(taken) == SQLITE_DONE)
                found = QString::fromLatin1(block.mid(3));
            sqlite3_reset(taken);
        }
        if (!found.isEmpty())
            break;
    }
    sqlite3_finalize(taken);
    return found;
}

// One row of the import file: a new customer as a till exports them, with a number from
// `block` that no customer has.
struct ImportRow {
    QString name;
    QString mobile;
    bool female = false;
    QString birthday;
    QString address;
    QString note;
};

ImportRow importRow(int i, const QString& block)
{
    const QString surnames = QString::fromUtf8("王李张刘陈杨黄赵吴周");
    const QString given = QString::fromUtf8("伟芳娜敏静丽强磊军洋勇艳杰娟涛明");
    ImportRow row;
    row.name = QString(surnames.at(i % surnames.size())) + given.at((i / 7) % given.size()) +
               given.at((i / 3) % given.size());
    row.mobile = block + QStringLiteral("%1").arg(i, 7, 10, QLatin1Char('0'));
    row.female = i % 2;
    row.birthday = QStringLiteral("19%1-%2-%3")
                       .arg(50 + i % 50)
                       .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                       .arg(1 + i % 28, 2, 10, QLatin1Char('0'));
    row.address = QString::fromUtf8("广东省深圳市南山区科技园路%1号").arg(1 + i % 300);
    row.note = QString::fromUtf8("导入测试");
    return row;
}

QString writeImportFile(const QString& dir, int run, int rows, const QString& block)
{
    const QString path = QDir(dir).filePath(QStringLiteral("import-%1.csv").arg(run));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    QTextStream out(&file);
    out << QString::fromUtf8("姓名,手机,性别,生日,地址,备注\n");
    for (int i = 0; i < rows; ++i) {
        const ImportRow row = importRow(i, block);
        out << row.name << ',' << row.mobile << ','
            << (row.female ? QString::fromUtf8("女") : QString::fromUtf8("男")) << ','
            << row.birthday << ',' << row.address << ',' << row.note << '\n';
    }
    return path;
}

// The import's writes with nothing in between, as the floor of import_rows_per_s: the rows
// of the import file, every value (search keys too) worked out beforehand, inserted with
// prepared statements through the SQLite C API in one transaction, on a connection set as
// the store's own (WAL, synchronous FULL, foreign keys, secure delete, the import's 64 MB
// cache). Rows per second of the insert statements and the commit.
double rawImportRowsPerSecond(const QString& path, int rows, const QString& block, qint64 ownerId)
{
    struct Encoded {
        QByteArray name, nameKey, gender, birthday, address, addressKey, note, noteKey;
        QByteArray e164, national, reversed, pieces;
    };
    std::vector<Encoded> encoded;
    encoded.reserve(size_t(rows));
    for (int i = 0; i < rows; ++i) {
        const ImportRow row = importRow(i, block);
        const QString nameKey = ChineseText::searchKey(row.name);
        encoded.push_back({row.name.toUtf8(), nameKey.toUtf8(), QByteArray(row.female ? "f" : "m"),
                           row.birthday.toUtf8(), row.address.toUtf8(),
                           ChineseText::searchKey(row.address).toUtf8(), row.note.toUtf8(),
                           ChineseText::searchKey(row.note + QLatin1Char(' ')).toUtf8(),
                           (QStringLiteral("+86") + row.mobile).toUtf8(), row.mobile.toUtf8(),
                           SearchKeys::reversed(row.mobile).toUtf8(),
                           SearchKeys::namePieces(nameKey).toUtf8()});
    }

    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(db);
        return 0;
    }
    sqlite3_exec(db,
                 "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON; "
                 "PRAGMA busy_timeout = 5000; PRAGMA cache_size = -65536",
                 nullptr, nullptr, nullptr);
    const auto prepare = [db](const char* sql) {
        sqlite3_stmt* statement = nullptr;
        sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
        return statement;
    };
    sqlite3_stmt* customer = prepare(
        "INSERT INTO customers (id, owner_id, contact_ok, file_no, name, name_key, gender, "
        "birthday, address, company, category, stage, status, lost_reason, confidentiality, "
        "preferences, source, note, contact_hours, created_at, updated_at) VALUES (?1, ?2, 1, "
        "?3, ?4, ?5, ?6, ?7, ?8, '', 'general', 'potential', 'active', '', 'normal', '', "
        "'', ?9, '', ?10, ?10)");
    sqlite3_stmt* phone =
        prepare("INSERT INTO customer_phones (customer_id, e164, label, national_digits, "
                "reversed_digits) VALUES (?1, ?2, 'mobile', ?3, ?4)");
    sqlite3_stmt* pieces =
        prepare("INSERT INTO customer_name_pieces (rowid, pieces) VALUES (?1, ?2)");
    sqlite3_stmt* fts = prepare("INSERT INTO customer_fts (rowid, name_key, address, note, "
                                "phones) VALUES (?1, ?2, ?3, ?4, ?5)");
    const QByteArray now = toStoredTime(QDateTime::currentDateTimeUtc()).toUtf8();
    const auto text = [](sqlite3_stmt* statement, int column, const QByteArray& value) {
        sqlite3_bind_text(statement, column, value.constData(), int(value.size()), SQLITE_STATIC);
    };
    const auto run = [](sqlite3_stmt* statement) {
        const bool done = sqlite3_step(statement) == SQLITE_DONE;
        sqlite3_reset(statement);
        return done;
    };

    QElapsedTimer timer;
    timer.start();
    bool ok = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_stmt* next = prepare("SELECT coalesce(max(id), 0) + 1 FROM customers");
    ok = ok && sqlite3_step(next) == SQLITE_ROW;
    const qint64 firstId = sqlite3_column_int64(next, 0);
    sqlite3_finalize(next);
    for (int i = 0; ok && i < rows; ++i) {
        const Encoded& row = encoded[size_t(i)];
        const qint64 id = firstId + i;
        const QByteArray fileNo = CustomerService::fileNumber(id).toUtf8();
        sqlite3_bind_int64(customer, 1, id);
        sqlite3_bind_int64(customer, 2, ownerId);
        text(customer, 3, fileNo);
        text(customer, 4, row.name);
        text(customer, 5, row.nameKey);
        text(customer, 6, row.gender);
        text(customer, 7, row.birthday);
        text(customer, 8, row.address);
        text(customer, 9, row.note);
        text(customer, 10, now);
        sqlite3_bind_int64(phone, 1, id);
        text(phone, 2, row.e164);
        text(phone, 3, row.national);
        text(phone, 4, row.reversed);
        sqlite3_bind_int64(pieces, 1, id);
        text(pieces, 2, row.pieces);
        sqlite3_bind_int64(fts, 1, id);
        text(fts, 2, row.nameKey);
        text(fts, 3, row.addressKey);
        text(fts, 4, row.noteKey);
        text(fts, 5, row.national);
        ok = run(customer) && run(phone) && run(pieces) && run(fts);
    }
    ok = ok && sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!ok) {
        err() << "raw import failed: " << sqlite3_errmsg(db) << Qt::endl;
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    for (sqlite3_stmt* statement : {customer, phone, pieces, fts})
        sqlite3_finalize(statement);
    sqlite3_close(db);
    return ok ? rows / seconds : 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("countercare-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times CounterCare's core services on a generated store (medians of repeated runs)."));
    parser.addHelpOption();
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       QStringLiteral("Folder for the store and its files."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption customersOption(QStringLiteral("customers"),
                                             QStringLiteral("Customer files (default 1000000)."),
                                             QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption complaintsOption(QStringLiteral("complaints"),
                                              QStringLiteral("Complaints (default 2000000)."),
                                              QStringLiteral("M"), QStringLiteral("2000000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Timed runs per figure (default 51)."),
                                        QStringLiteral("R"), QStringLiteral("51"));
    const QCommandLineOption importRowsOption(
        QStringLiteral("import-rows"), QStringLiteral("Rows per import run (default 100000)."),
        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption reuseOption(
        QStringLiteral("reuse"), QStringLiteral("Use the store already in DIR if there is one."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Print one JSON object."));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral("Measure only these figures, separated by commas (e.g. import_rows_per_s)."),
        QStringLiteral("FIGURES"));
    QCommandLineOption generateOption(QStringLiteral("generate-only"),
                                      QStringLiteral("(internal) make the store and exit."));
    generateOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({dirOption, customersOption, complaintsOption, runsOption, importRowsOption,
                       reuseOption, jsonOption, onlyOption, generateOption});
    parser.process(app);
    if (!parser.isSet(dirOption)) {
        err() << "--dir is required" << Qt::endl;
        return 2;
    }
    const qint64 customers = parser.value(customersOption).toLongLong();
    const qint64 complaints = parser.value(complaintsOption).toLongLong();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int importRows = std::max(1, parser.value(importRowsOption).toInt());
    const QStringList only = parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto wanted = [&](const char* figure) {
        return only.isEmpty() || only.contains(QLatin1String(figure));
    };
    QDir().mkpath(parser.value(dirOption));
    const QString path =
        QDir(parser.value(dirOption))
            .filePath(QStringLiteral("bench-%1-%2.sqlite").arg(customers).arg(complaints));
    if (parser.isSet(generateOption))
        return generate(path, customers, complaints);

    QJsonObject result{{QStringLiteral("customers"), customers},
                       {QStringLiteral("complaints"), complaints},
                       {QStringLiteral("runs"), runs},
                       {QStringLiteral("nproc"), int(sysconf(_SC_NPROCESSORS_ONLN))}};
    if (!(parser.isSet(reuseOption) && QFile::exists(path))) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--dir"), parser.value(dirOption),
                     QStringLiteral("--customers"), QString::number(customers),
                     QStringLiteral("--complaints"), QString::number(complaints),
                     QStringLiteral("--generate-only")});
        if (!child.waitForFinished(-1) || child.exitCode() != 0) {
            err() << "making the store failed" << Qt::endl;
            return 1;
        }
        const QStringList made =
            QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char(' '));
        result.insert(QStringLiteral("demo_s"), made.value(0).toDouble() / 1000.0);
        result.insert(QStringLiteral("demo_peak_rss_mb"), made.value(1).trimmed().toDouble());
    }

    SystemClock clock;
    OpenOptions options;
    options.create = false;
    Result<std::unique_ptr<Database>> opened = Database::open(path, options);
    if (!opened) {
        err() << opened.error().message << Qt::endl;
        return 3;
    }
    Database& database = *opened.value();
    Result<User> me = AccountService(database, clock).signIn(benchUser, benchPassword);
    if (!me) {
        err() << me.error().message << Qt::endl;
        return 1;
    }
    const Actor actor = me->actor();

    sqlite3* raw = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        err() << "cannot open the store with the C API" << Qt::endl;
        return 3;
    }
    const std::vector<Sample> samples = sampleCustomers(raw, runs, customers);

    CustomerService service = Services(database, clock).customers();
    CustomerFiles files(database, clock);
    const auto findsCustomer = [&](const QString& query, qint64 expected) {
        Result<QList<CustomerMatch>> found = service.find(actor, query, 20);
        if (!found)
            err() << query << ": " << found.error().message << Qt::endl;
        if (!found || found->isEmpty())
            return false;
        return expected == 0 ||
               std::any_of(found->cbegin(), found->cend(),
                           [&](const CustomerMatch& m) { return m.id == expected; });
    };
    // Warm the page cache and the statements once, as a counter that has been open a while.
    for (const Sample& sample : samples)
        findsCustomer(sample.nationalDigits, sample.customerId);

    if (wanted("phone_exact_us")) {
        result.insert(QStringLiteral("phone_exact_us"),
                      medianMicros<Sample>(samples, [&](const Sample& s) {
                          return findsCustomer(s.nationalDigits, s.customerId);
                      }));
    }
    if (wanted("raw_sqlite_phone_exact_us")) {
        result.insert(QStringLiteral("raw_sqlite_phone_exact_us"),
                      rawPhoneExact(raw, samples, false));
        result.insert(QStringLiteral("raw_sqlite_phone_exact_prepared_us"),
                      rawPhoneExact(raw, samples, true));
    }
    if (wanted("phone_last4_us")) {
        result.insert(QStringLiteral("phone_last4_us"),
                      medianMicros<Sample>(samples, [&](const Sample& s) {
                          return findsCustomer(s.nationalDigits.right(4), 0);
                      }));
    }
    if (wanted("name_fragment_us")) {
        result.insert(QStringLiteral("name_fragment_us"),
                      medianMicros<Sample>(samples, [&](const Sample& s) {
                          return findsCustomer(s.nameFragment, 0);
                      }));
    }
    if (wanted("address_fragment_us")) {
        result.insert(QStringLiteral("address_fragment_us"),
                      medianMicros<Sample>(samples, [&](const Sample& s) {
                          const bool found = findsCustomer(s.placeFragment, 0);
                          if (!found)
                              err() << "nothing found for " << s.placeFragment << Qt::endl;
                          return found;
                      }));
    }
    if (wanted("customer_360_us")) {
        result.insert(QStringLiteral("customer_360_us"),
                      medianMicros<Sample>(samples, [&](const Sample& s) {
                          Result<CustomerFile> file =
                              files.open(actor, s.customerId, QStringLiteral("benchmark"));
                          return bool(file);
                      }));
    }

    ComplaintService complaintService = Services(database, clock).complaints();
    std::vector<int> repeats(size_t(runs), 0);
    if (wanted("complaint_page_us")) {
        result.insert(QStringLiteral("complaint_page_us"),
                      medianMicros<int>(repeats, [&](const int&) {
                          ComplaintFilter filter;
                          filter.openOnly = true;
                          filter.limit = 100;
                          Result<QList<Complaint>> page =
                              complaintService.list(actor, filter, clock.nowUtc());
                          return page && !page->isEmpty();
                      }));
    }

    ReportService reports(database, clock);
    std::vector<QDate> months;
    for (int i = 0; i < runs; ++i)
        months.push_back(QDate::currentDate().addMonths(-1 - i % 30));
    if (wanted("monthly_report_us")) {
        result.insert(QStringLiteral("monthly_report_us"),
                      medianMicros<QDate>(months, [&](const QDate& month) {
                          Result<MonthlyReport> report = reports.monthly(actor, month);
                          return report && report->total > 0;
                      }));
    }

    if (wanted("import_rows_per_s")) {
        CustomerImport importer(database, clock);
        std::vector<double> rates;
        for (int run = 0; run < 3; ++run) {
            const QString block = freeNumberBlock(raw);
            if (block.isEmpty()) {
                err() << "no free block of numbers left for the import" << Qt::endl;
                return 1;
            }
            const QString file = writeImportFile(parser.value(dirOption), run, importRows, block);
            QElapsedTimer timer;
            timer.start();
            Result<ImportReport> imported = importer.run(actor, file, CsvEncoding::Auto, false);
            const double seconds = double(timer.nsecsElapsed()) / 1e9;
            if (!imported || imported->imported != importRows) {
                err() << "import failed: "
                      << (imported ? imported->errors.value(0).message : imported.error().message)
                      << Qt::endl;
                return 1;
            }
            rates.push_back(importRows / seconds);
            QFile::remove(file);
        }
        result.insert(QStringLiteral("import_rows_per_s"), median(rates));
    }
    if (wanted("raw_sqlite_import_rows_per_s")) {
        std::vector<double> rates;
        for (int run = 0; run < 3; ++run) {
            const QString block = freeNumberBlock(raw);
            const double rate = block.isEmpty() ? 0
                                                : rawImportRowsPerSecond(path, importRows, block,
                                                                         actor.userId.value_or(0));
            if (rate <= 0) {
                err() << "the raw import found no free numbers or failed" << Qt::endl;
                return 1;
            }
            rates.push_back(rate);
        }
        result.insert(QStringLiteral("raw_sqlite_import_rows_per_s"), median(rates));
    }
    result.insert(QStringLiteral("peak_rss_mb"), peakRssMb());
    sqlite3_close(raw);

    if (parser.isSet(jsonOption)) {
        QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        QTextStream out(stdout);
        for (auto it = result.constBegin(); it != result.constEnd(); ++it)
            out << it.key() << '\t' << it.value().toVariant().toString() << Qt::endl;
    }
    return 0;
}
