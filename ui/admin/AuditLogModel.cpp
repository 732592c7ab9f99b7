#include "AuditLogModel.h"

#include "Session.h"

#include <backup/AuditService.h>
#include <complaints/ComplaintRules.h>

#include <QLocale>

namespace cc::ui {

AuditLogModel::AuditLogModel(Session& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{}

void AuditLogModel::setFilter(const AuditFilter& filter)
{
    // Nothing may be fetched while the reset is in flight (views and testers ask).
    m_complete = true;
    beginResetModel();
    m_filter = filter;
    m_filter.limit = pageSize;
    m_entries.clear();
    m_error.clear();
    Result<QList<AuditEntry>> first = fetchPage();
    if (first) {
        m_entries = first.value();
        m_complete = first->size() < pageSize;
    } else {
        m_error = first.error().message;
    }
    endResetModel();
}

Result<QList<AuditEntry>> AuditLogModel::fetchPage() const
{
    AuditFilter page = m_filter;
    page.beforeId = m_entries.isEmpty() ? 0 : m_entries.constLast().id;
    return m_session.services().audit().list(m_session.user().actor(), page);
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_complete;
}

void AuditLogModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_complete)
        return;
    Result<QList<AuditEntry>> entries = fetchPage();
    if (!entries) {
        m_error = entries.error().message;
        m_complete = true;
        return;
    }
    m_complete = entries->size() < pageSize;
    if (entries->isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + entries->size() - 1));
    m_entries.append(entries.value());
    endInsertRows();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString AuditLogModel::describeAction(const QString& action)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("store.init"), QT_TR_NOOP("Store created")},
        {QStringLiteral("user.add"), QT_TR_NOOP("User added")},
        {QStringLiteral("user.sign_in"), QT_TR_NOOP("Signed in")},
        {QStringLiteral("user.sign_out"), QT_TR_NOOP("Signed out")},
        {QStringLiteral("user.sign_in_failed"), QT_TR_NOOP("Sign-in refused")},
        {QStringLiteral("user.lock"), QT_TR_NOOP("Account locked")},
        {QStringLiteral("user.unlock"), QT_TR_NOOP("Account unlocked")},
        {QStringLiteral("user.password_change"), QT_TR_NOOP("Password changed")},
        {QStringLiteral("user.password_reset"), QT_TR_NOOP("Password reset")},
        {QStringLiteral("user.role"), QT_TR_NOOP("Role changed")},
        {QStringLiteral("user.display_name"), QT_TR_NOOP("Display name changed")},
        {QStringLiteral("user.handover"), QT_TR_NOOP("Work handed over")},
        {QStringLiteral("user.deactivate"), QT_TR_NOOP("User deactivated")},
        {QStringLiteral("settings.set"), QT_TR_NOOP("Setting changed")},
        {QStringLiteral("audit.export"), QT_TR_NOOP("Audit log exported")},
        {QStringLiteral("access.refused"), QT_TR_NOOP("Refused")},
        {QStringLiteral("store.update"), QT_TR_NOOP("Store details changed")},
        {QStringLiteral("demo.fill"), QT_TR_NOOP("Demo data filled in")},
        {QStringLiteral("customer.add"), QT_TR_NOOP("Customer file added")},
        {QStringLiteral("customer.edit"), QT_TR_NOOP("Customer file changed")},
        {QStringLiteral("customer.erase"), QT_TR_NOOP("Customer erased")},
        {QStringLiteral("customer.export"), QT_TR_NOOP("Customer files exported")},
        {QStringLiteral("customer.import"), QT_TR_NOOP("Customer files imported")},
        {QStringLiteral("customer.merge"), QT_TR_NOOP("Customer files merged")},
        {QStringLiteral("customer.view"), QT_TR_NOOP("Customer file opened")},
        {QStringLiteral("customer.view_protected"), QT_TR_NOOP("Protected file shown")},
        {QStringLiteral("contact.add"), QT_TR_NOOP("Contact noted")},
        {QStringLiteral("purchase.add"), QT_TR_NOOP("Purchase added")},
        {QStringLiteral("complaint.add"), QT_TR_NOOP("Complaint logged")},
        {QStringLiteral("complaint.assign"), QT_TR_NOOP("Case assigned")},
        {QStringLiteral("complaint.check"), QT_TR_NOOP("Handling step ticked")},
        {QStringLiteral("complaint.compensation"), QT_TR_NOOP("Compensation on the case")},
        {QStringLiteral("complaint.custody"), QT_TR_NOOP("Item taken into custody")},
        {QStringLiteral("complaint.custody_return"), QT_TR_NOOP("Item returned")},
        {QStringLiteral("complaint.escalate"), QT_TR_NOOP("Case escalated")},
        {QStringLiteral("complaint.note"), QT_TR_NOOP("Note added")},
        {QStringLiteral("complaint.raise"), QT_TR_NOOP("Raised to major")},
        {QStringLiteral("compensation.request"), QT_TR_NOOP("Compensation requested")},
        {QStringLiteral("compensation.recommend"), QT_TR_NOOP("Compensation recommended")},
        {QStringLiteral("compensation.approve"), QT_TR_NOOP("Compensation approved")},
        {QStringLiteral("compensation.approve_own"),
         QT_TR_NOOP("Compensation granted within own limit")},
        {QStringLiteral("compensation.reject"), QT_TR_NOOP("Compensation rejected")},
        {QStringLiteral("callback.add"), QT_TR_NOOP("Callback arranged")},
        {QStringLiteral("callback.assign"), QT_TR_NOOP("Callback assigned")},
        {QStringLiteral("callback.cancel"), QT_TR_NOOP("Callback cancelled")},
        {QStringLiteral("callback.done"), QT_TR_NOOP("Callback made")},
        {QStringLiteral("callback.generate"), QT_TR_NOOP("Callbacks planned")},
        {QStringLiteral("callback.no_answer"), QT_TR_NOOP("Callback not answered")},
        {QStringLiteral("callback.reschedule"), QT_TR_NOOP("Callback moved")},
        {QStringLiteral("holiday.add"), QT_TR_NOOP("Holiday added")},
        {QStringLiteral("holiday.remove"), QT_TR_NOOP("Holiday removed")},
        {QStringLiteral("service_interval.set"), QT_TR_NOOP("Service interval set")},
        {QStringLiteral("backup.create"), QT_TR_NOOP("Backup made")},
        {QStringLiteral("backup.restore"), QT_TR_NOOP("Backup restored")},
    };
    const auto found = names.constFind(action);
    if (found != names.cend())
        return tr(found.value());
    // A case's move to a status: complaint.<status key>.
    if (action.startsWith(QLatin1String("complaint.")))
        if (const std::optional<ComplaintStatus> status =
                ComplaintRules::statusFromKey(action.mid(int(qstrlen("complaint.")))))
            return tr("Case: %1").arg(ComplaintRules::statusName(*status));
    return action;
}

QString AuditLogModel::describeDetail(const QString& action, const QString& detail)
{
    if (detail.isEmpty())
        return {};
    const QMap<QString, QString> f = AuditLog::parseDetails(detail);
    const auto role = [](const QString& key) {
        const std::optional<Role> parsed = Roles::fromKey(key);
        return parsed ? Roles::displayName(*parsed) : key;
    };
    if (action == QLatin1String("store.init"))
        return tr("%1 (identity %2)")
            .arg(f.value(QStringLiteral("name")), f.value(QStringLiteral("identity")));
    if (action == QLatin1String("user.add"))
        return tr("%1 as %2")
            .arg(f.value(QStringLiteral("username")), role(f.value(QStringLiteral("role"))));
    if (action == QLatin1String("user.sign_in_failed")) {
        const QString reason = f.value(QStringLiteral("reason"));
        if (reason == QLatin1String("wrong_password"))
            return tr("Wrong password (%1 in a row)").arg(f.value(QStringLiteral("in_a_row")));
        if (reason == QLatin1String("unknown_user"))
            return tr("Unknown user name");
        if (reason == QLatin1String("deactivated"))
            return tr("Account is deactivated");
        if (reason == QLatin1String("locked"))
            return tr("Account is locked");
    }
    if (action == QLatin1String("user.lock"))
        return tr("Locked for %1 minutes after %2 wrong passwords")
            .arg(f.value(QStringLiteral("minutes")), f.value(QStringLiteral("failures")));
    if (action == QLatin1String("user.role"))
        return tr("%1 → %2").arg(role(f.value(QStringLiteral("from"))),
                                 role(f.value(QStringLiteral("to"))));
    if (action == QLatin1String("user.handover"))
        return tr("To %1: %2 customer files, %3 open complaints, %4 pending callbacks")
            .arg(f.value(QStringLiteral("to")), f.value(QStringLiteral("customer_files")),
                 f.value(QStringLiteral("open_complaints")),
                 f.value(QStringLiteral("pending_callbacks")));
    if (action == QLatin1String("settings.set"))
        return tr("New value: %1").arg(f.value(QStringLiteral("value")));
    if (action == QLatin1String("audit.export"))
        return tr("%1 entries to %2")
            .arg(f.value(QStringLiteral("entries")), f.value(QStringLiteral("file")));
    if (f.size() == 2 && f.contains(QStringLiteral("from")) && f.contains(QStringLiteral("to"))) {
        // A case's move: its statuses in words, nothing when it did not move.
        const auto status = [](const QString& key) {
            const std::optional<ComplaintStatus> parsed = ComplaintRules::statusFromKey(key);
            return parsed ? ComplaintRules::statusName(*parsed) : key;
        };
        const QString from = f.value(QStringLiteral("from"));
        const QString to = f.value(QStringLiteral("to"));
        if (from.isEmpty() && to.isEmpty())
            return {};
        return tr("%1 → %2").arg(status(from), status(to));
    }
    static const QHash<QString, const char*> keys{
        {QStringLiteral("amount"), QT_TR_NOOP("amount")},
        {QStringLiteral("approver_role"), QT_TR_NOOP("approved by")},
        {QStringLiteral("authority_version"), QT_TR_NOOP("authority table")},
        {QStringLiteral("channel"), QT_TR_NOOP("channel")},
        {QStringLiteral("comment"), QT_TR_NOOP("comment")},
        {QStringLiteral("complaint"), QT_TR_NOOP("complaint")},
        {QStringLiteral("count"), QT_TR_NOOP("count")},
        {QStringLiteral("customer"), QT_TR_NOOP("customer")},
        {QStringLiteral("day"), QT_TR_NOOP("day")},
        {QStringLiteral("days"), QT_TR_NOOP("days")},
        {QStringLiteral("file"), QT_TR_NOOP("file")},
        {QStringLiteral("files"), QT_TR_NOOP("files")},
        {QStringLiteral("granted"), QT_TR_NOOP("granted")},
        {QStringLiteral("kind"), QT_TR_NOOP("kind")},
        {QStringLiteral("made"), QT_TR_NOOP("made")},
        {QStringLiteral("name"), QT_TR_NOOP("name")},
        {QStringLiteral("reason"), QT_TR_NOOP("reason")},
        {QStringLiteral("receipt"), QT_TR_NOOP("receipt")},
        {QStringLiteral("total"), QT_TR_NOOP("total")},
        {QStringLiteral("what"), QT_TR_NOOP("what")},
        {QStringLiteral("where"), QT_TR_NOOP("where")},
        {QStringLiteral("why"), QT_TR_NOOP("why")},
    };
    QStringList pairs;
    for (auto it = f.cbegin(); it != f.cend(); ++it) {
        const auto named = keys.constFind(it.key());
        pairs << tr("%1: %2").arg(named == keys.cend() ? it.key() : tr(named.value()),
                                  it.key() == QLatin1String("approver_role") ? role(it.value())
                                                                             : it.value());
    }
    return pairs.join(tr("; "));
}

QString AuditLogModel::describeEntity(const QString& kind, const QString& id)
{
    if (kind == QLatin1String("user"))
        return id.isEmpty() ? tr("User") : tr("User #%1").arg(id);
    if (kind == QLatin1String("store"))
        return tr("Store");
    if (kind == QLatin1String("setting"))
        return id == QLatin1String("idle_lock_minutes") ? tr("Setting: lock after (minutes)")
                                                        : tr("Setting: %1").arg(id);
    if (kind == QLatin1String("audit"))
        return tr("Audit log");
    static const QHash<QString, const char*> kinds{
        {QStringLiteral("customer"), QT_TR_NOOP("Customer")},
        {QStringLiteral("complaint"), QT_TR_NOOP("Complaint")},
        {QStringLiteral("compensation"), QT_TR_NOOP("Compensation")},
        {QStringLiteral("callback"), QT_TR_NOOP("Callback")},
        {QStringLiteral("callbacks"), QT_TR_NOOP("Callbacks")},
        {QStringLiteral("holiday"), QT_TR_NOOP("Holiday")},
        {QStringLiteral("product"), QT_TR_NOOP("Product")},
        {QStringLiteral("backup"), QT_TR_NOOP("Backup")},
    };
    const auto named = kinds.constFind(kind);
    const QString name = named == kinds.cend() ? kind : tr(named.value());
    return id.isEmpty() ? name : QStringLiteral("%1 #%2").arg(name, id);
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry& entry = m_entries.at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Time:
            return QLocale().toString(entry.at.toLocalTime(),
                                      QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Column::User:
            // Automatic entries (an account lock) are the system's, not a person's. The
            // log is evidence: the exact account stays beside the name staff know.
            if (!entry.actorId && entry.actor == QLatin1String("system"))
                return tr("System");
            if (const QString name = m_session.personName(entry.actor); name != entry.actor)
                return QStringLiteral("%1 (%2)").arg(name, entry.actor);
            return entry.actor;
        case Column::Action:
            return describeAction(entry.action);
        case Column::Entity:
            return describeEntity(entry.entityKind, entry.entityId);
        case Column::Detail:
            return describeDetail(entry.action, entry.detail);
        case Column::Count:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        return tr("Entry %1 · %2 · hash %3").arg(entry.id).arg(entry.action, entry.hash.left(16));
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Column::Time:
        return tr("Time");
    case Column::User:
        return tr("User");
    case Column::Action:
        return tr("Action");
    case Column::Entity:
        return tr("Concerns");
    case Column::Detail:
        return tr("Detail");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace cc::ui
