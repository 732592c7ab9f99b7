#include "DamagedStoreDialog.h"

#include "BackupList.h"
#include "FormSupport.h"
#include "Theme.h"
#include "UiSettings.h"

#include <backup/AutoBackup.h>
#include <backup/BackupService.h>

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cc::ui {

DamagedStoreDialog::DamagedStoreDialog(const QString& databasePath, const FileCheck& check,
                                       const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_path(databasePath)
    , m_clock(clock)
    , m_table(new QTableWidget(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_restore(new QPushButton(tr("Restore the selected backup"), this))
    , m_readOnly(new QPushButton(tr("Open read-only to rescue data"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("damagedStoreDialog"));
    setWindowTitle(tr("CounterCare cannot use its database"));
    m_table->setObjectName(QStringLiteral("damagedBackups"));
    m_username->setObjectName(QStringLiteral("restoreUsername"));
    m_password->setObjectName(QStringLiteral("restorePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    m_restore->setProperty("primary", true);
    m_restore->setDefault(true);
    m_readOnly->setObjectName(QStringLiteral("openReadOnly"));
    m_message->setObjectName(QStringLiteral("damagedMessage"));
    m_message->setWordWrap(true);
    BackupList::setUp(m_table);

    auto* title = new QLabel(check.verdict == FileCheck::Verdict::Damaged
                                 ? tr("The database is damaged")
                                 : tr("The database file cannot be used"),
                             this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto* what = new QLabel(check.message, this);
    what->setWordWrap(true);
    what->setStyleSheet(QStringLiteral("color:%1").arg(QLatin1String(colors::overdue)));
    what->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* advice = new QLabel(
        tr("CounterCare will not write to this file. Restore the newest good backup (the "
           "damaged file is kept aside, untouched), or open it read-only to look up and "
           "export what can still be read. A manager of the backup signs the restore."),
        this);
    advice->setWordWrap(true);

    QList<BackupEntry> entries;
    for (const QString& folder : UiSettings::backupFolders(databasePath))
        entries += AutoBackup::list(folder);
    std::sort(entries.begin(), entries.end(),
              [](const BackupEntry& a, const BackupEntry& b) { return a.at > b.at; });
    BackupList::fill(m_table, entries);
    auto* found = new QLabel(
        entries.isEmpty()
            ? tr("No backups were found in %1. Choose a backup file, for "
                 "example on the USB stick.")
                  .arg(UiSettings::backupFolders(databasePath).join(QStringLiteral(", ")))
            : tr("Backups found (newest first):"),
        this);
    found->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Manager"), m_username);
    form->addRow(tr("Password"), m_password);

    auto* other = new QPushButton(tr("Choose a backup file…"), this);
    auto* quit = new QPushButton(tr("Quit"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_restore);
    buttons->addWidget(other);
    buttons->addStretch();
    buttons->addWidget(m_readOnly);
    buttons->addWidget(quit);
    // A file that is not ours has nothing to rescue.
    m_readOnly->setVisible(check.verdict == FileCheck::Verdict::Damaged);
    m_restore->setEnabled(!entries.isEmpty());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(title);
    layout->addWidget(what);
    layout->addWidget(advice);
    layout->addSpacing(8);
    layout->addWidget(found);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (const QString backup = BackupList::selected(m_table); !backup.isEmpty())
            restore(backup);
    });
    // Enter in the password reaches the default button, Restore: once, not twice.
    connect(other, &QPushButton::clicked, this, [this] {
        const QString backup =
            QFileDialog::getOpenFileName(this, tr("Choose a backup file"), QDir::homePath(),
                                         tr("CounterCare backups (*.sqlite);;All files (*)"));
        if (!backup.isEmpty())
            restore(backup);
    });
    connect(m_readOnly, &QPushButton::clicked, this, [this] {
        m_choice = Choice::ReadOnly;
        accept();
    });
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);
    resize(820, 560);
    m_username->setFocus();
}

void DamagedStoreDialog::restore(const QString& backup)
{
    if (m_username->text().trimmed().isEmpty()) {
        showOutcome(m_message, tr("Manager: type the name of a manager of the backup."), true);
        m_username->setFocus();
        return;
    }
    // A copy without its manifest is restored only as the manager's explicit choice.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<BackupManifest> checked = BackupService::verify(backup);
    QApplication::restoreOverrideCursor();
    BackupService::Unverified unverified = BackupService::Unverified::Refuse;
    if (checked && !checked->verifiedByManifest) {
        QMessageBox ask(QMessageBox::Warning, tr("Restore a backup without its manifest?"),
                        tr("%1 has no manifest (%2). Only the file's integrity can be checked: "
                           "nothing shows that its customers, complaints and audit entries are "
                           "as they were when the backup was made. The audit log will say that "
                           "it was restored unverified.")
                            .arg(QFileInfo(backup).fileName(),
                                 QFileInfo(backup).fileName() + QStringLiteral(".json")),
                        QMessageBox::NoButton, this);
        ask.setObjectName(QStringLiteral("restoreUnverifiedQuestion"));
        QPushButton* accept = ask.addButton(tr("Restore it unverified"), QMessageBox::AcceptRole);
        accept->setObjectName(QStringLiteral("restoreUnverifiedAccept"));
        ask.setDefaultButton(ask.addButton(QMessageBox::Cancel));
        ask.exec();
        if (ask.clickedButton() != accept) {
            showOutcome(m_message, tr("Nothing was restored."), false);
            return;
        }
        unverified = BackupService::Unverified::Accept;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<QString> aside = BackupService::restoreOver(
        m_path, m_clock, backup, m_username->text().trimmed(), m_password->text(), unverified);
    QApplication::restoreOverrideCursor();
    if (!aside) {
        showOutcome(m_message, aside.error().message, true);
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_damagedCopy = aside.value();
    m_restoredFrom = backup;
    m_choice = Choice::Restored;
    accept();
}

} // namespace cc::ui
