#pragma once

#include "GuardedDialog.h"

#include <accounts/User.h>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cc::ui {

class Session;

/// 添加用户: a new staff account with its first password.
class UserDialog : public GuardedDialog {
    Q_OBJECT

public:
    explicit UserDialog(Session& session, QWidget* parent = nullptr);
    const User& createdUser() const { return m_created; }

protected:
    bool hasInput() const override;

private:
    void validate();
    void save();

    Session& m_session;
    QLineEdit* m_username;
    QLineEdit* m_displayName;
    QComboBox* m_role;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QLabel* m_usernameError;
    QLabel* m_passwordError;
    QLabel* m_confirmError;
    QLabel* m_formError;
    QPushButton* m_save;
    User m_created;
};

} // namespace cc::ui
