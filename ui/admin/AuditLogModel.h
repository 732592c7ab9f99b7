#pragma once

#include <accounts/AuditLog.h>

#include <QAbstractTableModel>

namespace cc::ui {

class Session;

/// The audit log, newest first, fetched a page at a time as the view scrolls:
/// the log grows without bound, so it is never loaded whole.
class AuditLogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum class Column { Time, User, Action, Entity, Detail, Count };
    static constexpr int pageSize = 200;

    explicit AuditLogModel(Session& session, QObject* parent = nullptr);

    /// Starts over with a new filter; the error, if any, is in lastError().
    void setFilter(const AuditFilter& filter);
    const AuditFilter& filter() const { return m_filter; }
    QString lastError() const { return m_error; }
    /// The translated name of an audit action code ("user.sign_in" → "Signed in").
    static QString describeAction(const QString& action);
    /// The entry's detail in the reader's language; unknown details are shown as stored.
    static QString describeDetail(const QString& action, const QString& detail);
    /// "User #3", "Store", "Setting idle_lock_minutes".
    static QString describeEntity(const QString& kind, const QString& id);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    Result<QList<AuditEntry>> fetchPage() const;

    Session& m_session;
    AuditFilter m_filter;
    QList<AuditEntry> m_entries;
    bool m_complete = false;
    QString m_error;
};

} // namespace cc::ui
