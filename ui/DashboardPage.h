#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;

namespace cc::ui {

class Session;

/// 工作台: who is signed in, the store, and the state of its database.
class DashboardPage : public QWidget {
    Q_OBJECT

public:
    explicit DashboardPage(Session& session, QWidget* parent = nullptr);

    /// Reads everything again (F5, user switch).
    void refresh();

    /// What today's whole-file check, run behind the counter, says so far.
    enum class FileCheckState { Quiet, Checking, Damaged };
    /// Shown on the database card.
    void setFileCheckState(FileCheckState state);

private:
    QLabel* addCard(int row, int column, const QString& title);

    Session& m_session;
    QLabel* m_greeting;
    QGridLayout* m_cards;
    QLabel* m_store;
    QLabel* m_user;
    QLabel* m_database;
    QLabel* m_today;
    QLabel* m_backup;
    FileCheckState m_fileCheck = FileCheckState::Quiet;
};

} // namespace cc::ui
