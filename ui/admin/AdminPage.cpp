#include "AdminPage.h"

#include "AuditTab.h"
#include "AuthorityTab.h"
#include "CallbackRulesTab.h"
#include "StoreSettingsTab.h"
#include "UsersTab.h"
#include "backup/BackupsTab.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cc::ui {

AdminPage::AdminPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_users(new UsersTab(session, m_tabs))
    , m_audit(new AuditTab(session, m_tabs))
    , m_settings(new StoreSettingsTab(session, m_tabs))
    , m_callbackRules(new CallbackRulesTab(session, m_tabs))
    , m_authority(new AuthorityTab(session, m_tabs))
    , m_backups(new BackupsTab(session, m_tabs))
{
    setObjectName(QStringLiteral("adminPage"));
    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    auto* title = new QLabel(tr("Admin"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    m_tabs->addTab(m_users, tr("Users"));
    m_tabs->addTab(m_audit, tr("Audit log"));
    m_tabs->addTab(m_settings, tr("Store settings"));
    m_tabs->addTab(m_callbackRules, tr("Callback rules"));
    m_tabs->addTab(m_authority, tr("Authority table"));
    m_tabs->addTab(m_backups, tr("Backups"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addWidget(title);
    layout->addWidget(m_tabs, 1);

    connect(m_settings, &StoreSettingsTab::idleTimeoutChanged, this,
            &AdminPage::idleTimeoutChanged);
    connect(m_backups, &BackupsTab::backupsChanged, this, &AdminPage::backupsChanged);
    connect(m_backups, &BackupsTab::restored, this, &AdminPage::restored);
    // Each tab reads the database again when shown, so it never shows stale rows.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { refresh(); });
}

void AdminPage::refresh()
{
    QWidget* current = m_tabs->currentWidget();
    if (current == m_users)
        m_users->refresh();
    else if (current == m_audit)
        m_audit->refresh();
    else if (current == m_settings)
        m_settings->refresh();
    else if (current == m_callbackRules)
        m_callbackRules->refresh();
    else if (current == m_authority)
        m_authority->refresh();
    else if (current == m_backups)
        m_backups->refresh();
}

} // namespace cc::ui
