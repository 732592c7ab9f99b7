#include "RestoreDialog.h"

#include "FormSupport.h"
#include "Session.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

namespace {

/// The manifest's tables in the reader's words.
QString tableName(const QString& table)
{
    static const QList<std::pair<QString, const char*>> names{
        {QStringLiteral("customers"), QT_TRANSLATE_NOOP("cc::ui::RestoreDialog", "Customer files")},
        {QStringLiteral("purchases"), QT_TRANSLATE_NOOP("cc::ui::RestoreDialog", "Purchases")},
        {QStringLiteral("contacts"), QT_TRANSLATE_NOOP("cc::ui::RestoreDialog", "Contacts")},
        {QStringLiteral("complaints"), QT_TRANSLATE_NOOP("cc::ui::RestoreDialog", "Complaints")},
        {QStringLiteral("compensations"),
         QT_TRANSLATE_NOOP("cc::ui::RestoreDialog", "Compensations")},
        {QStringLiteral("callbacks"), QT_TRANSLATE_NOOP("cc::ui::RestoreDialog", "Callbacks")},
        {QStringLiteral("users"), QT_TRANSLATE_NOOP("cc::ui::RestoreDialog", "Users")},
        {QStringLiteral("audit_log"), QT_TRANSLATE_NOOP("cc::ui::RestoreDialog", "Audit entries")},
    };
    for (const auto& [key, name] : names)
        if (key == table)
            return QCoreApplication::translate("cc::ui::RestoreDialog", name);
    return table;
}

} // namespace

RestoreDialog::RestoreDialog(Session& session, const QString& backupPath, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_path(backupPath)
    , m_understood(new QCheckBox(this))
    , m_unverified(new QCheckBox(this))
    , m_restore(new QPushButton(tr("Restore this backup"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore a backup"));
    m_message->setObjectName(QStringLiteral("restoreMessage"));
    m_message->setWordWrap(true);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setProperty("danger", true);
    m_understood->setObjectName(QStringLiteral("restoreUnderstood"));
    m_unverified->setObjectName(QStringLiteral("restoreUnverified"));

    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(QDir::toNativeSeparators(backupPath), this);
    heading->setObjectName(QStringLiteral("pageSubtitle"));
    heading->setWordWrap(true);
    layout->addWidget(heading);

    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<BackupManifest> checked = BackupService::verify(backupPath);
    QApplication::restoreOverrideCursor();
    if (checked) {
        // Made only here: a refused copy shows no form, and a layout added to nothing leaks.
        auto* form = new QFormLayout;
        const QLocale locale;
        form->addRow(tr("Made"),
                     new QLabel(checked->at.isValid() ? locale.toString(checked->at.toLocalTime(),
                                                                        QLocale::LongFormat)
                                                      : tr("unknown (no manifest)"),
                                this));
        form->addRow(tr("Check"),
                     new QLabel(tr("Whole (integrity check passed)%1")
                                    .arg(checked->verifiedByManifest ? tr("; matches its manifest")
                                                                     : QString()),
                                this));
        for (const auto& [table, rows] : checked->rowCounts)
            form->addRow(tableName(table), new QLabel(locale.toString(rows), this));
        m_understood->setText(
            tr("I understand: everything entered after this backup was made is replaced."));
        auto* warning = new QLabel(tr("The database as it is now is first kept as a checked "
                                      "safety copy beside it. Everyone signs in again afterwards."),
                                   this);
        warning->setWordWrap(true);
        layout->addLayout(form);
        layout->addWidget(warning);
        if (!checked->verifiedByManifest) {
            // Without its manifest, a changed row in a whole file goes unnoticed: the
            // manager must choose that knowingly, and the audit log says so.
            auto* risk = new QLabel(
                tr("This copy has no manifest (%1). Only the file's integrity was checked: "
                   "nothing shows that its customers, complaints and audit entries are as "
                   "they were when the backup was made.")
                    .arg(QFileInfo(backupPath).fileName() + QStringLiteral(".json")),
                this);
            risk->setObjectName(QStringLiteral("restoreRisk"));
            risk->setWordWrap(true);
            m_unverified->setText(tr("Restore it unverified (recorded in the audit log)."));
            layout->addWidget(risk);
            layout->addWidget(m_unverified);
        } else {
            m_unverified->hide();
        }
        layout->addWidget(m_understood);
    } else {
        showOutcome(m_message, checked.error().message, true);
        m_understood->hide();
        m_unverified->hide();
    }
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_restore, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    m_restore->setEnabled(false);
    const bool needsConsent = checked && !checked->verifiedByManifest;
    const auto enable = [this, ok = checked.ok(), needsConsent] {
        m_restore->setEnabled(ok && m_understood->isChecked() &&
                              (!needsConsent || m_unverified->isChecked()));
    };
    connect(m_understood, &QCheckBox::toggled, m_restore, enable);
    connect(m_unverified, &QCheckBox::toggled, m_restore, enable);
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::restore);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(560);
}

void RestoreDialog::restore()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<QString> safety = m_session.services().backups().restore(
        m_session.user().actor(), m_path,
        m_unverified->isChecked() ? BackupService::Unverified::Accept
                                  : BackupService::Unverified::Refuse);
    QApplication::restoreOverrideCursor();
    if (!safety) {
        showOutcome(m_message, safety.error().message, true);
        return;
    }
    m_safetyCopy = safety.value();
    accept();
}

} // namespace cc::ui
