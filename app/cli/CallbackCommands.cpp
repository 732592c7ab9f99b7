// callback list | done | no-answer | reschedule | add | cancel | assign | workload | rules |
// interval, holiday list | add | remove: the call list from scripts.
#include "Cli.h"

#include <base/Clock.h>
#include <callbacks/CallbackService.h>
#include <customers/CustomerService.h>
#include <services/Services.h>
#include <store/StoreSettings.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <callbacks/CallbackSettings.h>

namespace cc::cli {

QJsonObject callbackJson(const Callback& cb)
{
    return QJsonObject{
        {QStringLiteral("id"), cb.id},
        {QStringLiteral("customer_id"), cb.customerId},
        {QStringLiteral("due"), toIsoLocal(cb.dueAt)},
        {QStringLiteral("reason"), CallbackKeys::key(cb.reason)},
        {QStringLiteral("status"), CallbackKeys::key(cb.status)},
        {QStringLiteral("assignee"), cb.assignee},
        {QStringLiteral("customer"), cb.customerName},
        {QStringLiteral("file_no"), cb.fileNo},
        {QStringLiteral("phone"), cb.phone},
        {QStringLiteral("note"), cb.note},
        {QStringLiteral("attempts"), cb.attempts},
        {QStringLiteral("outcome"), cb.outcome},
        {QStringLiteral("satisfaction"),
         cb.satisfaction ? QJsonValue(*cb.satisfaction) : QJsonValue()},
        {QStringLiteral("complaint"),
         cb.complaintNumber.isEmpty() ? QJsonValue() : QJsonValue(cb.complaintNumber)},
    };
}

namespace {

int printCallback(CommandContext& context, const Callback& cb)
{
    if (context.json())
        context.printJson(callbackJson(cb));
    else
        context.out() << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                             .arg(QString::number(cb.id), toIsoLocal(cb.dueAt),
                                  CallbackKeys::key(cb.reason), CallbackKeys::key(cb.status),
                                  cb.assignee, cb.customerName)
                      << Qt::endl;
    return ExitOk;
}

class CallbackListCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::CallbackCommand)

public:
    QStringList words() const override
    {
        return {QStringLiteral("callback"), QStringLiteral("list")};
    }
    QString summary() const override
    {
        return tr("List callbacks to make, oldest first (makes the greetings due by then).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(QStringLiteral("due-by"), tr("Due on or before this day."),
                               tr("DATE")),
            QCommandLineOption(QStringLiteral("overdue"), tr("Only those past their due time.")),
            QCommandLineOption(QStringLiteral("as-of"),
                               tr("Judge overdue as of this time (default now)."), tr("DATETIME")),
            QCommandLineOption(QStringLiteral("assignee"), tr("Only this user's."), tr("USER")),
            QCommandLineOption(QStringLiteral("status"),
                               tr("pending (default), done, missed, cancelled or all."), tr("S")),
            QCommandLineOption(QStringLiteral("customer"), tr("Only this customer's."), tr("ID")),
        };
    }
    int run(CommandContext& context) override
    {
        QCommandLineParser& p = context.parser();
        CallbackFilter filter;
        if (p.isSet(QStringLiteral("due-by"))) {
            filter.dueBy = parseIsoDate(p.value(QStringLiteral("due-by")));
            if (!filter.dueBy.isValid())
                return context.usage(tr("--due-by: write a date as YYYY-MM-DD."));
        }
        if (p.isSet(QStringLiteral("as-of")) && !p.isSet(QStringLiteral("overdue")))
            return context.usage(tr("--as-of: only with --overdue."));
        if (p.isSet(QStringLiteral("overdue"))) {
            QDateTime asOf = context.clock().nowUtc();
            if (p.isSet(QStringLiteral("as-of"))) {
                asOf = parseIsoDateTime(p.value(QStringLiteral("as-of")));
                if (!asOf.isValid())
                    return context.usage(tr("--as-of: write an ISO 8601 date and time."));
            }
            filter.overdueAsOf = asOf.toUTC();
        }
        if (p.isSet(QStringLiteral("status"))) {
            const QString status = p.value(QStringLiteral("status"));
            if (status == QLatin1String("all"))
                filter.status.reset();
            else if (!(filter.status = CallbackKeys::status(status)))
                return context.usage(tr("--status: use pending, done, missed, cancelled or all."));
        }
        filter.assigneeUsername = p.value(QStringLiteral("assignee"));
        return context.withSignedIn([&](Database& database, const User& me) {
            if (p.isSet(QStringLiteral("customer"))) {
                Result<qint64> id = Services(database, context.clock())
                                        .customers()
                                        .resolve(p.value(QStringLiteral("customer")));
                if (!id)
                    return context.fail(id.error());
                filter.customerId = id.value();
            }
            Result<QList<Callback>> found =
                CallbackService(database, context.clock()).list(me.actor(), filter);
            if (!found)
                return context.fail(found.error());
            if (context.json()) {
                QJsonArray array;
                for (const Callback& cb : found.value())
                    array.append(callbackJson(cb));
                context.printJson(array);
                return int(ExitOk);
            }
            for (const Callback& cb : found.value())
                printCallback(context, cb);
            return int(ExitOk);
        });
    }
};

class CallbackAddCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::CallbackCommand)

public:
    QStringList words() const override
    {
        return {QStringLiteral("callback"), QStringLiteral("add")};
    }
    QString summary() const override
    {
        return tr("Arrange a call with a customer, assigned to you.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(QStringLiteral("customer"), tr("Customer id or file number."),
                               tr("ID")),
            QCommandLineOption(QStringLiteral("due"), tr("When to call."), tr("DATETIME")),
            QCommandLineOption(QStringLiteral("note"), tr("What the call is about."), tr("TEXT")),
        };
    }
    int run(CommandContext& context) override
    {
        if (const int missing = context.requireOptions({"customer", "due", "note"}); missing)
            return missing;
        const QDateTime due = parseIsoDateTime(context.parser().value(QStringLiteral("due")));
        if (!due.isValid())
            return context.usage(tr("--due: write an ISO 8601 date and time."));
        return context.withSignedIn([&](Database& database, const User& me) {
            Result<qint64> id = Services(database, context.clock())
                                    .customers()
                                    .resolve(context.parser().value(QStringLiteral("customer")));
            if (!id)
                return context.fail(id.error());
            Result<Callback> added = CallbackService(database, context.clock())
                                         .add(me.actor(), id.value(), due.toUTC(),
                                              context.parser().value(QStringLiteral("note")));
            if (!added)
                return context.fail(added.error());
            return printCallback(context, added.value());
        });
    }
};

/// An outcome on one callback: `callback VERB ID [--option VALUE]`.
class CallbackMoveCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::CallbackCommand)

public:
    using Body =
        std::function<Result<Callback>(CallbackService&, const Actor&, qint64 id, CommandContext&)>;
    CallbackMoveCommand(QString verb, QString summary, QList<QCommandLineOption> options,
                        QStringList required, Body body)
        : m_verb(std::move(verb))
        , m_summary(std::move(summary))
        , m_options(std::move(options))
        , m_required(required)
        , m_body(std::move(body))
    {}
    QStringList words() const override { return {QStringLiteral("callback"), m_verb}; }
    QString arguments() const override { return QStringLiteral("ID"); }
    QString summary() const override { return m_summary; }
    QList<QCommandLineOption> options() const override { return m_options; }
    int run(CommandContext& context) override
    {
        const std::optional<qint64> argument = context.idArgument();
        if (!argument)
            return context.usage(tr("ID: give one callback id, as `callback list` shows."));
        const qint64 id = *argument;
        for (const QString& option : m_required) {
            if (!context.parser().isSet(option))
                return context.usage(tr("--%1: required.").arg(option));
        }
        return context.withSignedIn([&](Database& database, const User& me) {
            CallbackService callbacks(database, context.clock());
            Result<Callback> moved = m_body(callbacks, me.actor(), id, context);
            if (!moved)
                return context.fail(moved.error());
            return printCallback(context, moved.value());
        });
    }

private:
    QString m_verb;
    QString m_summary;
    QList<QCommandLineOption> m_options;
    QStringList m_required;
    Body m_body;
};

class CallbackWorkloadCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::CallbackCommand)

public:
    QStringList words() const override
    {
        return {QStringLiteral("callback"), QStringLiteral("workload")};
    }
    QString summary() const override
    {
        return tr("Everyone's callbacks: to make, due today, overdue, and the 30-day on-time "
                  "rate.");
    }
    int run(CommandContext& context) override
    {
        return context.withSignedIn([&](Database& database, const User& me) {
            Result<QList<CallbackWorkload>> rows =
                CallbackService(database, context.clock()).workload(me.actor());
            if (!rows)
                return context.fail(rows.error());
            QJsonArray array;
            for (const CallbackWorkload& w : rows.value()) {
                const int rate = w.onTimePercent();
                array.append(QJsonObject{
                    {QStringLiteral("user"), w.username},
                    {QStringLiteral("pending"), w.pending},
                    {QStringLiteral("due_today"), w.dueToday},
                    {QStringLiteral("overdue"), w.overdue},
                    {QStringLiteral("done_30d"), w.done30Days},
                    {QStringLiteral("missed_30d"), w.missed30Days},
                    {QStringLiteral("on_time_percent"), rate < 0 ? QJsonValue() : QJsonValue(rate)},
                });
                if (!context.json())
                    context.out() << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                                         .arg(w.username)
                                         .arg(w.pending)
                                         .arg(w.dueToday)
                                         .arg(w.overdue)
                                         .arg(rate < 0 ? QStringLiteral("-")
                                                       : QStringLiteral("%1%").arg(rate))
                                  << Qt::endl;
            }
            if (context.json())
                context.printJson(array);
            return int(ExitOk);
        });
    }
};

QJsonObject rulesJson(const CallbackRules& rules, const QList<ServiceInterval>& intervals)
{
    QJsonArray purchase;
    for (int day : rules.purchaseDays)
        purchase.append(day);
    QJsonArray visit;
    for (int day : rules.visitDays)
        visit.append(day);
    QJsonArray serviced;
    for (const ServiceInterval& interval : intervals)
        serviced.append(QJsonObject{{QStringLiteral("product"), interval.product},
                                    {QStringLiteral("days"), interval.days}});
    return QJsonObject{{QStringLiteral("purchase_days"), purchase},
                       {QStringLiteral("visit_days"), visit},
                       {QStringLiteral("followup_days"), rules.followupDays},
                       {QStringLiteral("call_at"), rules.callAt.toString(QStringLiteral("HH:mm"))},
                       {QStringLiteral("birthdays"), rules.birthdays},
                       {QStringLiteral("holidays"), rules.holidays},
                       {QStringLiteral("tries"), rules.maxTries},
                       {QStringLiteral("service_intervals"), serviced}};
}

class CallbackRulesCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::CallbackCommand)

public:
    QStringList words() const override
    {
        return {QStringLiteral("callback"), QStringLiteral("rules")};
    }
    QString summary() const override
    {
        return tr("Show the callback rules; with options, change them (manager).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(QStringLiteral("purchase-days"),
                               tr("Days after a purchase of the three calls (3,30,60)."),
                               tr("N,N,N")),
            QCommandLineOption(QStringLiteral("visit-days"),
                               tr("Days after a visit without purchase of the two calls (3,15)."),
                               tr("N,N")),
            QCommandLineOption(QStringLiteral("followup-days"),
                               tr("Days after a complaint is resolved (1)."), tr("N")),
            QCommandLineOption(QStringLiteral("call-at"), tr("Time of day calls are due (10:00)."),
                               tr("HH:MM")),
            QCommandLineOption(QStringLiteral("birthdays"), tr("Birthday greetings: on or off."),
                               tr("on|off")),
            QCommandLineOption(QStringLiteral("holidays"), tr("Holiday greetings: on or off."),
                               tr("on|off")),
            QCommandLineOption(QStringLiteral("tries"),
                               tr("Calls without answer before a callback is missed (3)."),
                               tr("N")),
        };
    }
    int run(CommandContext& context) override
    {
        QCommandLineParser& p = context.parser();
        return context.withSignedIn([&](Database& database, const User& me) {
            CallbackSettings settings(database, context.clock());
            Result<CallbackRules> current = settings.callbackRules();
            if (!current)
                return context.fail(current.error());
            CallbackRules rules = current.value();
            bool changed = false;
            const auto set = [&](const char* option) {
                const bool given = p.isSet(QLatin1String(option));
                changed = changed || given;
                return given;
            };
            if (set("purchase-days"))
                rules.purchaseDays =
                    CallbackRules::parseDays(p.value(QStringLiteral("purchase-days")));
            if (set("visit-days"))
                rules.visitDays = CallbackRules::parseDays(p.value(QStringLiteral("visit-days")));
            if (set("followup-days"))
                rules.followupDays = p.value(QStringLiteral("followup-days")).toInt();
            if (set("call-at"))
                rules.callAt =
                    QTime::fromString(p.value(QStringLiteral("call-at")), QStringLiteral("H:mm"));
            for (const char* option : {"birthdays", "holidays"}) {
                if (!set(option))
                    continue;
                const QString value = p.value(QLatin1String(option));
                if (value != QLatin1String("on") && value != QLatin1String("off"))
                    return context.usage(tr("--%1: on or off.").arg(QLatin1String(option)));
                (qstrcmp(option, "birthdays") == 0 ? rules.birthdays : rules.holidays) =
                    value == QLatin1String("on");
            }
            if (set("tries"))
                rules.maxTries = p.value(QStringLiteral("tries")).toInt();
            if (changed) {
                if (Status saved = settings.setCallbackRules(me.actor(), rules); !saved)
                    return context.fail(saved.error());
            }
            Result<QList<ServiceInterval>> intervals =
                CallbackService(database, context.clock()).serviceIntervals(me.actor());
            if (!intervals)
                return context.fail(intervals.error());
            const QJsonObject json = rulesJson(rules, intervals.value());
            if (context.json())
                context.printJson(json);
            else
                for (auto it = json.begin(); it != json.end(); ++it)
                    context.out() << it.key() << '\t'
                                  << (it->isArray() || it->isObject()
                                          ? QString::fromUtf8(QJsonDocument(it->toArray())
                                                                  .toJson(QJsonDocument::Compact))
                                          : it->toVariant().toString())
                                  << Qt::endl;
            return int(ExitOk);
        });
    }
};

class CallbackIntervalCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::CallbackCommand)

public:
    QStringList words() const override
    {
        return {QStringLiteral("callback"), QStringLiteral("interval")};
    }
    QString summary() const override
    {
        return tr("Remind buyers of a product to have it serviced every N days (0 stops; "
                  "manager).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            QCommandLineOption(QStringLiteral("product"),
                               tr("Product name, or a part of it that purchase lines contain."),
                               tr("TEXT")),
            QCommandLineOption(QStringLiteral("days"), tr("Days between services."), tr("N")),
        };
    }
    int run(CommandContext& context) override
    {
        if (const int missing = context.requireOptions({"product", "days"}); missing)
            return missing;
        bool ok = false;
        const int days = context.parser().value(QStringLiteral("days")).toInt(&ok);
        if (!ok)
            return context.usage(tr("--days: a whole number."));
        return context.withSignedIn([&](Database& database, const User& me) {
            if (Status saved =
                    CallbackService(database, context.clock())
                        .setServiceInterval(
                            me.actor(), context.parser().value(QStringLiteral("product")), days);
                !saved)
                return context.fail(saved.error());
            if (!context.json())
                context.out() << tr("Saved.") << Qt::endl;
            else
                context.printJson(
                    QJsonObject{{QStringLiteral("product"),
                                 context.parser().value(QStringLiteral("product")).simplified()},
                                {QStringLiteral("days"), days}});
            return int(ExitOk);
        });
    }
};

QJsonObject holidayJson(const Holiday& holiday)
{
    return QJsonObject{{QStringLiteral("id"), holiday.id},
                       {QStringLiteral("name"), holiday.name},
                       {QStringLiteral("date"), holiday.day.toString(Qt::ISODate)}};
}

class HolidayCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::CallbackCommand)

public:
    explicit HolidayCommand(QString verb)
        : m_verb(std::move(verb))
    {}
    QStringList words() const override { return {QStringLiteral("holiday"), m_verb}; }
    QString arguments() const override
    {
        return m_verb == QLatin1String("remove") ? QStringLiteral("ID") : QString();
    }
    QString summary() const override
    {
        if (m_verb == QLatin1String("add"))
            return tr("Add a holiday the store greets its customers on (manager).");
        if (m_verb == QLatin1String("remove"))
            return tr("Remove a holiday from the list (manager).");
        return tr("List the holidays the store greets its customers on.");
    }
    QList<QCommandLineOption> options() const override
    {
        if (m_verb != QLatin1String("add"))
            return {};
        return {QCommandLineOption(QStringLiteral("name"), tr("Its name."), tr("TEXT")),
                QCommandLineOption(QStringLiteral("date"), tr("Its date this year."), tr("DATE"))};
    }
    int run(CommandContext& context) override
    {
        if (m_verb == QLatin1String("add")) {
            if (const int missing = context.requireOptions({"name", "date"}); missing)
                return missing;
            const QDate day = parseIsoDate(context.parser().value(QStringLiteral("date")));
            if (!day.isValid())
                return context.usage(tr("--date: write a date as YYYY-MM-DD."));
            return context.withSignedIn([&](Database& database, const User& me) {
                Result<Holiday> added =
                    CallbackService(database, context.clock())
                        .addHoliday(me.actor(), context.parser().value(QStringLiteral("name")),
                                    day);
                if (!added)
                    return context.fail(added.error());
                if (context.json())
                    context.printJson(holidayJson(added.value()));
                else
                    context.out() << tr("Added holiday %1.").arg(added->id) << Qt::endl;
                return int(ExitOk);
            });
        }
        if (m_verb == QLatin1String("remove")) {
            const std::optional<qint64> argument = context.idArgument();
            if (!argument)
                return context.usage(tr("ID: give one holiday id, as `holiday list` shows."));
            const qint64 id = *argument;
            return context.withSignedIn([&](Database& database, const User& me) {
                if (Status removed =
                        CallbackService(database, context.clock()).removeHoliday(me.actor(), id);
                    !removed)
                    return context.fail(removed.error());
                if (!context.json())
                    context.out() << tr("Removed.") << Qt::endl;
                return int(ExitOk);
            });
        }
        return context.withSignedIn([&](Database& database, const User& me) {
            Result<QList<Holiday>> all =
                CallbackService(database, context.clock()).holidays(me.actor());
            if (!all)
                return context.fail(all.error());
            QJsonArray array;
            for (const Holiday& holiday : all.value()) {
                array.append(holidayJson(holiday));
                if (!context.json())
                    context.out() << holiday.id << '\t' << holiday.day.toString(Qt::ISODate) << '\t'
                                  << holiday.name << Qt::endl;
            }
            if (context.json())
                context.printJson(array);
            return int(ExitOk);
        });
    }

private:
    QString m_verb;
};

QString value(CommandContext& context, const char* option)
{
    return context.parser().value(QLatin1String(option));
}

} // namespace

void addCallbackCommands(std::vector<std::unique_ptr<Command>>& commands)
{
    using Move = CallbackMoveCommand;
    const auto text = [](const char* source) {
        return CallbackMoveCommand::tr(source);
    };
    commands.push_back(std::make_unique<CallbackListCommand>());
    commands.push_back(std::make_unique<Move>(
        QStringLiteral("done"),
        text(QT_TRANSLATE_NOOP("cc::cli::CallbackCommand",
                               "The call was made: what the customer said.")),
        QList<QCommandLineOption>{
            QCommandLineOption(
                QStringLiteral("outcome"),
                text(QT_TRANSLATE_NOOP("cc::cli::CallbackCommand", "What the customer said.")),
                text(QT_TRANSLATE_NOOP("cc::cli::CallbackCommand", "TEXT"))),
            QCommandLineOption(
                QStringLiteral("satisfaction"),
                text(QT_TRANSLATE_NOOP("cc::cli::CallbackCommand", "1 to 5, where asked.")),
                text(QT_TRANSLATE_NOOP("cc::cli::CallbackCommand", "N")))},
        QStringList{QStringLiteral("outcome")},
        [](CallbackService& s, const Actor& by, qint64 id, CommandContext& c) -> Result<Callback> {
            std::optional<int> satisfaction;
            if (c.parser().isSet(QStringLiteral("satisfaction"))) {
                bool ok = false;
                satisfaction = value(c, "satisfaction").toInt(&ok);
                if (!ok || *satisfaction < 1 || *satisfaction > 5)
                    return makeError(ErrorCode::Validation,
                                     CallbackMoveCommand::tr("--satisfaction: give 1 to 5."));
            }
            return s.done(by, id, value(c, "outcome"), satisfaction);
        }));
    commands.push_back(std::make_unique<Move>(
        QStringLiteral("no-answer"),
        text(QT_TRANSLATE_NOOP("cc::cli::CallbackCommand",
                               "Nobody answered: try again tomorrow, missed after the last try.")),
        QList<QCommandLineOption>{}, QStringList{},
        [](CallbackService& s, const Actor& by, qint64 id, CommandContext&) {
            return s.noAnswer(by, id);
        }));
    commands.push_back(std::make_unique<Move>(
        QStringLiteral("reschedule"),
        text(QT_TRANSLATE_NOOP("cc::cli::CallbackCommand", "Move the call to another time.")),
        QList<QCommandLineOption>{
            QCommandLineOption(QStringLiteral("to"),
                               text(QT_TRANSLATE_NOOP("cc::cli::CallbackCommand", "The new time.")),
                               text(QT_TRANSLATE_NOOP("cc::cli::CallbackCommand", "DATETIME"))),
            QCommandLineOption(QStringLiteral("note"),
                               text(QT_TRANSLATE_NOOP("cc::cli::CallbackCommand", "Why.")),
                               text(QT_TRANSLATE_NOOP("cc::cli::CallbackCommand", "TEXT")))},
        QStringList{QStringLiteral("to")},
        [](CallbackService& s, const Actor& by, qint64 id, CommandContext& c) -> Result<Callback> {
            const QDateTime to = parseIsoDateTime(value(c, "to"));
            if (!to.isValid())
                return makeError(ErrorCode::Validation,
                                 CallbackMoveCommand::tr("--to: write an ISO 8601 date and time."));
            return s.reschedule(by, id, to.toUTC(), value(c, "note"));
        }));
    commands.push_back(std::make_unique<CallbackAddCommand>());
    commands.push_back(std::make_unique<Move>(
        QStringLiteral("cancel"),
        text(QT_TRANSLATE_NOOP("cc::cli::CallbackCommand", "Cancel a call, saying why.")),
        QList<QCommandLineOption>{QCommandLineOption(
            QStringLiteral("reason"),
            text(QT_TRANSLATE_NOOP("cc::cli::CallbackCommand", "Why it is cancelled.")),
            text(QT_TRANSLATE_NOOP("cc::cli::CallbackCommand", "TEXT")))},
        QStringList{QStringLiteral("reason")},
        [](CallbackService& s, const Actor& by, qint64 id, CommandContext& c) {
            return s.cancel(by, id, value(c, "reason"));
        }));
    commands.push_back(std::make_unique<Move>(
        QStringLiteral("assign"),
        text(QT_TRANSLATE_NOOP("cc::cli::CallbackCommand",
                               "Give the call to another user (supervisors and managers).")),
        QList<QCommandLineOption>{QCommandLineOption(
            QStringLiteral("to"), text(QT_TRANSLATE_NOOP("cc::cli::CallbackCommand", "User name.")),
            text(QT_TRANSLATE_NOOP("cc::cli::CallbackCommand", "USER")))},
        QStringList{QStringLiteral("to")},
        [](CallbackService& s, const Actor& by, qint64 id, CommandContext& c) {
            return s.assign(by, id, value(c, "to"));
        }));
    commands.push_back(std::make_unique<CallbackWorkloadCommand>());
    commands.push_back(std::make_unique<CallbackRulesCommand>());
    commands.push_back(std::make_unique<CallbackIntervalCommand>());
    commands.push_back(std::make_unique<HolidayCommand>(QStringLiteral("list")));
    commands.push_back(std::make_unique<HolidayCommand>(QStringLiteral("add")));
    commands.push_back(std::make_unique<HolidayCommand>(QStringLiteral("remove")));
}

} // namespace cc::cli
