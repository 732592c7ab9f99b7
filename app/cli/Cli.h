#pragma once

#include "CliEnvironment.h"
#include "Command.h"

#include <callbacks/Callback.h>

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>
#include <vector>

namespace cc::cli {

/// countercare-cli: global options, command lookup and help. main() and the tests
/// both call run() with a CliEnvironment.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::Cli)

public:
    Cli();
    ~Cli();

    /// `arguments` excludes the program name. Returns the contract's exit code.
    int run(const QStringList& arguments, CliEnvironment& environment);

private:
    static QList<QCommandLineOption> globalOptions();
    Command* find(const QStringList& positional, int* wordCount) const;
    QString overallHelp() const;
    QString commandHelp(const Command& command, QCommandLineParser& parser) const;

    std::vector<std::unique_ptr<Command>> m_commands;
};

/// Every command, in help order. Each group's file adds its own.
void addStoreCommands(std::vector<std::unique_ptr<Command>>& commands);
void addServerCommands(std::vector<std::unique_ptr<Command>>& commands);
void addUserCommands(std::vector<std::unique_ptr<Command>>& commands);
void addCustomerCommands(std::vector<std::unique_ptr<Command>>& commands);
void addComplaintCommands(std::vector<std::unique_ptr<Command>>& commands);
void addCompensationCommands(std::vector<std::unique_ptr<Command>>& commands);
/// The JSON of one callback, as `callback list` and `customer show` print it.
QJsonObject callbackJson(const Callback& callback);
void addCallbackCommands(std::vector<std::unique_ptr<Command>>& commands);
void addAuditCommands(std::vector<std::unique_ptr<Command>>& commands);
void addDataCommands(std::vector<std::unique_ptr<Command>>& commands);

} // namespace cc::cli
