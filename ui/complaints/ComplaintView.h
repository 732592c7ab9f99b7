#pragma once

#include <complaints/Complaint.h>

#include <QWidget>

class QAction;
class QCheckBox;
class QGridLayout;
class QLabel;
class QMenu;
class QPushButton;
class QTableWidget;

namespace cc::print {
class Slip;
}

namespace cc::ui {

class Session;

/// One case: what the customer said and wants, the promise clock in colour, the items
/// kept, the five clears, the timeline, and the moves the case allows right now.
class ComplaintView : public QWidget {
    Q_OBJECT

public:
    explicit ComplaintView(Session& session, QWidget* parent = nullptr);

    void showComplaint(const Complaint& complaint);
    /// Reads the case again (after a move made elsewhere).
    void reload();
    void clear();
    const Complaint& complaint() const { return m_complaint; }
    /// Ctrl+P: the customer's slip on the printer (A5 or the 80 mm roll).
    void printReceipt();
    /// Prints the customer's slip of a decided compensation request.
    void printCompensationSlip(qint64 compensationId);

Q_SIGNALS:
    /// The case changed: lists showing it should refresh.
    void changed(const QString& number);
    void openCustomer(qint64 customerId);

private:
    void printSlip(const print::Slip& slip, const QString& documentName);
    void updateActions();
    void start();
    void close();
    void returnCustody();
    void runDialog(int kind);
    void toggleCheck(int index, bool done);
    void saveReceiptPdf();
    /// Shows the case as `result` left it, or why not; `what` names the action for the
    /// audit log when core refused it for lack of authority.
    void applied(const Result<Complaint>& result, const QString& what = {});

    Session& m_session;
    Complaint m_complaint;
    QLabel* m_title;
    QLabel* m_chips;
    QLabel* m_details;
    QLabel* m_description;
    QLabel* m_promise;
    QLabel* m_message;
    QList<QCheckBox*> m_checks;
    QTableWidget* m_timeline;
    QPushButton* m_start;
    QPushButton* m_note;
    QPushButton* m_custody;
    QPushButton* m_returned;
    QPushButton* m_escalate;
    QPushButton* m_raise;
    QPushButton* m_compensate;
    QMenu* m_printMenu = nullptr;
    QList<QAction*> m_compensationActions;
    QPushButton* m_assign;
    QPushButton* m_resolve;
    QPushButton* m_close;
    QPushButton* m_closeWithout;
    QPushButton* m_reopen;
    QPushButton* m_cancel;
    QPushButton* m_print;
    QPushButton* m_customer;
    QGridLayout* m_actions;
    QList<QPushButton*> m_actionButtons;
};

} // namespace cc::ui
