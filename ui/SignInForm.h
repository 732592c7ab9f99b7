#pragma once

#include <accounts/User.h>

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cc::ui {

class Session;

/// User name, password and a "sign in" button; shared by the sign-in dialog and the
/// lock screen. Emits signedIn() after AccountService accepted the password.
class SignInForm : public QWidget {
    Q_OBJECT

public:
    explicit SignInForm(Session& session, QWidget* parent = nullptr);

    void setUsername(const QString& username);
    /// Clears the password and the error, and puts the cursor where typing starts.
    void reset();
    /// Shows why the last sign-in was refused, under the fields.
    void showError(const QString& message);
    /// Takes the user name and password without checking them (credentialsGiven): at
    /// start-up the file is still being checked, and a sign-in writes to it.
    void setCollectOnly(bool on) { m_collectOnly = on; }

Q_SIGNALS:
    void signedIn(const cc::User& user);
    void credentialsGiven(const QString& username, const QString& password);

private:
    void submit();

    Session& m_session;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QLabel* m_error;
    QPushButton* m_submit;
    bool m_collectOnly = false;
};

} // namespace cc::ui
