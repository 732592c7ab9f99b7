#include "CustomerTimelineModel.h"

#include "Session.h"

#include <base/Money.h>
#include <complaints/ComplaintRules.h>

#include <QLocale>

#include <algorithm>

namespace cc::ui {

CustomerTimelineModel::CustomerTimelineModel(const Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{}

void CustomerTimelineModel::setFile(const CustomerFile& file)
{
    beginResetModel();
    m_file = file;
    rebuild();
    endResetModel();
}

void CustomerTimelineModel::setFilter(Filter filter)
{
    beginResetModel();
    m_filter = filter;
    rebuild();
    endResetModel();
}

void CustomerTimelineModel::rebuild()
{
    m_rows.clear();
    if (m_filter == Filter::All || m_filter == Filter::Purchases) {
        for (const Purchase& purchase : m_file.purchases) {
            QStringList items;
            for (const PurchaseLine& line : purchase.lines)
                items << (line.quantity > 1
                              ? QStringLiteral("%1 ×%2").arg(line.product).arg(line.quantity)
                              : line.product);
            m_rows.append(
                {purchase.date.startOfDay(), true, Filter::Purchases, tr("Purchase"),
                 tr("Receipt %1: %2").arg(purchase.receiptNo, items.join(QStringLiteral("、"))),
                 Money::displayFen(purchase.totalFen()), QString()});
        }
    }
    if (m_filter == Filter::All || m_filter == Filter::Complaints) {
        for (const ComplaintSummary& complaint : m_file.complaints) {
            const std::optional<ComplaintStatus> status =
                ComplaintRules::statusFromKey(complaint.status);
            const QString state = status ? ComplaintRules::statusName(*status) : complaint.status;
            const QString kind = complaint.severity == QLatin1String("major")
                                     ? tr("Major complaint")
                                     : tr("Complaint");
            m_rows.append(
                {complaint.receivedAt.toLocalTime(), false, Filter::Complaints, kind,
                 QStringLiteral("%1 · %2 · %3").arg(complaint.number, state, complaint.description),
                 QString(), m_session.personName(complaint.handler)});
        }
        // Compensation granted or refused, under the case it belongs to.
        for (const Compensation& p : m_file.compensations) {
            const QString state =
                p.status == CompensationStatus::Pending ? CompensationKeys::displayName(p.status)
                : p.status == CompensationStatus::Approved
                    ? tr("granted %1").arg(Money::displayFen(p.grantedFen.value_or(0)))
                    : CompensationKeys::displayName(p.status);
            m_rows.append(
                {(p.decidedAt.isValid() ? p.decidedAt : p.requestedAt).toLocalTime(), false,
                 Filter::Complaints, tr("Compensation"),
                 QStringLiteral("%1 · %2 · %3")
                     .arg(p.complaintNumber, CompensationKeys::displayName(p.kind), state),
                 p.grantedFen ? Money::displayFen(*p.grantedFen) : QString(),
                 m_session.personName(p.decidedBy.isEmpty() ? p.requestedBy : p.decidedBy)});
        }
    }
    if (m_filter == Filter::All || m_filter == Filter::Contacts) {
        for (const ContactEntry& entry : m_file.contacts)
            m_rows.append({entry.at.toLocalTime(), false, Filter::Contacts,
                           CustomerKeys::displayName(entry.channel), entry.note, QString(),
                           m_session.personName(entry.username)});
        // Calls still to make, at their due time (made ones are on the contact log).
        for (const Callback& callback : m_file.callbacks) {
            if (callback.status != CallbackStatus::Pending)
                continue;
            const QString what =
                callback.note.isEmpty()
                    ? CallbackKeys::displayName(callback.reason)
                    : QStringLiteral("%1 · %2").arg(CallbackKeys::displayName(callback.reason),
                                                    callback.note);
            m_rows.append({callback.dueAt.toLocalTime(), false, Filter::Contacts,
                           tr("Callback to make"), what, QString(), callback.assigneeName});
        }
    }
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row& a, const Row& b) { return a.when > b.when; });
}

int CustomerTimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerTimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant CustomerTimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::When:
            return row.dateOnly ? row.when.date().toString(Qt::ISODate)
                                : row.when.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case Column::Kind:
            return row.kindText;
        case Column::What:
            return row.what;
        case Column::Amount:
            return row.amount;
        case Column::By:
            return row.by;
        case Column::Count:
            break;
        }
    } else if (role == Qt::TextAlignmentRole && column == Column::Amount) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::ToolTipRole && column == Column::What) {
        return row.what;
    }
    return {};
}

QVariant CustomerTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Column::When:
        return tr("When");
    case Column::Kind:
        return tr("Kind");
    case Column::What:
        return tr("What happened");
    case Column::Amount:
        return tr("Amount");
    case Column::By:
        return tr("By");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace cc::ui
