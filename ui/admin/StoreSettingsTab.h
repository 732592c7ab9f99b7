#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace cc::ui {

class Session;

/// Store-wide rules the manager sets: the idle lock and the customer tiers by profit.
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
    QLineEdit* m_silver;
    QLineEdit* m_gold;
    QLineEdit* m_vip;
    QLineEdit* m_storeName;
    QLineEdit* m_hotline;
    QSpinBox* m_replyHours;
    QSpinBox* m_resolveDays;
    QLineEdit* m_majorAmount;
    QLabel* m_message;
};

} // namespace cc::ui
