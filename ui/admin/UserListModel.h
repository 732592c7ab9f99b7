#pragma once

#include <accounts/User.h>

#include <QAbstractTableModel>
#include <QDateTime>

namespace cc::ui {

/// The store's staff accounts. A store has tens of users, so the list is held whole.
class UserListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum class Column { Username, DisplayName, Role, Status, Created, Count };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit UserListModel(QObject* parent = nullptr);

    void setUsers(const QList<User>& users, const QDateTime& nowUtc);
    const User* userAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString statusText(const User& user) const;

    QList<User> m_users;
    QDateTime m_now;
};

} // namespace cc::ui
