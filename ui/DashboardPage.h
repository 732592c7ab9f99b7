#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QListWidget;

namespace cc::ui {

class Session;

/// 工作台: the signed-in user's own work first (calls due today, open cases by due time,
/// what waits on them), then the store, the database and the backups.
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

    /// The next calls of today, the open cases and what waits on the user, as listed.
    QListWidget* calls() const { return m_calls; }
    QListWidget* cases() const { return m_cases; }
    QListWidget* waiting() const { return m_waiting; }

Q_SIGNALS:
    /// Enter on a call: make it now.
    void startCall(qint64 callbackId);
    /// Enter on a case or a request waiting on the user.
    void openComplaint(const QString& number);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QLabel* addCard(int row, int column, const QString& title);
    QListWidget* addWorkList(int column, const QString& title, const QString& objectName);
    void loadWork();

    Session& m_session;
    QLabel* m_greeting;
    QGridLayout* m_work;
    QGridLayout* m_cards;
    QListWidget* m_calls;
    QListWidget* m_cases;
    QListWidget* m_waiting;
    QLabel* m_store;
    QLabel* m_user;
    QLabel* m_database;
    QLabel* m_today;
    QLabel* m_backup;
    FileCheckState m_fileCheck = FileCheckState::Quiet;
};

} // namespace cc::ui
