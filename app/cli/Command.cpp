#include "Command.h"

#include <accounts/AccountService.h>
#include <accounts/AuditLog.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cc::cli {

CommandContext::CommandContext(CliEnvironment& environment, QCommandLineParser& parser,
                               QStringList arguments)
    : m_environment(environment)
    , m_parser(parser)
    , m_arguments(std::move(arguments))
{}

bool CommandContext::json() const
{
    return m_parser.isSet(QStringLiteral("json"));
}

QString CommandContext::databasePath() const
{
    if (m_parser.isSet(QStringLiteral("db")))
        return m_parser.value(QStringLiteral("db"));
    const QString fromEnv = m_environment.env.value(QStringLiteral("COUNTERCARE_DB"));
    if (!fromEnv.isEmpty())
        return fromEnv;
    return Database::defaultPath();
}

std::unique_ptr<Database> CommandContext::openDatabase(const OpenOptions& options)
{
    OpenOptions withClock = options;
    if (!withClock.clock)
        withClock.clock = &clock(); // "today" for the start-up check is the command's today
    Result<std::unique_ptr<Database>> opened = Database::open(databasePath(), withClock);
    if (!opened) {
        m_exitCode = fail(opened.error());
        return nullptr;
    }
    return std::move(opened).value();
}

Result<QString> CommandContext::readSecret(const QString& envName, const QString& fileOption,
                                           const QString& prompt, bool confirm)
{
    const QString fromEnv = m_environment.env.value(envName);
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (!fileOption.isEmpty() && m_parser.isSet(fileOption)) {
        const QString path = m_parser.value(fileOption);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Validation,
                             tr("--%1: cannot read %2.").arg(fileOption, path));
        // The first line is the password; a trailing newline is not part of it.
        QString line = QString::fromUtf8(file.readLine());
        while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.isEmpty())
            return makeError(ErrorCode::Validation, tr("--%1: %2 is empty.").arg(fileOption, path));
        return line;
    }
    if (!m_environment.promptSecret)
        return makeError(ErrorCode::Validation,
                         tr("Password: none given. Set %1%2, or run in a terminal to be asked.")
                             .arg(envName, fileOption.isEmpty()
                                               ? QString()
                                               : tr(" or use --%1").arg(fileOption)));
    std::optional<QString> first = m_environment.promptSecret(prompt);
    if (!first || first->isEmpty())
        return makeError(ErrorCode::Validation, tr("Password: nothing was entered."));
    if (confirm) {
        std::optional<QString> again = m_environment.promptSecret(tr("Repeat the password: "));
        if (!again || *again != *first)
            return makeError(ErrorCode::Validation, tr("Password: the two entries differ."));
    }
    return *first;
}

Result<std::pair<QString, QString>> CommandContext::credentials()
{
    QString username = m_parser.value(QStringLiteral("user"));
    if (username.isEmpty())
        username = m_environment.env.value(QStringLiteral("COUNTERCARE_USER"));
    if (username.isEmpty())
        return makeError(ErrorCode::Validation,
                         tr("--user: say who is acting (or set COUNTERCARE_USER)."));
    Result<QString> password =
        readSecret(QStringLiteral("COUNTERCARE_PASSWORD"), QStringLiteral("password-file"),
                   tr("Password for %1: ").arg(username), false);
    if (!password)
        return password.error();
    return std::pair(username, password.value());
}

Result<User> CommandContext::signIn(Database& database)
{
    Result<std::pair<QString, QString>> who = credentials();
    if (!who)
        return who.error();
    Result<User> user = AccountService(database, clock()).signIn(who->first, who->second);
    if (user)
        m_signedIn = user.value();
    return user;
}

int CommandContext::withSignedIn(const std::function<int(Database&, const User&)>& body)
{
    std::unique_ptr<Database> database = openDatabase();
    if (!database)
        return exitCode();
    Result<User> me = signIn(*database);
    if (!me)
        return fail(me.error());
    return body(*database, me.value());
}

std::optional<qint64> CommandContext::idArgument() const
{
    bool ok = false;
    const qint64 id = m_arguments.size() == 1 ? m_arguments.constFirst().toLongLong(&ok) : 0;
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

int CommandContext::requireOptions(std::initializer_list<const char*> options)
{
    for (const char* option : options) {
        if (!m_parser.isSet(QLatin1String(option)))
            return usage(tr("--%1: required.").arg(QLatin1String(option)));
    }
    return ExitOk;
}

int CommandContext::exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::DatabaseUnusable:
        return ExitDatabaseUnusable;
    default:
        return ExitRefused;
    }
}

int CommandContext::fail(const Error& error)
{
    if (error.code == ErrorCode::Permission && m_signedIn) {
        // On what: the command's argument (a number, an id), else the customer it names.
        QString entity = m_arguments.value(0);
        if (entity.isEmpty() && m_parser.optionNames().contains(QStringLiteral("customer")))
            entity = m_parser.value(QStringLiteral("customer"));
        // On a connection of its own: the command's may be gone by now. Best effort: the
        // refusal itself is what the user must hear.
        if (Result<std::unique_ptr<Database>> own =
                Database::open(databasePath(), OpenOptions::sibling()))
            (void)AuditLog(*own.value(), clock())
                .recordRefusal(m_signedIn->actor(), m_words.join(QLatin1Char(' ')),
                               m_words.value(0), entity, error.message);
    }
    err() << error.message << Qt::endl;
    return exitCodeFor(error.code);
}

int CommandContext::usage(const QString& message)
{
    err() << message << Qt::endl;
    return ExitUsage;
}

void CommandContext::printJson(const QJsonValue& value)
{
    QJsonDocument document;
    if (value.isArray())
        document = QJsonDocument(value.toArray());
    else
        document = QJsonDocument(value.toObject());
    out() << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    out().flush();
}

void JsonArrayPrinter::append(const QJsonObject& element)
{
    // Each element as printJson indents it inside an array: four spaces further in.
    QString text = QString::fromUtf8(QJsonDocument(element).toJson(QJsonDocument::Indented));
    text.chop(1); // its final newline
    text.replace(QLatin1Char('\n'), QStringLiteral("\n    "));
    m_context.out() << (m_begun ? QStringLiteral(",\n    ") : QStringLiteral("[\n    ")) << text;
    m_begun = true;
}

int JsonArrayPrinter::finish(const Status& listed)
{
    if (!listed)
        return m_context.fail(listed.error());
    if (m_context.json())
        m_context.out() << (m_begun ? QStringLiteral("\n]\n") : QStringLiteral("[\n]\n"));
    m_context.out().flush();
    return ExitOk;
}

} // namespace cc::cli
