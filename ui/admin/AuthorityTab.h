#pragma once

#include <compensation/Compensation.h>

#include <QWidget>

class QLabel;
class QTableWidget;

namespace cc::ui {

class Session;

/// The manager's editor of the authority table (权限核决表): per kind of compensation, the
/// most a clerk, a supervisor and a manager may grant alone. An empty cell means no limit.
class AuthorityTab : public QWidget {
    Q_OBJECT

public:
    explicit AuthorityTab(Session& session, QWidget* parent = nullptr);

    void refresh();
    QTableWidget* table() const { return m_table; }

private:
    void save();

    Session& m_session;
    AuthorityTable m_shown;
    QTableWidget* m_table;
    QLabel* m_version;
    QLabel* m_message;
};

} // namespace cc::ui
