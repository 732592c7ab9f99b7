#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace cc::ui {

class AuditLogModel;
class Session;

/// The audit log for managers: filter by user, date and kind; verify the chain; export.
class AuditTab : public QWidget {
    Q_OBJECT

public:
    explicit AuditTab(Session& session, QWidget* parent = nullptr);

    void refresh();

private:
    void applyFilter();
    void verifyChain();
    void exportCsv();

    Session& m_session;
    AuditLogModel* m_model;
    QComboBox* m_user;
    QComboBox* m_kind;
    QCheckBox* m_useDates;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTableView* m_table;
    QLabel* m_status;
};

} // namespace cc::ui
