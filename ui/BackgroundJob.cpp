#include "BackgroundJob.h"

#include <services/StoreConnection.h>

#include <QThread>

namespace cc::ui {

BackgroundJob::BackgroundJob(const QString& location, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_location(location)
    , m_clock(clock)
{}

BackgroundJob::BackgroundJob(const Services& of, QObject* parent)
    : BackgroundJob(of.location(), of.clock(), parent)
{}

BackgroundJob::~BackgroundJob()
{
    if (m_thread) {
        m_cancelled->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

bool BackgroundJob::start(Work work)
{
    if (m_thread)
        return false;
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    auto error = std::make_shared<QString>();
    const std::shared_ptr<std::atomic<bool>> cancelled = m_cancelled;
    const QString location = m_location;
    const Clock* clock = &m_clock;
    // `this` outlives the thread: the destructor waits for it.
    m_thread = QThread::create([this, cancelled, error, location, clock, work = std::move(work)] {
        // The window's connection has checked the store.
        Result<std::unique_ptr<StoreConnection>> opened =
            StoreConnection::open(location, *clock, OpenOptions::sibling());
        if (!opened) {
            *error = opened.error().message;
            return;
        }
        const Progress progress = [this, cancelled](int percent) {
            // Queued to the window's thread; dropped with the job if it is gone by then.
            QMetaObject::invokeMethod(
                this, [this, percent] { Q_EMIT progressed(percent); }, Qt::QueuedConnection);
            return !cancelled->load();
        };
        work(opened.value()->services(), progress);
    });
    m_thread->setObjectName(QStringLiteral("background-job"));
    connect(m_thread, &QThread::finished, this, [this, error] {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        Q_EMIT finished(*error);
    });
    m_thread->start();
    return true;
}

void BackgroundJob::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

} // namespace cc::ui
