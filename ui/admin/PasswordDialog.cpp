#include "PasswordDialog.h"

#include "FormSupport.h"
#include "Session.h"

#include <accounts/AccountService.h>
#include <accounts/PasswordHasher.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

PasswordDialog::PasswordDialog(Session& session, const QString& username, QWidget* parent)
    : GuardedDialog(parent)
    , m_session(session)
    , m_username(username)
    , m_password(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_passwordError(makeFieldError(this))
    , m_confirmError(makeFieldError(this))
    , m_formError(new QLabel(this))
    , m_save(new QPushButton(tr("Set password"), this))
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("New password for %1").arg(username));
    m_password->setObjectName(QStringLiteral("password"));
    m_confirm->setObjectName(QStringLiteral("passwordConfirm"));
    m_save->setObjectName(QStringLiteral("save"));
    m_formError->setObjectName(QStringLiteral("formError"));
    m_formError->setWordWrap(true);
    m_formError->hide();
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("at least %1 characters").arg(PasswordHasher::minLength));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("New password *"), m_password);
    form->addRow(QString(), m_passwordError);
    form->addRow(tr("Repeat password *"), m_confirm);
    form->addRow(QString(), m_confirmError);

    auto* buttons = new QDialogButtonBox(this);
    m_save->setProperty("primary", true);
    m_save->setDefault(true);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->addLayout(form);
    layout->addWidget(m_formError);
    layout->addWidget(buttons);
    setMinimumWidth(440);

    connect(m_password, &QLineEdit::textChanged, this, &PasswordDialog::validate);
    connect(m_confirm, &QLineEdit::textChanged, this, &PasswordDialog::validate);
    connect(m_save, &QPushButton::clicked, this, &PasswordDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);
    m_save->setEnabled(false);
}

bool PasswordDialog::hasInput() const
{
    return !m_password->text().isEmpty();
}

void PasswordDialog::validate()
{
    bool ok = showFieldStatus(m_password, m_passwordError,
                              PasswordHasher::checkPolicy(m_password->text()));
    ok &= showFieldStatus(m_confirm, m_confirmError,
                          confirmMatches(m_password->text(), m_confirm->text()));
    m_save->setEnabled(ok && !m_confirm->text().isEmpty());
}

void PasswordDialog::save()
{
    Status changed = m_session.services().accounts().changePassword(m_session.user().actor(),
                                                                    m_username, m_password->text());
    if (!changed) {
        setFieldError(m_formError, changed.error().message);
        return;
    }
    accept();
}

} // namespace cc::ui
