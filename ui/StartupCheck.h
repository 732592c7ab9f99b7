#pragma once

#include <storage/OpenOptions.h>

#include <QDialog>
#include <QElapsedTimer>

#include <atomic>
#include <memory>

class QLabel;
class QThread;

namespace cc::ui {

/// The start-up file check (StoreConnection::examine, which reads every page with quick_check when
/// FileCheckSchedule says it cannot wait: after an unclean close, a failed check, or before
/// an upgrade; the day's check is left to MainWindow::checkFileInBackground) run off the UI
/// thread, and then, for a file written by an earlier version, its upgrade
/// to this version's schema. A large store takes seconds to check and, once, minutes to
/// upgrade: a window says which instead of nothing appearing; a small one is done before
/// the window would even show.
class StartupCheck : public QDialog {
    Q_OBJECT

public:
    /// How long the check may take before the window appears.
    static constexpr int quietMs = 300;

    explicit StartupCheck(const QString& databasePath, QWidget* parent = nullptr);
    ~StartupCheck() override;

    /// Checks the file (and upgrades a usable one of an earlier schema) and returns the
    /// verdict; the window shows while it takes longer than quietMs. Nothing is written to
    /// a file that is not usable.
    FileCheck run();

    /// Starts the check on its own thread and returns at once: the sign-in window can be
    /// typed into meanwhile.
    void start();
    /// True once the check has ended; waits for it at most `msecs` first.
    bool finished(int msecs = 0);
    /// The verdict, after the check has ended; the window shows while it has not.
    FileCheck wait();
    /// The program is quitting before the check has ended: it is not waited for (it only
    /// reads, and an upgrade is one transaction: cut short, the file stays as it was).
    void abandon() { m_abandoned = true; }

    /// The window's heading and text say that the file, found whole, is being upgraded.
    /// Called from the wait once the worker has begun the upgrade.
    void showUpgrading();
    /// True once the check has passed and the upgrade began.
    bool upgrading() const { return m_upgrading->load(); }

private:
    QString m_path;
    QLabel* m_title;
    QLabel* m_detail;
    QLabel* m_elapsed;
    /// Set by the worker when the check has passed and the upgrade begins.
    std::shared_ptr<std::atomic<bool>> m_upgrading;
    bool m_showsUpgrade = false;
    QThread* m_worker = nullptr;
    std::shared_ptr<FileCheck> m_result;
    QElapsedTimer m_clock;
    bool m_abandoned = false;
};

} // namespace cc::ui
