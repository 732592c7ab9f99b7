#pragma once

#include <Callback.h>

#include <QAbstractTableModel>

namespace cc::ui {

/// The day's calls (a few dozen per clerk, at most a few hundred for a supervisor), with
/// the due colours: red when overdue, amber when due today.
class CallbackListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum class Column { Due, Customer, Phone, Reason, Assignee, LastNote, Count };

    explicit CallbackListModel(QObject* parent = nullptr);

    void setCallbacks(const QList<Callback>& callbacks, const QDateTime& asOfUtc);
    const Callback& callbackAt(int row) const { return m_callbacks.at(row); }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "11-26 10:00", with "late" when overdue.
    static QString dueText(const Callback& callback, const QDateTime& asOfUtc);

private:
    QList<Callback> m_callbacks;
    QDateTime m_asOf;
};

} // namespace cc::ui
