#include "StartupCheck.h"

#include <services/StoreConnection.h>

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
    , m_title(new QLabel(tr("Checking the database before the counter opens…"), this))
    , m_detail(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_upgrading(std::make_shared<std::atomic<bool>>(false))
{
    setObjectName(QStringLiteral("startupCheck"));
    setWindowTitle(tr("CounterCare"));
    setWindowFlag(Qt::WindowCloseButtonHint, false);
    m_title->setObjectName(QStringLiteral("checkTitle"));
    m_title->setProperty("heading", true);
    const qint64 bytes = QFileInfo(databasePath).size();
    // Why today's start is slower than yesterday's second one. Asked before any connection
    // of this process opens the file (StoreConnection::leftUnclean).
    const QString why =
        StoreConnection::leftUnclean(databasePath)
            ? tr("CounterCare was not closed properly last time. Every page of %1 (%2) is now "
                 "read once, so that a damaged file is never written to. A large store takes "
                 "a few seconds.")
        : StoreConnection::failedBefore(databasePath)
            ? tr("The last check found %1 (%2) damaged. Every page of it is read again before "
                 "the counter opens; nothing is written to it meanwhile. A large store takes "
                 "a few seconds.")
            : tr("Every page of %1 (%2) is read once before the counter opens, so that a "
                 "damaged file is never written to. A large store takes a few seconds.");
    m_detail->setText(
        why.arg(QFileInfo(databasePath).fileName(), QLocale().formattedDataSize(bytes)));
    m_detail->setObjectName(QStringLiteral("checkDetail"));
    m_detail->setWordWrap(true);
    auto* busy = new QProgressBar(this);
    busy->setRange(0, 0); // no percentage to give: SQLite does not report one
    busy->setTextVisible(false);
    m_elapsed->setObjectName(QStringLiteral("checkElapsed"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_detail);
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

void StartupCheck::showUpgrading()
{
    if (m_showsUpgrade)
        return;
    m_showsUpgrade = true;
    m_title->setText(tr("Upgrading the database for this version of CounterCare…"));
    m_detail->setText(tr("The file is whole. It is now brought up to this version, once; a store "
                         "of a million customers takes a few minutes. Should the computer stop "
                         "meanwhile, the file stays as it was and the upgrade starts again."));
    adjustSize(); // the window may already show, sized for the shorter text of the check
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
    const std::shared_ptr<std::atomic<bool>> upgrading = m_upgrading;
    const QString path = m_path;
    m_worker = QThread::create([result, upgrading, path] {
        // Its own read-only connection. The day's check waits for the counter's window.
        *result = StoreConnection::examine(path, QuickCheck::WhenUrgent);
        if (!StoreConnection::upgradeDue(*result))
            return;
        // A file of an earlier version, known whole: upgraded here, in one transaction. Should
        // that fail, opening the store fails the same way and says why.
        upgrading->store(true);
        (void)StoreConnection::upgrade(path);
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
                if (upgrading())
                    showUpgrading();
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
