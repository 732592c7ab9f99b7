#include "CustomerMatchModel.h"

#include "Theme.h"

#include <customers/PhoneNumbers.h>

#include <QBrush>
#include <QColor>

namespace cc::ui {

CustomerMatchModel::CustomerMatchModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CustomerMatchModel::setMatches(const QList<CustomerMatch>& matches)
{
    beginResetModel();
    m_matches = matches;
    endResetModel();
}

const CustomerMatch* CustomerMatchModel::matchAt(int row) const
{
    return row >= 0 && row < m_matches.size() ? &m_matches.at(row) : nullptr;
}

int CustomerMatchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

int CustomerMatchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant CustomerMatchModel::data(const QModelIndex& index, int role) const
{
    const CustomerMatch* match = matchAt(index.row());
    if (!match)
        return {};
    const auto column = static_cast<Column>(index.column());
    if (role == IdRole)
        return match->id;
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::FileNo:
            return match->fileNo;
        case Column::Name:
            return match->masked ? tr("%1 (protected)").arg(match->name) : match->name;
        case Column::Phones: {
            QStringList shown;
            for (const QString& phone : match->phones)
                shown << (match->masked ? phone : PhoneNumbers::display(phone));
            return shown.join(QStringLiteral(", "));
        }
        case Column::Tier:
            return CustomerKeys::displayName(match->tier);
        case Column::Count:
            break;
        }
    }
    if (role == Qt::ForegroundRole && match->masked)
        return QBrush(QColor(QLatin1String(colors::closed)));
    return {};
}

QVariant CustomerMatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Column::FileNo:
        return tr("File no.");
    case Column::Name:
        return tr("Name");
    case Column::Phones:
        return tr("Phone");
    case Column::Tier:
        return tr("Tier");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace cc::ui
