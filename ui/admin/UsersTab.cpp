#include "UsersTab.h"

#include "DeactivateDialog.h"
#include "PasswordDialog.h"
#include "Session.h"
#include "UserDialog.h"
#include "UserListModel.h"

#include <accounts/AccountService.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cc::ui {

UsersTab::UsersTab(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new UserListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_add(new QPushButton(tr("Add user…"), this))
    , m_password(new QPushButton(tr("Reset password…"), this))
    , m_role(new QPushButton(tr("Change role…"), this))
    , m_unlock(new QPushButton(tr("Unlock"), this))
    , m_deactivate(new QPushButton(tr("Deactivate…"), this))
{
    setObjectName(QStringLiteral("usersTab"));
    m_add->setObjectName(QStringLiteral("addUser"));
    m_password->setObjectName(QStringLiteral("resetPassword"));
    m_role->setObjectName(QStringLiteral("changeRole"));
    m_unlock->setObjectName(QStringLiteral("unlockUser"));
    m_deactivate->setObjectName(QStringLiteral("deactivateUser"));
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_add->setProperty("primary", true);
    m_deactivate->setProperty("danger", true);
    m_add->setToolTip(tr("Add a staff account (Ctrl+Shift+U)"));
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(UserListModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addSpacing(12);
    buttons->addWidget(m_password);
    buttons->addWidget(m_role);
    buttons->addWidget(m_unlock);
    buttons->addWidget(m_deactivate);
    buttons->addStretch();
    buttons->addWidget(m_count);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_table);

    connect(m_add, &QPushButton::clicked, this, &UsersTab::addUser);
    connect(m_password, &QPushButton::clicked, this, &UsersTab::resetPassword);
    connect(m_role, &QPushButton::clicked, this, &UsersTab::changeRole);
    connect(m_unlock, &QPushButton::clicked, this, &UsersTab::unlock);
    connect(m_deactivate, &QPushButton::clicked, this, &UsersTab::deactivate);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersTab::updateActions);
    connect(m_table, &QTableView::activated, this, &UsersTab::resetPassword);
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu menu(this);
        for (QPushButton* button : {m_password, m_role, m_unlock, m_deactivate}) {
            QAction* action = menu.addAction(button->text(), button, &QPushButton::click);
            action->setEnabled(button->isEnabled());
        }
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });
    refresh();
}

void UsersTab::refresh()
{
    Result<QList<User>> users = m_session.services().accounts().listUsers(m_session.user().actor());
    if (!users) {
        report(users.error().message);
        return;
    }
    m_model->setUsers(users.value(), m_session.clock().nowUtc());
    m_table->resizeColumnsToContents();
    m_count->setText(tr("%n user(s)", nullptr, int(users->size())));
    updateActions();
}

int UsersTab::currentRow() const
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    return selected.isEmpty() ? -1 : m_proxy->mapToSource(selected.first()).row();
}

void UsersTab::updateActions()
{
    const User* user = m_model->userAt(currentRow());
    const bool active = user && user->active;
    m_password->setEnabled(active);
    m_role->setEnabled(active);
    m_unlock->setEnabled(active && user->lockedUntil.isValid() &&
                         user->lockedUntil > m_session.clock().nowUtc());
    m_deactivate->setEnabled(active && user->id != m_session.user().id);
}

void UsersTab::addUser()
{
    UserDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_session.staffChanged();
        refresh();
    }
}

void UsersTab::resetPassword()
{
    const User* user = m_model->userAt(currentRow());
    if (!user || !user->active)
        return;
    PasswordDialog dialog(m_session, user->username, this);
    dialog.exec();
}

void UsersTab::changeRole()
{
    const User* user = m_model->userAt(currentRow());
    if (!user)
        return;
    QStringList names;
    for (Role role : Roles::all())
        names << Roles::displayName(role);
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Change role"), tr("Role of %1:").arg(user->displayName),
                              names, static_cast<int>(user->role), false, &ok);
    if (!ok)
        return;
    const Role role = Roles::all().at(names.indexOf(chosen));
    Status changed =
        m_session.services().accounts().changeRole(m_session.user().actor(), user->username, role);
    if (!changed)
        report(changed.error().message);
    refresh();
}

void UsersTab::unlock()
{
    const User* user = m_model->userAt(currentRow());
    if (!user)
        return;
    Status unlocked =
        m_session.services().accounts().unlock(m_session.user().actor(), user->username);
    if (!unlocked)
        report(unlocked.error().message);
    refresh();
}

void UsersTab::deactivate()
{
    const User* user = m_model->userAt(currentRow());
    if (!user)
        return;
    Result<QList<User>> staff = m_session.services().accounts().listUsers(m_session.user().actor());
    if (!staff) {
        report(staff.error().message);
        return;
    }
    DeactivateDialog dialog(m_session, *user, staff.value(), this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void UsersTab::report(const QString& error)
{
    QMessageBox::warning(this, tr("Users"), error);
}

} // namespace cc::ui
