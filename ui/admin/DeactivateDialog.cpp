#include "DeactivateDialog.h"

#include "FormSupport.h"
#include "Session.h"

#include <accounts/AccountService.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

DeactivateDialog::DeactivateDialog(Session& session, const User& leaving, const QList<User>& staff,
                                   QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_leaving(leaving)
    , m_successor(new QComboBox(this))
    , m_formError(new QLabel(this))
    , m_save(new QPushButton(tr("Deactivate %1").arg(leaving.displayName), this))
{
    setObjectName(QStringLiteral("deactivateDialog"));
    setWindowTitle(tr("Staff departure"));
    m_successor->setObjectName(QStringLiteral("successor"));
    m_save->setObjectName(QStringLiteral("save"));
    m_formError->setObjectName(QStringLiteral("formError"));
    m_formError->setWordWrap(true);
    m_formError->hide();

    Result<Holdings> held =
        session.services().accounts().holdingsOf(session.user().actor(), leaving.username);
    if (held)
        m_holdings = held.value();

    auto* explanation = new QLabel(this);
    explanation->setWordWrap(true);
    explanation->setText(
        tr("%1 will no longer be able to sign in. Everything they hold is handed over to a "
           "colleague first, so no customer is left without someone in charge.")
            .arg(leaving.displayName));
    auto* holdings = new QLabel(this);
    holdings->setObjectName(QStringLiteral("holdings"));
    holdings->setWordWrap(true);
    holdings->setText(tr("Holds %1 customer files, %2 open complaints and %3 pending callbacks.")
                          .arg(m_holdings.customerFiles)
                          .arg(m_holdings.openComplaints)
                          .arg(m_holdings.pendingCallbacks));

    if (m_holdings.total() == 0)
        m_successor->addItem(tr("Nobody (nothing to hand over)"), QString());
    for (const User& user : staff) {
        if (user.active && user.id != leaving.id)
            m_successor->addItem(QStringLiteral("%1 (%2)").arg(user.displayName, user.username),
                                 user.username);
    }

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Hand over to"), m_successor);

    auto* buttons = new QDialogButtonBox(this);
    m_save->setProperty("primary", true);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(explanation);
    layout->addWidget(holdings);
    layout->addLayout(form);
    layout->addWidget(m_formError);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    connect(m_save, &QPushButton::clicked, this, &DeactivateDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeactivateDialog::reject);
}

void DeactivateDialog::save()
{
    Status done = m_session.services().accounts().deactivate(
        m_session.user().actor(), m_leaving.username, m_successor->currentData().toString());
    if (!done) {
        setFieldError(m_formError, done.error().message);
        return;
    }
    accept();
}

} // namespace cc::ui
