// compensation request | decide | recommend | list, authority show | set: the authority
// table (权限核决表) from scripts.
#include "Cli.h"

#include <CompensationSlip.h>
#include <base/Clock.h>
#include <base/Money.h>
#include <compensation/CompensationService.h>
#include <complaints/ComplaintService.h>
#include <services/Services.h>

#include <QJsonArray>
#include <QJsonObject>

namespace cc::cli {

namespace {

QJsonValue optionalText(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject compensationJson(const Compensation& p)
{
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("number"), p.complaintNumber},
        {QStringLiteral("customer_id"), p.customerId},
        {QStringLiteral("kind"), CompensationKeys::key(p.kind)},
        {QStringLiteral("amount"), Money::formatFen(p.amountFen)},
        {QStringLiteral("reason"), p.reason},
        {QStringLiteral("requested_by"), p.requestedBy},
        {QStringLiteral("requested_at"), toIsoLocal(p.requestedAt)},
        {QStringLiteral("status"), CompensationKeys::key(p.status)},
        {QStringLiteral("approver_role"), Roles::key(p.approverRole)},
        {QStringLiteral("recommended_by"), optionalText(p.recommendedBy)},
        {QStringLiteral("recommendation"), optionalText(p.recommendation)},
        {QStringLiteral("decided_by"), optionalText(p.decidedBy)},
        {QStringLiteral("decided_at"),
         p.decidedAt.isValid() ? QJsonValue(toIsoLocal(p.decidedAt)) : QJsonValue()},
        {QStringLiteral("granted"),
         p.grantedFen ? QJsonValue(Money::formatFen(*p.grantedFen)) : QJsonValue()},
        {QStringLiteral("comment"), optionalText(p.comment)},
        {QStringLiteral("authority_version"),
         p.authorityVersion ? QJsonValue(*p.authorityVersion) : QJsonValue()},
    };
}

int printCompensation(CommandContext& context, const Compensation& p, const QString& warning = {})
{
    if (context.json()) {
        QJsonObject json = compensationJson(p);
        if (!warning.isEmpty())
            json.insert(QStringLiteral("warning"), warning);
        context.printJson(json);
    } else {
        context.out() << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                             .arg(QString::number(p.id), p.complaintNumber,
                                  CompensationKeys::key(p.kind), Money::formatFen(p.amountFen),
                                  CompensationKeys::key(p.status))
                      << Qt::endl;
        if (!warning.isEmpty())
            context.err() << warning << Qt::endl;
    }
    return ExitOk;
}

class CompensationRequestCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::CompensationCommand)

public:
    QStringList words() const override
    {
        return {QStringLiteral("compensation"), QStringLiteral("request")};
    }
    QString arguments() const override { return QStringLiteral("NUMBER"); }
    QString summary() const override
    {
        return tr("Request compensation on a complaint; approved at once within your own "
                  "limit, otherwise it waits for the role whose limit covers it.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(QStringLiteral("kind"),
                               tr("refund, exchange, repair, voucher, gift, cash or upgrade."),
                               tr("KIND")),
            QCommandLineOption(QStringLiteral("amount"), tr("In yuan, e.g. 300 or 49.90."),
                               tr("AMOUNT")),
            QCommandLineOption(QStringLiteral("reason"), tr("Why."), tr("TEXT")),
        };
    }
    int run(CommandContext& context) override
    {
        if (context.arguments().size() != 1)
            return context.usage(tr("NUMBER: give one complaint number, e.g. TS-20261202-0001."));
        if (const int missing = context.requireOptions({"kind", "amount", "reason"}); missing)
            return missing;
        const std::optional<CompensationKind> kind =
            CompensationKeys::kind(context.parser().value(QStringLiteral("kind")));
        if (!kind)
            return context.usage(
                tr("--kind: use refund, exchange, repair, voucher, gift, cash or upgrade."));
        Result<qint64> amount =
            Money::parseYuan(context.parser().value(QStringLiteral("amount")), tr("--amount"));
        if (!amount)
            return context.fail(amount.error());
        return context.withSignedIn([&](Database& database, const User& me) {
            CompensationService compensations(database, context.clock());
            Result<Compensation> requested = compensations.request(
                me.actor(), context.arguments().constFirst(), *kind, amount.value(),
                context.parser().value(QStringLiteral("reason")));
            if (!requested)
                return context.fail(requested.error());
            Result<CompensationHistory> history =
                compensations.history(me.actor(), requested->customerId);
            return printCompensation(context, requested.value(),
                                     history ? history->warning : QString());
        });
    }
};

class CompensationDecideCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::CompensationCommand)

public:
    explicit CompensationDecideCommand(bool recommend)
        : m_recommend(recommend)
    {}
    QStringList words() const override
    {
        return {QStringLiteral("compensation"),
                m_recommend ? QStringLiteral("recommend") : QStringLiteral("decide")};
    }
    QString arguments() const override { return QStringLiteral("ID"); }
    QString summary() const override
    {
        return m_recommend ? tr("A supervisor's recommendation on a request only a manager "
                                "may decide.")
                           : tr("Approve (optionally at a lower amount) or reject a request, "
                                "with a comment.");
    }
    QList<QCommandLineOption> options() const override
    {
        QList<QCommandLineOption> options{
            QCommandLineOption(QStringLiteral("comment"), tr("Why."), tr("TEXT"))};
        if (!m_recommend)
            options << QCommandLineOption(QStringLiteral("approve"), tr("Approve the request."))
                    << QCommandLineOption(QStringLiteral("reject"), tr("Reject the request."))
                    << QCommandLineOption(QStringLiteral("amount"),
                                          tr("Grant this much instead (yuan)."), tr("AMOUNT"));
        return options;
    }
    int run(CommandContext& context) override
    {
        const std::optional<qint64> argument = context.idArgument();
        if (!argument)
            return context.usage(tr("ID: give one request id, as `compensation list` shows."));
        const qint64 id = *argument;
        if (const int missing = context.requireOptions({"comment"}); missing)
            return missing;
        QCommandLineParser& p = context.parser();
        const bool approve = !m_recommend && p.isSet(QStringLiteral("approve"));
        if (!m_recommend && approve == p.isSet(QStringLiteral("reject")))
            return context.usage(tr("Give either --approve or --reject."));
        std::optional<qint64> granted;
        if (!m_recommend && p.isSet(QStringLiteral("amount"))) {
            if (!approve)
                return context.usage(tr("--amount: only with --approve."));
            Result<qint64> amount =
                Money::parseYuan(p.value(QStringLiteral("amount")), tr("--amount"));
            if (!amount)
                return context.fail(amount.error());
            granted = amount.value();
        }
        return context.withSignedIn([&](Database& database, const User& me) {
            CompensationService compensations(database, context.clock());
            Result<Compensation> done =
                m_recommend
                    ? compensations.recommend(me.actor(), id, p.value(QStringLiteral("comment")))
                    : compensations.decide(me.actor(), id, approve, granted,
                                           p.value(QStringLiteral("comment")));
            if (!done)
                return context.fail(done.error());
            return printCompensation(context, done.value());
        });
    }

private:
    bool m_recommend;
};

class CompensationListCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::CompensationCommand)

public:
    QStringList words() const override
    {
        return {QStringLiteral("compensation"), QStringLiteral("list")};
    }
    QString summary() const override
    {
        return tr("List compensation requests, newest first; pending ones oldest first.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(QStringLiteral("pending"), tr("Only those waiting.")),
            QCommandLineOption(QStringLiteral("complaint"), tr("Only this case's."), tr("NUMBER"))};
    }
    int run(CommandContext& context) override
    {
        return context.withSignedIn([&](Database& database, const User& me) {
            // Every request that matches, printed as it is read.
            CompensationFilter filter;
            filter.limit = 0;
            if (context.parser().isSet(QStringLiteral("pending")))
                filter.status = CompensationStatus::Pending;
            if (context.parser().isSet(QStringLiteral("complaint"))) {
                Result<Complaint> complaint =
                    Services(database, context.clock())
                        .complaints()
                        .show(me.actor(), context.parser().value(QStringLiteral("complaint")));
                if (!complaint)
                    return context.fail(complaint.error());
                filter.complaintId = complaint->id;
            }
            JsonArrayPrinter array(context);
            Status listed = CompensationService(database, context.clock())
                                .each(me.actor(), filter, [&](const Compensation& p) {
                                    if (context.json())
                                        array.append(compensationJson(p));
                                    else
                                        printCompensation(context, p);
                                });
            return array.finish(listed);
        });
    }
};

class CompensationSlipCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::CompensationCommand)

public:
    QStringList words() const override
    {
        return {QStringLiteral("compensation"), QStringLiteral("slip")};
    }
    QString arguments() const override { return QStringLiteral("ID"); }
    QString summary() const override
    {
        return tr("Write the customer's slip of a decided request as PDF.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(QStringLiteral("pdf"), tr("The PDF file to write."), tr("FILE")),
            QCommandLineOption(QStringLiteral("size"), tr("a5 (default) or 80mm."), tr("SIZE"))};
    }
    int run(CommandContext& context) override
    {
        const std::optional<qint64> argument = context.idArgument();
        if (!argument)
            return context.usage(tr("ID: give one request id, as `compensation list` shows."));
        const qint64 id = *argument;
        if (const int missing = context.requireOptions({"pdf"}); missing)
            return missing;
        const std::optional<print::SlipSize> size =
            print::Slip::sizeFromKey(context.parser().value(QStringLiteral("size")).isEmpty()
                                         ? QStringLiteral("a5")
                                         : context.parser().value(QStringLiteral("size")));
        if (!size)
            return context.usage(tr("--size: use a5 or 80mm."));
        const QString path = context.parser().value(QStringLiteral("pdf"));
        return context.withSignedIn([&](Database& database, const User& me) {
            Result<CompensationSlipData> slip =
                CompensationService(database, context.clock()).slip(me.actor(), id);
            if (!slip)
                return context.fail(slip.error());
            if (Status written = print::CompensationSlip(slip.value()).writePdf(path, *size);
                !written)
                return context.fail(written.error());
            if (context.json())
                context.printJson(
                    QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("pdf"), path}});
            else
                context.out() << tr("Wrote the compensation slip to %1.").arg(path) << Qt::endl;
            return int(ExitOk);
        });
    }
};

QJsonObject authorityJson(const AuthorityTable& table)
{
    QJsonArray limits;
    for (CompensationKind kind : CompensationKeys::allKinds()) {
        for (Role role : Roles::all()) {
            const std::optional<qint64> most = table.limit(kind, role);
            limits.append(QJsonObject{{QStringLiteral("kind"), CompensationKeys::key(kind)},
                                      {QStringLiteral("role"), Roles::key(role)},
                                      {QStringLiteral("max"),
                                       most ? QJsonValue(Money::formatFen(*most)) : QJsonValue()}});
        }
    }
    return QJsonObject{{QStringLiteral("version"), table.version},
                       {QStringLiteral("limits"), limits}};
}

int printAuthority(CommandContext& context, const AuthorityTable& table)
{
    if (context.json()) {
        context.printJson(authorityJson(table));
        return ExitOk;
    }
    context.out() << QStringLiteral("kind\tclerk\tsupervisor\tmanager") << Qt::endl;
    for (CompensationKind kind : CompensationKeys::allKinds()) {
        QStringList cells{CompensationKeys::key(kind)};
        for (Role role : Roles::all()) {
            const std::optional<qint64> most = table.limit(kind, role);
            cells << (most ? Money::formatFen(*most) : QStringLiteral("none"));
        }
        context.out() << cells.join(QLatin1Char('\t')) << Qt::endl;
    }
    return ExitOk;
}

class AuthorityCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::CompensationCommand)

public:
    explicit AuthorityCommand(bool set)
        : m_set(set)
    {}
    QStringList words() const override
    {
        return {QStringLiteral("authority"),
                m_set ? QStringLiteral("set") : QStringLiteral("show")};
    }
    QString summary() const override
    {
        return m_set ? tr("Set the most a role may grant alone of a kind (manager only; "
                          "--max none for no limit).")
                     : tr("Show the authority table: the most each role may grant alone.");
    }
    QList<QCommandLineOption> options() const override
    {
        if (!m_set)
            return {};
        return {QCommandLineOption(QStringLiteral("kind"),
                                   tr("refund, exchange, repair, voucher, gift, cash or upgrade."),
                                   tr("KIND")),
                QCommandLineOption(QStringLiteral("role"), tr("clerk, supervisor or manager."),
                                   tr("ROLE")),
                QCommandLineOption(QStringLiteral("max"), tr("In yuan, or none."), tr("AMOUNT"))};
    }
    int run(CommandContext& context) override
    {
        if (!m_set)
            return context.withSignedIn([&](Database& database, const User& me) {
                Result<AuthorityTable> table =
                    CompensationService(database, context.clock()).authority(me.actor());
                if (!table)
                    return context.fail(table.error());
                return printAuthority(context, table.value());
            });
        if (const int missing = context.requireOptions({"kind", "role", "max"}); missing)
            return missing;
        QCommandLineParser& p = context.parser();
        const std::optional<CompensationKind> kind =
            CompensationKeys::kind(p.value(QStringLiteral("kind")));
        if (!kind)
            return context.usage(
                tr("--kind: use refund, exchange, repair, voucher, gift, cash or upgrade."));
        const std::optional<Role> role = Roles::fromKey(p.value(QStringLiteral("role")));
        if (!role)
            return context.usage(tr("--role: use clerk, supervisor or manager."));
        std::optional<qint64> maxFen;
        if (p.value(QStringLiteral("max")) != QLatin1String("none")) {
            Result<qint64> amount = Money::parseYuan(p.value(QStringLiteral("max")), tr("--max"));
            if (!amount)
                return context.fail(amount.error());
            maxFen = amount.value();
        }
        return context.withSignedIn([&](Database& database, const User& me) {
            Result<AuthorityTable> table = CompensationService(database, context.clock())
                                               .setLimit(me.actor(), *kind, *role, maxFen);
            if (!table)
                return context.fail(table.error());
            return printAuthority(context, table.value());
        });
    }

private:
    bool m_set;
};

} // namespace

void addCompensationCommands(std::vector<std::unique_ptr<Command>>& commands)
{
    commands.push_back(std::make_unique<CompensationRequestCommand>());
    commands.push_back(std::make_unique<CompensationDecideCommand>(false));
    commands.push_back(std::make_unique<CompensationDecideCommand>(true));
    commands.push_back(std::make_unique<CompensationListCommand>());
    commands.push_back(std::make_unique<CompensationSlipCommand>());
    commands.push_back(std::make_unique<AuthorityCommand>(false));
    commands.push_back(std::make_unique<AuthorityCommand>(true));
}

} // namespace cc::cli
