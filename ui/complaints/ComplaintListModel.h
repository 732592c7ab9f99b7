#pragma once

#include "PagedTableModel.h"

#include <complaints/Complaint.h>

namespace cc::ui {
class Session;
}

namespace cc::ui {

/// A list of complaints read a page at a time as the view scrolls (fetchMore), never the
/// whole table, with the service-promise colours: red when late, amber when due today,
/// grey when closed.
class ComplaintListModel : public PagedTableModel<Complaint> {
    Q_OBJECT

public:
    enum class Column {
        Number,
        Customer,
        Category,
        Status,
        Severity,
        Handler,
        ReplyBy,
        ResolveBy,
        Count
    };

    /// `session` names the handlers as staff know them.
    explicit ComplaintListModel(const Session& session, QObject* parent = nullptr);

    const Complaint& complaintAt(int row) const { return rowAt(row); }
    int rowOf(const QString& number) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Late (red), due within the local day (amber) or nothing, for a due time.
    static QString dueColour(const QDateTime& dueUtc, bool late, const QDateTime& asOfUtc);

private:
    const Session& m_session;
};

} // namespace cc::ui
