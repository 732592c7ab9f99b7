#pragma once

#include "GuardedDialog.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace cc::ui {

class Session;

/// A new password for `username`: one's own, or a reset by a manager.
class PasswordDialog : public GuardedDialog {
    Q_OBJECT

public:
    PasswordDialog(Session& session, const QString& username, QWidget* parent = nullptr);

protected:
    bool hasInput() const override;

private:
    void validate();
    void save();

    Session& m_session;
    QString m_username;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QLabel* m_passwordError;
    QLabel* m_confirmError;
    QLabel* m_formError;
    QPushButton* m_save;
};

} // namespace cc::ui
