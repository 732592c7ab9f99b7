#pragma once

#include <overview/CustomerFiles.h>

#include <QAbstractTableModel>

namespace cc::ui {

class Session;

/// One customer's story as one list, newest first: purchases and conversations (and, as
/// they arrive, complaints, compensation and callbacks).
class CustomerTimelineModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum class Column { When, Kind, What, Amount, By, Count };
    enum class Filter { All, Purchases, Contacts, Complaints };

    /// `session` names the staff as they know each other.
    explicit CustomerTimelineModel(const Session& session, QObject* parent = nullptr);

    void setFile(const CustomerFile& file);
    void setFilter(Filter filter);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QDateTime when;
        bool dateOnly = false;
        Filter kind = Filter::All;
        QString kindText;
        QString what;
        QString amount;
        QString by;
    };
    void rebuild();

    const Session& m_session;

    CustomerFile m_file;
    Filter m_filter = Filter::All;
    QList<Row> m_rows;
};

} // namespace cc::ui
