#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace cc::ui {

class BackgroundJob;

/// The bar and Stop of long work (a report, a backup, an import): shown only while `job`
/// runs. Stop asks the job to stop at its next progress report and says so in `message`.
class JobProgress : public QWidget {
    Q_OBJECT

public:
    /// `progressName` and `stopName` are the bar's and the button's object names.
    JobProgress(BackgroundJob* job, QLabel* message, const QString& progressName,
                const QString& stopName, QWidget* parent);

    /// Shows the bar (from 0) and an enabled Stop, or hides both.
    void setRunning(bool running);
    QProgressBar* bar() const { return m_bar; }
    QPushButton* stopButton() const { return m_stop; }

private:
    QProgressBar* m_bar;
    QPushButton* m_stop;
};

} // namespace cc::ui
