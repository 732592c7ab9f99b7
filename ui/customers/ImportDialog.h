#pragma once

#include "GuardedDialog.h"

#include <customers/CustomerImport.h>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace cc::ui {

class BackgroundJob;
class JobProgress;
class Session;

/// 导入客户档案: pick a CSV, check it (every bad line listed with its number), and
/// import only a file with no bad lines. Managers only. Checking and importing run off the
/// window's thread with a progress bar and a Stop button: a large file never freezes the
/// counter, and a stopped import keeps nothing.
class ImportDialog : public GuardedDialog {
    Q_OBJECT

public:
    explicit ImportDialog(Session& session, QWidget* parent = nullptr);

    void setPath(const QString& path);
    int imported() const { return m_imported; }
    /// Closing while a check or import runs stops it first.
    void reject() override;

protected:
    bool hasInput() const override { return false; }

private:
    void browse();
    void check();
    void runImport();
    /// Runs the import (or only its check) in the background; `done` gets its answer.
    void start(bool dryRun, const QString& status,
               std::function<void(const Result<ImportReport>&)> done);
    void setRunning(bool running);
    void showCheck(const Result<ImportReport>& report);
    void showError(const QString& message);

    Session& m_session;
    QLineEdit* m_path;
    QComboBox* m_encoding;
    QLabel* m_summary;
    QListWidget* m_problems;
    QPushButton* m_browse;
    QPushButton* m_check;
    QPushButton* m_import;
    BackgroundJob* m_job;
    JobProgress* m_progress;
    bool m_closeWhenStopped = false;
    int m_imported = 0;
};

} // namespace cc::ui
