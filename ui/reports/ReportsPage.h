#pragma once

#include <QWidget>

class QDateEdit;
class QLabel;
class QTabWidget;
class QTableWidget;

namespace cc {
struct ChurnReport;
struct MonthlyReport;
} // namespace cc

namespace cc::ui {

class ReportRun;
class Session;

/// 报表: the monthly complaint statistics (客户月投诉统计表) and customer churn (客户流失率)
/// for supervisors and managers. Each report is read on its own connection in the
/// background, with a bar and Stop: on a chain store's file it takes a moment.
class ReportsPage : public QWidget {
    Q_OBJECT

public:
    explicit ReportsPage(Session& session, QWidget* parent = nullptr);

    /// Shown in the navigation: the first time, this month's report is read.
    void showFirstTime();
    /// F5: reads the report of the open tab again.
    void refresh();
    /// Another user signed in: nothing of the previous user's reports stays on screen.
    void reset();
    /// Reads the monthly report of the month in the month field.
    void showMonthly();
    /// Reads the churn report of the period in the date fields.
    void showChurn();

    QTabWidget* tabs() const { return m_tabs; }
    /// The value of one of the report's figures (monthlyTotal, churnLost, ...).
    QLabel* figure(const QString& name) const;

private:
    QWidget* buildMonthly();
    QWidget* buildChurn();
    void fillMonthly(const MonthlyReport& report);
    void fillChurn(const ChurnReport& report);

    Session& m_session;
    QTabWidget* m_tabs;
    bool m_shown = false;
    int m_generation = 0; ///< a report read for an earlier sign-in is dropped

    QDateEdit* m_month = nullptr;
    ReportRun* m_monthlyRun = nullptr;
    QLabel* m_monthlyTitle = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_onTime = nullptr;
    QLabel* m_satisfaction = nullptr;
    QLabel* m_granted = nullptr;
    QTableWidget* m_byCategory = nullptr;
    QTableWidget* m_bySeverity = nullptr;
    QTableWidget* m_byChannel = nullptr;
    QTableWidget* m_byStatus = nullptr;

    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    ReportRun* m_churnRun = nullptr;
    QLabel* m_churnTitle = nullptr;
    QLabel* m_onFile = nullptr;
    QLabel* m_lost = nullptr;
    QLabel* m_absolute = nullptr;
    QLabel* m_relative = nullptr;
    QLabel* m_wonBack = nullptr;
    QLabel* m_lostPurchases = nullptr;
    QTableWidget* m_reasons = nullptr;
};

} // namespace cc::ui
