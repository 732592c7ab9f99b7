#pragma once

#include <accounts/User.h>

#include <QWidget>

class QLabel;

namespace cc::ui {

class Session;
class SignInForm;

/// Covers the whole window while it is locked: no customer data shows through.
/// The same or another user signs in here; the pages behind keep what was typed.
class LockScreen : public QWidget {
    Q_OBJECT

public:
    explicit LockScreen(Session& session, QWidget* parent = nullptr);

    /// Prepares for `lockedUser` (pre-filled), or an empty name for "switch user".
    void prepare(const QString& lockedUser, const QString& reason);
    SignInForm* form() const { return m_form; }

Q_SIGNALS:
    void unlocked(const cc::User& user);

private:
    Session& m_session;
    QLabel* m_title;
    QLabel* m_reason;
    SignInForm* m_form;
};

} // namespace cc::ui
