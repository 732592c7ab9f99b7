#pragma once

#include <base/Progress.h>

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace cc {
class Clock;
class Services;
} // namespace cc

namespace cc::ui {

/// Long work (an import of a large file) on a thread of its own, with its own connection
/// to the store, so that the window stays live: it hears progress and may cancel. The
/// work's answer is for the caller to keep (a lambda's captured result); `finished` says
/// when it may be read.
class BackgroundJob : public QObject {
    Q_OBJECT

public:
    /// The work gets the services of the job's own connection to the store.
    using Work = std::function<void(const Services& services, const Progress& progress)>;

    /// A job on the store at `location`; the clock must outlive the job.
    BackgroundJob(const QString& location, const Clock& clock, QObject* parent = nullptr);
    /// A job on the store `of` serves.
    explicit BackgroundJob(const Services& of, QObject* parent = nullptr);
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
    QString m_location;
    const Clock& m_clock;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
};

} // namespace cc::ui
