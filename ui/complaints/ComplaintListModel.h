#pragma once

#include <Complaint.h>

#include <QAbstractTableModel>

#include <functional>

namespace cc::ui {

/// A list of complaints read a page at a time as the view scrolls (fetchMore), never the
/// whole table, with the service-promise colours: red when late, amber when due today,
/// grey when closed.
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

    /// Reads `limit` rows from `offset` (a core service call); empty on failure.
    using PageReader = std::function<QList<Complaint>(int offset, int limit)>;
    static constexpr int pageSize = 100;

    explicit ComplaintListModel(QObject* parent = nullptr);

    /// Starts the list over with its first page.
    void setSource(PageReader reader, const QDateTime& asOfUtc);
    const Complaint& complaintAt(int row) const { return m_complaints.at(row); }
    int rowOf(const QString& number) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    /// Late (red), due within the local day (amber) or nothing, for a due time.
    static QString dueColour(const QDateTime& dueUtc, bool late, const QDateTime& asOfUtc);

private:
    QList<Complaint> m_complaints;
    QDateTime m_asOf;
    PageReader m_reader;
    bool m_more = false;
};

} // namespace cc::ui
