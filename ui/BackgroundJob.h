#pragma once

#include <base/Progress.h>

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace cc {
class Database;
}

namespace cc::ui {

/// Long work (an import of a large file) on a thread of its own, with its own connection
/// to the store, so that the window stays live: it hears progress and may cancel. The
/// work's answer is for the caller to keep (a lambda's captured result); `finished` says
/// when it may be read.
class BackgroundJob : public QObject {
    Q_OBJECT

public:
    using Work = std::function<void(Database& database, const Progress& progress)>;

    explicit BackgroundJob(const QString& databasePath, QObject* parent = nullptr);
    /// Cancels the work and waits for its thread: nothing outlives the window.
    ~BackgroundJob() override;

    /// Starts `work`; refused (false) while one is running.
    bool start(Work work);
    /// Asks the work to stop at its next progress report.
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void progressed(int percent);
    /// On the window's thread. `error` is why the work could not start (the store could not
    /// be opened), "" when it ran.
    void finished(const QString& error);

private:
    QString m_path;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
};

} // namespace cc::ui
