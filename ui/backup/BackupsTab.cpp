#include "BackupsTab.h"

#include "BackgroundJob.h"
#include "BackupList.h"
#include "FormSupport.h"
#include "JobProgress.h"
#include "RestoreDialog.h"
#include "Session.h"
#include "Theme.h"
#include "UiSettings.h"

#include <backup/AutoBackup.h>
#include <services/Services.h>
#include <store/StoreSettings.h>

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cc::ui {

BackupsTab::BackupsTab(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_status(new QLabel(this))
    , m_folder(new QLineEdit(this))
    , m_table(new QTableWidget(this))
    , m_backUp(new QPushButton(tr("Back up now"), this))
    , m_restore(new QPushButton(tr("Restore the selected backup…"), this))
    , m_job(new BackgroundJob(session.services(), this))
    , m_message(new QLabel(this))
    , m_progress(new JobProgress(m_job, m_message, QStringLiteral("backupProgress"),
                                 QStringLiteral("stopBackup"), this))
{
    setObjectName(QStringLiteral("backupsTab"));
    m_status->setObjectName(QStringLiteral("backupStatus"));
    m_status->setWordWrap(true);
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_table->setObjectName(QStringLiteral("backupTable"));
    m_backUp->setObjectName(QStringLiteral("backUpNow"));
    m_backUp->setProperty("primary", true);
    m_restore->setObjectName(QStringLiteral("restoreSelected"));
    m_message->setObjectName(QStringLiteral("backupMessage"));
    m_message->setWordWrap(true);
    BackupList::setUp(m_table);

    auto* explain = new QLabel(tr("Automatic backups run on the first start of each day and on "
                                  "every exit. The folder keeps %1 daily, %2 weekly and %3 "
                                  "monthly copies; a USB stick or a second disk is safest.")
                                   .arg(AutoBackup::keepDaily)
                                   .arg(AutoBackup::keepWeekly)
                                   .arg(AutoBackup::keepMonthly),
                               this);
    explain->setObjectName(QStringLiteral("pageSubtitle"));
    explain->setWordWrap(true);

    auto* choose = new QPushButton(tr("Choose…"), this);
    auto* save = new QPushButton(tr("Use this folder"), this);
    save->setObjectName(QStringLiteral("saveBackupFolder"));
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(new QLabel(tr("Backup folder"), this));
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    folderRow->addWidget(save);

    auto* fromFile = new QPushButton(tr("Restore from a file…"), this);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_backUp);
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_restore);
    actions->addWidget(fromFile);
    actions->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 12, 4, 4);
    layout->addWidget(explain);
    layout->addWidget(m_status);
    layout->addLayout(folderRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);

    connect(choose, &QPushButton::clicked, this, [this] {
        const QString picked =
            QFileDialog::getExistingDirectory(this, tr("Backup folder"), m_folder->text());
        if (!picked.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(picked));
    });
    connect(save, &QPushButton::clicked, this, &BackupsTab::saveFolder);
    connect(m_folder, &QLineEdit::returnPressed, this, &BackupsTab::saveFolder);
    connect(m_backUp, &QPushButton::clicked, this, &BackupsTab::backUpNow);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (const QString path = BackupList::selected(m_table); !path.isEmpty())
            restoreFrom(path);
    });
    connect(fromFile, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Restore from a file"), m_folder->text(),
                                         tr("CounterCare backups (*.sqlite);;All files (*)"));
        if (!path.isEmpty())
            restoreFrom(path);
    });
    refresh();
}

void BackupsTab::refresh()
{
    Result<BackupStatus> status = m_session.services().autoBackup().status();
    if (!status) {
        showOutcome(m_status, status.error().message, true);
        return;
    }
    m_folder->setText(QDir::toNativeSeparators(status->folder));
    UiSettings::rememberBackupFolder(m_session.services().location(), status->folder);
    const QString last =
        status->lastGoodAt.isValid()
            ? tr("Last good backup: %1")
                  .arg(QLocale().toString(status->lastGoodAt.toLocalTime(),
                                          QStringLiteral("yyyy-MM-dd HH:mm (dddd)")))
            : QString();
    if (status->warning != BackupStatus::Warning::None)
        showOutcome(
            m_status,
            last.isEmpty() ? status->message : last + QStringLiteral("\n") + status->message, true);
    else
        showOutcome(m_status, last, false);
    const QList<BackupEntry> entries = AutoBackup::list(status->folder);
    BackupList::fill(m_table, entries);
    m_restore->setEnabled(!entries.isEmpty());
}

void BackupsTab::saveFolder()
{
    Status saved = m_session.services().settings().setBackupFolder(
        m_session.user().actor(), QDir::fromNativeSeparators(m_folder->text()));
    if (!saved) {
        showOutcome(m_message, saved.error().message, true);
        m_folder->setFocus();
        return;
    }
    refresh();
    showOutcome(m_message, tr("Backups now go to %1.").arg(m_folder->text()), false);
    Q_EMIT backupsChanged();
}

void BackupsTab::backUpNow()
{
    const auto running = [this](bool on) {
        m_backUp->setEnabled(!on);
        m_restore->setEnabled(!on);
        m_progress->setRunning(on);
    };
    running(true);
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Backing up…"));
    auto made = std::make_shared<std::optional<Result<std::optional<BackupManifest>>>>();
    const Actor actor = m_session.user().actor();
    connect(
        m_job, &BackgroundJob::finished, this,
        [this, made, running](const QString& error) {
            running(false);
            if (!error.isEmpty() || !made->has_value()) {
                showOutcome(m_message, error, true);
                return;
            }
            const Result<std::optional<BackupManifest>>& answer = made->value();
            if (!answer) {
                showOutcome(m_message, answer.error().message, true);
                return;
            }
            refresh();
            showOutcome(m_message,
                        tr("Backed up: %1 (SHA-256 %2…).")
                            .arg(answer.value()->file, answer.value()->sha256.left(12)),
                        false);
            Q_EMIT backupsChanged();
        },
        Qt::SingleShotConnection);
    m_job->start([made, actor](const Services& store, const Progress& progress) {
        *made = store.autoBackup().run(BackupTrigger::Manual, actor, progress);
    });
}

bool BackupsTab::restoreFrom(const QString& path)
{
    RestoreDialog dialog(m_session, path, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    refresh();
    showOutcome(
        m_message,
        tr("Restored from %1. The database as it was is kept in %2.")
            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(dialog.safetyCopy())),
        false);
    Q_EMIT restored();
    return true;
}

} // namespace cc::ui
