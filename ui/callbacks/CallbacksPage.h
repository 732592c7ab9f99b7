#pragma once

#include "BackgroundJob.h"

#include <base/Result.h>
#include <callbacks/Callback.h>

#include <QWidget>

#include <functional>

class QButtonGroup;
class QComboBox;
class QFrame;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTableWidget;

namespace cc::ui {

class CallbackListModel;
class Session;

/// 回访: the clerk's call list for today (due today and overdue, oldest first, with the
/// phone, the reason, the file's last note and a script line), the week ahead, and for
/// supervisors everyone's workload with on-time rates.
class CallbacksPage : public QWidget {
    Q_OBJECT

public:
    enum class View { Today, Week, Team };
    /// The call outcomes the page offers, each a button with a mnemonic.
    enum class Outcome { Done, NoAnswer, Reschedule, Cancel, Assign };

    explicit CallbacksPage(Session& session, QWidget* parent = nullptr);

    void showView(View view);
    /// Today's list with this call selected and the keyboard in the list, to make it now.
    void showCall(qint64 callbackId);
    void refresh();
    /// Another user signed in: their own calls, nothing of the previous user's.
    void reset();
    /// Works the selected call; false when nothing is selected or the outcome was refused.
    bool act(Outcome outcome);

    CallbackListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

Q_SIGNALS:
    void openCustomer(qint64 customerId);
    /// A call was worked: badges should refresh.
    void countsChanged();
    /// The week or the team, read in the background, is on screen.
    void loaded();

private:
    void loadToday();
    void loadWeek();
    /// Each row of the week as tall as its tallest call, with room for the CJK font.
    void fitWeekRows();
    void loadTeam();
    /// Reads in the background, then shows on the window's thread; only the newest
    /// request is shown.
    void fetch(BackgroundJob::Work work, std::function<void()> present);
    void fillWeek(const QDate& first, const Result<QList<Callback>>& found);
    void fillTeam(const Result<QList<CallbackWorkload>>& rows);
    void showDetail();
    std::optional<qint64> whose() const;
    void fillWhose();

    Session& m_session;
    View m_view = View::Today;
    QButtonGroup* m_views;
    QComboBox* m_whose;
    QLabel* m_count;
    BackgroundJob* m_loader;
    int m_ticket = 0;
    std::function<void()> m_next; ///< the request waiting for the running read
    QStackedWidget* m_stack;
    CallbackListModel* m_model;
    QTableView* m_table;
    QLabel* m_empty;
    QFrame* m_detail;
    QLabel* m_name;
    QLabel* m_phone;
    QLabel* m_reason;
    QLabel* m_script;
    QLabel* m_notes;
    QList<QPushButton*> m_outcomes;
    QPushButton* m_assign;
    QPushButton* m_openFile;
    QTableWidget* m_week;
    QTableWidget* m_team;
};

} // namespace cc::ui
