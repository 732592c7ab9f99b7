#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace cc::ui {

class Session;
class UserListModel;

/// User management for managers: add, reset password, change role, unlock, deactivate.
class UsersTab : public QWidget {
    Q_OBJECT

public:
    explicit UsersTab(Session& session, QWidget* parent = nullptr);

    void refresh();

private:
    int currentRow() const;
    void updateActions();
    void addUser();
    void resetPassword();
    void changeRole();
    void unlock();
    void deactivate();
    void report(const QString& error);

    Session& m_session;
    UserListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLabel* m_count;
    QPushButton* m_add;
    QPushButton* m_password;
    QPushButton* m_role;
    QPushButton* m_unlock;
    QPushButton* m_deactivate;
};

} // namespace cc::ui
