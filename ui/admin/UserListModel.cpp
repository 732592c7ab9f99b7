#include "UserListModel.h"

#include "Theme.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace cc::ui {

UserListModel::UserListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void UserListModel::setUsers(const QList<User>& users, const QDateTime& nowUtc)
{
    beginResetModel();
    m_users = users;
    m_now = nowUtc;
    endResetModel();
}

const User* UserListModel::userAt(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users.at(row) : nullptr;
}

int UserListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString UserListModel::statusText(const User& user) const
{
    if (!user.active)
        return tr("Deactivated");
    if (user.lockedUntil.isValid() && user.lockedUntil > m_now)
        return tr("Locked until %1")
            .arg(QLocale().toString(user.lockedUntil.toLocalTime().time(), QLocale::ShortFormat));
    return tr("Active");
}

QVariant UserListModel::data(const QModelIndex& index, int role) const
{
    const User* user = userAt(index.row());
    if (!user || index.column() < 0 || index.column() >= int(Column::Count))
        return {};
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Username:
            return user->username;
        case Column::DisplayName:
            return user->displayName;
        case Column::Role:
            return Roles::displayName(user->role);
        case Column::Status:
            return statusText(*user);
        case Column::Created:
            return user->createdAt.toLocalTime().date().toString(Qt::ISODate);
        case Column::Count:
            break;
        }
    } else if (role == SortRole) {
        switch (column) {
        case Column::Role:
            return static_cast<int>(user->role);
        case Column::Created:
            return user->createdAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    } else if (role == Qt::ForegroundRole && column == Column::Status) {
        if (!user->active)
            return QBrush(QColor(QLatin1String(colors::closed)));
        if (user->lockedUntil.isValid() && user->lockedUntil > m_now)
            return QBrush(QColor(QLatin1String(colors::overdue)));
        return QBrush(QColor(QLatin1String(colors::ok)));
    }
    return {};
}

QVariant UserListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Column::Username:
        return tr("User name");
    case Column::DisplayName:
        return tr("Display name");
    case Column::Role:
        return tr("Role");
    case Column::Status:
        return tr("Status");
    case Column::Created:
        return tr("Since");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace cc::ui
