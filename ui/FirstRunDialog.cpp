#include "FirstRunDialog.h"

#include "FormSupport.h"
#include "Session.h"

#include <accounts/AccountService.h>
#include <accounts/PasswordHasher.h>
#include <store/StoreService.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

FirstRunDialog::FirstRunDialog(Session& session, QWidget* parent)
    : GuardedDialog(parent)
    , m_session(session)
    , m_storeName(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_storeNameError(makeFieldError(this))
    , m_usernameError(makeFieldError(this))
    , m_passwordError(makeFieldError(this))
    , m_confirmError(makeFieldError(this))
    , m_formError(new QLabel(this))
    , m_create(new QPushButton(tr("Create store and sign in"), this))
{
    setObjectName(QStringLiteral("firstRunDialog"));
    setWindowTitle(tr("Welcome to CounterCare"));
    m_storeName->setObjectName(QStringLiteral("storeName"));
    m_username->setObjectName(QStringLiteral("adminUsername"));
    m_displayName->setObjectName(QStringLiteral("adminDisplayName"));
    m_password->setObjectName(QStringLiteral("adminPassword"));
    m_confirm->setObjectName(QStringLiteral("adminPasswordConfirm"));
    m_create->setObjectName(QStringLiteral("createStore"));
    m_formError->setObjectName(QStringLiteral("formError"));
    m_formError->setWordWrap(true);
    m_formError->hide();

    m_storeName->setPlaceholderText(tr("e.g. Wangfujing flagship store"));
    m_username->setPlaceholderText(tr("letters or digits, used to sign in"));
    m_displayName->setPlaceholderText(tr("e.g. Manager Wang"));
    m_password->setPlaceholderText(tr("at least %1 characters").arg(PasswordHasher::minLength));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);

    auto* title = new QLabel(tr("Set up your store"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto* intro = new QLabel(tr("This database is new. Name the store and create the first "
                                "manager account; the manager then adds the other staff."),
                             this);
    intro->setObjectName(QStringLiteral("pageSubtitle"));
    intro->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Store name *"), m_storeName);
    form->addRow(QString(), m_storeNameError);
    form->addRow(tr("Manager user name *"), m_username);
    form->addRow(QString(), m_usernameError);
    form->addRow(tr("Display name"), m_displayName);
    form->addRow(tr("Password *"), m_password);
    form->addRow(QString(), m_passwordError);
    form->addRow(tr("Repeat password *"), m_confirm);
    form->addRow(QString(), m_confirmError);

    auto* buttons = new QDialogButtonBox(this);
    m_create->setProperty("primary", true);
    m_create->setDefault(true);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    QPushButton* quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quit"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_formError);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(560);

    for (QLineEdit* edit : {m_storeName, m_username, m_displayName, m_password, m_confirm})
        connect(edit, &QLineEdit::textChanged, this, &FirstRunDialog::validate);
    connect(m_create, &QPushButton::clicked, this, &FirstRunDialog::create);
    connect(quit, &QPushButton::clicked, this, &FirstRunDialog::reject);
    m_create->setEnabled(false);
}

bool FirstRunDialog::hasInput() const
{
    for (const QLineEdit* edit : {m_storeName, m_username, m_displayName, m_password, m_confirm}) {
        if (!edit->text().isEmpty())
            return true;
    }
    return false;
}

// Inline, as the user types; a field shows its message only once it has been typed in.
void FirstRunDialog::validate()
{
    StoreSetup setup{m_storeName->text(), m_username->text(), m_displayName->text(),
                     m_password->text()};
    bool ok = true;
    ok &= showFieldStatus(m_storeName, m_storeNameError,
                          StoreService::validateStoreName(setup.storeName));
    ok &= showFieldStatus(m_username, m_usernameError,
                          AccountService::validateUsername(setup.adminUsername));
    ok &= showFieldStatus(m_password, m_passwordError,
                          PasswordHasher::checkPolicy(setup.adminPassword));
    ok &= showFieldStatus(m_confirm, m_confirmError,
                          confirmMatches(m_password->text(), m_confirm->text()));
    if (m_confirm->text().isEmpty())
        ok = false;
    m_create->setEnabled(ok);
}

void FirstRunDialog::create()
{
    validate();
    if (!m_create->isEnabled())
        return;
    StoreSetup setup{m_storeName->text(), m_username->text(), m_displayName->text(),
                     m_password->text()};
    Result<User> admin = m_session.services().store().initialize(setup);
    if (!admin) {
        setFieldError(m_formError, admin.error().message);
        return;
    }
    // Sign in through the normal path, so the first session is audited like any other.
    Result<User> signedIn =
        m_session.services().accounts().signIn(setup.adminUsername, setup.adminPassword);
    if (!signedIn) {
        setFieldError(m_formError, signedIn.error().message);
        return;
    }
    m_session.reloadStore();
    m_user = signedIn.value();
    accept();
}

} // namespace cc::ui
