#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cc::ui {

class BackgroundJob;
class JobProgress;
class Session;

/// Admin → Backups (备份): where the automatic backups go, when the last good one was
/// made, the copies in the folder, "Back up now" and restore. "Back up now" runs in the
/// background with a progress bar and Stop: a store of gigabytes takes minutes.
class BackupsTab : public QWidget {
    Q_OBJECT

public:
    explicit BackupsTab(Session& session, QWidget* parent = nullptr);

    void refresh();
    QLineEdit* folderEdit() const { return m_folder; }
    QTableWidget* table() const { return m_table; }
    QPushButton* backUpButton() const { return m_backUp; }
    QPushButton* restoreButton() const { return m_restore; }
    QLabel* message() const { return m_message; }

    /// Opens the restore dialog for a file; true when it was restored.
    bool restoreFrom(const QString& path);

Q_SIGNALS:
    /// A backup was made or the folder changed: the status bar and dashboard read again.
    void backupsChanged();
    /// The database was replaced: everyone signs in again.
    void restored();

private:
    void saveFolder();
    void backUpNow();

    Session& m_session;
    QLabel* m_status;
    QLineEdit* m_folder;
    QTableWidget* m_table;
    QPushButton* m_backUp;
    QPushButton* m_restore;
    BackgroundJob* m_job;
    QLabel* m_message;
    JobProgress* m_progress;
};

} // namespace cc::ui
