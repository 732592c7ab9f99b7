#include "LockScreen.h"

#include "Session.h"
#include "SignInForm.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace cc::ui {

LockScreen::LockScreen(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_form(new SignInForm(session, this))
{
    setObjectName(QStringLiteral("lockScreen"));
    setAttribute(Qt::WA_StyledBackground, true);
    m_title->setObjectName(QStringLiteral("lockTitle"));
    m_reason->setObjectName(QStringLiteral("lockSubtitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_reason->setAlignment(Qt::AlignCenter);
    m_reason->setWordWrap(true);

    auto* card = new QFrame(this);
    card->setObjectName(QStringLiteral("signInCard"));
    card->setFixedWidth(400);
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 20, 24, 20);
    cardLayout->addWidget(m_form);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_title);
    layout->addWidget(m_reason);
    layout->addSpacing(18);
    layout->addWidget(card, 0, Qt::AlignHCenter);
    layout->addStretch(3);

    connect(m_form, &SignInForm::signedIn, this, &LockScreen::unlocked);
}

void LockScreen::prepare(const QString& lockedUser, const QString& reason)
{
    m_title->setText(m_session.store().name);
    m_reason->setText(reason);
    m_form->setUsername(lockedUser);
    m_form->reset();
}

} // namespace cc::ui
