#pragma once

#include <User.h>

#include <QDialog>

namespace cc::ui {

class Session;
class SignInForm;

/// The sign-in window shown on start when the store already exists.
class SignInDialog : public QDialog {
    Q_OBJECT

public:
    explicit SignInDialog(Session& session, QWidget* parent = nullptr);

    /// The user who signed in, once accepted.
    const User& user() const { return m_user; }
    SignInForm* form() const { return m_form; }

private:
    SignInForm* m_form;
    User m_user;
};

} // namespace cc::ui
