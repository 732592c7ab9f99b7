#pragma once

#include "compensation/CompensationDialog.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cc::ui {

class Session;

/// 审批: the compensation requests waiting for the signed-in supervisor or manager, oldest
/// first, each with its case, the customer's recent compensation and the amount against
/// the user's own limit; approve, reject or recommend from the keyboard.
class ApprovalsPage : public QWidget {
    Q_OBJECT

public:
    explicit ApprovalsPage(Session& session, QWidget* parent = nullptr);

    void refresh();
    /// Decides the selected request through its dialog; false when nothing was done.
    bool act(CompensationDialog::Kind kind);
    QTableWidget* table() const { return m_table; }
    int pendingCount() const { return int(m_queue.size()); }

Q_SIGNALS:
    void openComplaint(const QString& number);
    /// A request was decided: badges should refresh.
    void countsChanged();

private:
    void showDetail();
    const Compensation* current() const;

    Session& m_session;
    QList<Compensation> m_queue;
    QLabel* m_count;
    QTableWidget* m_table;
    QLabel* m_empty;
    QWidget* m_detail;
    QLabel* m_summary;
    QLabel* m_warning;
    QLabel* m_limit;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QPushButton* m_recommend;
    QPushButton* m_openCase;
};

} // namespace cc::ui
