#include "CallbackListModel.h"

#include "Theme.h"
#include "complaints/ComplaintListModel.h"

#include <customers/PhoneNumbers.h>

#include <QBrush>
#include <QColor>

namespace cc::ui {

CallbackListModel::CallbackListModel(QObject* parent)
    : PagedTableModel(parent)
{}

int CallbackListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int CallbackListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString CallbackListModel::dueText(const Callback& callback, const QDateTime& asOfUtc)
{
    const QString time = callback.dueAt.toLocalTime().toString(QStringLiteral("MM-dd HH:mm"));
    if (callback.status == CallbackStatus::Pending && callback.dueAt < asOfUtc)
        return tr("%1 late").arg(time);
    return time;
}

QVariant CallbackListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Callback& cb = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Due:
            return dueText(cb, m_asOf);
        case Column::Customer:
            return cb.customerName;
        case Column::Phone:
            return PhoneNumbers::display(cb.phone);
        case Column::Reason:
            return cb.attempts > 0 ? tr("%1 (try %2)")
                                         .arg(CallbackKeys::displayName(cb.reason))
                                         .arg(cb.attempts + 1)
                                   : CallbackKeys::displayName(cb.reason);
        case Column::Assignee:
            return cb.assigneeName;
        case Column::LastNote:
            return cb.lastContact.simplified().left(80);
        case Column::Count:
            break;
        }
        return {};
    }
    if (role == Qt::ForegroundRole && column == Column::Due) {
        const QString colour = ComplaintListModel::dueColour(
            cb.dueAt, cb.status == CallbackStatus::Pending && cb.dueAt < m_asOf, m_asOf);
        if (!colour.isEmpty())
            return QBrush(QColor(colour));
    }
    if (role == Qt::ToolTipRole && column == Column::LastNote)
        return cb.lastContact.left(500);
    return {};
}

QVariant CallbackListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Column::Due:
        return tr("Due");
    case Column::Customer:
        return tr("Customer");
    case Column::Phone:
        return tr("Phone");
    case Column::Reason:
        return tr("Reason");
    case Column::Assignee:
        return tr("Caller");
    case Column::LastNote:
        return tr("Last note on the file");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace cc::ui
