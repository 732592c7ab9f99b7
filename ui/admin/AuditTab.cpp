#include "AuditTab.h"

#include "AuditLogModel.h"
#include "FormSupport.h"
#include "Session.h"
#include "Theme.h"

#include <accounts/AccountService.h>
#include <backup/AuditService.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace cc::ui {

AuditTab::AuditTab(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new AuditLogModel(session, this))
    , m_user(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_useDates(new QCheckBox(tr("From"), this))
    , m_from(new DateEdit(this))
    , m_to(new DateEdit(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("auditTab"));
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_kind->setObjectName(QStringLiteral("auditKind"));
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_status->setObjectName(QStringLiteral("auditStatus"));

    m_kind->addItem(tr("All kinds"), QString());
    m_kind->addItem(tr("Users"), QStringLiteral("user"));
    m_kind->addItem(tr("Store"), QStringLiteral("store"));
    m_kind->addItem(tr("Settings"), QStringLiteral("setting"));
    m_kind->addItem(tr("Audit log"), QStringLiteral("audit"));

    const QDate today = session.clock().nowUtc().toLocalTime().date();
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(today);
        edit->setEnabled(false);
    }
    m_from->setDate(today.addDays(-7));

    auto* verify = new QPushButton(tr("Verify chain"), this);
    verify->setObjectName(QStringLiteral("verifyChain"));
    auto* exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportAudit"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("User"), this));
    filters->addWidget(m_user);
    filters->addSpacing(8);
    filters->addWidget(new QLabel(tr("Kind"), this));
    filters->addWidget(m_kind);
    filters->addSpacing(8);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addStretch();
    filters->addWidget(verify);
    filters->addWidget(exportButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table);
    layout->addWidget(m_status);

    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditTab::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AuditTab::applyFilter);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &AuditTab::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditTab::applyFilter);
    connect(verify, &QPushButton::clicked, this, &AuditTab::verifyChain);
    connect(exportButton, &QPushButton::clicked, this, &AuditTab::exportCsv);
    refresh();
}

void AuditTab::refresh()
{
    const QString selected = m_user->currentData().toString();
    {
        const QSignalBlocker blocker(m_user);
        m_user->clear();
        m_user->addItem(tr("Everyone"), QString());
        Result<QList<User>> users =
            m_session.services().accounts().listUsers(m_session.user().actor());
        if (users) {
            for (const User& user : users.value())
                m_user->addItem(QStringLiteral("%1 (%2)").arg(user.displayName, user.username),
                                user.username);
        }
        m_user->setCurrentIndex(qMax(0, m_user->findData(selected)));
    }
    applyFilter();
}

void AuditTab::applyFilter()
{
    AuditFilter filter;
    filter.actor = m_user->currentData().toString();
    filter.entityKind = m_kind->currentData().toString();
    if (m_useDates->isChecked()) {
        filter.since = m_from->date().startOfDay().toUTC();
        filter.until = m_to->date().addDays(1).startOfDay().toUTC();
    }
    m_model->setFilter(filter);
    m_table->resizeColumnsToContents();
    if (!m_model->lastError().isEmpty())
        m_status->setText(m_model->lastError());
    else if (m_model->rowCount() == 0)
        m_status->setText(tr("No entries match these filters."));
    else
        m_status->setText(tr("Newest first. Scroll down for older entries."));
}

void AuditTab::verifyChain()
{
    Result<AuditVerification> report = m_session.services().audit().verify();
    if (!report) {
        QMessageBox::warning(this, tr("Audit log"), report.error().message);
        return;
    }
    if (report->intact)
        QMessageBox::information(
            this, tr("Audit log"),
            tr("The audit log is intact: all %n entries verify.", nullptr, int(report->entries)));
    else
        QMessageBox::critical(
            this, tr("Audit log"),
            tr("The audit log has been tampered with.\n\n%1").arg(report->problem));
}

void AuditTab::exportCsv()
{
    const QString suggested =
        QStringLiteral("%1/audit-%2.csv")
            .arg(
                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                m_session.clock().nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export audit log"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    Result<qint64> written =
        m_session.services().audit().exportCsv(m_session.user().actor(), m_model->filter(), path);
    if (!written) {
        QMessageBox::warning(this, tr("Export audit log"), written.error().message);
        return;
    }
    m_status->setText(tr("Exported %n entries to %1.", nullptr, int(written.value())).arg(path));
    applyFilter();
}

} // namespace cc::ui
