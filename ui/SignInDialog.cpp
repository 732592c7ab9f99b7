#include "SignInDialog.h"

#include "Session.h"
#include "SignInForm.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cc::ui {

SignInDialog::SignInDialog(Session& session, QWidget* parent)
    : SignInDialog(session, Mode::SignIn, parent)
{}

SignInDialog::SignInDialog(Session& session, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_form(new SignInForm(session, this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in — CounterCare"));
    auto* title = new QLabel(session.store().name, this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto* subtitle =
        new QLabel(tr("CounterCare customer service counter. Sign in to continue."), this);
    subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    subtitle->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(8);
    layout->addWidget(m_form);
    setMinimumWidth(420);

    connect(m_form, &SignInForm::signedIn, this, [this](const User& user) {
        m_user = user;
        accept();
    });
    m_form->setCollectOnly(mode == Mode::CollectOnly);
    connect(m_form, &SignInForm::credentialsGiven, this,
            [this](const QString& username, const QString& password) {
                m_username = username;
                m_password = password;
                accept();
            });
    m_form->reset();
}

} // namespace cc::ui
