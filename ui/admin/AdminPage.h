#pragma once

#include <QWidget>

class QTabWidget;

namespace cc::ui {

class AuditTab;
class AuthorityTab;
class BackupsTab;
class CallbackRulesTab;
class Session;
class StoreSettingsTab;
class UsersTab;

/// 管理: users, the audit log, the store's settings and backups. Managers only.
class AdminPage : public QWidget {
    Q_OBJECT

public:
    explicit AdminPage(Session& session, QWidget* parent = nullptr);

    void refresh();
    QTabWidget* tabs() const { return m_tabs; }
    BackupsTab* backupsTab() const { return m_backups; }

Q_SIGNALS:
    void idleTimeoutChanged();
    void backupsChanged();
    void restored();

private:
    QTabWidget* m_tabs;
    UsersTab* m_users;
    AuditTab* m_audit;
    StoreSettingsTab* m_settings;
    CallbackRulesTab* m_callbackRules;
    AuthorityTab* m_authority;
    BackupsTab* m_backups;
};

} // namespace cc::ui
