#include "ShutdownSignals.h"

#include "MainWindow.h"

#include <QApplication>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace cc::ui {

namespace {

// The handler may only write to a descriptor (signal-safety(7)); the event loop reads the
// other end (Qt's documented way of calling Qt from a Unix signal handler).
int signalPipe[2] = {-1, -1};
constexpr int caught[] = {SIGTERM, SIGINT, SIGHUP};

extern "C" void onSignal(int signal)
{
    const char number = char(signal);
    const ssize_t written = ::write(signalPipe[0], &number, 1);
    (void)written; // a full pipe already holds a request
}

} // namespace

ShutdownSignals::ShutdownSignals(QObject* parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, signalPipe) != 0) {
        qWarning("shutdown signals not caught: no socket pair");
        return;
    }
    m_notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ShutdownSignals::readSignal);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int signal : caught)
        ::sigaction(signal, &action, nullptr);
}

ShutdownSignals::~ShutdownSignals()
{
    for (const int signal : caught)
        std::signal(signal, SIG_DFL);
    if (signalPipe[0] >= 0) {
        ::close(signalPipe[0]);
        ::close(signalPipe[1]);
        signalPipe[0] = signalPipe[1] = -1;
    }
}

void ShutdownSignals::closeTheCounter()
{
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (auto* window = qobject_cast<MainWindow*>(top))
            window->close();
    }
    // exit(), not quit(): quit() does nothing before QApplication::exec() runs, while the
    // sign-in window is up; exit() ends every running event loop.
    QApplication::exit(0);
}

void ShutdownSignals::request()
{
    if (m_requested)
        return;
    m_requested = true;
    Q_EMIT closeRequested(0);
}

void ShutdownSignals::readSignal()
{
    char number = 0;
    while (::read(signalPipe[1], &number, 1) == 1) {
        if (!m_requested) {
            m_requested = true;
            Q_EMIT closeRequested(int(number));
        }
    }
}

} // namespace cc::ui
