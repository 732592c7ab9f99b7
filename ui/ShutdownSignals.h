#pragma once

#include <QObject>

class QSocketNotifier;

namespace cc::ui {

/// A shutdown, a logout or Ctrl+C as a normal close. SIGTERM, SIGINT and SIGHUP are caught
/// (one instance at a time) and reported on the event loop, where Qt may be called: the
/// counter then closes as when its window is closed, with drafts kept and the file closed
/// cleanly, and exits with status 0. The end of the desktop session counts the same.
class ShutdownSignals : public QObject {
    Q_OBJECT

public:
    /// How long the exit backup may take when the computer is shutting down: after that it
    /// is left to the next start.
    static constexpr int exitBackupMs = 5000;

    explicit ShutdownSignals(QObject* parent = nullptr);
    ~ShutdownSignals() override;

    /// Whether a signal or the session's end has asked the counter to close.
    bool requested() const { return m_requested; }
    /// The session manager's end of session: the same as a signal.
    void request();
    /// What a request does: the counter window closes as its close button closes it (the
    /// draft kept, the user signed out), and every event loop returns, a dialog's too.
    static void closeTheCounter();

Q_SIGNALS:
    /// Emitted once, on the first request; `signal` is 0 for the end of the session.
    void closeRequested(int signal);

private:
    void readSignal();

    QSocketNotifier* m_notifier = nullptr;
    bool m_requested = false;
};

} // namespace cc::ui
