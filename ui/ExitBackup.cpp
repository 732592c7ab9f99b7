#include "ExitBackup.h"

#include "BackgroundJob.h"

#include <backup/AutoBackup.h>
#include <services/Services.h>

#include <QDialogButtonBox>
#include <QEventLoop>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace cc::ui {

ExitBackup::ExitBackup(const QString& databasePath, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_path(databasePath)
    , m_clock(clock)
    , m_progress(new QProgressBar(this))
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    setObjectName(QStringLiteral("exitBackup"));
    setWindowTitle(tr("CounterCare"));
    setWindowFlag(Qt::WindowCloseButtonHint, false);
    auto* title = new QLabel(tr("Backing up before CounterCare closes…"), this);
    title->setProperty("heading", true);
    auto* detail = new QLabel(tr("Every exit leaves a checked copy of the store in the backup "
                                 "folder. A large store takes a few minutes; please do not "
                                 "switch the computer off."),
                              this);
    detail->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("exitBackupProgress"));
    m_progress->setRange(0, 100);
    auto* skip = new QPushButton(tr("Skip this backup"), this);
    skip->setObjectName(QStringLiteral("skipExitBackup"));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(skip, QDialogButtonBox::RejectRole);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(detail);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

Result<std::optional<BackupManifest>> ExitBackup::run(int showAfterMs)
{
    auto made = std::make_shared<std::optional<Result<std::optional<BackupManifest>>>>();
    BackgroundJob job(m_path, m_clock);
    QEventLoop loop;
    QString failed;
    connect(&job, &BackgroundJob::progressed, m_progress, &QProgressBar::setValue);
    connect(&job, &BackgroundJob::finished, &loop, [&](const QString& error) {
        failed = error;
        loop.quit();
    });
    auto* skip = findChild<QPushButton*>(QStringLiteral("skipExitBackup"));
    const QMetaObject::Connection skipping =
        connect(skip, &QPushButton::clicked, &job, [&job, skip] {
            skip->setEnabled(false);
            job.cancel();
        });
    m_gaveUp = false;
    const QMetaObject::Connection hurried = connect(m_deadline, &QTimer::timeout, &job, [&] {
        m_gaveUp = true;
        skip->setEnabled(false);
        job.cancel();
    });
    QTimer quiet;
    quiet.setSingleShot(true);
    connect(&quiet, &QTimer::timeout, this, [this] { show(); });
    job.start([made](const Services& store, const Progress& progress) {
        *made = store.autoBackup().run(BackupTrigger::Exit, Actor::system(), progress);
    });
    quiet.start(showAfterMs);
    loop.exec();
    quiet.stop();
    m_deadline->stop();
    disconnect(skipping);
    disconnect(hurried);
    hide();
    if (!made->has_value())
        return makeError(ErrorCode::DatabaseUnusable, failed);
    return made->value();
}

void ExitBackup::hurry(int ms)
{
    if (!m_deadline->isActive() || m_deadline->remainingTime() > ms)
        m_deadline->start(ms);
}

void ExitBackup::reject()
{
    if (auto* skip = findChild<QPushButton*>(QStringLiteral("skipExitBackup")); skip->isEnabled())
        skip->click();
}

} // namespace cc::ui
