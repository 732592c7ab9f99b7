#pragma once

#include <QObject>
#include <QTimer>

namespace cc::ui {

/// Fires idle() when the application has had no keyboard or mouse input for the
/// configured time. Installed on the application, it sees every window's input.
class IdleWatcher : public QObject {
    Q_OBJECT

public:
    explicit IdleWatcher(QObject* parent = nullptr);

    void setTimeoutMinutes(int minutes);
    void setTimeoutMsecs(int msecs);
    void setActive(bool active);

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};

} // namespace cc::ui
