#include "StartupCheck.h"

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

FileCheck StartupCheck::run()
{
    auto result = std::make_shared<FileCheck>();
    const QString path = m_path;
    std::unique_ptr<QThread> worker(QThread::create([result, path] {
        *result = Database::examine(path); // its own read-only connection, on this thread
    }));
    worker->setObjectName(QStringLiteral("startup-check"));
    QEventLoop loop;
    connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QElapsedTimer clock;
    clock.start();
    QTimer tick;
    tick.setInterval(quietMs);
    connect(&tick, &QTimer::timeout, this, [this, &clock] {
        if (!isVisible())
            show();
        m_elapsed->setText(tr("%1 s").arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1));
    });
    worker->start();
    tick.start();
    loop.exec();
    worker->wait();
    hide();
    return *result;
}

} // namespace cc::ui
