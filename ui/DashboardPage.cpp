#include "DashboardPage.h"

#include "FormSupport.h"
#include "Session.h"
#include "Theme.h"
#include "WorkCounts.h"

#include <accounts/Permissions.h>
#include <backup/AutoBackup.h>
#include <base/Money.h>
#include <callbacks/CallbackService.h>
#include <compensation/CompensationService.h>
#include <complaints/ComplaintService.h>

#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace cc::ui {

DashboardPage::DashboardPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_greeting(new QLabel(this))
    , m_work(new QGridLayout)
    , m_cards(new QGridLayout)
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto* title = new QLabel(tr("Dashboard"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    m_greeting->setObjectName(QStringLiteral("pageSubtitle"));

    // The user's own work first, each list worked from the keyboard: Tab to it, Enter.
    m_work->setSpacing(14);
    m_calls = addWorkList(0, tr("My calls today"), QStringLiteral("myCalls"));
    m_cases = addWorkList(1, tr("My open cases"), QStringLiteral("myCases"));
    m_waiting = addWorkList(2, tr("Waiting on me"), QStringLiteral("waitingOnMe"));
    connect(m_calls, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (const qint64 id = item->data(Qt::UserRole).toLongLong(); id > 0)
            Q_EMIT startCall(id);
    });
    for (QListWidget* list : {m_cases, m_waiting}) {
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
            if (const QString number = item->data(Qt::UserRole).toString(); !number.isEmpty())
                Q_EMIT openComplaint(number);
        });
    }

    // Then, smaller, the store and the state of its file.
    m_cards->setSpacing(10);
    m_store = addCard(0, 0, tr("Store"));
    m_user = addCard(0, 1, tr("Signed in"));
    m_today = addCard(0, 2, tr("Today"));
    m_database = addCard(1, 0, tr("Database"));
    m_backup = addCard(1, 1, tr("Backups"));
    m_backup->setObjectName(QStringLiteral("backupCard"));
    m_cards->setColumnStretch(0, 1);
    m_cards->setColumnStretch(1, 1);
    m_cards->setColumnStretch(2, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(8);
    layout->addWidget(title);
    layout->addWidget(m_greeting);
    layout->addSpacing(6);
    layout->addLayout(m_work, 3);
    layout->addSpacing(8);
    layout->addLayout(m_cards, 0);
    refresh();
}

QLabel* DashboardPage::addCard(int row, int column, const QString& title)
{
    const FigureCard figure = makeFigureCard(this, title);
    figure.card->setMinimumHeight(70);
    figure.value->setStyleSheet(QStringLiteral("font-size:12pt"));
    figure.value->setWordWrap(true);
    m_cards->addWidget(figure.card, row, column);
    return figure.value;
}

QListWidget* DashboardPage::addWorkList(int column, const QString& title, const QString& objectName)
{
    auto* heading = new QLabel(title, this);
    heading->setProperty("heading", true);
    auto* list = new QListWidget(this);
    list->setObjectName(objectName);
    list->setAccessibleName(title);
    list->setWordWrap(true);
    list->setMinimumHeight(150);
    heading->setBuddy(list);
    m_work->addWidget(heading, 0, column);
    m_work->addWidget(list, 1, column);
    m_work->setColumnStretch(column, 1);
    return list;
}

void DashboardPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The keyboard starts on the first thing to do: the next call, else the first case.
    QListWidget* first = m_calls->count() > 0 && m_calls->item(0)->data(Qt::UserRole).toLongLong()
                             ? m_calls
                             : m_cases;
    if (first->count() > 0 && !first->currentItem())
        first->setCurrentRow(0);
    first->setFocus();
}

void DashboardPage::loadWork()
{
    const Actor me = m_session.user().actor();
    const QDateTime now = m_session.clock().nowUtc();
    const QLocale locale;
    const auto placeholder = [](QListWidget* list, const QString& text) {
        auto* item = new QListWidgetItem(text, list);
        item->setFlags(Qt::ItemIsEnabled);
        item->setForeground(QColor(0x5b, 0x6b, 0x7a));
    };

    // The next three calls due today, the late ones first as the call list has them.
    m_calls->clear();
    CallbackFilter calls;
    calls.dueBy = now.toLocalTime().date();
    calls.assigneeId = m_session.user().id;
    calls.limit = 3;
    Result<QList<Callback>> due = m_session.services().callbacks().list(me, calls);
    for (const Callback& call : due ? due.value() : QList<Callback>()) {
        const bool late = call.dueAt < now;
        auto* item = new QListWidgetItem(
            tr("%1 %2 · %3%4")
                .arg(locale.toString(call.dueAt.toLocalTime().time(), QLocale::ShortFormat),
                     call.customerName, CallbackKeys::displayName(call.reason),
                     late ? tr(" · late") : QString()),
            m_calls);
        item->setData(Qt::UserRole, call.id);
        item->setToolTip(tr("Enter: make this call"));
        if (late)
            item->setForeground(QColor(QLatin1String(colors::overdue)));
    }
    if (m_calls->count() == 0)
        placeholder(m_calls, tr("No calls left for today."));

    // My open cases, the most urgent first; overdue in red and said so.
    m_cases->clear();
    m_waiting->clear();
    ComplaintFilter mine;
    mine.openOnly = true;
    mine.handlerId = m_session.user().id;
    mine.limit = 20;
    Result<QList<Complaint>> open = m_session.services().complaints().list(me, mine, now);
    for (const Complaint& c : open ? open.value() : QList<Complaint>()) {
        const bool notStarted = c.status == ComplaintStatus::Received;
        const QDateTime dueAt = notStarted ? c.replyDue : c.resolveDue;
        const bool overdue = dueAt.isValid() && dueAt < now;
        const QString when = tr("%1 by %2")
                                 .arg(notStarted ? tr("reply") : tr("resolve"),
                                      locale.toString(dueAt.toLocalTime(), QLocale::ShortFormat));
        auto* item = new QListWidgetItem(
            QStringLiteral("%1 · %2 · %3%4")
                .arg(c.number, c.customerName, when, overdue ? tr(" · overdue") : QString()),
            m_cases);
        item->setData(Qt::UserRole, c.number);
        if (overdue)
            item->setForeground(QColor(QLatin1String(colors::overdue)));
        if (notStarted) {
            // The customer waits for the first reply: that waits on me.
            auto* waiting = new QListWidgetItem(
                tr("%1 · %2 waits for your first reply").arg(c.number, c.customerName), m_waiting);
            waiting->setData(Qt::UserRole, c.number);
            if (overdue)
                waiting->setForeground(QColor(QLatin1String(colors::overdue)));
        }
    }
    if (m_cases->count() == 0)
        placeholder(m_cases, tr("No open cases. New complaint: Ctrl+N."));

    // Compensation requests only I (or my rank) may decide.
    if (Permissions::allows(m_session.user().role, Action::DecideCompensation)) {
        Result<QList<Compensation>> queue = m_session.services().compensations().queue(me);
        for (const Compensation& request : queue ? queue.value() : QList<Compensation>()) {
            auto* item = new QListWidgetItem(tr("%1 · %2 %3 to decide, asked by %4")
                                                 .arg(request.complaintNumber,
                                                      CompensationKeys::displayName(request.kind),
                                                      Money::displayFen(request.amountFen),
                                                      m_session.personName(request.requestedBy)),
                                             m_waiting);
            item->setData(Qt::UserRole, request.complaintNumber);
        }
    }
    if (m_waiting->count() == 0)
        placeholder(m_waiting, tr("Nothing waits on you."));
}

void DashboardPage::setFileCheckState(FileCheckState state)
{
    m_fileCheck = state;
    refresh();
}

void DashboardPage::refresh()
{
    if (m_session.isSignedIn())
        loadWork();
    const User& user = m_session.user();
    const QLocale locale;
    m_greeting->setText(
        tr("Hello, %1. Everything you need at the counter starts here.").arg(user.displayName));
    m_store->setText(
        QStringLiteral(
            "%1<br><span style='font-size:10pt;font-weight:normal;color:#5b6b7a'>%2</span>")
            .arg(m_session.store().name.toHtmlEscaped(),
                 tr("Opened on %1")
                     .arg(locale.toString(m_session.store().createdAt.toLocalTime().date(),
                                          QLocale::LongFormat))));
    m_user->setText(
        QStringLiteral(
            "%1<br><span style='font-size:10pt;font-weight:normal;color:#5b6b7a'>%2</span>")
            .arg(user.displayName.toHtmlEscaped(), Roles::displayName(user.role)));
    // Today: the date, and what is waiting for this user.
    const WorkCounts counts = WorkCounts::load(m_session);
    QStringList waiting;
    waiting << (counts.callsOverdue > 0
                    ? tr("%n call(s) to make, %1 overdue", nullptr, counts.callsToday)
                          .arg(counts.callsOverdue)
                    : tr("%n call(s) to make", nullptr, counts.callsToday));
    if (counts.approvalsWaiting > 0)
        waiting << tr("%n compensation request(s) to decide", nullptr, counts.approvalsWaiting);
    if (counts.complaintsOverdue > 0)
        waiting << QStringLiteral("<span style='color:%1'>%2</span>")
                       .arg(QLatin1String(colors::overdue),
                            tr("%n complaint(s) overdue", nullptr, counts.complaintsOverdue)
                                .toHtmlEscaped());
    m_today->setText(
        QStringLiteral(
            "%1<br><span style='font-size:10pt;font-weight:normal;color:#5b6b7a'>%2</span>")
            .arg(locale.toString(m_session.clock().nowUtc().toLocalTime().date(),
                                 QLocale::LongFormat),
                 waiting.join(QStringLiteral(" · "))));
    const QString share = m_session.services().placeWarning();
    const bool readOnly = m_session.services().isReadOnly();
    const bool damaged = m_fileCheck == FileCheckState::Damaged;
    const QString health = damaged                                   ? tr("Damaged")
                           : readOnly                                ? tr("Read-only")
                           : !share.isEmpty()                        ? tr("On a network share")
                           : m_fileCheck == FileCheckState::Checking ? tr("Being checked")
                                                                     : tr("Healthy");
    const QString detail =
        damaged ? tr("Nothing more is saved to it. Close the counter to restore a backup.")
        : share.isEmpty() ? tr("Schema %1 · %2")
                                .arg(m_session.services().schemaVersion())
                                .arg(QDir::toNativeSeparators(m_session.services().location()))
                          : share;
    const char* color = readOnly || damaged || !share.isEmpty()   ? colors::overdue
                        : m_fileCheck == FileCheckState::Checking ? colors::accent
                                                                  : colors::ok;
    m_database->setText(
        QStringLiteral("<span style='color:%1'>%2</span><br><span "
                       "style='font-size:10pt;font-weight:normal;color:#5b6b7a'>%3</span>")
            .arg(QLatin1String(color), health, detail.toHtmlEscaped()));
    // Backups: when the last good one was made; red when none for two days or the folder
    // cannot be reached.
    Result<BackupStatus> backups = m_session.services().autoBackup().status();
    if (backups) {
        const QString last =
            backups->lastGoodAt.isValid()
                ? tr("Last good backup %1")
                      .arg(locale.toString(backups->lastGoodAt.toLocalTime(), QLocale::ShortFormat))
                : tr("No backup yet");
        const bool warn = backups->warning != BackupStatus::Warning::None;
        m_backup->setText(
            QStringLiteral("<span style='color:%1'>%2</span><br><span "
                           "style='font-size:10pt;font-weight:normal;color:%3'>%4</span>")
                .arg(QLatin1String(warn ? colors::overdue : colors::ok), last.toHtmlEscaped(),
                     QLatin1String(warn ? colors::overdue : "#5b6b7a"),
                     (warn && backups->warning != BackupStatus::Warning::Never
                          ? backups->message
                          : QDir::toNativeSeparators(backups->folder))
                         .toHtmlEscaped()));
    }
}

} // namespace cc::ui
