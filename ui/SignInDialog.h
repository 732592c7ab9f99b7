#pragma once

#include <accounts/User.h>

#include <QDialog>

namespace cc::ui {

class Session;
class SignInForm;

/// The sign-in window shown on start when the store already exists.
class SignInDialog : public QDialog {
    Q_OBJECT

public:
    /// `CollectOnly`: the store is still being checked; the dialog takes the user name and
    /// password and closes, and the caller signs in once the check has passed.
    enum class Mode { SignIn, CollectOnly };

    explicit SignInDialog(Session& session, QWidget* parent = nullptr);
    SignInDialog(Session& session, Mode mode, QWidget* parent = nullptr);

    /// The user who signed in, once accepted.
    const User& user() const { return m_user; }
    SignInForm* form() const { return m_form; }
    /// What was typed, once accepted in CollectOnly mode.
    const QString& username() const { return m_username; }
    const QString& password() const { return m_password; }

private:
    SignInForm* m_form;
    User m_user;
    QString m_username;
    QString m_password;
};

} // namespace cc::ui
