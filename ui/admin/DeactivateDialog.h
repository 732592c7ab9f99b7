#pragma once

#include <accounts/User.h>

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace cc::ui {

class Session;

/// Staff departure: shows what the leaving user holds and who takes it over.
class DeactivateDialog : public QDialog {
    Q_OBJECT

public:
    DeactivateDialog(Session& session, const User& leaving, const QList<User>& staff,
                     QWidget* parent = nullptr);

private:
    void save();

    Session& m_session;
    User m_leaving;
    Holdings m_holdings;
    QComboBox* m_successor;
    QLabel* m_formError;
    QPushButton* m_save;
};

} // namespace cc::ui
