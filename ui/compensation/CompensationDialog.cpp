#include "CompensationDialog.h"

#include "FormSupport.h"
#include "Session.h"
#include "Theme.h"

#include <base/Clock.h>
#include <base/Money.h>
#include <compensation/CompensationService.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace cc::ui {

CompensationDialog::CompensationDialog(Session& session, Kind kind, const Compensation& about,
                                       QWidget* parent)
    : GuardedDialog(parent)
    , m_session(session)
    , m_kind(kind)
    , m_compensation(about)
    , m_text(new QPlainTextEdit(this))
    , m_limit(new QLabel(this))
    , m_formError(makeFieldError(this))
{
    setObjectName(QStringLiteral("compensationDialog"));
    m_formError->setObjectName(QStringLiteral("formError"));
    m_limit->setObjectName(QStringLiteral("limitHint"));
    m_limit->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(80);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    QString title;
    QString button;
    if (kind == Kind::Request) {
        title = tr("Request compensation");
        button = tr("Request");
        m_compensationKind = new QComboBox(this);
        m_compensationKind->setObjectName(QStringLiteral("kind"));
        for (CompensationKind k : CompensationKeys::allKinds())
            m_compensationKind->addItem(CompensationKeys::displayName(k), static_cast<int>(k));
        m_amount = new QLineEdit(this);
        m_amount->setObjectName(QStringLiteral("amount"));
        m_amount->setPlaceholderText(tr("yuan, e.g. 300"));
        m_amount->setMaximumWidth(180);
        m_text->setPlaceholderText(tr("Why the customer should be compensated."));
        form->addRow(tr("Kind *"), m_compensationKind);
        form->addRow(tr("Amount ¥ *"), m_amount);
        form->addRow(QString(), m_limit);
        form->addRow(tr("Reason *"), m_text);
        connect(m_compensationKind, &QComboBox::currentIndexChanged, this,
                &CompensationDialog::updateLimit);
        connect(m_amount, &QLineEdit::textChanged, this, &CompensationDialog::updateLimit);
    } else {
        const Compensation& p = about;
        auto* what =
            new QLabel(QStringLiteral("<b>%1 %2</b> · %3<br>%4")
                           .arg(CompensationKeys::displayName(p.kind).toHtmlEscaped(),
                                Money::displayFen(p.amountFen),
                                tr("case %1, requested by %2")
                                    .arg(p.complaintNumber, m_session.personName(p.requestedBy)),
                                p.reason.toHtmlEscaped()),
                       this);
        what->setWordWrap(true);
        form->addRow(tr("Request"), what);
        if (kind == Kind::Approve) {
            title = tr("Approve compensation");
            button = tr("Approve");
            m_amount = new QLineEdit(Money::formatFen(p.amountFen), this);
            m_amount->setObjectName(QStringLiteral("amount"));
            m_amount->setMaximumWidth(180);
            form->addRow(tr("Grant ¥ *"), m_amount);
            m_text->setPlaceholderText(tr("e.g. Agreed: the coat had a fault; 200 is our rule."));
        } else if (kind == Kind::Reject) {
            title = tr("Reject compensation");
            button = tr("Reject");
            m_text->setPlaceholderText(tr("e.g. Already exchanged for a new one."));
        } else {
            title = tr("Recommend to the manager");
            button = tr("Recommend");
            m_text->setPlaceholderText(tr("What you recommend, and why."));
        }
        form->addRow(tr("Comment *"), m_text);
        form->addRow(QString(), m_limit);
    }
    setWindowTitle(QStringLiteral("%1 — %2").arg(title, about.complaintNumber));

    // The customer's recent compensation, so nobody grants blindly.
    Result<CompensationHistory> history =
        session.services().compensations().history(session.user().actor(), about.customerId);
    auto* warning = new QLabel(history ? history->warning : QString(), this);
    warning->setObjectName(QStringLiteral("historyWarning"));
    warning->setWordWrap(true);
    warning->setStyleSheet(
        QStringLiteral("color:%1;font-weight:600").arg(QLatin1String(colors::overdue)));
    warning->setVisible(!warning->text().isEmpty());

    QDialogButtonBox* buttons = saveButtons(button, [this] { save(); });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->addWidget(warning);
    layout->addLayout(form);
    layout->addWidget(m_formError);
    layout->addWidget(buttons);
    setMinimumWidth(540);
    setTabOrderOf({m_compensationKind, m_amount, m_text,
                   buttons->findChild<QWidget*>(QStringLiteral("save")),
                   buttons->findChild<QWidget*>(QStringLiteral("cancel"))});
    updateLimit();
    if (m_amount && kind == Kind::Request)
        m_compensationKind->setFocus();
    else
        m_text->setFocus();
}

void CompensationDialog::updateLimit()
{
    Result<AuthorityTable> table =
        m_session.services().compensations().authority(m_session.user().actor());
    if (!table) {
        m_limit->clear();
        return;
    }
    const Role role = m_session.user().role;
    const CompensationKind kind =
        m_compensationKind
            ? static_cast<CompensationKind>(m_compensationKind->currentData().toInt())
            : m_compensation.kind;
    const std::optional<qint64> mine = table->limit(kind, role);
    const QString limit = mine ? Money::displayFen(*mine) : tr("no limit");
    if (m_kind != Kind::Request) {
        m_limit->setText(
            tr("Your limit for %1: %2.").arg(CompensationKeys::displayName(kind).toLower(), limit));
        return;
    }
    Result<qint64> amount = Money::parseYuan(m_amount->text(), tr("Amount"));
    if (m_amount->text().trimmed().isEmpty() || !amount) {
        m_limit->setText(tr("You may grant up to %1 of this alone.").arg(limit));
        return;
    }
    const std::optional<Role> approver = table->lowestCovering(kind, amount.value());
    if (!approver)
        m_limit->setText(tr("Above every limit in the authority table."));
    else if (static_cast<int>(*approver) <= static_cast<int>(role))
        m_limit->setText(mine ? tr("Within your limit of %1: approved at once.").arg(limit)
                              : tr("You have no limit for this: approved at once."));
    else
        m_limit->setText(tr("Above your limit of %1: a %2 decides, and the case waits.")
                             .arg(limit, Roles::displayName(*approver).toLower()));
}

bool CompensationDialog::hasInput() const
{
    return !m_text->toPlainText().trimmed().isEmpty() ||
           (m_kind == Kind::Request && !m_amount->text().trimmed().isEmpty());
}

void CompensationDialog::save()
{
    CompensationService compensations = m_session.services().compensations();
    const Actor by = m_session.user().actor();
    Result<Compensation> done = makeError(ErrorCode::Validation, QString());
    std::optional<qint64> amount;
    if (m_amount) {
        Result<qint64> parsed = Money::parseYuan(
            m_amount->text(), m_kind == Kind::Request ? tr("Amount") : tr("Grant"));
        if (!parsed) {
            setFieldError(m_formError, parsed.error().message);
            return;
        }
        amount = parsed.value();
    }
    switch (m_kind) {
    case Kind::Request:
        done = compensations.request(
            by, m_compensation.complaintNumber,
            static_cast<CompensationKind>(m_compensationKind->currentData().toInt()), *amount,
            m_text->toPlainText());
        break;
    case Kind::Approve:
        done = compensations.decide(by, m_compensation.id, true, amount, m_text->toPlainText());
        break;
    case Kind::Reject:
        done =
            compensations.decide(by, m_compensation.id, false, std::nullopt, m_text->toPlainText());
        break;
    case Kind::Recommend:
        done = compensations.recommend(by, m_compensation.id, m_text->toPlainText());
        break;
    }
    if (!done) {
        const bool request = m_kind == Kind::Request;
        setFieldError(m_formError, m_session.shown(done.error(),
                                                   request ? QStringLiteral("compensation request")
                                                           : QStringLiteral("compensation decide"),
                                                   request ? QStringLiteral("complaint")
                                                           : QStringLiteral("compensation"),
                                                   request ? m_compensation.complaintNumber
                                                           : QString::number(m_compensation.id)));
        return;
    }
    m_compensation = done.value();
    accept();
}

} // namespace cc::ui
