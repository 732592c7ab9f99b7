#include "ComplaintListModel.h"

#include "Session.h"
#include "Theme.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace cc::ui {

namespace {

QString shortTime(const QDateTime& utc)
{
    return utc.toLocalTime().toString(QStringLiteral("MM-dd HH:mm"));
}

} // namespace

ComplaintListModel::ComplaintListModel(const Session& session, QObject* parent)
    : PagedTableModel(parent)
    , m_session(session)
{}

int ComplaintListModel::rowOf(const QString& number) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).number == number)
            return row;
    }
    return -1;
}

int ComplaintListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString ComplaintListModel::dueColour(const QDateTime& dueUtc, bool late, const QDateTime& asOfUtc)
{
    if (late)
        return QLatin1String(colors::overdue);
    if (dueUtc.isValid() && dueUtc.toLocalTime().date() == asOfUtc.toLocalTime().date())
        return QLatin1String(colors::dueToday);
    return {};
}

QVariant ComplaintListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Complaint& c = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    const bool open = ComplaintRules::isOpen(c.status);
    const bool replyLate = ComplaintRules::isReplyLate(c.status, c.replyDue, m_asOf);
    const bool resolveLate = ComplaintRules::isResolveLate(c.status, c.resolveDue, m_asOf);
    const bool escalationLate = ComplaintRules::isEscalationLate(
        c.status, c.severity, c.escalatedAt.isValid(), c.escalateDue, m_asOf);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Number:
            return c.number;
        case Column::Customer:
            return c.customerName;
        case Column::Category:
            return ComplaintKeys::displayName(c.category);
        case Column::Status:
            return ComplaintRules::statusName(c.status);
        case Column::Severity:
            if (escalationLate)
                return tr("Major, not reported");
            return ComplaintKeys::displayName(c.severity);
        case Column::Handler:
            return c.handler.isEmpty() ? tr("(unassigned)") : m_session.personName(c.handler);
        case Column::ReplyBy:
            if (c.status != ComplaintStatus::Received)
                return tr("replied");
            return replyLate ? tr("%1 late").arg(shortTime(c.replyDue)) : shortTime(c.replyDue);
        case Column::ResolveBy:
            if (!open)
                return QStringLiteral("—");
            return resolveLate ? tr("%1 late").arg(shortTime(c.resolveDue))
                               : shortTime(c.resolveDue);
        case Column::Count:
            break;
        }
        return {};
    }
    if (role == Qt::ForegroundRole) {
        if (!open)
            return QBrush(QColor(QLatin1String(colors::closed)));
        QString colour;
        if (column == Column::ReplyBy && c.status == ComplaintStatus::Received)
            colour = dueColour(c.replyDue, replyLate, m_asOf);
        else if (column == Column::ResolveBy)
            colour = dueColour(c.resolveDue, resolveLate, m_asOf);
        else if (column == Column::Severity && c.severity == Severity::Major)
            colour = QLatin1String(colors::overdue);
        else if (column == Column::Number && (resolveLate || replyLate || escalationLate))
            colour = QLatin1String(colors::overdue);
        if (!colour.isEmpty())
            return QBrush(QColor(colour));
        return {};
    }
    if (role == Qt::FontRole) {
        if ((column == Column::Severity && c.severity == Severity::Major) ||
            (column == Column::Number && open)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && column == Column::Customer)
        return c.description.left(200);
    return {};
}

QVariant ComplaintListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Column::Number:
        return tr("Number");
    case Column::Customer:
        return tr("Customer");
    case Column::Category:
        return tr("Type");
    case Column::Status:
        return tr("Status");
    case Column::Severity:
        return tr("Severity");
    case Column::Handler:
        return tr("Handler");
    case Column::ReplyBy:
        return tr("Reply by");
    case Column::ResolveBy:
        return tr("Resolve by");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace cc::ui
