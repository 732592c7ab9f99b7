#pragma once

#include <Complaint.h>

#include <QAbstractTableModel>

namespace cc::ui {

/// One page of complaints (a list of at most a few hundred open cases), with the
/// service-promise colours: red when late, amber when due today, grey when closed.
class ComplaintListModel : public QAbstractTableModel {
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

    explicit ComplaintListModel(QObject* parent = nullptr);

    void setComplaints(const QList<Complaint>& complaints, const QDateTime& asOfUtc);
    const Complaint& complaintAt(int row) const { return m_complaints.at(row); }
    int rowOf(const QString& number) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Late (red), due within the local day (amber) or nothing, for a due time.
    static QString dueColour(const QDateTime& dueUtc, bool late, const QDateTime& asOfUtc);

private:
    QList<Complaint> m_complaints;
    QDateTime m_asOf;
};

} // namespace cc::ui
