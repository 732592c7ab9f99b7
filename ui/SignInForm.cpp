#include "SignInForm.h"

#include "FormSupport.h"
#include "Session.h"

#include <accounts/AccountService.h>

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

SignInForm::SignInForm(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_submit(new QPushButton(tr("Sign in"), this))
{
    m_username->setObjectName(QStringLiteral("username"));
    m_password->setObjectName(QStringLiteral("password"));
    m_submit->setObjectName(QStringLiteral("signIn"));
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_password->setEchoMode(QLineEdit::Password);
    m_username->setPlaceholderText(tr("e.g. lina"));
    m_submit->setProperty("primary", true);
    // Enter is handled by the fields themselves; as a dialog's default button the form
    // would be submitted twice (the second time with the password already cleared).
    m_submit->setAutoDefault(false);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("User name"), m_username);
    form->addRow(tr("Password"), m_password);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_submit, 0, Qt::AlignRight);

    connect(m_submit, &QPushButton::clicked, this, &SignInForm::submit);
    connect(m_username, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(m_password, &QLineEdit::returnPressed, this, &SignInForm::submit);
}

void SignInForm::setUsername(const QString& username)
{
    m_username->setText(username);
}

void SignInForm::reset()
{
    m_password->clear();
    setFieldError(m_error, {});
    if (m_username->text().isEmpty())
        m_username->setFocus();
    else
        m_password->setFocus();
}

void SignInForm::showError(const QString& message)
{
    setFieldError(m_error, message);
    m_password->setFocus();
}

void SignInForm::submit()
{
    const QString username = m_username->text().trimmed();
    if (username.isEmpty()) {
        setFieldError(m_error, tr("Enter your user name."));
        m_username->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        setFieldError(m_error, tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    if (m_collectOnly) {
        const QString password = m_password->text();
        m_password->clear();
        setFieldError(m_error, {});
        Q_EMIT credentialsGiven(username, password);
        return;
    }
    Result<User> user = m_session.services().accounts().signIn(username, m_password->text());
    m_password->clear();
    if (!user) {
        setFieldError(m_error, user.error().message);
        m_password->setFocus();
        return;
    }
    setFieldError(m_error, {});
    Q_EMIT signedIn(user.value());
}

} // namespace cc::ui
