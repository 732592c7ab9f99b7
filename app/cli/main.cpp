#include "Cli.h"

#include <base/AppInfo.h>
#include <base/Clock.h>
#include <base/Translations.h>

#include <QGuiApplication>
#include <QLocale>

#include <cstdio>
#include <iostream>
#include <string>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

namespace {

// Reads a line from the terminal with echo off; nothing when stdin is not a terminal.
std::optional<QString> promptWithoutEcho(const QString& prompt)
{
    std::cerr << prompt.toStdString() << std::flush;
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    std::string line;
    const bool read = static_cast<bool>(std::getline(std::cin, line));
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::cerr << std::endl;
    if (!read)
        return std::nullopt;
    return QString::fromStdString(line);
}

// Errors reach the user as one sentence of ours on stderr; Qt's own chatter (for example
// about XDG_RUNTIME_DIR under the offscreen platform) only with COUNTERCARE_DEBUG set.
void quietQtMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg || qEnvironmentVariableIsSet("COUNTERCARE_DEBUG"))
        std::cerr << message.toStdString() << std::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    // Whatever this program writes holds customer data: its owner's alone (the services
    // make each such file 0600 themselves too).
    ::umask(077);
    // The CLI never opens a window, but printing a slip to PDF needs fonts, which need a
    // QGuiApplication; the offscreen platform works without a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(quietQtMessages);
    QGuiApplication app(argc, argv);
    cc::applyApplicationIdentity();
    cc::Translations::install(cc::Translations::forLocale(QLocale::system()));

    QTextStream out(stdout);
    QTextStream err(stderr);
    cc::SystemClock clock;
    cc::cli::CliEnvironment environment;
    environment.out = &out;
    environment.err = &err;
    environment.env = QProcessEnvironment::systemEnvironment();
    environment.clock = &clock;
    if (isatty(STDIN_FILENO))
        environment.promptSecret = promptWithoutEcho;

    cc::cli::Cli cli;
    return cli.run(app.arguments().mid(1), environment);
}
