#pragma once

#include <Database.h>

#include <QDialog>

class QLabel;

namespace cc::ui {

/// The start-up file check (Database::examine, which reads every page with quick_check)
/// run off the UI thread. A large store takes seconds to check: a window says so instead
/// of nothing appearing; a small one is checked before the window would even show.
class StartupCheck : public QDialog {
    Q_OBJECT

public:
    /// How long the check may take before the window appears.
    static constexpr int quietMs = 300;

    explicit StartupCheck(const QString& databasePath, QWidget* parent = nullptr);

    /// Checks the file and returns the verdict; the window shows while it takes longer
    /// than quietMs. Nothing is written to the file.
    FileCheck run();

private:
    QString m_path;
    QLabel* m_elapsed;
};

} // namespace cc::ui
