// audit verify | list: the tamper-evident log.
#include "Cli.h"

#include <accounts/AuditLog.h>
#include <backup/AuditService.h>
#include <base/Clock.h>

#include <QJsonArray>
#include <QJsonObject>

namespace cc::cli {

namespace {

class AuditVerifyCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::AuditCommand)

public:
    QStringList words() const override
    {
        return {QStringLiteral("audit"), QStringLiteral("verify")};
    }
    QString summary() const override
    {
        return tr("Recompute the audit log's hash chain; exit 1 naming the first bad entry.");
    }
    int run(CommandContext& context) override
    {
        OpenOptions options = OpenOptions::atStart();
        options.create = false;
        std::unique_ptr<Database> database = context.openDatabase(options);
        if (!database)
            return context.exitCode();
        Result<AuditVerification> report = AuditService(*database, context.clock()).verify();
        if (!report)
            return context.fail(report.error());
        if (context.json()) {
            context.printJson(QJsonObject{
                {QStringLiteral("ok"), report->intact},
                {QStringLiteral("entries"), report->entries},
                {QStringLiteral("first_bad_id"),
                 report->intact ? QJsonValue() : QJsonValue(report->firstBadId)},
                {QStringLiteral("problem"),
                 report->intact ? QJsonValue() : QJsonValue(report->problem)},
                {QStringLiteral("head_hash"), report->headHash},
            });
        }
        if (!report->intact) {
            context.err() << report->problem << Qt::endl;
            return ExitRefused;
        }
        if (!context.json())
            context.out() << tr("The audit log is intact: %n entries.", nullptr,
                                int(report->entries))
                          << Qt::endl;
        return ExitOk;
    }
};

class AuditListCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::AuditCommand)

public:
    QStringList words() const override { return {QStringLiteral("audit"), QStringLiteral("list")}; }
    QString summary() const override
    {
        return tr("List audit entries, newest first (manager only).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(QStringLiteral("since"),
                               tr("Only entries from this day on (local time)."), tr("DATE")),
            QCommandLineOption(QStringLiteral("entity"),
                               tr("Only entries about one thing, e.g. user:3."), tr("KIND:ID")),
            QCommandLineOption(QStringLiteral("limit"),
                               tr("At most this many entries (default: all)."), tr("N")),
        };
    }
    int run(CommandContext& context) override
    {
        AuditFilter filter;
        filter.limit = 0; // every entry that matches, unless --limit says otherwise
        if (context.parser().isSet(QStringLiteral("since"))) {
            const QDate since = parseIsoDate(context.parser().value(QStringLiteral("since")));
            if (!since.isValid())
                return context.usage(tr("--since: write the date as YYYY-MM-DD."));
            filter.since = since.startOfDay().toUTC();
        }
        if (context.parser().isSet(QStringLiteral("entity"))) {
            const QStringList parts =
                context.parser().value(QStringLiteral("entity")).split(QLatin1Char(':'));
            if (parts.size() != 2 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
                return context.usage(tr("--entity: write KIND:ID, e.g. user:3."));
            filter.entityKind = parts.at(0);
            filter.entityId = parts.at(1);
        }
        if (context.parser().isSet(QStringLiteral("limit"))) {
            bool ok = false;
            filter.limit = context.parser().value(QStringLiteral("limit")).toInt(&ok);
            if (!ok || filter.limit < 1)
                return context.usage(tr("--limit: give a whole number of at least 1."));
        }
        std::unique_ptr<Database> database = context.openDatabase();
        if (!database)
            return context.exitCode();
        Result<User> me = context.signIn(*database);
        if (!me)
            return context.fail(me.error());
        // Printed as they are read: the log of a busy store has millions of entries.
        JsonArrayPrinter array(context);
        Status listed =
            AuditService(*database, context.clock())
                .each(me->actor(), filter, [&](const AuditEntry& entry) {
                    const QString detail = AuditLog::readableDetails(entry.detail);
                    if (context.json()) {
                        QJsonObject fields;
                        if (entry.detail.contains(QLatin1Char('='))) {
                            const QMap<QString, QString> parsed =
                                AuditLog::parseDetails(entry.detail);
                            for (auto it = parsed.cbegin(); it != parsed.cend(); ++it)
                                fields.insert(it.key(), it.value());
                        }
                        array.append(QJsonObject{
                            {QStringLiteral("id"), entry.id},
                            {QStringLiteral("at"), toIsoLocal(entry.at)},
                            {QStringLiteral("actor"), entry.actor},
                            {QStringLiteral("action"), entry.action},
                            {QStringLiteral("entity"),
                             QStringLiteral("%1:%2").arg(entry.entityKind, entry.entityId)},
                            {QStringLiteral("detail"), detail},
                            {QStringLiteral("fields"), fields},
                        });
                        return;
                    }
                    context.out() << QStringLiteral("%1\t%2\t%3\t%4\t%5:%6\t%7")
                                         .arg(entry.id)
                                         .arg(toIsoLocal(entry.at), entry.actor, entry.action,
                                              entry.entityKind, entry.entityId, detail)
                                  << '\n';
                });
        return array.finish(listed);
    }
};

} // namespace

void addAuditCommands(std::vector<std::unique_ptr<Command>>& commands)
{
    commands.push_back(std::make_unique<AuditVerifyCommand>());
    commands.push_back(std::make_unique<AuditListCommand>());
}

} // namespace cc::cli
