// customer add | show | find, purchase add, contact add: customer files from scripts.
#include "Cli.h"

#include <base/Clock.h>
#include <base/Money.h>
#include <customers/CustomerExport.h>
#include <customers/CustomerImport.h>
#include <customers/CustomerService.h>
#include <customers/PhoneNumbers.h>
#include <overview/CustomerFiles.h>
#include <services/Services.h>

#include <QJsonArray>
#include <QJsonObject>

namespace cc::cli {

namespace {

QJsonArray phonesJson(const QList<CustomerPhone>& phones)
{
    QJsonArray array;
    for (const CustomerPhone& phone : phones)
        array.append(phone.e164);
    return array;
}

QJsonValue dateJson(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject purchaseJson(const Purchase& purchase)
{
    QJsonArray items;
    for (const PurchaseLine& line : purchase.lines) {
        items.append(
            QJsonObject{{QStringLiteral("product"), line.product},
                        {QStringLiteral("quantity"), line.quantity},
                        {QStringLiteral("unit_price"), Money::formatFen(line.unitPriceFen)},
                        {QStringLiteral("unit_cost"), Money::formatFen(line.unitCostFen)}});
    }
    return QJsonObject{{QStringLiteral("id"), purchase.id},
                       {QStringLiteral("receipt"), purchase.receiptNo},
                       {QStringLiteral("date"), dateJson(purchase.date)},
                       {QStringLiteral("items"), items},
                       {QStringLiteral("total"), Money::formatFen(purchase.totalFen())},
                       {QStringLiteral("profit"), Money::formatFen(purchase.profitFen())}};
}

QJsonObject contactJson(const ContactEntry& entry)
{
    return QJsonObject{{QStringLiteral("id"), entry.id},
                       {QStringLiteral("at"), toIsoLocal(entry.at)},
                       {QStringLiteral("channel"), CustomerKeys::key(entry.channel)},
                       {QStringLiteral("user"), entry.username},
                       {QStringLiteral("note"), entry.note}};
}

/// Shared by the customer commands: enum-valued options.
class CustomerCommandBase : public Command {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::CustomerCommand)

protected:
    /// A choice option: its value must be one of the enum's keys.
    template <typename E>
    static std::optional<E> choice(CommandContext& context, const QString& option, E fallback,
                                   int* usageCode)
    {
        if (!context.parser().isSet(option))
            return fallback;
        const std::optional<E> value = CustomerKeys::fromKey<E>(context.parser().value(option));
        if (!value || CustomerKeys::key(*value).isEmpty()) {
            QStringList keys;
            for (E each : CustomerKeys::all<E>()) {
                if (!CustomerKeys::key(each).isEmpty())
                    keys << CustomerKeys::key(each);
            }
            *usageCode =
                context.usage(tr("--%1: use %2.").arg(option, keys.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        return value;
    }
};

class CustomerAddCommand final : public CustomerCommandBase {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::CustomerCommand)
public:
    QStringList words() const override
    {
        return {QStringLiteral("customer"), QStringLiteral("add")};
    }
    QString summary() const override
    {
        return tr("Create a customer file; phones are stored normalised (E.164).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(QStringLiteral("name"), tr("Customer's name."), tr("NAME")),
            QCommandLineOption(QStringLiteral("phone"), tr("A phone number; repeat for several."),
                               tr("PHONE")),
            QCommandLineOption(QStringLiteral("gender"), tr("f or m."), tr("G")),
            QCommandLineOption(QStringLiteral("birthday"), tr("Birthday, YYYY-MM-DD."), tr("DATE")),
            QCommandLineOption(QStringLiteral("category"), tr("general or special."),
                               tr("CATEGORY")),
            QCommandLineOption(QStringLiteral("confidentiality"),
                               tr("normal, confidential or secret."), tr("LEVEL")),
            QCommandLineOption(QStringLiteral("tag"),
                               tr("A tag (size, colour, ...); repeat for several."), tr("TAG")),
            QCommandLineOption(QStringLiteral("address"), tr("Address."), tr("TEXT")),
            QCommandLineOption(QStringLiteral("company"), tr("Company."), tr("TEXT")),
            QCommandLineOption(QStringLiteral("note"), tr("Free note."), tr("TEXT")),
            QCommandLineOption(QStringLiteral("contact-hours"),
                               tr("When the customer takes calls, e.g. 18:00-21:00."),
                               tr("HH:MM-HH:MM")),
            QCommandLineOption(QStringLiteral("no-calls"),
                               tr("The customer declined calls: no callbacks are scheduled.")),
            QCommandLineOption(QStringLiteral("allow-shared-phone"),
                               tr("Create the file even if a phone is already on another file.")),
        };
    }
    int run(CommandContext& context) override
    {
        if (const int missing = context.requireOptions({"name"}); missing)
            return missing;
        if (!context.parser().isSet(QStringLiteral("phone")))
            return context.usage(tr("--phone: at least one is required."));
        int code = ExitOk;
        CustomerDraft draft;
        draft.name = context.parser().value(QStringLiteral("name"));
        draft.phones = context.parser().values(QStringLiteral("phone"));
        const auto gender =
            choice<Gender>(context, QStringLiteral("gender"), Gender::Unknown, &code);
        const auto category = choice<CustomerCategory>(context, QStringLiteral("category"),
                                                       CustomerCategory::General, &code);
        const auto level = choice<Confidentiality>(context, QStringLiteral("confidentiality"),
                                                   Confidentiality::Normal, &code);
        if (!gender || !category || !level)
            return code;
        draft.gender = *gender;
        draft.category = *category;
        draft.confidentiality = *level;
        if (context.parser().isSet(QStringLiteral("birthday"))) {
            draft.birthday = parseIsoDate(context.parser().value(QStringLiteral("birthday")));
            if (!draft.birthday.isValid())
                return context.usage(tr("--birthday: write the date as YYYY-MM-DD."));
        }
        draft.tags = context.parser().values(QStringLiteral("tag"));
        draft.address = context.parser().value(QStringLiteral("address"));
        draft.company = context.parser().value(QStringLiteral("company"));
        draft.note = context.parser().value(QStringLiteral("note"));
        draft.contactHours = context.parser().value(QStringLiteral("contact-hours"));
        draft.contactOk = !context.parser().isSet(QStringLiteral("no-calls"));
        return context.withSignedIn([&](Database& database, const User& me) {
            Result<Customer> created =
                Services(database, context.clock())
                    .customers()
                    .create(me.actor(), draft,
                            context.parser().isSet(QStringLiteral("allow-shared-phone")));
            if (!created)
                return context.fail(created.error());
            if (context.json()) {
                context.printJson(
                    QJsonObject{{QStringLiteral("id"), created->id},
                                {QStringLiteral("file_no"), created->fileNo},
                                {QStringLiteral("name"), created->name},
                                {QStringLiteral("phones"), phonesJson(created->phones)}});
            } else {
                context.out() << tr("Created file %1 for %2.").arg(created->fileNo, created->name)
                              << Qt::endl;
            }
            return int(ExitOk);
        });
    }
};

class CustomerShowCommand final : public CustomerCommandBase {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::CustomerCommand)
public:
    QStringList words() const override
    {
        return {QStringLiteral("customer"), QStringLiteral("show")};
    }
    QString arguments() const override { return QStringLiteral("ID|FILE_NO"); }
    QString summary() const override
    {
        return tr("Show a customer's whole file; a protected file needs --reason and a role "
                  "allowed to see it.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption(QStringLiteral("reason"),
                                   tr("Why you open a protected file (recorded)."), tr("TEXT"))};
    }
    int run(CommandContext& context) override
    {
        if (context.arguments().size() != 1)
            return context.usage(tr("ID|FILE_NO: give one customer id or file number."));
        return context.withSignedIn([&](Database& database, const User& me) {
            CustomerService customers = Services(database, context.clock()).customers();
            CustomerFiles files(database, context.clock());
            Result<qint64> id = customers.resolve(context.arguments().constFirst());
            if (!id)
                return context.fail(id.error());
            Result<CustomerFile> file = files.open(
                me.actor(), id.value(), context.parser().value(QStringLiteral("reason")));
            if (!file)
                return context.fail(file.error());
            const Customer& c = file->customer;
            if (context.json()) {
                QJsonArray purchases;
                for (const Purchase& purchase : file->purchases)
                    purchases.append(purchaseJson(purchase));
                QJsonArray contacts;
                for (const ContactEntry& entry : file->contacts)
                    contacts.append(contactJson(entry));
                QJsonArray complaints;
                for (const ComplaintSummary& complaint : file->complaints)
                    complaints.append(QJsonObject{
                        {QStringLiteral("number"), complaint.number},
                        {QStringLiteral("received_at"), toIsoLocal(complaint.receivedAt)},
                        {QStringLiteral("status"), complaint.status},
                        {QStringLiteral("severity"), complaint.severity},
                        {QStringLiteral("category"), complaint.category},
                        {QStringLiteral("handler"), complaint.handler}});
                QJsonArray callbacks;
                for (const Callback& callback : file->callbacks)
                    callbacks.append(callbackJson(callback));
                QJsonArray compensations;
                for (const Compensation& p : file->compensations)
                    compensations.append(QJsonObject{
                        {QStringLiteral("id"), p.id},
                        {QStringLiteral("number"), p.complaintNumber},
                        {QStringLiteral("kind"), CompensationKeys::key(p.kind)},
                        {QStringLiteral("amount"), Money::formatFen(p.amountFen)},
                        {QStringLiteral("status"), CompensationKeys::key(p.status)},
                        {QStringLiteral("granted"),
                         p.grantedFen ? QJsonValue(Money::formatFen(*p.grantedFen)) : QJsonValue()},
                        {QStringLiteral("decided_by"),
                         p.decidedBy.isEmpty() ? QJsonValue() : QJsonValue(p.decidedBy)}});
                QJsonArray family;
                for (const FamilyMember& member : c.family)
                    family.append(
                        QJsonObject{{QStringLiteral("name"), member.name},
                                    {QStringLiteral("relation"), member.relation},
                                    {QStringLiteral("birthday"), dateJson(member.birthday)}});
                context.printJson(QJsonObject{
                    {QStringLiteral("id"), c.id},
                    {QStringLiteral("file_no"), c.fileNo},
                    {QStringLiteral("name"), c.name},
                    {QStringLiteral("phones"), phonesJson(c.phones)},
                    {QStringLiteral("gender"), CustomerKeys::key(c.gender).isEmpty()
                                                   ? QJsonValue()
                                                   : QJsonValue(CustomerKeys::key(c.gender))},
                    {QStringLiteral("birthday"), dateJson(c.birthday)},
                    {QStringLiteral("address"), c.address},
                    {QStringLiteral("company"), c.company},
                    {QStringLiteral("category"), CustomerKeys::key(c.category)},
                    {QStringLiteral("stage"), CustomerKeys::key(c.stage)},
                    {QStringLiteral("status"), CustomerKeys::key(c.status)},
                    {QStringLiteral("confidentiality"), CustomerKeys::key(c.confidentiality)},
                    {QStringLiteral("owner"), c.ownerName},
                    {QStringLiteral("owner_user"), c.ownerUser},
                    {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
                    {QStringLiteral("family"), family},
                    {QStringLiteral("preferences"), c.preferences},
                    {QStringLiteral("source"), c.source},
                    {QStringLiteral("note"), c.note},
                    {QStringLiteral("takes_calls"), c.contactOk},
                    {QStringLiteral("contact_hours"), c.contactHours},
                    {QStringLiteral("tier"), CustomerKeys::key(file->profit.tier)},
                    {QStringLiteral("profit_contribution"),
                     QJsonObject{
                         {QStringLiteral("lifetime"), Money::formatFen(file->profit.lifetimeFen)},
                         {QStringLiteral("last_12_months"),
                          Money::formatFen(file->profit.last12MonthsFen)},
                         {QStringLiteral("revenue"), Money::formatFen(file->profit.revenueFen)},
                         {QStringLiteral("purchases"), file->profit.purchases}}},
                    {QStringLiteral("purchases"), purchases},
                    {QStringLiteral("complaints"), complaints},
                    {QStringLiteral("callbacks"), callbacks},
                    {QStringLiteral("compensations"), compensations},
                    {QStringLiteral("contacts"), contacts},
                });
                return int(ExitOk);
            }
            QTextStream& out = context.out();
            out << QStringLiteral("%1  %2  (%3, %4)")
                       .arg(c.fileNo, c.name, CustomerKeys::displayName(file->profit.tier),
                            CustomerKeys::displayName(c.stage))
                << Qt::endl;
            for (const CustomerPhone& phone : c.phones)
                out << QStringLiteral("  %1").arg(PhoneNumbers::display(phone.e164)) << Qt::endl;
            out << tr("Profit contribution: %1 lifetime, %2 in the last 12 months")
                       .arg(Money::displayFen(file->profit.lifetimeFen),
                            Money::displayFen(file->profit.last12MonthsFen))
                << Qt::endl;
            for (const Purchase& purchase : file->purchases)
                out << QStringLiteral("  %1  %2  %3")
                           .arg(purchase.date.toString(Qt::ISODate), purchase.receiptNo,
                                Money::displayFen(purchase.totalFen()))
                    << Qt::endl;
            for (const ContactEntry& entry : file->contacts)
                out << QStringLiteral("  %1  %2  %3")
                           .arg(toIsoLocal(entry.at), CustomerKeys::displayName(entry.channel),
                                entry.note)
                    << Qt::endl;
            return int(ExitOk);
        });
    }
};

class CustomerFindCommand final : public CustomerCommandBase {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::CustomerCommand)
public:
    QStringList words() const override
    {
        return {QStringLiteral("customer"), QStringLiteral("find")};
    }
    QString arguments() const override { return QStringLiteral("QUERY"); }
    QString summary() const override
    {
        return tr("Find customers by phone (full, partial or the last four digits), name in either "
                  "script, "
                  "address or note fragment, file number or receipt number; best match first.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption(QStringLiteral("limit"),
                                   tr("At most this many results (default 20)."), tr("N"))};
    }
    int run(CommandContext& context) override
    {
        if (context.arguments().isEmpty())
            return context.usage(tr("QUERY: say what to look for."));
        int limit = 20;
        if (context.parser().isSet(QStringLiteral("limit"))) {
            bool ok = false;
            limit = context.parser().value(QStringLiteral("limit")).toInt(&ok);
            if (!ok || limit < 1 || limit > 200)
                return context.usage(tr("--limit: give a whole number from 1 to 200."));
        }
        const QString query = context.arguments().join(QLatin1Char(' '));
        return context.withSignedIn([&](Database& database, const User& me) {
            Result<QList<CustomerMatch>> found =
                Services(database, context.clock()).customers().find(me.actor(), query, limit);
            if (!found)
                return context.fail(found.error());
            if (context.json()) {
                QJsonArray array;
                for (const CustomerMatch& match : found.value())
                    array.append(QJsonObject{
                        {QStringLiteral("id"), match.id},
                        {QStringLiteral("file_no"), match.fileNo},
                        {QStringLiteral("name"), match.name},
                        {QStringLiteral("phones"), QJsonArray::fromStringList(match.phones)},
                        {QStringLiteral("tier"), CustomerKeys::key(match.tier)},
                        {QStringLiteral("masked"), match.masked}});
                context.printJson(array);
            } else {
                for (const CustomerMatch& match : found.value())
                    context.out() << QStringLiteral("%1\t%2\t%3\t%4")
                                         .arg(match.fileNo, match.name,
                                              match.phones.join(QLatin1Char(' ')),
                                              CustomerKeys::displayName(match.tier))
                                  << Qt::endl;
                if (found->isEmpty())
                    context.err() << tr("No customer matches \"%1\".").arg(query) << Qt::endl;
            }
            return int(ExitOk);
        });
    }
};

class PurchaseAddCommand final : public CustomerCommandBase {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::CustomerCommand)
public:
    QStringList words() const override
    {
        return {QStringLiteral("purchase"), QStringLiteral("add")};
    }
    QString summary() const override
    {
        return tr("Record a purchase on a customer file, one --item per line.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(QStringLiteral("customer"), tr("Customer id or file number."),
                               tr("ID")),
            QCommandLineOption(QStringLiteral("receipt"), tr("Receipt number."), tr("NO")),
            QCommandLineOption(QStringLiteral("date"), tr("Purchase date, YYYY-MM-DD."),
                               tr("DATE")),
            QCommandLineOption(
                QStringLiteral("item"),
                tr("\"NAME;QTY;UNIT_PRICE;UNIT_COST\", prices in yuan; repeat for several."),
                tr("ITEM")),
        };
    }
    int run(CommandContext& context) override
    {
        if (const int missing = context.requireOptions({"customer", "receipt", "date", "item"});
            missing)
            return missing;
        const QDate date = parseIsoDate(context.parser().value(QStringLiteral("date")));
        if (!date.isValid())
            return context.usage(tr("--date: write the date as YYYY-MM-DD."));
        QList<PurchaseLine> lines;
        const QStringList items = context.parser().values(QStringLiteral("item"));
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QStringList parts = items.at(i).split(QLatin1Char(';'));
            const QString field = tr("--item %1").arg(i + 1);
            if (parts.size() != 4)
                return context.fail(
                    makeError(ErrorCode::Validation,
                              tr("%1: write NAME;QTY;UNIT_PRICE;UNIT_COST.").arg(field)));
            bool ok = false;
            const qint64 quantity = parts.at(1).trimmed().toLongLong(&ok);
            if (!ok)
                return context.fail(
                    makeError(ErrorCode::Validation,
                              tr("%1: the quantity is not a whole number.").arg(field)));
            Result<qint64> price = Money::parseYuan(parts.at(2), tr("%1 price").arg(field));
            if (!price)
                return context.fail(price.error());
            Result<qint64> cost = Money::parseYuan(parts.at(3), tr("%1 cost").arg(field));
            if (!cost)
                return context.fail(cost.error());
            lines.append({parts.at(0), quantity, price.value(), cost.value()});
        }
        return context.withSignedIn([&](Database& database, const User& me) {
            CustomerService customers = Services(database, context.clock()).customers();
            Result<qint64> id =
                customers.resolve(context.parser().value(QStringLiteral("customer")));
            if (!id)
                return context.fail(id.error());
            Result<Purchase> added = customers.addPurchase(
                me.actor(), id.value(), context.parser().value(QStringLiteral("receipt")), date,
                lines);
            if (!added)
                return context.fail(added.error());
            if (context.json())
                context.printJson(purchaseJson(added.value()));
            else
                context.out() << tr("Recorded receipt %1: %2.")
                                     .arg(added->receiptNo, Money::displayFen(added->totalFen()))
                              << Qt::endl;
            return int(ExitOk);
        });
    }
};

class ContactAddCommand final : public CustomerCommandBase {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::CustomerCommand)
public:
    QStringList words() const override
    {
        return {QStringLiteral("contact"), QStringLiteral("add")};
    }
    QString summary() const override
    {
        return tr("Write a conversation onto a customer's contact log.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(QStringLiteral("customer"), tr("Customer id or file number."),
                               tr("ID")),
            QCommandLineOption(QStringLiteral("channel"),
                               tr("phone, visit, sms, wechat, email or letter."), tr("CHANNEL")),
            QCommandLineOption(QStringLiteral("note"), tr("What was said."), tr("TEXT")),
        };
    }
    int run(CommandContext& context) override
    {
        if (const int missing = context.requireOptions({"customer", "channel", "note"}); missing)
            return missing;
        int code = ExitOk;
        const auto channel = choice<ContactChannel>(context, QStringLiteral("channel"),
                                                    ContactChannel::Phone, &code);
        if (!channel)
            return code;
        return context.withSignedIn([&](Database& database, const User& me) {
            CustomerService customers = Services(database, context.clock()).customers();
            Result<qint64> id =
                customers.resolve(context.parser().value(QStringLiteral("customer")));
            if (!id)
                return context.fail(id.error());
            Result<ContactEntry> added = customers.addContact(
                me.actor(), id.value(), *channel, context.parser().value(QStringLiteral("note")));
            if (!added)
                return context.fail(added.error());
            if (context.json())
                context.printJson(contactJson(added.value()));
            else
                context.out() << tr("Added to the contact log.") << Qt::endl;
            return int(ExitOk);
        });
    }
};

class CustomerImportCommand final : public CustomerCommandBase {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::CustomerCommand)
public:
    QStringList words() const override
    {
        return {QStringLiteral("customer"), QStringLiteral("import")};
    }
    QString arguments() const override { return QStringLiteral("FILE"); }
    QString summary() const override
    {
        return tr(
            "Import customer files from CSV with a header row (Chinese or English column names). "
            "All or nothing: any bad line refuses the whole file and every bad line is reported.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption(QStringLiteral("encoding"),
                                   tr("auto (default), utf-8 or gb18030."), tr("ENC")),
                QCommandLineOption(QStringLiteral("dry-run"),
                                   tr("Check the file and report, without importing."))};
    }
    int run(CommandContext& context) override
    {
        if (context.arguments().size() != 1)
            return context.usage(tr("FILE: give one CSV file."));
        CsvEncoding encoding = CsvEncoding::Auto;
        const QString name = context.parser().value(QStringLiteral("encoding")).toLower();
        if (name == QLatin1String("utf-8") || name == QLatin1String("utf8"))
            encoding = CsvEncoding::Utf8;
        else if (name == QLatin1String("gb18030"))
            encoding = CsvEncoding::Gb18030;
        else if (!name.isEmpty() && name != QLatin1String("auto"))
            return context.usage(tr("--encoding: use auto, utf-8 or gb18030."));
        const bool dryRun = context.parser().isSet(QStringLiteral("dry-run"));
        return context.withSignedIn([&](Database& database, const User& me) {
            Result<ImportReport> report =
                CustomerImport(database, context.clock())
                    .run(me.actor(), context.arguments().constFirst(), encoding, dryRun);
            if (!report)
                return context.fail(report.error());
            if (context.json()) {
                QJsonArray errors;
                for (const ImportProblem& problem : report->errors)
                    errors.append(QJsonObject{{QStringLiteral("line"), problem.line},
                                              {QStringLiteral("message"), problem.message}});
                context.printJson(
                    QJsonObject{{QStringLiteral("imported"), report->imported},
                                {QStringLiteral("rows"), report->rows},
                                {QStringLiteral("dry_run"), report->dryRun},
                                {QStringLiteral("errors"), errors},
                                {QStringLiteral("ignored_columns"),
                                 QJsonArray::fromStringList(report->ignoredColumns)}});
            }
            for (const ImportProblem& problem : report->errors)
                context.err() << tr("Line %1: %2").arg(problem.line).arg(problem.message)
                              << Qt::endl;
            if (!report->errors.isEmpty()) {
                context.err() << tr("Nothing was imported: %n line(s) need correcting.", nullptr,
                                    int(report->errors.size()))
                              << Qt::endl;
                return int(ExitRefused);
            }
            if (!context.json()) {
                if (!report->ignoredColumns.isEmpty())
                    context.out() << tr("Columns not imported: %1")
                                         .arg(report->ignoredColumns.join(QStringLiteral(", ")))
                                  << Qt::endl;
                context.out() << (dryRun
                                      ? tr("Dry run: all %n row(s) are good; nothing was written.",
                                           nullptr, report->rows)
                                      : tr("Imported %n customer file(s).", nullptr,
                                           report->imported))
                              << Qt::endl;
            }
            return int(ExitOk);
        });
    }
};

class CustomerExportCommand final : public CustomerCommandBase {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::CustomerCommand)
public:
    QStringList words() const override
    {
        return {QStringLiteral("customer"), QStringLiteral("export")};
    }
    QString arguments() const override { return QStringLiteral("FILE"); }
    QString summary() const override
    {
        return tr("Export every customer file to CSV (UTF-8 with BOM, opens in Excel). Manager "
                  "only; recorded in the audit log.");
    }
    int run(CommandContext& context) override
    {
        if (context.arguments().size() != 1)
            return context.usage(tr("FILE: give one file to write."));
        return context.withSignedIn([&](Database& database, const User& me) {
            Result<qint64> written = CustomerExport(database, context.clock())
                                         .toCsv(me.actor(), context.arguments().constFirst());
            if (!written)
                return context.fail(written.error());
            if (context.json())
                context.printJson(
                    QJsonObject{{QStringLiteral("exported"), written.value()},
                                {QStringLiteral("file"), context.arguments().constFirst()}});
            else
                context.out() << tr("Exported %n customer file(s).", nullptr, int(written.value()))
                              << Qt::endl;
            return int(ExitOk);
        });
    }
};

class CustomerMergeCommand final : public CustomerCommandBase {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::CustomerCommand)
public:
    QStringList words() const override
    {
        return {QStringLiteral("customer"), QStringLiteral("merge")};
    }
    QString arguments() const override { return QStringLiteral("KEEP DROP"); }
    QString summary() const override
    {
        return tr("Merge two files of the same person: everything of DROP moves onto KEEP "
                  "(supervisor or manager). DROP's old name, address, company and note stay "
                  "in its retired record until a manager runs customer erase on KEEP.");
    }
    int run(CommandContext& context) override
    {
        if (context.arguments().size() != 2)
            return context.usage(
                tr("KEEP DROP: give the file to keep and the file to merge into it."));
        return context.withSignedIn([&](Database& database, const User& me) {
            CustomerService customers = Services(database, context.clock()).customers();
            Result<qint64> keep = customers.resolve(context.arguments().at(0));
            if (!keep)
                return context.fail(keep.error());
            Result<qint64> drop = customers.resolve(context.arguments().at(1));
            if (!drop)
                return context.fail(drop.error());
            if (Status merged = customers.merge(me.actor(), keep.value(), drop.value()); !merged)
                return context.fail(merged.error());
            if (context.json())
                context.printJson(QJsonObject{
                    {QStringLiteral("kept"), CustomerService::fileNumber(keep.value())},
                    {QStringLiteral("merged"), CustomerService::fileNumber(drop.value())}});
            else
                context.out() << tr("%1 is merged into %2. Its old name, address, company "
                                    "and note stay in its retired record; customer erase %2 "
                                    "removes them with the person.")
                                     .arg(CustomerService::fileNumber(drop.value()),
                                          CustomerService::fileNumber(keep.value()))
                              << Qt::endl;
            return int(ExitOk);
        });
    }
};

class CustomerEraseCommand final : public CustomerCommandBase {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::CustomerCommand)
public:
    QStringList words() const override
    {
        return {QStringLiteral("customer"), QStringLiteral("erase")};
    }
    QString arguments() const override { return QStringLiteral("ID|FILE_NO"); }
    QString summary() const override
    {
        return tr("Erase a customer for good (manager): name, phones, address, notes and "
                  "family go; the file number, purchases and complaints stay without the "
                  "person. Audited.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption(QStringLiteral("reason"),
                                   tr("Why the file is erased (recorded)."), tr("TEXT"))};
    }
    int run(CommandContext& context) override
    {
        if (context.arguments().size() != 1)
            return context.usage(tr("ID|FILE_NO: give one customer id or file number."));
        if (!context.parser().isSet(QStringLiteral("reason")))
            return context.usage(tr("--reason: say why the file is erased."));
        return context.withSignedIn([&](Database& database, const User& me) {
            CustomerService customers = Services(database, context.clock()).customers();
            Result<qint64> id = customers.resolve(context.arguments().constFirst());
            if (!id)
                return context.fail(id.error());
            if (Status erased = customers.erase(me.actor(), id.value(),
                                                context.parser().value(QStringLiteral("reason")));
                !erased)
                return context.fail(erased.error());
            const QString fileNo = CustomerService::fileNumber(id.value());
            if (context.json())
                context.printJson(QJsonObject{{QStringLiteral("erased"), fileNo}});
            else
                context.out() << tr("%1 is erased: the person is gone from the file, its "
                                    "purchases and complaints stay.")
                                     .arg(fileNo)
                              << Qt::endl;
            return int(ExitOk);
        });
    }
};

} // namespace

void addCustomerCommands(std::vector<std::unique_ptr<Command>>& commands)
{
    commands.push_back(std::make_unique<CustomerAddCommand>());
    commands.push_back(std::make_unique<CustomerShowCommand>());
    commands.push_back(std::make_unique<CustomerFindCommand>());
    commands.push_back(std::make_unique<CustomerImportCommand>());
    commands.push_back(std::make_unique<CustomerExportCommand>());
    commands.push_back(std::make_unique<CustomerMergeCommand>());
    commands.push_back(std::make_unique<CustomerEraseCommand>());
    commands.push_back(std::make_unique<PurchaseAddCommand>());
    commands.push_back(std::make_unique<ContactAddCommand>());
}

} // namespace cc::cli
