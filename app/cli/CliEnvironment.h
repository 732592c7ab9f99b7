#pragma once

#include <QProcessEnvironment>
#include <QTextStream>

#include <functional>
#include <optional>

namespace cc {
class Clock;
}

namespace cc::cli {

/// Everything the CLI touches outside itself, injectable so tests run it in-process.
struct CliEnvironment {
    QTextStream* out = nullptr;
    QTextStream* err = nullptr;
    QProcessEnvironment env;
    /// Asks for a secret without echo; empty std::function when there is no terminal.
    std::function<std::optional<QString>(const QString& prompt)> promptSecret;
    const Clock* clock = nullptr;
};

/// The contract's exit codes (../shared/cli.md).
enum ExitCode : int {
    ExitOk = 0,
    ExitRefused = 1,
    ExitUsage = 2,
    ExitDatabaseUnusable = 3,
};

} // namespace cc::cli
