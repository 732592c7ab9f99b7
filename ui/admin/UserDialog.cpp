#include "UserDialog.h"

#include "FormSupport.h"
#include "Session.h"

#include <accounts/AccountService.h>
#include <accounts/PasswordHasher.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

UserDialog::UserDialog(Session& session, QWidget* parent)
    : GuardedDialog(parent)
    , m_session(session)
    , m_username(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_usernameError(makeFieldError(this))
    , m_passwordError(makeFieldError(this))
    , m_confirmError(makeFieldError(this))
    , m_formError(new QLabel(this))
    , m_save(new QPushButton(tr("Add user"), this))
{
    setObjectName(QStringLiteral("userDialog"));
    setWindowTitle(tr("Add user"));
    m_username->setObjectName(QStringLiteral("username"));
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_role->setObjectName(QStringLiteral("role"));
    m_password->setObjectName(QStringLiteral("password"));
    m_confirm->setObjectName(QStringLiteral("passwordConfirm"));
    m_save->setObjectName(QStringLiteral("save"));
    m_formError->setObjectName(QStringLiteral("formError"));
    m_formError->setWordWrap(true);
    m_formError->hide();

    for (Role role : Roles::all())
        m_role->addItem(Roles::displayName(role), Roles::key(role));
    m_username->setPlaceholderText(tr("used to sign in, e.g. lina"));
    m_displayName->setPlaceholderText(tr("shown on cases, e.g. 李娜"));
    m_password->setPlaceholderText(tr("at least %1 characters").arg(PasswordHasher::minLength));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("User name *"), m_username);
    form->addRow(QString(), m_usernameError);
    form->addRow(tr("Display name"), m_displayName);
    form->addRow(tr("Role *"), m_role);
    form->addRow(tr("Password *"), m_password);
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
    setMinimumWidth(480);

    for (QLineEdit* edit : {m_username, m_displayName, m_password, m_confirm})
        connect(edit, &QLineEdit::textChanged, this, &UserDialog::validate);
    connect(m_save, &QPushButton::clicked, this, &UserDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserDialog::reject);
    m_save->setEnabled(false);
}

bool UserDialog::hasInput() const
{
    return !m_username->text().isEmpty() || !m_displayName->text().isEmpty() ||
           !m_password->text().isEmpty();
}

void UserDialog::validate()
{
    bool ok = true;
    ok &= showFieldStatus(m_username, m_usernameError,
                          AccountService::validateUsername(m_username->text()));
    ok &= showFieldStatus(m_password, m_passwordError,
                          PasswordHasher::checkPolicy(m_password->text()));
    ok &= showFieldStatus(m_confirm, m_confirmError,
                          confirmMatches(m_password->text(), m_confirm->text()));
    m_save->setEnabled(ok && !m_confirm->text().isEmpty());
}

void UserDialog::save()
{
    const Role role = Roles::fromKey(m_role->currentData().toString()).value_or(Role::Clerk);
    Result<User> created =
        m_session.services().accounts().addUser(m_session.user().actor(), m_username->text(),
                                                m_displayName->text(), role, m_password->text());
    if (!created) {
        setFieldError(m_formError, created.error().message);
        return;
    }
    m_created = created.value();
    accept();
}

} // namespace cc::ui
