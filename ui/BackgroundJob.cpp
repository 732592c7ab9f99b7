#include "BackgroundJob.h"

#include <storage/Database.h>

#include <QThread>

namespace cc::ui {

BackgroundJob::BackgroundJob(const QString& databasePath, QObject* parent)
    : QObject(parent)
    , m_path(databasePath)
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
    const QString path = m_path;
    // `this` outlives the thread: the destructor waits for it.
    m_thread = QThread::create([this, cancelled, error, path, work = std::move(work)] {
        Result<std::unique_ptr<Database>> opened =
            Database::open(path, OpenOptions::sibling()); // the window's checked the file
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
        work(*opened.value(), progress);
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
