#pragma once

#include "PagedTableModel.h"

#include <callbacks/Callback.h>

namespace cc::ui {

/// The day's calls, read a page at a time (a supervisor's "everyone" on a large store can
/// run to thousands), with the due colours: red when overdue, amber when due today.
class CallbackListModel : public PagedTableModel<Callback> {
    Q_OBJECT

public:
    enum class Column { Due, Customer, Phone, Reason, Assignee, LastNote, Count };

    explicit CallbackListModel(QObject* parent = nullptr);

    const Callback& callbackAt(int row) const { return rowAt(row); }
    int rowOf(qint64 id) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "11-26 10:00", with "late" when overdue.
    static QString dueText(const Callback& callback, const QDateTime& asOfUtc);
};

} // namespace cc::ui
