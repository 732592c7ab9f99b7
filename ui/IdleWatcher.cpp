#include "IdleWatcher.h"

#include <QEvent>

namespace cc::ui {

IdleWatcher::IdleWatcher(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
}

void IdleWatcher::setTimeoutMinutes(int minutes)
{
    setTimeoutMsecs(minutes * 60 * 1000);
}

void IdleWatcher::setTimeoutMsecs(int msecs)
{
    m_timer.setInterval(msecs);
    if (m_timer.isActive())
        m_timer.start();
}

void IdleWatcher::setActive(bool active)
{
    if (active)
        m_timer.start();
    else
        m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer.isActive())
            m_timer.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cc::ui
