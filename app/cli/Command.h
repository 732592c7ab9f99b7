#pragma once

#include "CliEnvironment.h"

#include <accounts/User.h>
#include <base/Result.h>
#include <storage/Database.h>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <utility>

namespace cc::cli {

class CommandContext;

/// One CLI command ("init", "user add", ...): its options and what it does.
class Command {
public:
    virtual ~Command() = default;
    /// The words that select it: {"user", "add"}.
    virtual QStringList words() const = 0;
    /// One translated line for the overall help.
    virtual QString summary() const = 0;
    /// Positional arguments, for the help line ("NAME").
    virtual QString arguments() const { return {}; }
    virtual QList<QCommandLineOption> options() const { return {}; }
    virtual int run(CommandContext& context) = 0;
};

/// What a running command gets: parsed options, streams, and the shared steps
/// (open the database, sign in, read a password, print) done one way for all commands.
class CommandContext {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::CommandContext)

public:
    CommandContext(CliEnvironment& environment, QCommandLineParser& parser, QStringList arguments);

    QCommandLineParser& parser() { return m_parser; }
    /// Positional arguments after the command's own words.
    const QStringList& arguments() const { return m_arguments; }
    bool json() const;
    QTextStream& out() { return *m_environment.out; }
    QTextStream& err() { return *m_environment.err; }
    const Clock& clock() const { return *m_environment.clock; }
    const QProcessEnvironment& env() const { return m_environment.env; }

    /// The --db option, else env COUNTERCARE_DB, else the GUI's default file.
    QString databasePath() const;
    /// Opens the database (read whole first only when FileCheckSchedule says it is due); on
    /// failure prints the reason and stores exit code 3.
    std::unique_ptr<Database> openDatabase(const OpenOptions& options = OpenOptions::atStart());
    /// Signs in --user (or env COUNTERCARE_USER) with the password sources of the contract.
    Result<User> signIn(Database& database);
    /// The acting user's name and password, from --user / COUNTERCARE_USER and the
    /// password sources, without signing in: for a store that cannot be opened.
    Result<std::pair<QString, QString>> credentials();
    /// Reads a secret from env `envName`, else the file option `fileOption`, else a prompt.
    Result<QString> readSecret(const QString& envName, const QString& fileOption,
                               const QString& prompt, bool confirm);

    /// Opens the database, signs the acting user in and runs `body`; a failure on the way
    /// is printed and becomes the exit code.
    int withSignedIn(const std::function<int(Database&, const User&)>& body);
    /// The one positional argument as a positive id (a callback, a request), or none.
    std::optional<qint64> idArgument() const;
    /// A usage error (exit 2) naming the first of `options` that is missing, or 0.
    int requireOptions(std::initializer_list<const char*> options);

    /// Prints the error to stderr and returns its exit code. A refusal (ErrorCode::Permission)
    /// of a signed-in user is recorded in the audit log: who, which command, on what, why.
    int fail(const Error& error);
    /// The words of the running command ("complaint note"), for that record.
    void setCommandWords(const QStringList& words) { m_words = words; }
    int usage(const QString& message);
    void printJson(const QJsonValue& value);
    /// The exit code left by openDatabase() when it returned null.
    int exitCode() const { return m_exitCode; }

    static int exitCodeFor(ErrorCode code);

private:
    CliEnvironment& m_environment;
    QCommandLineParser& m_parser;
    QStringList m_arguments;
    int m_exitCode = ExitOk;
    QStringList m_words;
    /// Who signed in: set by signIn().
    std::optional<User> m_signedIn;
};

/// Prints a JSON array one element at a time, laid out as printJson lays out a whole one:
/// a list of every case or audit entry of a large store is never held in memory. Nothing is
/// printed before the first element, so a list refused before it began prints nothing.
class JsonArrayPrinter {
public:
    explicit JsonArrayPrinter(CommandContext& context)
        : m_context(context)
    {}
    void append(const QJsonObject& element);
    /// Ends a list whose rows were printed as they were read (as JSON through append(), or as
    /// text): prints why it failed, or closes the array ("[]" when nothing was appended).
    /// Returns the exit code.
    int finish(const Status& listed);

private:
    CommandContext& m_context;
    bool m_begun = false;
};

} // namespace cc::cli
