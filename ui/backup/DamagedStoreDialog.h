#pragma once

#include <storage/OpenOptions.h>

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cc {
class Clock;
}

namespace cc::ui {

/// The start screen when the database cannot be used (damaged, or not ours): what is
/// wrong, the backups found with their dates, and the way out: restore the newest good
/// one (with a manager's password of that backup), or open the file read-only to rescue
/// what can be read. Nothing here writes to the damaged file.
class DamagedStoreDialog : public QDialog {
    Q_OBJECT

public:
    enum class Choice { Quit, Restored, ReadOnly };

    DamagedStoreDialog(const QString& databasePath, const FileCheck& check, const Clock& clock,
                       QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    /// After a restore: where the damaged file was moved.
    QString damagedCopy() const { return m_damagedCopy; }
    QString restoredFrom() const { return m_restoredFrom; }

    QTableWidget* table() const { return m_table; }
    QLineEdit* username() const { return m_username; }
    QLineEdit* password() const { return m_password; }
    QPushButton* restoreButton() const { return m_restore; }
    QPushButton* readOnlyButton() const { return m_readOnly; }
    QLabel* message() const { return m_message; }

private:
    void restore(const QString& backup);

    QString m_path;
    const Clock& m_clock;
    QTableWidget* m_table;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QPushButton* m_restore;
    QPushButton* m_readOnly;
    QLabel* m_message;
    Choice m_choice = Choice::Quit;
    QString m_damagedCopy;
    QString m_restoredFrom;
};

} // namespace cc::ui
