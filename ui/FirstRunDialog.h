#pragma once

#include <accounts/User.h>

#include "GuardedDialog.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace cc::ui {

class Session;

/// First start on an empty database: names the store and creates its first manager
/// with the same core call as `countercare-cli init`.
class FirstRunDialog : public GuardedDialog {
    Q_OBJECT

public:
    explicit FirstRunDialog(Session& session, QWidget* parent = nullptr);

    /// The manager who was created (and signed in), once accepted.
    const User& user() const { return m_user; }

protected:
    bool hasInput() const override;

private:
    void validate();
    void create();

    Session& m_session;
    QLineEdit* m_storeName;
    QLineEdit* m_username;
    QLineEdit* m_displayName;
    QLineEdit* m_password;
    QLineEdit* m_confirm;
    QLabel* m_storeNameError;
    QLabel* m_usernameError;
    QLabel* m_passwordError;
    QLabel* m_confirmError;
    QLabel* m_formError;
    QPushButton* m_create;
    User m_user;
};

} // namespace cc::ui
