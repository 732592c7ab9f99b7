#pragma once

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QTimeEdit;

namespace cc::ui {

class Session;

/// The manager's callback rules: the days of the calls after a purchase, a visit and a
/// resolved complaint, when calls are due, how many tries, the greetings, the holidays the
/// store greets on, and the products that want servicing.
class CallbackRulesTab : public QWidget {
    Q_OBJECT

public:
    explicit CallbackRulesTab(Session& session, QWidget* parent = nullptr);

    void refresh();

private:
    void save();
    void addHoliday();
    void removeHoliday();
    void addInterval();
    void removeInterval();
    void showMessage(const QString& text, bool error);

    Session& m_session;
    QList<QSpinBox*> m_purchaseDays;
    QList<QSpinBox*> m_visitDays;
    QSpinBox* m_followupDays;
    QTimeEdit* m_callAt;
    QSpinBox* m_tries;
    QCheckBox* m_birthdays;
    QCheckBox* m_holidays;
    QTableWidget* m_holidayTable;
    QLineEdit* m_holidayName;
    QDateEdit* m_holidayDate;
    QTableWidget* m_intervalTable;
    QLineEdit* m_product;
    QSpinBox* m_intervalDays;
    QLabel* m_message;
};

} // namespace cc::ui
