#pragma once

#include <overview/CustomerFiles.h>

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace cc::ui {

class CustomerTimelineModel;
class Session;

/// The 360° file: who the customer is, what they are worth to the store, and
/// everything that happened with them as one timeline.
class CustomerView : public QWidget {
    Q_OBJECT

public:
    explicit CustomerView(Session& session, QWidget* parent = nullptr);

    void showFile(const CustomerFile& file);
    void clear();
    qint64 customerId() const { return m_file.customer.id; }

Q_SIGNALS:
    /// The file changed (a purchase or note was added): reload it.
    void changed(qint64 customerId);

private:
    void editFile();
    void addPurchase();
    void addContact();
    void arrangeCallback();

    Session& m_session;
    CustomerFile m_file;
    QStackedWidget* m_stack;
    QLabel* m_name;
    QLabel* m_badges;
    QLabel* m_warnings;
    QLabel* m_details;
    QLabel* m_profit;
    QComboBox* m_filter;
    CustomerTimelineModel* m_timeline;
    QTableView* m_table;
    QPushButton* m_edit;
    QPushButton* m_purchase;
    QPushButton* m_contact;
    QPushButton* m_callback;
};

} // namespace cc::ui
