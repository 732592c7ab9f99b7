#include "Cli.h"

#include <base/Translations.h>

namespace cc::cli {

namespace {

// Restores the language that was installed before a --lang run (matters in tests).
class LanguageScope {
public:
    explicit LanguageScope(const QString& language)
        : m_previous(Translations::current())
    {
        if (!language.isEmpty())
            Translations::install(language);
    }
    ~LanguageScope() { Translations::install(m_previous); }

private:
    QString m_previous;
};

} // namespace

Cli::Cli()
{
    addStoreCommands(m_commands);
    addServerCommands(m_commands);
    addUserCommands(m_commands);
    addCustomerCommands(m_commands);
    addComplaintCommands(m_commands);
    addCompensationCommands(m_commands);
    addCallbackCommands(m_commands);
    addAuditCommands(m_commands);
    addDataCommands(m_commands);
}

Cli::~Cli() = default;

QList<QCommandLineOption> Cli::globalOptions()
{
    return {
        QCommandLineOption(
            QStringLiteral("db"),
            tr("Database file (default: env COUNTERCARE_DB, else the app's own file)."),
            tr("PATH")),
        QCommandLineOption(QStringLiteral("user"),
                           tr("Acting user (default: env COUNTERCARE_USER)."), tr("NAME")),
        QCommandLineOption(QStringLiteral("password-file"),
                           tr("Read the acting user's password from the first line of PATH (or set "
                              "COUNTERCARE_PASSWORD)."),
                           tr("PATH")),
        QCommandLineOption(QStringLiteral("json"), tr("Print one JSON document on stdout.")),
        QCommandLineOption(QStringLiteral("lang"), tr("Language of messages: zh_CN, zh_TW or en."),
                           tr("LANG")),
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show help.")),
    };
}

Command* Cli::find(const QStringList& positional, int* wordCount) const
{
    Command* best = nullptr;
    for (const auto& command : m_commands) {
        const QStringList words = command->words();
        if (positional.size() >= words.size() && positional.mid(0, words.size()) == words &&
            (!best || words.size() > best->words().size()))
            best = command.get();
    }
    if (best)
        *wordCount = int(best->words().size());
    return best;
}

QString Cli::overallHelp() const
{
    QString text = tr("Usage: countercare-cli [global options] COMMAND [options]\n\n"
                      "The command-line companion of CounterCare: set-up, users, audit and "
                      "automation.\n\nCommands:\n");
    for (const auto& command : m_commands) {
        QString head = command->words().join(QLatin1Char(' '));
        if (!command->arguments().isEmpty())
            head += QLatin1Char(' ') + command->arguments();
        text += QStringLiteral("  %1\n      %2\n").arg(head, command->summary());
    }
    text += tr("\nGlobal options:\n");
    for (const QCommandLineOption& option : globalOptions()) {
        QString names = QStringLiteral("--") + option.names().constLast();
        if (!option.valueName().isEmpty())
            names += QLatin1Char(' ') + option.valueName();
        text += QStringLiteral("  %1\n      %2\n").arg(names, option.description());
    }
    text += tr("\nExit codes: 0 done, 1 refused, 2 usage error, 3 database unusable.\n"
               "Run 'countercare-cli COMMAND --help' for the options of a command.\n");
    return text;
}

QString Cli::commandHelp(const Command& command, QCommandLineParser& parser) const
{
    QString text =
        tr("Usage: countercare-cli %1 %2 [options]\n\n%3\n\nOptions:\n")
            .arg(command.words().join(QLatin1Char(' ')), command.arguments(), command.summary());
    for (const QCommandLineOption& option : command.options()) {
        QString names = QStringLiteral("--") + option.names().constLast();
        if (!option.valueName().isEmpty())
            names += QLatin1Char(' ') + option.valueName();
        text += QStringLiteral("  %1\n      %2\n").arg(names, option.description());
    }
    Q_UNUSED(parser);
    text += tr("\nGlobal options are listed by 'countercare-cli --help'.\n");
    return text;
}

int Cli::run(const QStringList& arguments, CliEnvironment& environment)
{
    QTextStream& out = *environment.out;
    QTextStream& err = *environment.err;
    const QStringList argv = QStringList{QStringLiteral("countercare-cli")} + arguments;

    // First pass: global options only, to find the command and the language.
    QCommandLineParser globals;
    globals.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    globals.addOptions(globalOptions());
    globals.parse(argv);
    const QString language = globals.value(QStringLiteral("lang"));
    if (!language.isEmpty() && !Translations::available().contains(language)) {
        err << tr("--lang: use zh_CN, zh_TW or en.") << Qt::endl;
        return ExitUsage;
    }
    LanguageScope languageScope(language);

    int wordCount = 0;
    Command* command = find(globals.positionalArguments(), &wordCount);
    if (!command) {
        if (globals.positionalArguments().isEmpty()) {
            if (globals.isSet(QStringLiteral("help"))) {
                out << overallHelp();
                return ExitOk;
            }
            err << overallHelp();
            return ExitUsage;
        }
        err << tr("Unknown command \"%1\". Run 'countercare-cli --help' for the list.")
                   .arg(globals.positionalArguments().join(QLatin1Char(' ')))
            << Qt::endl;
        return ExitUsage;
    }

    // Second pass: global and command options anywhere on the line.
    QCommandLineParser parser;
    parser.addOptions(globalOptions());
    parser.addOptions(command->options());
    if (!parser.parse(argv)) {
        err << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << commandHelp(*command, parser);
        return ExitOk;
    }
    QStringList positional = parser.positionalArguments();
    positional.remove(0, wordCount);
    CommandContext context(environment, parser, positional);
    context.setCommandWords(command->words());
    const int code = command->run(context);
    out.flush();
    err.flush();
    return code;
}

} // namespace cc::cli
