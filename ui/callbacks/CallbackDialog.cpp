#include "CallbackDialog.h"

#include "FormSupport.h"
#include "Session.h"

#include <accounts/AccountService.h>
#include <base/Clock.h>
#include <callbacks/CallbackService.h>

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace cc::ui {

namespace {

/// The action as the audit log names it: the CLI's words for it.
QString actionWords(CallbackDialog::Kind kind)
{
    switch (kind) {
    case CallbackDialog::Kind::Done:
        return QStringLiteral("callback done");
    case CallbackDialog::Kind::Reschedule:
        return QStringLiteral("callback reschedule");
    case CallbackDialog::Kind::Cancel:
        return QStringLiteral("callback cancel");
    case CallbackDialog::Kind::Assign:
        return QStringLiteral("callback assign");
    case CallbackDialog::Kind::Arrange:
        return QStringLiteral("callback add");
    }
    return QStringLiteral("callback");
}

} // namespace

CallbackDialog::CallbackDialog(Session& session, Kind kind, const Callback& callback,
                               QWidget* parent)
    : GuardedDialog(parent)
    , m_session(session)
    , m_kind(kind)
    , m_callback(callback)
    , m_formError(makeFieldError(this))
{
    setObjectName(QStringLiteral("callbackDialog"));
    m_formError->setObjectName(QStringLiteral("formError"));
    QString title;
    QString button;
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addText = [&](const QString& label, const QString& placeholder) {
        m_text = new QPlainTextEdit(this);
        m_text->setObjectName(QStringLiteral("text"));
        m_text->setPlaceholderText(placeholder);
        m_text->setTabChangesFocus(true);
        m_text->setMinimumHeight(90);
        form->addRow(label, m_text);
    };
    const auto addWhen = [&](const QString& label, const QDateTime& initial) {
        m_when = new DateTimeEdit(initial.toLocalTime(), this);
        m_when->setObjectName(QStringLiteral("when"));
        m_when->setCalendarPopup(true);
        m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        m_when->setMinimumDateTime(session.clock().nowUtc().toLocalTime().addSecs(-60));
        form->addRow(label, m_when);
    };
    const QDateTime tomorrow =
        QDateTime(session.clock().nowUtc().toLocalTime().date().addDays(1), QTime(10, 0));
    switch (kind) {
    case Kind::Done: {
        title = tr("Call made");
        button = tr("Record the call");
        auto* script = new QLabel(CallbackKeys::script(callback.reason), this);
        script->setObjectName(QStringLiteral("script"));
        script->setWordWrap(true);
        form->addRow(tr("Ask"), script);
        addText(tr("What the customer said *"),
                tr("e.g. The coat fits well; she asked how to dry-clean it."));
        m_satisfaction = new QComboBox(this);
        m_satisfaction->setObjectName(QStringLiteral("satisfaction"));
        m_satisfaction->addItem(tr("Not asked"), -1);
        for (int score = 5; score >= 1; --score)
            m_satisfaction->addItem(tr("%1 of 5").arg(score), score);
        if (CallbackKeys::asksSatisfaction(callback.reason))
            form->addRow(tr("Customer's satisfaction"), m_satisfaction);
        else
            m_satisfaction->hide();
        break;
    }
    case Kind::Reschedule:
        title = tr("Call at another time");
        button = tr("Move the call");
        {
            // A day after it was due, at the same time; tomorrow morning if that has passed.
            QDateTime next = callback.dueAt.toLocalTime().addDays(1);
            if (!next.isValid() || next < session.clock().nowUtc().toLocalTime())
                next = tomorrow;
            addWhen(tr("New time *"), next);
        }
        addText(tr("Why"), tr("e.g. She asked us to call after the weekend."));
        break;
    case Kind::Cancel:
        title = tr("Cancel the call");
        button = tr("Cancel the call");
        addText(tr("Reason *"), tr("e.g. The customer is abroad for three months."));
        break;
    case Kind::Assign: {
        title = tr("Give the call to a colleague");
        button = tr("Give the call");
        m_user = new QComboBox(this);
        m_user->setObjectName(QStringLiteral("assignee"));
        Result<QList<User>> users = session.services().accounts().colleagues();
        for (const User& user : users ? users.value() : QList<User>()) {
            if (user.active)
                m_user->addItem(QStringLiteral("%1 (%2)").arg(user.displayName, user.username),
                                user.username);
        }
        m_user->setCurrentIndex(m_user->findData(callback.assignee));
        form->addRow(tr("To *"), m_user);
        break;
    }
    case Kind::Arrange:
        title = tr("Arrange a call");
        button = tr("Arrange the call");
        addWhen(tr("When *"), tomorrow);
        addText(tr("About *"), tr("e.g. Tell her when size 38 is back in stock."));
        break;
    }
    setWindowTitle(QStringLiteral("%1 — %2").arg(title, callback.customerName));
    if (kind != Kind::Arrange) {
        auto* about = new QLabel(QStringLiteral("<b>%1</b> · %2")
                                     .arg(callback.customerName.toHtmlEscaped(),
                                          CallbackKeys::displayName(callback.reason)),
                                 this);
        form->insertRow(0, tr("Call"), about);
    }

    QDialogButtonBox* buttons = saveButtons(button, [this] { save(); });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->addLayout(form);
    layout->addWidget(m_formError);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    setTabOrderOf({m_when, m_text, m_satisfaction, m_user,
                   buttons->findChild<QWidget*>(QStringLiteral("save")),
                   buttons->findChild<QWidget*>(QStringLiteral("cancel"))});
    if (m_text && kind != Kind::Reschedule && kind != Kind::Arrange)
        m_text->setFocus();
}

bool CallbackDialog::hasInput() const
{
    return m_text && !m_text->toPlainText().trimmed().isEmpty();
}

void CallbackDialog::save()
{
    CallbackService callbacks = m_session.services().callbacks();
    const Actor by = m_session.user().actor();
    const QString text = m_text ? m_text->toPlainText() : QString();
    const QDateTime when = m_when ? m_when->dateTime().toUTC() : QDateTime();
    Result<Callback> done = makeError(ErrorCode::Validation, QString());
    switch (m_kind) {
    case Kind::Done: {
        const int score = m_satisfaction->currentData().toInt();
        done = callbacks.done(by, m_callback.id, text,
                              score < 0 ? std::nullopt : std::optional<int>(score));
        break;
    }
    case Kind::Reschedule:
        done = callbacks.reschedule(by, m_callback.id, when, text);
        break;
    case Kind::Cancel:
        done = callbacks.cancel(by, m_callback.id, text);
        break;
    case Kind::Assign:
        done = callbacks.assign(by, m_callback.id, m_user->currentData().toString());
        break;
    case Kind::Arrange:
        done = callbacks.add(by, m_callback.customerId, when, text);
        break;
    }
    if (!done) {
        setFieldError(
            m_formError,
            m_session.shown(done.error(), actionWords(m_kind), QStringLiteral("callback"),
                            m_kind == Kind::Arrange ? QString() : QString::number(m_callback.id)));
        return;
    }
    m_callback = done.value();
    accept();
}

} // namespace cc::ui
