// complaint add | show | list | receipt | assign | start | resolve | close | reopen | cancel |
// escalate | raise | note | custody
#include "Cli.h"

#include <ComplaintSlip.h>
#include <base/Clock.h>
#include <base/Money.h>
#include <complaints/ComplaintService.h>
#include <customers/CustomerService.h>
#include <services/Services.h>

#include <QJsonArray>
#include <QJsonObject>

namespace cc::cli {

namespace {

QJsonValue timeJson(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(toIsoLocal(time)) : QJsonValue();
}

QJsonObject complaintJson(const Complaint& c, bool withTimeline)
{
    QJsonArray flags;
    for (ComplaintFlag flag : c.flags)
        flags.append(ComplaintKeys::key(flag));
    QJsonObject json{
        {QStringLiteral("number"), c.number},
        {QStringLiteral("status"), ComplaintRules::statusKey(c.status)},
        {QStringLiteral("severity"), ComplaintKeys::key(c.severity)},
        {QStringLiteral("severity_reasons"), QJsonArray::fromStringList(c.severityReasons)},
        {QStringLiteral("reply_due"), timeJson(c.replyDue)},
        {QStringLiteral("resolve_due"), timeJson(c.resolveDue)},
        {QStringLiteral("handler"), c.handler.isEmpty() ? QJsonValue() : QJsonValue(c.handler)},
        {QStringLiteral("customer_id"), c.customerId},
        {QStringLiteral("customer"), c.customerName},
        {QStringLiteral("channel"), ComplaintKeys::key(c.channel)},
        {QStringLiteral("category"), ComplaintKeys::key(c.category)},
        {QStringLiteral("description"), c.description},
        {QStringLiteral("demand"), ComplaintKeys::key(c.demand).isEmpty()
                                       ? QJsonValue()
                                       : QJsonValue(ComplaintKeys::key(c.demand))},
        {QStringLiteral("product"), c.product},
        {QStringLiteral("receipt"), c.receiptNo},
        {QStringLiteral("purchase_date"), c.purchaseDate.isValid()
                                              ? QJsonValue(c.purchaseDate.toString(Qt::ISODate))
                                              : QJsonValue()},
        {QStringLiteral("price"),
         c.priceFen ? QJsonValue(Money::formatFen(*c.priceFen)) : QJsonValue()},
        {QStringLiteral("about_staff"),
         c.aboutStaff.isEmpty() ? QJsonValue() : QJsonValue(c.aboutStaff)},
        {QStringLiteral("flags"), flags},
        {QStringLiteral("received_at"), timeJson(c.receivedAt)},
        {QStringLiteral("escalated_at"), timeJson(c.escalatedAt)},
        {QStringLiteral("resolution"), c.resolution},
        {QStringLiteral("satisfaction"),
         c.satisfaction ? QJsonValue(*c.satisfaction) : QJsonValue()},
    };
    QJsonArray custody;
    for (const CustodyItem& item : c.custody)
        custody.append(QJsonObject{{QStringLiteral("item"), item.item},
                                   {QStringLiteral("condition"), item.condition},
                                   {QStringLiteral("sent_to"), item.sentTo},
                                   {QStringLiteral("taken_at"), timeJson(item.takenAt)},
                                   {QStringLiteral("returned_at"), timeJson(item.returnedAt)}});
    json.insert(QStringLiteral("custody"), custody);
    if (withTimeline) {
        QJsonArray timeline;
        for (const ComplaintEventEntry& event : c.timeline)
            timeline.append(QJsonObject{{QStringLiteral("at"), timeJson(event.at)},
                                        {QStringLiteral("actor"), event.actor},
                                        {QStringLiteral("kind"), event.kind},
                                        {QStringLiteral("from"), event.fromStatus},
                                        {QStringLiteral("to"), event.toStatus},
                                        {QStringLiteral("note"), event.note}});
        json.insert(QStringLiteral("timeline"), timeline);
    }
    return json;
}

int printComplaint(CommandContext& context, const Complaint& c, bool withTimeline)
{
    if (context.json()) {
        context.printJson(complaintJson(c, withTimeline));
        return ExitOk;
    }
    QTextStream& out = context.out();
    out << QStringLiteral("%1  %2  %3  %4")
               .arg(c.number, ComplaintRules::statusName(c.status),
                    ComplaintKeys::displayName(c.severity), c.customerName)
        << Qt::endl;
    out << CommandContext::tr("Reply by %1, resolve by %2, handler %3")
               .arg(toIsoLocal(c.replyDue), toIsoLocal(c.resolveDue),
                    c.handler.isEmpty() ? QStringLiteral("-") : c.handler)
        << Qt::endl;
    if (withTimeline) {
        for (const ComplaintEventEntry& event : c.timeline)
            out << QStringLiteral("  %1  %2  %3 %4  %5")
                       .arg(toIsoLocal(event.at), event.actor, event.kind, event.toStatus,
                            event.note)
                << Qt::endl;
    }
    return ExitOk;
}

class ComplaintAddCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::ComplaintCommand)

public:
    QStringList words() const override
    {
        return {QStringLiteral("complaint"), QStringLiteral("add")};
    }
    QString summary() const override
    {
        return tr("Log a complaint; it is numbered TS-YYYYMMDD-NNNN and made major automatically "
                  "when the rules say so.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(QStringLiteral("customer"), tr("Customer id or file number."),
                               tr("ID")),
            QCommandLineOption(QStringLiteral("category"),
                               tr("quality, service, price, attitude, delivery or other."),
                               tr("CATEGORY")),
            QCommandLineOption(QStringLiteral("channel"),
                               tr("walk_in, phone, written, online or head_office."),
                               tr("CHANNEL")),
            QCommandLineOption(QStringLiteral("description"),
                               tr("What happened, in the customer's words."), tr("TEXT")),
            QCommandLineOption(QStringLiteral("demand"),
                               tr("refund, exchange, repair, compensation, apology or other."),
                               tr("DEMAND")),
            QCommandLineOption(QStringLiteral("product"), tr("Product or model."), tr("TEXT")),
            QCommandLineOption(QStringLiteral("receipt"), tr("Receipt number."), tr("NO")),
            QCommandLineOption(QStringLiteral("purchase-date"), tr("Purchase date, YYYY-MM-DD."),
                               tr("DATE")),
            QCommandLineOption(QStringLiteral("price"), tr("Price paid, in yuan."), tr("AMOUNT")),
            QCommandLineOption(QStringLiteral("about-staff"),
                               tr("User name of the employee complained about."), tr("USER")),
            QCommandLineOption(
                QStringLiteral("flag"),
                tr("media, regulator, group, manufacturer or safety; repeat for several."),
                tr("FLAG")),
            QCommandLineOption(QStringLiteral("received-at"),
                               tr("When the complaint was received (ISO 8601, local time unless an "
                                  "offset is given)."),
                               tr("DATETIME")),
        };
    }
    int run(CommandContext& context) override
    {
        if (const int missing =
                context.requireOptions({"customer", "category", "channel", "description"});
            missing)
            return missing;
        QCommandLineParser& p = context.parser();
        ComplaintDraft draft;
        const auto category = ComplaintKeys::category(p.value(QStringLiteral("category")));
        if (!category)
            return context.usage(
                tr("--category: use quality, service, price, attitude, delivery or other."));
        const auto channel = ComplaintKeys::channel(p.value(QStringLiteral("channel")));
        if (!channel)
            return context.usage(
                tr("--channel: use walk_in, phone, written, online or head_office."));
        draft.category = *category;
        draft.channel = *channel;
        if (p.isSet(QStringLiteral("demand"))) {
            const auto demand = ComplaintKeys::demand(p.value(QStringLiteral("demand")));
            if (!demand || *demand == ComplaintDemand::None)
                return context.usage(
                    tr("--demand: use refund, exchange, repair, compensation, apology or other."));
            draft.demand = *demand;
        }
        for (const QString& key : p.values(QStringLiteral("flag"))) {
            const auto flag = ComplaintKeys::flag(key);
            if (!flag)
                return context.usage(
                    tr("--flag: use media, regulator, group, manufacturer or safety."));
            draft.flags.append(*flag);
        }
        if (p.isSet(QStringLiteral("purchase-date"))) {
            draft.purchaseDate = parseIsoDate(p.value(QStringLiteral("purchase-date")));
            if (!draft.purchaseDate.isValid())
                return context.usage(tr("--purchase-date: write the date as YYYY-MM-DD."));
        }
        if (p.isSet(QStringLiteral("received-at"))) {
            draft.receivedAt = parseIsoDateTime(p.value(QStringLiteral("received-at")));
            if (!draft.receivedAt.isValid())
                return context.usage(tr(
                    "--received-at: write an ISO 8601 date and time, e.g. 2026-12-02T10:05:00."));
        }
        if (p.isSet(QStringLiteral("price"))) {
            Result<qint64> price =
                Money::parseYuan(p.value(QStringLiteral("price")), QStringLiteral("--price"));
            if (!price)
                return context.fail(price.error());
            draft.priceFen = price.value();
        }
        draft.description = p.value(QStringLiteral("description"));
        draft.product = p.value(QStringLiteral("product"));
        draft.receiptNo = p.value(QStringLiteral("receipt"));
        draft.aboutStaff = p.value(QStringLiteral("about-staff"));
        return context.withSignedIn([&](Database& database, const User& me) {
            Result<qint64> customer = Services(database, context.clock())
                                          .customers()
                                          .resolve(p.value(QStringLiteral("customer")));
            if (!customer)
                return context.fail(customer.error());
            draft.customerId = customer.value();
            Result<Complaint> added =
                Services(database, context.clock()).complaints().add(me.actor(), draft);
            if (!added)
                return context.fail(added.error());
            return printComplaint(context, added.value(), false);
        });
    }
};

class ComplaintShowCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::ComplaintCommand)

public:
    QStringList words() const override
    {
        return {QStringLiteral("complaint"), QStringLiteral("show")};
    }
    QString arguments() const override { return QStringLiteral("NUMBER"); }
    QString summary() const override
    {
        return tr("Show a complaint with its timeline (every transition with actor and time).");
    }
    int run(CommandContext& context) override
    {
        if (context.arguments().size() != 1)
            return context.usage(tr("NUMBER: give one complaint number, e.g. TS-20261202-0001."));
        return context.withSignedIn([&](Database& database, const User& me) {
            Result<Complaint> found = Services(database, context.clock())
                                          .complaints()
                                          .show(me.actor(), context.arguments().constFirst());
            if (!found)
                return context.fail(found.error());
            return printComplaint(context, found.value(), true);
        });
    }
};

class ComplaintReceiptCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::ComplaintCommand)

public:
    QStringList words() const override
    {
        return {QStringLiteral("complaint"), QStringLiteral("receipt")};
    }
    QString arguments() const override { return QStringLiteral("NUMBER"); }
    QString summary() const override
    {
        return tr("Write the slip handed to the customer as a PDF, with a QR code of the number.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption(QStringLiteral("pdf"), tr("The PDF file to write."), tr("FILE")),
                QCommandLineOption(QStringLiteral("size"),
                                   tr("Paper: a5 (default) or 80mm for receipt printers."),
                                   tr("SIZE"), QStringLiteral("a5"))};
    }
    int run(CommandContext& context) override
    {
        if (context.arguments().size() != 1)
            return context.usage(tr("NUMBER: give one complaint number, e.g. TS-20261202-0001."));
        if (!context.parser().isSet(QStringLiteral("pdf")))
            return context.usage(tr("--pdf: required."));
        const std::optional<print::SlipSize> size =
            print::ComplaintSlip::sizeFromKey(context.parser().value(QStringLiteral("size")));
        if (!size)
            return context.usage(tr("--size: give a5 or 80mm."));
        const QString path = context.parser().value(QStringLiteral("pdf"));
        return context.withSignedIn([&](Database& database, const User& me) {
            Result<ComplaintReceipt> receipt =
                Services(database, context.clock())
                    .complaints()
                    .receipt(me.actor(), context.arguments().constFirst());
            if (!receipt)
                return context.fail(receipt.error());
            if (Status written = print::ComplaintSlip(receipt.value()).writePdf(path, *size);
                !written)
                return context.fail(written.error());
            if (context.json())
                context.printJson(QJsonObject{{QStringLiteral("number"), receipt->complaint.number},
                                              {QStringLiteral("pdf"), path}});
            else
                context.out()
                    << tr("Wrote the receipt of %1 to %2.").arg(receipt->complaint.number, path)
                    << Qt::endl;
            return int(ExitOk);
        });
    }
};

class ComplaintListCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::ComplaintCommand)

public:
    QStringList words() const override
    {
        return {QStringLiteral("complaint"), QStringLiteral("list")};
    }
    QString summary() const override
    {
        return tr("List complaints: unescalated major cases first, then by resolve-by time.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(
                QStringLiteral("status"),
                tr("received, in_progress, awaiting_approval, resolved, closed or cancelled."),
                tr("S")),
            QCommandLineOption(QStringLiteral("severity"), tr("general or major."), tr("SEVERITY")),
            QCommandLineOption(QStringLiteral("overdue"),
                               tr("Only open cases past their promise.")),
            QCommandLineOption(QStringLiteral("as-of"),
                               tr("Judge overdue as of this time (default now)."), tr("DATETIME")),
        };
    }
    int run(CommandContext& context) override
    {
        QCommandLineParser& p = context.parser();
        ComplaintFilter filter;
        if (p.isSet(QStringLiteral("status"))) {
            filter.status = ComplaintRules::statusFromKey(p.value(QStringLiteral("status")));
            if (!filter.status)
                return context.usage(tr("--status: use received, in_progress, awaiting_approval, "
                                        "resolved, closed or cancelled."));
        }
        if (p.isSet(QStringLiteral("severity"))) {
            filter.severity = ComplaintKeys::severity(p.value(QStringLiteral("severity")));
            if (!filter.severity)
                return context.usage(tr("--severity: use general or major."));
        }
        filter.overdueOnly = p.isSet(QStringLiteral("overdue"));
        QDateTime asOf = context.clock().nowUtc();
        if (p.isSet(QStringLiteral("as-of"))) {
            asOf = parseIsoDateTime(p.value(QStringLiteral("as-of")));
            if (!asOf.isValid())
                return context.usage(tr("--as-of: write an ISO 8601 date and time."));
        }
        // Every case that matches, printed as it is read: a script is never handed a first
        // page as if it were the whole list.
        filter.limit = 0;
        return context.withSignedIn([&](Database& database, const User& me) {
            JsonArrayPrinter array(context);
            Status listed = Services(database, context.clock())
                                .complaints()
                                .each(me.actor(), filter, asOf.toUTC(), [&](const Complaint& c) {
                                    if (context.json()) {
                                        array.append(complaintJson(c, false));
                                        return;
                                    }
                                    context.out()
                                        << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                                               .arg(c.number, ComplaintRules::statusKey(c.status),
                                                    ComplaintKeys::key(c.severity),
                                                    toIsoLocal(c.resolveDue), c.customerName)
                                        << '\n';
                                });
            return array.finish(listed);
        });
    }
};

/// The moves on one case: `complaint VERB NUMBER [--option TEXT]`.
class ComplaintMoveCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::ComplaintCommand)

public:
    using Body = std::function<Result<Complaint>(ComplaintService&, const Actor&,
                                                 const QString& number, CommandContext&)>;

    ComplaintMoveCommand(QString verb, QString summary, QList<QCommandLineOption> options,
                         QStringList required, Body body)
        : m_verb(std::move(verb))
        , m_summary(std::move(summary))
        , m_options(std::move(options))
        , m_required(std::move(required))
        , m_body(std::move(body))
    {}
    QStringList words() const override { return {QStringLiteral("complaint"), m_verb}; }
    QString arguments() const override { return QStringLiteral("NUMBER"); }
    QString summary() const override { return m_summary; }
    QList<QCommandLineOption> options() const override { return m_options; }
    int run(CommandContext& context) override
    {
        if (context.arguments().size() != 1)
            return context.usage(tr("NUMBER: give one complaint number, e.g. TS-20261202-0001."));
        for (const QString& option : m_required) {
            if (!context.parser().isSet(option))
                return context.usage(tr("--%1: required.").arg(option));
        }
        return context.withSignedIn([&](Database& database, const User& me) {
            ComplaintService complaints = Services(database, context.clock()).complaints();
            Result<Complaint> moved =
                m_body(complaints, me.actor(), context.arguments().constFirst(), context);
            if (!moved)
                return context.fail(moved.error());
            return printComplaint(context, moved.value(), false);
        });
    }

private:
    QString m_verb;
    QString m_summary;
    QList<QCommandLineOption> m_options;
    QStringList m_required;
    Body m_body;
};

QString value(CommandContext& context, const char* option)
{
    return context.parser().value(QLatin1String(option));
}

} // namespace

void addComplaintCommands(std::vector<std::unique_ptr<Command>>& commands)
{
    using Move = ComplaintMoveCommand;
    // Strings marked for lupdate in the commands' own context, translated when shown.
    const auto text = [](const char* source) {
        return ComplaintMoveCommand::tr(source);
    };
    commands.push_back(std::make_unique<ComplaintAddCommand>());
    commands.push_back(std::make_unique<ComplaintShowCommand>());
    commands.push_back(std::make_unique<ComplaintListCommand>());
    commands.push_back(std::make_unique<ComplaintReceiptCommand>());
    commands.push_back(std::make_unique<Move>(
        QStringLiteral("assign"),
        text(QT_TRANSLATE_NOOP("cc::cli::ComplaintCommand",
                               "Give the case to a handler (supervisor or manager).")),
        QList<QCommandLineOption>{QCommandLineOption(
            QStringLiteral("to"),
            text(QT_TRANSLATE_NOOP("cc::cli::ComplaintCommand", "User name of the new handler.")),
            text(QT_TRANSLATE_NOOP("cc::cli::ComplaintCommand", "USER")))},
        QStringList{QStringLiteral("to")},
        [](ComplaintService& s, const Actor& by, const QString& n, CommandContext& c) {
            return s.assign(by, n, value(c, "to"));
        }));
    commands.push_back(std::make_unique<Move>(
        QStringLiteral("start"),
        text(QT_TRANSLATE_NOOP("cc::cli::ComplaintCommand", "Start handling the case.")),
        QList<QCommandLineOption>{}, QStringList{},
        [](ComplaintService& s, const Actor& by, const QString& n, CommandContext&) {
            return s.start(by, n);
        }));
    commands.push_back(std::make_unique<Move>(
        QStringLiteral("resolve"),
        text(QT_TRANSLATE_NOOP(
            "cc::cli::ComplaintCommand",
            "Record how the case was resolved and, if known, the customer's satisfaction.")),
        QList<QCommandLineOption>{
            QCommandLineOption(
                QStringLiteral("resolution"),
                text(QT_TRANSLATE_NOOP("cc::cli::ComplaintCommand", "What was done.")),
                text(QT_TRANSLATE_NOOP("cc::cli::ComplaintCommand", "TEXT"))),
            QCommandLineOption(
                QStringLiteral("satisfaction"),
                text(QT_TRANSLATE_NOOP("cc::cli::ComplaintCommand",
                                       "1 to 5, or 'declined' when the customer would not say.")),
                text(QT_TRANSLATE_NOOP("cc::cli::ComplaintCommand", "N")))},
        QStringList{QStringLiteral("resolution")},
        [](ComplaintService& s, const Actor& by, const QString& n,
           CommandContext& c) -> Result<Complaint> {
            std::optional<int> satisfaction;
            if (c.parser().isSet(QStringLiteral("satisfaction"))) {
                const QString given = value(c, "satisfaction");
                bool ok = false;
                const int score = given == QLatin1String("declined") ? 0 : given.toInt(&ok);
                if (given != QLatin1String("declined") && (!ok || score < 1 || score > 5))
                    return makeError(
                        ErrorCode::Validation,
                        ComplaintMoveCommand::tr("--satisfaction: give 1 to 5, or 'declined'."));
                satisfaction = score;
            }
            return s.resolve(by, n, value(c, "resolution"), satisfaction);
        }));
    commands.push_back(std::make_unique<Move>(
        QStringLiteral("close"),
        text(QT_TRANSLATE_NOOP(
            "cc::cli::ComplaintCommand",
            "Close a resolved case (needs the resolution, the customer's satisfaction and the "
            "follow-up callback done).")),
        QList<QCommandLineOption>{
            QCommandLineOption(
                QStringLiteral("without-callback"),
                text(QT_TRANSLATE_NOOP("cc::cli::ComplaintCommand",
                                       "Close although the follow-up callback is not done "
                                       "(supervisors and managers; needs --reason)."))),
            QCommandLineOption(
                QStringLiteral("reason"),
                text(QT_TRANSLATE_NOOP("cc::cli::ComplaintCommand",
                                       "Why the case closes without the follow-up callback.")),
                text(QT_TRANSLATE_NOOP("cc::cli::ComplaintCommand", "TEXT")))},
        QStringList{},
        [](ComplaintService& s, const Actor& by, const QString& n,
           CommandContext& c) -> Result<Complaint> {
            if (c.parser().isSet(QStringLiteral("without-callback")))
                return s.closeWithoutCallback(by, n, value(c, "reason"));
            if (c.parser().isSet(QStringLiteral("reason")))
                return makeError(
                    ErrorCode::Validation,
                    ComplaintMoveCommand::tr("--reason: only with --without-callback."));
            return s.close(by, n);
        }));
    commands.push_back(std::make_unique<Move>(
        QStringLiteral("reopen"),
        text(QT_TRANSLATE_NOOP("cc::cli::ComplaintCommand", "Reopen a resolved or closed case.")),
        QList<QCommandLineOption>{QCommandLineOption(
            QStringLiteral("reason"),
            text(QT_TRANSLATE_NOOP("cc::cli::ComplaintCommand", "Why it is reopened.")),
            text(QT_TRANSLATE_NOOP("cc::cli::ComplaintCommand", "TEXT")))},
        QStringList{QStringLiteral("reason")},
        [](ComplaintService& s, const Actor& by, const QString& n, CommandContext& c) {
            return s.reopen(by, n, value(c, "reason"));
        }));
    commands.push_back(std::make_unique<Move>(
        QStringLiteral("cancel"),
        text(QT_TRANSLATE_NOOP("cc::cli::ComplaintCommand",
                               "Cancel a complaint the customer withdrew.")),
        QList<QCommandLineOption>{QCommandLineOption(
            QStringLiteral("reason"),
            text(QT_TRANSLATE_NOOP("cc::cli::ComplaintCommand", "Why it is cancelled.")),
            text(QT_TRANSLATE_NOOP("cc::cli::ComplaintCommand", "TEXT")))},
        QStringList{QStringLiteral("reason")},
        [](ComplaintService& s, const Actor& by, const QString& n, CommandContext& c) {
            return s.cancel(by, n, value(c, "reason"));
        }));
    commands.push_back(std::make_unique<Move>(
        QStringLiteral("escalate"),
        text(QT_TRANSLATE_NOOP("cc::cli::ComplaintCommand",
                               "Record that a major case was reported (to whom, how).")),
        QList<QCommandLineOption>{QCommandLineOption(
            QStringLiteral("note"),
            text(QT_TRANSLATE_NOOP("cc::cli::ComplaintCommand", "Who was told.")),
            text(QT_TRANSLATE_NOOP("cc::cli::ComplaintCommand", "TEXT")))},
        QStringList{QStringLiteral("note")},
        [](ComplaintService& s, const Actor& by, const QString& n, CommandContext& c) {
            return s.escalate(by, n, value(c, "note"));
        }));
    commands.push_back(std::make_unique<Move>(
        QStringLiteral("raise"),
        text(QT_TRANSLATE_NOOP("cc::cli::ComplaintCommand",
                               "Make a general case major (supervisors and managers).")),
        QList<QCommandLineOption>{QCommandLineOption(
            QStringLiteral("reason"),
            text(QT_TRANSLATE_NOOP("cc::cli::ComplaintCommand", "Why the case is major.")),
            text(QT_TRANSLATE_NOOP("cc::cli::ComplaintCommand", "TEXT")))},
        QStringList{QStringLiteral("reason")},
        [](ComplaintService& s, const Actor& by, const QString& n, CommandContext& c) {
            return s.raiseToMajor(by, n, value(c, "reason"));
        }));
    commands.push_back(std::make_unique<Move>(
        QStringLiteral("custody"),
        text(QT_TRANSLATE_NOOP("cc::cli::ComplaintCommand",
                               "Record an item the store keeps for the case (--item, --sent-to), "
                               "or that it went back (--returned).")),
        QList<QCommandLineOption>{
            QCommandLineOption(
                QStringLiteral("item"),
                text(QT_TRANSLATE_NOOP("cc::cli::ComplaintCommand", "What the store keeps.")),
                text(QT_TRANSLATE_NOOP("cc::cli::ComplaintCommand", "TEXT"))),
            QCommandLineOption(
                QStringLiteral("condition"),
                text(QT_TRANSLATE_NOOP("cc::cli::ComplaintCommand", "Its condition.")),
                text(QT_TRANSLATE_NOOP("cc::cli::ComplaintCommand", "TEXT"))),
            QCommandLineOption(
                QStringLiteral("sent-to"),
                text(QT_TRANSLATE_NOOP("cc::cli::ComplaintCommand",
                                       "Where it was sent (technical department, manufacturer).")),
                text(QT_TRANSLATE_NOOP("cc::cli::ComplaintCommand", "TEXT"))),
            QCommandLineOption(
                QStringLiteral("returned"),
                text(QT_TRANSLATE_NOOP("cc::cli::ComplaintCommand",
                                       "Everything held went back to the customer.")))},
        QStringList{},
        [](ComplaintService& s, const Actor& by, const QString& n,
           CommandContext& c) -> Result<Complaint> {
            const bool returned = c.parser().isSet(QStringLiteral("returned"));
            if (returned == c.parser().isSet(QStringLiteral("item")))
                return makeError(
                    ErrorCode::Validation,
                    ComplaintMoveCommand::tr(
                        "Custody: give either --item (with --sent-to) or --returned."));
            if (returned)
                return s.returnCustody(by, n);
            return s.takeIntoCustody(by, n, value(c, "item"), value(c, "condition"),
                                     value(c, "sent-to"));
        }));
    commands.push_back(std::make_unique<Move>(
        QStringLiteral("note"),
        text(QT_TRANSLATE_NOOP("cc::cli::ComplaintCommand", "Add a note to the case's timeline.")),
        QList<QCommandLineOption>{
            QCommandLineOption(QStringLiteral("text"),
                               text(QT_TRANSLATE_NOOP("cc::cli::ComplaintCommand", "The note.")),
                               text(QT_TRANSLATE_NOOP("cc::cli::ComplaintCommand", "TEXT")))},
        QStringList{QStringLiteral("text")},
        [](ComplaintService& s, const Actor& by, const QString& n, CommandContext& c) {
            return s.note(by, n, value(c, "text"));
        }));
}

} // namespace cc::cli
