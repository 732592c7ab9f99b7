#include "ContactDialog.h"

#include "FormSupport.h"
#include "Session.h"

#include <customers/CustomerService.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

ContactDialog::ContactDialog(Session& session, qint64 customerId, QWidget* parent)
    : GuardedDialog(parent)
    , m_session(session)
    , m_customerId(customerId)
    , m_channel(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_formError(new QLabel(this))
{
    setObjectName(QStringLiteral("contactDialog"));
    setWindowTitle(tr("Record a conversation"));
    m_channel->setObjectName(QStringLiteral("channel"));
    m_note->setObjectName(QStringLiteral("note"));
    m_formError->setObjectName(QStringLiteral("formError"));
    m_formError->setWordWrap(true);
    m_formError->hide();
    for (ContactChannel channel : CustomerKeys::all<ContactChannel>())
        m_channel->addItem(CustomerKeys::displayName(channel), static_cast<int>(channel));
    m_channel->setCurrentIndex(m_channel->findData(static_cast<int>(ContactChannel::Visit)));
    m_note->setPlaceholderText(tr("What did the customer ask, and what did you answer?"));
    m_note->setTabChangesFocus(true);

    QDialogButtonBox* buttons = saveButtons(tr("Record conversation"), [this] { save(); });

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Channel"), m_channel);
    form->addRow(tr("Note *"), m_note);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->addLayout(form);
    layout->addWidget(m_formError);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    m_note->setFocus();
}

bool ContactDialog::hasInput() const
{
    return !m_note->toPlainText().trimmed().isEmpty();
}

void ContactDialog::save()
{
    Result<ContactEntry> added = m_session.services().customers().addContact(
        m_session.user().actor(), m_customerId,
        static_cast<ContactChannel>(m_channel->currentData().toInt()), m_note->toPlainText());
    if (!added) {
        setFieldError(m_formError, added.error().message);
        return;
    }
    accept();
}

} // namespace cc::ui
