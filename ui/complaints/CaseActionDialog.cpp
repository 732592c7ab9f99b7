#include "CaseActionDialog.h"

#include "FormSupport.h"
#include "Session.h"

#include <accounts/AccountService.h>
#include <complaints/ComplaintService.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

namespace {

/// The action as the audit log names it: the CLI's words for it.
QString actionWords(CaseActionDialog::Kind kind)
{
    switch (kind) {
    case CaseActionDialog::Kind::Note:
        return QStringLiteral("complaint note");
    case CaseActionDialog::Kind::Escalate:
    case CaseActionDialog::Kind::Raise:
        return QStringLiteral("complaint escalate");
    case CaseActionDialog::Kind::Resolve:
        return QStringLiteral("complaint resolve");
    case CaseActionDialog::Kind::Reopen:
        return QStringLiteral("complaint reopen");
    case CaseActionDialog::Kind::Cancel:
        return QStringLiteral("complaint cancel");
    case CaseActionDialog::Kind::Assign:
        return QStringLiteral("complaint assign");
    case CaseActionDialog::Kind::Custody:
        return QStringLiteral("complaint custody");
    case CaseActionDialog::Kind::CloseWithoutCallback:
        return QStringLiteral("complaint close");
    }
    return QStringLiteral("complaint");
}

} // namespace

CaseActionDialog::CaseActionDialog(Session& session, Kind kind, const Complaint& complaint,
                                   QWidget* parent)
    : GuardedDialog(parent)
    , m_session(session)
    , m_kind(kind)
    , m_complaint(complaint)
    , m_formError(makeFieldError(this))
{
    setObjectName(QStringLiteral("caseActionDialog"));
    m_formError->setObjectName(QStringLiteral("formError"));
    QString title;
    QString label;
    QString button;
    QString placeholder;
    switch (kind) {
    case Kind::Note:
        title = tr("Add a note");
        label = tr("Note *");
        button = tr("Add note");
        placeholder = tr("What happened, who said what, what comes next.");
        break;
    case Kind::Escalate:
        title = tr("Report the major case");
        label = tr("Who was told *");
        button = tr("Record the report");
        placeholder = tr("e.g. Told the store manager by phone at 10:30; head office by e-mail.");
        break;
    case Kind::Raise:
        title = tr("Raise to major");
        label = tr("Why it is major *");
        button = tr("Raise to major");
        placeholder = tr("e.g. The customer says she will go to the newspaper.");
        break;
    case Kind::Resolve:
        title = tr("Resolve the case");
        label = tr("Resolution *");
        button = tr("Resolve");
        placeholder = tr("What was done for the customer.");
        break;
    case Kind::Reopen:
        title = tr("Reopen the case");
        label = tr("Reason *");
        button = tr("Reopen");
        placeholder = tr("Why the case is not settled after all.");
        break;
    case Kind::Cancel:
        title = tr("Cancel the complaint");
        label = tr("Reason *");
        button = tr("Cancel the complaint");
        placeholder = tr("e.g. The customer withdrew it at the counter.");
        break;
    case Kind::Assign:
        title = tr("Assign the case");
        label = tr("Handler *");
        button = tr("Assign");
        break;
    case Kind::Custody:
        title = tr("Keep an item for the case");
        label = tr("Item *");
        button = tr("Record the item");
        break;
    case Kind::CloseWithoutCallback:
        title = tr("Close without the follow-up call");
        label = tr("Why *");
        button = tr("Close the case");
        placeholder = tr("e.g. The customer asked not to be called again; she is satisfied.");
        break;
    }
    setWindowTitle(QStringLiteral("%1 — %2").arg(title, complaint.number));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (kind == Kind::Assign) {
        m_user = new QComboBox(this);
        m_user->setObjectName(QStringLiteral("handler"));
        Result<QList<User>> users = session.services().accounts().colleagues();
        for (const User& user : users ? users.value() : QList<User>()) {
            // The employee complained about is not offered (the service refuses it too).
            if (!user.active || (complaint.aboutStaffId && *complaint.aboutStaffId == user.id))
                continue;
            m_user->addItem(QStringLiteral("%1 (%2)").arg(user.displayName, user.username),
                            user.username);
        }
        m_user->setCurrentIndex(m_user->findData(complaint.handler));
        form->addRow(label, m_user);
    } else if (kind == Kind::Custody) {
        m_item = new QLineEdit(this);
        m_item->setObjectName(QStringLiteral("item"));
        m_item->setPlaceholderText(tr("e.g. one pair of women's boots, size 38"));
        m_condition = new QLineEdit(this);
        m_condition->setObjectName(QStringLiteral("condition"));
        m_condition->setPlaceholderText(tr("e.g. heels blackened, otherwise as new"));
        m_sentTo = new QLineEdit(this);
        m_sentTo->setObjectName(QStringLiteral("sentTo"));
        m_sentTo->setPlaceholderText(tr("e.g. technical department, manufacturer"));
        form->addRow(label, m_item);
        form->addRow(tr("Condition"), m_condition);
        form->addRow(tr("Sent to"), m_sentTo);
    } else {
        m_text = new QPlainTextEdit(this);
        m_text->setObjectName(QStringLiteral("text"));
        m_text->setPlaceholderText(placeholder);
        m_text->setTabChangesFocus(true);
        m_text->setMinimumHeight(90);
        form->addRow(label, m_text);
    }
    if (kind == Kind::Resolve) {
        m_satisfaction = new QComboBox(this);
        m_satisfaction->setObjectName(QStringLiteral("satisfaction"));
        m_satisfaction->addItem(tr("Not asked yet"), -1);
        for (int score = 5; score >= 1; --score)
            m_satisfaction->addItem(tr("%1 of 5").arg(score), score);
        m_satisfaction->addItem(tr("Declined to say"), 0);
        form->addRow(tr("Customer's satisfaction"), m_satisfaction);
    }

    QDialogButtonBox* buttons = saveButtons(button, [this] { save(); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->addLayout(form);
    layout->addWidget(m_formError);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

bool CaseActionDialog::hasInput() const
{
    if (m_text)
        return !m_text->toPlainText().trimmed().isEmpty();
    if (m_item)
        return !m_item->text().trimmed().isEmpty();
    return false;
}

void CaseActionDialog::save()
{
    ComplaintService complaints = m_session.services().complaints();
    const Actor by = m_session.user().actor();
    const QString number = m_complaint.number;
    const QString text = m_text ? m_text->toPlainText() : QString();
    Result<Complaint> done = makeError(ErrorCode::Validation, QString());
    switch (m_kind) {
    case Kind::Note:
        done = complaints.note(by, number, text);
        break;
    case Kind::Escalate:
        done = complaints.escalate(by, number, text);
        break;
    case Kind::Raise:
        done = complaints.raiseToMajor(by, number, text);
        break;
    case Kind::Resolve: {
        const int score = m_satisfaction->currentData().toInt();
        done = complaints.resolve(by, number, text,
                                  score < 0 ? std::nullopt : std::optional<int>(score));
        break;
    }
    case Kind::Reopen:
        done = complaints.reopen(by, number, text);
        break;
    case Kind::Cancel:
        done = complaints.cancel(by, number, text);
        break;
    case Kind::Assign:
        done = complaints.assign(by, number, m_user->currentData().toString());
        break;
    case Kind::CloseWithoutCallback:
        done = complaints.closeWithoutCallback(by, number, text);
        break;
    case Kind::Custody:
        done = complaints.takeIntoCustody(by, number, m_item->text(), m_condition->text(),
                                          m_sentTo->text());
        break;
    }
    if (!done) {
        setFieldError(m_formError, m_session.shown(done.error(), actionWords(m_kind),
                                                   QStringLiteral("complaint"), number));
        return;
    }
    m_complaint = done.value();
    accept();
}

} // namespace cc::ui
