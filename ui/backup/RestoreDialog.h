#pragma once

#include <backup/BackupService.h>

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;

namespace cc::ui {

class Session;

/// Confirms a restore: what the backup holds (when made, schema, row counts) and what is
/// lost (everything entered after it). The copy is verified before anything is offered;
/// the restore itself keeps a safety copy of the current database first.
class RestoreDialog : public QDialog {
    Q_OBJECT

public:
    RestoreDialog(Session& session, const QString& backupPath, QWidget* parent = nullptr);

    /// Where the database as it was went, after a restore.
    QString safetyCopy() const { return m_safetyCopy; }
    QCheckBox* understood() const { return m_understood; }
    /// Shown only for a copy without its manifest: restoring it is a choice of its own.
    QCheckBox* unverified() const { return m_unverified; }
    QPushButton* restoreButton() const { return m_restore; }
    QLabel* message() const { return m_message; }

private:
    void restore();

    Session& m_session;
    QString m_path;
    QCheckBox* m_understood;
    QCheckBox* m_unverified;
    QPushButton* m_restore;
    QLabel* m_message;
    QString m_safetyCopy;
};

} // namespace cc::ui
