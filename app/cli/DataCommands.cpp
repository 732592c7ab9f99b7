// demo: generated data for trying the app and for the benchmark; report: statistics.
#include "Cli.h"
#include "Command.h"

#include <base/Clock.h>
#include <base/Money.h>
#include <complaints/Complaint.h>
#include <complaints/ComplaintRules.h>
#include <demo/DemoData.h>
#include <reports/ReportService.h>

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <functional>

namespace cc::cli {

namespace {

/// demo --customers N [--complaints M] [--seed S]: fills an empty store (manager).
class DemoCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::DemoCommand)

public:
    QStringList words() const override { return {QStringLiteral("demo")}; }
    QString summary() const override
    {
        return tr("Fill an empty store with realistic generated customers, complaints, "
                  "compensation and callbacks (manager).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(QStringLiteral("customers"), tr("How many customer files."),
                               tr("N")),
            QCommandLineOption(QStringLiteral("complaints"),
                               tr("How many complaints over three years (default: half as "
                                  "many as customers)."),
                               tr("COUNT")),
            QCommandLineOption(QStringLiteral("seed"),
                               tr("The same seed gives the same store (default 20261201)."),
                               tr("SEED")),
            QCommandLineOption(QStringLiteral("new-password-file"),
                               tr("Read the demo staff's password from PATH (or env "
                                  "COUNTERCARE_NEW_PASSWORD); without one they get a random "
                                  "password a manager resets."),
                               tr("PATH")),
        };
    }
    int run(CommandContext& context) override
    {
        if (const int missing = context.requireOptions({"customers"}); missing)
            return missing;
        DemoOptions options;
        bool ok = false;
        options.customers = context.parser().value(QStringLiteral("customers")).toLongLong(&ok);
        if (!ok)
            return context.usage(tr("--customers: give a whole number, such as 100000."));
        if (context.parser().isSet(QStringLiteral("complaints"))) {
            options.complaints =
                context.parser().value(QStringLiteral("complaints")).toLongLong(&ok);
            if (!ok || options.complaints < 0)
                return context.usage(tr("--complaints: give a whole number, such as 200000."));
        }
        if (context.parser().isSet(QStringLiteral("seed"))) {
            options.seed = context.parser().value(QStringLiteral("seed")).toULongLong(&ok);
            if (!ok)
                return context.usage(tr("--seed: give a whole number."));
        }
        return context.withSignedIn([&](Database& database, const User& me) {
            if (context.env().contains(QStringLiteral("COUNTERCARE_NEW_PASSWORD")) ||
                context.parser().isSet(QStringLiteral("new-password-file"))) {
                Result<QString> password =
                    context.readSecret(QStringLiteral("COUNTERCARE_NEW_PASSWORD"),
                                       QStringLiteral("new-password-file"), QString(), false);
                if (!password)
                    return context.fail(password.error());
                options.staffPassword = password.value();
            }
            Result<DemoReport> filled =
                DemoData(database, context.clock()).fill(me.actor(), options);
            if (!filled)
                return context.fail(filled.error());
            const DemoReport& r = filled.value();
            if (context.json()) {
                context.printJson(QJsonObject{{QStringLiteral("customers"), r.customers},
                                              {QStringLiteral("phones"), r.phones},
                                              {QStringLiteral("purchases"), r.purchases},
                                              {QStringLiteral("complaints"), r.complaints},
                                              {QStringLiteral("compensations"), r.compensations},
                                              {QStringLiteral("callbacks"), r.callbacks},
                                              {QStringLiteral("contacts"), r.contacts},
                                              {QStringLiteral("staff"), r.staff},
                                              {QStringLiteral("seconds"), r.elapsedMs / 1000.0}});
            } else {
                context.out() << tr("Demo data: %L1 customer files, %L2 purchases, %L3 "
                                    "complaints, %L4 compensations, %L5 callbacks and %L6 "
                                    "staff in %7 s.")
                                     .arg(r.customers)
                                     .arg(r.purchases)
                                     .arg(r.complaints)
                                     .arg(r.compensations)
                                     .arg(r.callbacks)
                                     .arg(r.staff)
                                     .arg(double(r.elapsedMs) / 1000.0, 0, 'f', 1)
                              << Qt::endl;
            }
            return int(ExitOk);
        });
    }
};

QJsonObject countsJson(const QMap<QString, qint64>& counts)
{
    QJsonObject object;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

/// report monthly --month YYYY-MM [--format json|csv] (supervisor, manager).
class MonthlyReportCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::MonthlyReportCommand)

public:
    QStringList words() const override
    {
        return {QStringLiteral("report"), QStringLiteral("monthly")};
    }
    QString summary() const override
    {
        return tr("Complaints of a month by category, severity, channel and status, with "
                  "timeliness, satisfaction and compensation granted (supervisor, manager).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption(QStringLiteral("month"), tr("The month, such as 2026-11."),
                                   tr("YYYY-MM")),
                QCommandLineOption(QStringLiteral("format"), tr("json or csv (default: text)."),
                                   tr("FORMAT"))};
    }
    int run(CommandContext& context) override
    {
        if (const int missing = context.requireOptions({"month"}); missing)
            return missing;
        const QDate month = QDate::fromString(
            context.parser().value(QStringLiteral("month")) + QStringLiteral("-01"), Qt::ISODate);
        if (!month.isValid())
            return context.usage(tr("--month: give a month such as 2026-11."));
        const QString format = context.parser().value(QStringLiteral("format"));
        if (!format.isEmpty() && format != QLatin1String("json") && format != QLatin1String("csv"))
            return context.usage(tr("--format: use json or csv."));
        return context.withSignedIn([&](Database& database, const User& me) {
            Result<MonthlyReport> made =
                ReportService(database, context.clock()).monthly(me.actor(), month);
            if (!made)
                return context.fail(made.error());
            const MonthlyReport& r = made.value();
            const QString monthText = r.month.toString(QStringLiteral("yyyy-MM"));
            if (context.json() || format == QLatin1String("json")) {
                context.printJson(
                    QJsonObject{{QStringLiteral("month"), monthText},
                                {QStringLiteral("total"), r.total},
                                {QStringLiteral("by_category"), countsJson(r.byCategory)},
                                {QStringLiteral("by_severity"), countsJson(r.bySeverity)},
                                {QStringLiteral("by_channel"), countsJson(r.byChannel)},
                                {QStringLiteral("by_status"), countsJson(r.byStatus)},
                                {QStringLiteral("resolved_on_time"), r.resolvedOnTime},
                                {QStringLiteral("resolved_late"), r.resolvedLate},
                                {QStringLiteral("average_satisfaction"),
                                 r.averageSatisfaction
                                     ? QJsonValue(std::round(*r.averageSatisfaction * 100) / 100)
                                     : QJsonValue()},
                                {QStringLiteral("compensation_granted"),
                                 Money::formatFen(r.compensationGrantedFen)}});
                return int(ExitOk);
            }
            if (format == QLatin1String("csv")) {
                context.out() << "month,dimension,key,count\n";
                const auto rows = [&](const char* dimension, const QMap<QString, qint64>& counts) {
                    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                        context.out() << monthText << ',' << dimension << ',' << it.key() << ','
                                      << it.value() << '\n';
                };
                rows("category", r.byCategory);
                rows("severity", r.bySeverity);
                rows("channel", r.byChannel);
                rows("status", r.byStatus);
                context.out() << monthText << ",total,all," << r.total << '\n';
                context.out().flush();
                return int(ExitOk);
            }
            context.out() << tr("%1: %Ln complaint(s).", nullptr, int(r.total)).arg(monthText)
                          << Qt::endl;
            // For people: the names the counter uses, not the stored keys.
            const auto lines = [&](const QString& title, const QMap<QString, qint64>& counts,
                                   const std::function<QString(const QString&)>& name) {
                QStringList parts;
                for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                    parts << tr("%1 %2").arg(name(it.key())).arg(it.value());
                context.out() << tr("%1: %2").arg(title, parts.join(tr(", "))) << Qt::endl;
            };
            lines(tr("By category"), r.byCategory, [](const QString& key) {
                const auto value = ComplaintKeys::category(key);
                return value ? ComplaintKeys::displayName(*value) : key;
            });
            lines(tr("By severity"), r.bySeverity, [](const QString& key) {
                const auto value = ComplaintKeys::severity(key);
                return value ? ComplaintKeys::displayName(*value) : key;
            });
            lines(tr("By channel"), r.byChannel, [](const QString& key) {
                const auto value = ComplaintKeys::channel(key);
                return value ? ComplaintKeys::displayName(*value) : key;
            });
            lines(tr("Status now"), r.byStatus, [](const QString& key) {
                const auto value = ComplaintRules::statusFromKey(key);
                return value ? ComplaintRules::statusName(*value) : key;
            });
            context.out()
                << tr("Resolved on time: %1; late: %2.").arg(r.resolvedOnTime).arg(r.resolvedLate)
                << Qt::endl;
            return int(ExitOk);
        });
    }
};

/// report churn --from DATE --to DATE (supervisor, manager).
class ChurnReportCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::ChurnReportCommand)

public:
    QStringList words() const override
    {
        return {QStringLiteral("report"), QStringLiteral("churn")};
    }
    QString summary() const override
    {
        return tr("Customers lost in a period, by reason, with the absolute and relative churn "
                  "rates and those won back (supervisor, manager).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {QCommandLineOption(QStringLiteral("from"), tr("The first day, such as 2026-01-01."),
                                   tr("DATE")),
                QCommandLineOption(QStringLiteral("to"),
                                   tr("The last day, included, such as 2026-12-31."), tr("DATE"))};
    }
    int run(CommandContext& context) override
    {
        if (const int missing = context.requireOptions({"from", "to"}); missing)
            return missing;
        const QDate from = parseIsoDate(context.parser().value(QStringLiteral("from")));
        if (!from.isValid())
            return context.usage(tr("--from: write a date as YYYY-MM-DD."));
        const QDate to = parseIsoDate(context.parser().value(QStringLiteral("to")));
        if (!to.isValid())
            return context.usage(tr("--to: write a date as YYYY-MM-DD."));
        if (to < from)
            return context.usage(tr("--to: the period ends before it begins."));
        return context.withSignedIn([&](Database& database, const User& me) {
            Result<ChurnReport> made =
                ReportService(database, context.clock()).churn(me.actor(), from, to);
            if (!made)
                return context.fail(made.error());
            const ChurnReport& r = made.value();
            const auto rounded = [](double value) {
                return std::round(value * 100) / 100;
            };
            const std::optional<double> relative = r.relativeRate();
            if (context.json()) {
                QJsonArray reasons;
                for (const auto& [reason, count] : r.reasonsByCount())
                    reasons.append(QJsonObject{{QStringLiteral("reason"), reason},
                                               {QStringLiteral("count"), count}});
                context.printJson(QJsonObject{
                    {QStringLiteral("from"), r.from.toString(Qt::ISODate)},
                    {QStringLiteral("to"), r.to.toString(Qt::ISODate)},
                    {QStringLiteral("customers"), r.customers},
                    {QStringLiteral("lost"), r.lost},
                    {QStringLiteral("won_back"), r.wonBack},
                    {QStringLiteral("absolute_churn_percent"), rounded(r.absoluteRate())},
                    {QStringLiteral("relative_churn_percent"),
                     relative ? QJsonValue(rounded(*relative)) : QJsonValue()},
                    {QStringLiteral("purchases"), Money::formatFen(r.purchasesFen)},
                    {QStringLiteral("lost_purchases"), Money::formatFen(r.lostPurchasesFen)},
                    {QStringLiteral("lost_by_reason"), reasons}});
                return int(ExitOk);
            }
            const QString span =
                tr("%1 to %2").arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate));
            context.out() << tr("%1: %Ln customer(s) lost of %L2 on file; %L3 won back.", nullptr,
                                int(r.lost))
                                 .arg(span)
                                 .arg(r.customers)
                                 .arg(r.wonBack)
                          << Qt::endl;
            context.out()
                << tr("Absolute churn rate: %1%.").arg(QString::number(r.absoluteRate(), 'f', 2))
                << Qt::endl;
            context.out()
                << (relative
                        ? tr("Relative churn rate: %1%.").arg(QString::number(*relative, 'f', 2))
                        : tr("Relative churn rate: no purchases on record."))
                << Qt::endl;
            context.out() << tr("Purchases of the lost customers: %1 of %2.")
                                 .arg(Money::formatFen(r.lostPurchasesFen),
                                      Money::formatFen(r.purchasesFen))
                          << Qt::endl;
            for (const auto& [reason, count] : r.reasonsByCount())
                context.out() << QStringLiteral("%1\t%2")
                                     .arg(reason.isEmpty() ? tr("(no reason)") : reason)
                                     .arg(count)
                              << Qt::endl;
            return int(ExitOk);
        });
    }
};

} // namespace

void addDataCommands(std::vector<std::unique_ptr<Command>>& commands)
{
    commands.push_back(std::make_unique<DemoCommand>());
    commands.push_back(std::make_unique<MonthlyReportCommand>());
    commands.push_back(std::make_unique<ChurnReportCommand>());
}

} // namespace cc::cli
