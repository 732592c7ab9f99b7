#include "CustomerImport.h"

#include "CustomerRepository.h"
#include "CustomerService.h"
#include "PhoneNumbers.h"
#include "accounts/Permissions.h"
#include "base/Clock.h"
#include "base/Csv.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <atomic>
#include <optional>
#include <thread>
#include <vector>

namespace cc {

namespace {

enum class Field { Name, Phone, Gender, Birthday, Address, Company, Note, Tags, Category, Source };

// Header cells in Chinese or English, as stores name them.
std::optional<Field> fieldFor(const QString& header)
{
    static const QHash<QString, Field> aliases{
        {QStringLiteral("姓名"), Field::Name},
        {QStringLiteral("名字"), Field::Name},
        {QStringLiteral("客户姓名"), Field::Name},
        {QStringLiteral("客户"), Field::Name},
        {QStringLiteral("name"), Field::Name},
        {QStringLiteral("customer"), Field::Name},
        {QStringLiteral("手机"), Field::Phone},
        {QStringLiteral("电话"), Field::Phone},
        {QStringLiteral("手机号"), Field::Phone},
        {QStringLiteral("手机号码"), Field::Phone},
        {QStringLiteral("联系电话"), Field::Phone},
        {QStringLiteral("固定电话"), Field::Phone},
        {QStringLiteral("phone"), Field::Phone},
        {QStringLiteral("phones"), Field::Phone},
        {QStringLiteral("mobile"), Field::Phone},
        {QStringLiteral("tel"), Field::Phone},
        {QStringLiteral("性别"), Field::Gender},
        {QStringLiteral("gender"), Field::Gender},
        {QStringLiteral("生日"), Field::Birthday},
        {QStringLiteral("出生日期"), Field::Birthday},
        {QStringLiteral("birthday"), Field::Birthday},
        {QStringLiteral("地址"), Field::Address},
        {QStringLiteral("住址"), Field::Address},
        {QStringLiteral("address"), Field::Address},
        {QStringLiteral("公司"), Field::Company},
        {QStringLiteral("单位"), Field::Company},
        {QStringLiteral("company"), Field::Company},
        {QStringLiteral("备注"), Field::Note},
        {QStringLiteral("note"), Field::Note},
        {QStringLiteral("notes"), Field::Note},
        {QStringLiteral("标签"), Field::Tags},
        {QStringLiteral("tags"), Field::Tags},
        {QStringLiteral("tag"), Field::Tags},
        {QStringLiteral("类别"), Field::Category},
        {QStringLiteral("客户类别"), Field::Category},
        {QStringLiteral("category"), Field::Category},
        {QStringLiteral("来源"), Field::Source},
        {QStringLiteral("信息来源"), Field::Source},
        {QStringLiteral("source"), Field::Source},
    };
    const auto found = aliases.constFind(header.trimmed().toCaseFolded());
    if (found == aliases.cend())
        return std::nullopt;
    return found.value();
}

// 1990-05-17, 1990/5/17, 1990.5.17, 1990年5月17日
QDate parseLooseDate(const QString& text)
{
    // One per thread: rows are read on several threads, and a QRegularExpression is
    // reentrant, not thread-safe.
    static thread_local const QRegularExpression shape(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    const QRegularExpressionMatch match = shape.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

QStringList splitList(const QString& text)
{
    static thread_local const QRegularExpression separators(QStringLiteral("[;；/、，,]"));
    QStringList parts;
    for (const QString& part : text.split(separators)) {
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    }
    return parts;
}

// One data row as a checked customer file, or what is wrong with it. Runs on several
// threads at once: it reads only its row and the header.
struct RowOutcome {
    std::optional<Customer> customer;
    QString problem;
};

RowOutcome readRow(const CsvRecord& record, const QList<std::optional<Field>>& columns,
                   const CustomerService& customers, const QDate& today)
{
    CustomerDraft draft;
    QString problem;
    for (qsizetype c = 0; c < record.fields.size() && problem.isEmpty(); ++c) {
        const QString value = Csv::unprotect(record.fields.at(c).trimmed());
        if (c >= columns.size()) {
            if (!value.isEmpty())
                problem = CustomerImport::tr("there are more fields than columns in the header.");
            continue;
        }
        if (!columns.at(c) || value.isEmpty())
            continue;
        switch (*columns.at(c)) {
        case Field::Name:
            draft.name = value;
            break;
        case Field::Phone:
            draft.phones += splitList(value);
            break;
        case Field::Gender:
            if (QStringList{QStringLiteral("女"), QStringLiteral("f"), QStringLiteral("female")}
                    .contains(value.toCaseFolded()))
                draft.gender = Gender::Female;
            else if (QStringList{QStringLiteral("男"), QStringLiteral("m"), QStringLiteral("male")}
                         .contains(value.toCaseFolded()))
                draft.gender = Gender::Male;
            else
                problem = CustomerImport::tr("gender \"%1\" is neither 男/女 nor m/f.").arg(value);
            break;
        case Field::Birthday:
            draft.birthday = parseLooseDate(value);
            if (!draft.birthday.isValid())
                problem =
                    CustomerImport::tr("birthday \"%1\" is not a date like 1990-05-17.").arg(value);
            break;
        case Field::Address:
            draft.address = value;
            break;
        case Field::Company:
            draft.company = value;
            break;
        case Field::Note:
            draft.note = value;
            break;
        case Field::Tags:
            draft.tags = splitList(value);
            break;
        case Field::Category:
            if (QStringList{QStringLiteral("特殊"), QStringLiteral("特殊客户"),
                            QStringLiteral("special")}
                    .contains(value.toCaseFolded()))
                draft.category = CustomerCategory::Special;
            else if (!QStringList{QStringLiteral("一般"), QStringLiteral("一般客户"),
                                  QStringLiteral("general")}
                          .contains(value.toCaseFolded()))
                problem =
                    CustomerImport::tr("category \"%1\" is neither 一般 nor 特殊.").arg(value);
            break;
        case Field::Source:
            draft.source = value;
            break;
        }
    }
    RowOutcome outcome;
    if (!problem.isEmpty()) {
        outcome.problem = problem;
        return outcome;
    }
    Result<Customer> checked = customers.validate(draft, today);
    if (!checked)
        outcome.problem = checked.error().message;
    else
        outcome.customer = std::move(checked.value());
    return outcome;
}

// Reads every row, on as many threads as there are cores (up to four): checking phone
// numbers is most of the work of an import before anything is written. Every row is
// checked against the same `today`. `step` hears the share of the first thread's rows read
// (0 to 100); when it says stop, every thread stops and nothing comes back.
std::optional<std::vector<RowOutcome>> readRows(const QList<CsvRecord>& records,
                                                const QList<std::optional<Field>>& columns,
                                                const CustomerService& customers,
                                                const QDate& today, const Progress& step)
{
    const qsizetype rows = records.size() - 1;
    std::vector<RowOutcome> outcomes(size_t(std::max<qsizetype>(rows, 0)));
    std::atomic<bool> stopped = false;
    const auto readRange = [&](qsizetype begin, qsizetype end, bool reports) {
        for (qsizetype r = begin; r < end && !stopped; ++r) {
            outcomes[size_t(r)] = readRow(records.at(r + 1), columns, customers, today);
            if (reports && step && (r - begin) % 1'000 == 999 &&
                !step(int(100 * (r - begin + 1) / (end - begin))))
                stopped = true;
        }
    };
    const qsizetype threads =
        rows < 2'000 ? 1 : std::clamp<qsizetype>(std::thread::hardware_concurrency(), 1, 4);
    const qsizetype chunk = (rows + threads - 1) / threads;
    std::vector<std::thread> helpers;
    for (qsizetype t = 1; t < threads; ++t)
        helpers.emplace_back(readRange, std::min(rows, t * chunk), std::min(rows, (t + 1) * chunk),
                             false);
    readRange(0, std::min(rows, chunk), true);
    for (std::thread& helper : helpers)
        helper.join();
    if (stopped)
        return std::nullopt;
    return outcomes;
}

} // namespace

CustomerImport::CustomerImport(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{}

Result<ImportReport> CustomerImport::run(const Actor& by, const QString& path, CsvEncoding encoding,
                                         bool dryRun, const Progress& progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Validation, tr("File: cannot read %1.").arg(path));
    if (file.size() > 200LL * 1024 * 1024)
        return makeError(ErrorCode::Validation,
                         tr("File: %1 is larger than 200 MB; split it.").arg(path));
    return runOnBytes(by, file.readAll(), QFileInfo(path).fileName(), encoding, dryRun, progress);
}

Result<ImportReport> CustomerImport::runOnBytes(const Actor& by, const QByteArray& bytes,
                                                const QString& sourceName, CsvEncoding encoding,
                                                bool dryRun, const Progress& progress)
{
    if (Status allowed = Permissions::require(by, Action::ImportCustomers); !allowed)
        return allowed.error();
    ImportReport report;
    report.dryRun = dryRun;
    report.encoding = encoding == CsvEncoding::Auto ? CsvReader::detect(bytes) : encoding;
    Result<QList<CsvRecord>> records = CsvReader::parse(bytes, encoding);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return makeError(ErrorCode::Validation,
                         tr("File: it is empty; the first line must name the columns."));

    const CsvRecord& header = records->first();
    QList<std::optional<Field>> columns;
    bool hasName = false;
    bool hasPhone = false;
    for (const QString& cell : header.fields) {
        const std::optional<Field> field = fieldFor(cell);
        columns.append(field);
        if (!field && !cell.trimmed().isEmpty())
            report.ignoredColumns << cell.trimmed();
        hasName |= field == Field::Name;
        hasPhone |= field == Field::Phone;
    }
    if (!hasName || !hasPhone)
        return makeError(
            ErrorCode::Validation,
            tr("Line 1: the header needs a name column (姓名 / name) and a phone column "
               "(手机 / 电话 / phone)."));

    // The share of the time each stage takes, measured on 100,000 rows into a store of a
    // million: reading 5, checking 15, looking up the numbers on file 5, writing 75. Once the
    // callback says stop, nothing more is done and nothing is kept.
    bool cancelled = false;
    const auto within = [&](int from, int to) -> Progress {
        return [&, from, to](int percent) {
            cancelled = cancelled || (progress && !progress(from + (to - from) * percent / 100));
            return !cancelled;
        };
    };
    const auto cancelError = [] {
        return makeError(ErrorCode::Conflict, tr("Import cancelled; nothing was imported."));
    };
    if (!within(0, 5)(100))
        return cancelError();

    CustomerService customers(m_database, m_clock);
    CustomerRepository repository(m_database);
    std::optional<std::vector<RowOutcome>> read = readRows(
        records.value(), columns, customers, m_clock.nowUtc().toLocalTime().date(), within(5, 20));
    if (!read)
        return cancelError();
    std::vector<RowOutcome>& outcomes = *read;
    report.rows = int(outcomes.size());

    QStringList numbers;
    for (const RowOutcome& outcome : outcomes) {
        if (outcome.customer) {
            for (const CustomerPhone& phone : outcome.customer->phones)
                numbers << phone.e164;
        }
    }
    Result<QHash<QString, QString>> holders = repository.filesOfPhones(numbers);
    if (!holders)
        return holders.error();
    // In line order, so that a number twice in the file is reported on its second line.
    QHash<QString, int> phonesInFile; // e164 → first line
    phonesInFile.reserve(numbers.size());
    QList<Customer> valid;
    valid.reserve(qsizetype(outcomes.size()));
    for (size_t r = 0; r < outcomes.size(); ++r) {
        RowOutcome& outcome = outcomes[r];
        const int line = records->at(qsizetype(r) + 1).line;
        QString problem = outcome.problem;
        if (outcome.customer) {
            for (const CustomerPhone& phone : outcome.customer->phones) {
                if (phonesInFile.contains(phone.e164)) {
                    problem = tr("phone %1 is also on line %2 of this file.")
                                  .arg(PhoneNumbers::display(phone.e164))
                                  .arg(phonesInFile.value(phone.e164));
                    break;
                }
                if (const QString holder = holders->value(phone.e164); !holder.isEmpty()) {
                    problem = tr("phone %1 is already on file %2.")
                                  .arg(PhoneNumbers::display(phone.e164), holder);
                    break;
                }
            }
            if (problem.isEmpty()) {
                for (const CustomerPhone& phone : outcome.customer->phones)
                    phonesInFile.insert(phone.e164, line);
                valid.append(std::move(*outcome.customer));
            }
        }
        if (!problem.isEmpty())
            report.errors.append({line, problem});
    }
    if (report.rows == 0)
        return makeError(ErrorCode::Validation,
                         tr("File: there are no customers below the header."));
    if (!report.errors.isEmpty() || dryRun)
        return report;

    if (!within(20, 25)(100))
        return cancelError();
    Result<int> imported = customers.createBatch(by, std::move(valid), sourceName, within(25, 100));
    if (cancelled)
        return cancelError();
    if (!imported)
        return imported.error();
    report.imported = imported.value();
    return report;
}

} // namespace cc
