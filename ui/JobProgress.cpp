#include "JobProgress.h"

#include "BackgroundJob.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace cc::ui {

JobProgress::JobProgress(BackgroundJob* job, QLabel* message, const QString& progressName,
                         const QString& stopName, QWidget* parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_stop(new QPushButton(tr("Stop"), this))
{
    m_bar->setObjectName(progressName);
    m_bar->setRange(0, 100);
    m_stop->setObjectName(stopName);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_stop);
    setRunning(false);

    connect(m_stop, &QPushButton::clicked, this, [this, job, message] {
        m_stop->setEnabled(false);
        message->setStyleSheet(QString()); // not the red or green of the last outcome
        message->setText(tr("Stopping…"));
        job->cancel();
    });
    connect(job, &BackgroundJob::progressed, m_bar, &QProgressBar::setValue);
}

void JobProgress::setRunning(bool running)
{
    m_bar->setValue(0);
    m_bar->setVisible(running);
    m_stop->setVisible(running);
    m_stop->setEnabled(running);
    setVisible(running);
}

} // namespace cc::ui
