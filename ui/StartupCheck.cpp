#include "StartupCheck.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace cc::ui {

StartupCheck::StartupCheck(const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_path(databasePath)
    , m_elapsed(new QLabel(this))
{
    setObjectName(QStringLiteral("startupCheck"));
    setWindowTitle(tr("CounterCare"));
    setWindowFlag(Qt::WindowCloseButtonHint, false);
    auto* title = new QLabel(tr("Checking the database before the counter opens…"), this);
    title->setProperty("heading", true);
    const qint64 bytes = QFileInfo(databasePath).size();
    auto* detail =
        new QLabel(tr("Every page of %1 (%2) is read once, so that a damaged file is never written "
                      "to. A large store takes a few seconds.")
                       .arg(QFileInfo(databasePath).fileName(), QLocale().formattedDataSize(bytes)),
                   this);
    detail->setWordWrap(true);
    auto* busy = new QProgressBar(this);
    busy->setRange(0, 0); // no percentage to give: SQLite does not report one
    busy->setTextVisible(false);
    m_elapsed->setObjectName(QStringLiteral("checkElapsed"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(detail);
    layout->addWidget(busy);
    layout->addWidget(m_elapsed);
    setMinimumWidth(520);
}

StartupCheck::~StartupCheck()
{
    if (m_worker && m_abandoned && !m_worker->isFinished())
        return; // left running: the thread object goes with the process
    if (m_worker) {
        m_worker->wait(); // a read-only check: it ends by itself
        delete m_worker;
    }
}

FileCheck StartupCheck::run()
{
    start();
    return wait();
}

void StartupCheck::start()
{
    if (m_worker)
        return;
    m_result = std::make_shared<FileCheck>();
    const std::shared_ptr<FileCheck> result = m_result;
    const QString path = m_path;
    m_worker = QThread::create([result, path] {
        *result = Database::examine(path); // its own read-only connection, on this thread
    });
    m_worker->setObjectName(QStringLiteral("startup-check"));
    m_clock.start();
    m_worker->start();
}

bool StartupCheck::finished(int msecs)
{
    return m_worker && m_worker->wait(QDeadlineTimer(msecs));
}

FileCheck StartupCheck::wait()
{
    start();
    if (!m_worker->isFinished()) {
        // Polled rather than told: the check may have ended (and said so) before this
        // wait began.
        QEventLoop loop;
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [this, &loop] {
            if (m_worker->isFinished()) {
                loop.quit();
                return;
            }
            // Shown once the check has taken quietMs, counting from its start (behind the
            // sign-in window, that may be at once).
            if (m_clock.elapsed() >= quietMs) {
                if (!isVisible())
                    show();
                m_elapsed->setText(tr("%1 s").arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 1));
            }
        });
        poll.start();
        loop.exec();
    }
    m_worker->wait();
    hide();
    return *m_result;
}

} // namespace cc::ui
