#pragma once

#include <Database.h>

#include <QDialog>
#include <QElapsedTimer>

#include <memory>

class QLabel;
class QThread;

namespace cc::ui {

/// The start-up file check (Database::examine, which reads every page with quick_check)
/// run off the UI thread. A large store takes seconds to check: a window says so instead
/// of nothing appearing; a small one is checked before the window would even show.
class StartupCheck : public QDialog {
    Q_OBJECT

public:
    /// How long the check may take before the window appears.
    static constexpr int quietMs = 300;

    explicit StartupCheck(const QString& databasePath, QWidget* parent = nullptr);
    ~StartupCheck() override;

    /// Checks the file and returns the verdict; the window shows while it takes longer
    /// than quietMs. Nothing is written to the file.
    FileCheck run();

    /// Starts the check on its own thread and returns at once: the sign-in window can be
    /// typed into meanwhile.
    void start();
    /// True once the check has ended; waits for it at most `msecs` first.
    bool finished(int msecs = 0);
    /// The verdict, after the check has ended; the window shows while it has not.
    FileCheck wait();
    /// The program is quitting before the check has ended: it is not waited for (it only
    /// reads, and ends with the process).
    void abandon() { m_abandoned = true; }

private:
    QString m_path;
    QLabel* m_elapsed;
    QThread* m_worker = nullptr;
    std::shared_ptr<FileCheck> m_result;
    QElapsedTimer m_clock;
    bool m_abandoned = false;
};

} // namespace cc::ui
