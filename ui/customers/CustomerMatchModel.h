#pragma once

#include <customers/Customer.h>

#include <QAbstractTableModel>

namespace cc::ui {

/// Search results, best match first. A search returns at most a page of rows.
class CustomerMatchModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum class Column { FileNo, Name, Phones, Tier, Count };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit CustomerMatchModel(QObject* parent = nullptr);

    void setMatches(const QList<CustomerMatch>& matches);
    const CustomerMatch* matchAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<CustomerMatch> m_matches;
};

} // namespace cc::ui
