#pragma once

#include <QWidget>

class QLabel;
class QSpinBox;

namespace cc::ui {

class Session;

/// Store-wide rules the manager sets. For now: how long the counter waits before locking.
class StoreSettingsTab : public QWidget {
    Q_OBJECT

public:
    explicit StoreSettingsTab(Session& session, QWidget* parent = nullptr);

    void refresh();

Q_SIGNALS:
    void idleTimeoutChanged();

private:
    void save();

    Session& m_session;
    QSpinBox* m_idleMinutes;
    QLabel* m_message;
};

} // namespace cc::ui
