#pragma once

#include <backup/AutoBackup.h>

#include <QDialog>

#include <optional>

class QProgressBar;
class QTimer;

namespace cc {
class Clock;
}

namespace cc::ui {

/// The backup made on every exit, on its own connection. A store of gigabytes takes
/// minutes: a window says the counter is backing up before it closes, with a bar and a
/// button to skip it this once (nothing is written then). A small store is backed up
/// before the window would even show.
class ExitBackup : public QDialog {
    Q_OBJECT

public:
    /// How long the backup may take before the window appears.
    static constexpr int quietMs = 300;

    ExitBackup(const QString& databasePath, const Clock& clock, QWidget* parent = nullptr);

    /// Makes the exit backup and returns its answer: a refusal with ErrorCode::Conflict
    /// when it was skipped.
    Result<std::optional<BackupManifest>> run(int showAfterMs = quietMs);
    /// Esc skips the backup, as the button does; the window closes when it has stopped.
    void reject() override;
    /// The computer is shutting down: a backup not done within `ms` is given up (nothing is
    /// written) and left to the next start. Before run() or during it.
    void hurry(int ms);
    /// Whether the last run was given up for want of time (not skipped by the user).
    bool gaveUp() const { return m_gaveUp; }

private:
    QString m_path;
    const Clock& m_clock;
    QProgressBar* m_progress;
    QTimer* m_deadline;
    bool m_gaveUp = false;
};

} // namespace cc::ui
