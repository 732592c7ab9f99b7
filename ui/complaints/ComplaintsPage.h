#pragma once

#include <QWidget>

class QButtonGroup;
class QLabel;
class QStackedWidget;
class QTableView;

namespace cc::ui {

class ComplaintForm;
class ComplaintListModel;
class ComplaintView;
class Session;

/// 投诉: the lists (my cases, all open, due today, overdue, recent), the case view and
/// the intake form, one at a time so each has the whole width of a 1366×768 screen.
class ComplaintsPage : public QWidget {
    Q_OBJECT

public:
    enum class List { Mine, Open, DueToday, Overdue, Recent };

    explicit ComplaintsPage(Session& session, QWidget* parent = nullptr);

    void showList(List list);
    /// Ctrl+N: the intake form, for the customer on screen if any.
    void newComplaint(qint64 customerId = 0);
    /// Opens a case by number (a scanned receipt QR code); false when there is none.
    bool openComplaint(const QString& number);
    void refresh();
    /// Another user signed in: back to the list, nothing of the previous user on screen.
    void reset();
    /// Keeps the intake form's draft now (before the lock or quit).
    void keepDraft();
    bool isShowingForm() const;

    ComplaintListModel* model() const { return m_model; }
    ComplaintView* view() const { return m_view; }
    ComplaintForm* form() const { return m_form; }

Q_SIGNALS:
    void openCustomer(qint64 customerId);
    /// Counts changed (a case moved): badges should refresh.
    void countsChanged();

private:
    void load();
    /// "100 cases shown; more as you scroll", "37 cases", or why the list could not be read.
    void updateCount();
    void openRow(int row);

    Session& m_session;
    List m_list = List::Mine;
    QStackedWidget* m_stack;
    QWidget* m_listPage;
    QButtonGroup* m_lists;
    ComplaintListModel* m_model;
    QTableView* m_table;
    QLabel* m_count;
    QLabel* m_empty;
    QString m_loadError;
    ComplaintView* m_view;
    ComplaintForm* m_form;
};

} // namespace cc::ui
