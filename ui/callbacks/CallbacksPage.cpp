#include "CallbacksPage.h"

#include "BackgroundJob.h"

#include "CallbackDialog.h"
#include "CallbackListModel.h"
#include "FormSupport.h"
#include "Session.h"
#include "Theme.h"

#include <accounts/AccountService.h>
#include <accounts/Permissions.h>
#include <base/Clock.h>
#include <callbacks/CallbackService.h>
#include <customers/PhoneNumbers.h>

#include <QButtonGroup>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>
#include <utility>

namespace cc::ui {

namespace {

// The week grid shows at most this many calls (a column a day).
constexpr int weekLimit = 1'000;

QTableWidget* makeGrid(QWidget* parent, const QString& name)
{
    auto* grid = new QTableWidget(parent);
    grid->setObjectName(name);
    grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    grid->setSelectionMode(QAbstractItemView::SingleSelection);
    grid->verticalHeader()->hide();
    grid->setWordWrap(true);
    return grid;
}

} // namespace

CallbacksPage::CallbacksPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_views(new QButtonGroup(this))
    , m_whose(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_loader(new BackgroundJob(session.services(), this))
    , m_stack(new QStackedWidget(this))
    , m_model(new CallbackListModel(this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_detail(new QFrame(this))
    , m_name(new QLabel(m_detail))
    , m_phone(new QLabel(m_detail))
    , m_reason(new QLabel(m_detail))
    , m_script(new QLabel(m_detail))
    , m_notes(new QLabel(m_detail))
    , m_assign(new QPushButton(tr("&Give to…"), m_detail))
    , m_openFile(new QPushButton(tr("Open &file"), m_detail))
    , m_week(makeGrid(this, QStringLiteral("weekGrid")))
    , m_team(makeGrid(this, QStringLiteral("teamGrid")))
{
    setObjectName(QStringLiteral("callbacksPage"));
    auto* title = new QLabel(tr("Callbacks"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    m_whose->setObjectName(QStringLiteral("whose"));
    m_whose->setToolTip(tr("Whose calls to show"));
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_whose);

    auto* chips = new QHBoxLayout;
    addChips(this, chips, m_views,
             {{static_cast<int>(View::Today), tr("Today"), QStringLiteral("viewToday")},
              {static_cast<int>(View::Week), tr("This week"), QStringLiteral("viewWeek")},
              {static_cast<int>(View::Team), tr("Team"), QStringLiteral("viewTeam")}});
    chips->addStretch();
    m_count->setObjectName(QStringLiteral("callbackCount"));
    chips->addWidget(m_count);

    // Today: the list and, beside it, everything needed for the call in hand.
    m_table->setObjectName(QStringLiteral("callbackTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAlternatingRowColors(true);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_detail->setObjectName(QStringLiteral("callDetail"));
    m_detail->setFixedWidth(360);
    m_detail->setFrameShape(QFrame::StyledPanel);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setObjectName(QStringLiteral("callName"));
    m_phone->setObjectName(QStringLiteral("callPhone"));
    m_phone->setFont(big);
    m_phone->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason->setObjectName(QStringLiteral("callReason"));
    m_reason->setWordWrap(true);
    m_script->setObjectName(QStringLiteral("callScript"));
    m_script->setWordWrap(true);
    m_script->setStyleSheet(QStringLiteral("QLabel { background: #eef4fb; border-radius: 4px; "
                                           "padding: 8px; }"));
    m_notes->setObjectName(QStringLiteral("callNotes"));
    m_notes->setWordWrap(true);
    m_notes->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    const QList<QPair<Outcome, QPair<QString, QString>>> outcomes{
        {Outcome::Done, {tr("Call &made…"), QStringLiteral("callDone")}},
        {Outcome::NoAnswer, {tr("&No answer"), QStringLiteral("callNoAnswer")}},
        {Outcome::Reschedule, {tr("La&ter…"), QStringLiteral("callReschedule")}},
        {Outcome::Cancel, {tr("Cance&l call…"), QStringLiteral("callCancel")}},
    };
    auto* buttons = new QGridLayout;
    for (int i = 0; i < outcomes.size(); ++i) {
        auto* button = new QPushButton(outcomes[i].second.first, m_detail);
        button->setObjectName(outcomes[i].second.second);
        m_outcomes.append(button);
        buttons->addWidget(button, i / 2, i % 2);
        const Outcome outcome = outcomes[i].first;
        connect(button, &QPushButton::clicked, this, [this, outcome] { act(outcome); });
    }
    m_outcomes.first()->setProperty("primary", true);
    m_outcomes.first()->setToolTip(tr("Record what the customer said (Enter on the list)"));
    m_outcomes.at(1)->setToolTip(tr("Nobody answered: try again tomorrow"));
    m_assign->setObjectName(QStringLiteral("callAssign"));
    m_openFile->setObjectName(QStringLiteral("callOpenFile"));
    buttons->addWidget(m_assign, 2, 0);
    buttons->addWidget(m_openFile, 2, 1);
    auto* detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(14, 12, 14, 12);
    detailLayout->addWidget(m_name);
    detailLayout->addWidget(m_phone);
    detailLayout->addWidget(m_reason);
    detailLayout->addWidget(m_script);
    detailLayout->addWidget(m_notes, 1);
    detailLayout->addLayout(buttons);

    auto* today = new QWidget(m_stack);
    auto* listColumn = new QVBoxLayout;
    listColumn->addWidget(m_table, 1);
    listColumn->addWidget(m_empty, 1);
    auto* todayLayout = new QHBoxLayout(today);
    todayLayout->setContentsMargins(0, 0, 0, 0);
    todayLayout->addLayout(listColumn, 1);
    todayLayout->addWidget(m_detail);
    m_stack->addWidget(today);
    m_stack->addWidget(m_week);
    m_stack->addWidget(m_team);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 12);
    layout->addLayout(header);
    layout->addLayout(chips);
    layout->addWidget(m_stack, 1);

    connect(m_views, &QButtonGroup::idClicked, this,
            [this](int id) { showView(static_cast<View>(id)); });
    connect(m_whose, &QComboBox::activated, this, [this] { refresh(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showDetail(); });
    connect(m_table, &QTableView::activated, this, [this] { act(Outcome::Done); });
    connect(m_assign, &QPushButton::clicked, this, [this] { act(Outcome::Assign); });
    // Narrower days wrap the reasons onto more lines: the rows follow the columns.
    connect(m_week->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this] { fitWeekRows(); });
    connect(m_week, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        Q_EMIT openCustomer(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_openFile, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            Q_EMIT openCustomer(m_model->callbackAt(current.row()).customerId);
    });
    reset();
}

void CallbacksPage::fillWhose()
{
    m_whose->clear();
    const bool supervisor = m_session.isSignedIn() &&
                            Permissions::allows(m_session.user().role, Action::ReassignCallbacks);
    m_views->button(static_cast<int>(View::Team))->setVisible(supervisor);
    m_whose->setVisible(supervisor);
    m_assign->setVisible(supervisor);
    if (!supervisor)
        return;
    m_whose->addItem(tr("My calls"), m_session.user().id);
    m_whose->addItem(tr("Everyone's calls"), QVariant());
    Result<QList<User>> users = m_session.services().accounts().colleagues();
    for (const User& user : users ? users.value() : QList<User>()) {
        if (user.active && user.id != m_session.user().id)
            m_whose->addItem(user.displayName, user.id);
    }
}

std::optional<qint64> CallbacksPage::whose() const
{
    if (!m_whose->isVisible() && m_whose->count() == 0)
        return m_session.user().id;
    const QVariant chosen = m_whose->currentData();
    if (!chosen.isValid())
        return std::nullopt;
    return chosen.toLongLong();
}

void CallbacksPage::reset()
{
    fillWhose();
    showView(View::Today);
}

void CallbacksPage::showView(View view)
{
    m_view = view;
    m_views->button(static_cast<int>(view))->setChecked(true);
    m_whose->setEnabled(view != View::Team);
    refresh();
}

void CallbacksPage::showCall(qint64 callbackId)
{
    showView(View::Today);
    if (const int row = m_model->rowOf(callbackId); row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->setFocus();
    showDetail();
}

void CallbacksPage::refresh()
{
    if (!m_session.isSignedIn())
        return;
    switch (m_view) {
    case View::Today:
        m_stack->setCurrentIndex(0);
        loadToday();
        break;
    case View::Week:
        m_stack->setCurrentIndex(1);
        loadWeek();
        break;
    case View::Team:
        m_stack->setCurrentIndex(2);
        loadTeam();
        break;
    }
}

void CallbacksPage::fetch(BackgroundJob::Work work, std::function<void()> present)
{
    const int ticket = ++m_ticket;
    m_count->setText(tr("Reading…"));
    m_next = [this, ticket, work = std::move(work), present = std::move(present)]() mutable {
        connect(
            m_loader, &BackgroundJob::finished, this,
            [this, ticket, present](const QString& error) {
                if (ticket == m_ticket) { // not asked for something else since
                    if (error.isEmpty())
                        present();
                    else
                        m_count->setText(error);
                    Q_EMIT loaded();
                }
                if (m_next)
                    std::exchange(m_next, {})();
            },
            Qt::SingleShotConnection);
        m_loader->start(std::move(work));
    };
    // One read at a time: the newest request waits for the running one, which is dropped.
    if (!m_loader->isRunning())
        std::exchange(m_next, {})();
}

void CallbacksPage::loadToday()
{
    ++m_ticket; // a week or the team still being read is not shown over today's list
    m_next = {};
    const QDateTime now = m_session.clock().nowUtc();
    const qint64 selected = m_table->currentIndex().isValid()
                                ? m_model->callbackAt(m_table->currentIndex().row()).id
                                : 0;
    CallbackFilter filter;
    filter.dueBy = now.toLocalTime().date();
    filter.assigneeId = whose();
    const Actor actor = m_session.user().actor();
    // Read a page at a time as the list scrolls; the heading counts them all in SQL.
    m_model->setSource(
        [this, filter, actor](int offset, int limit) {
            CallbackFilter page = filter;
            page.offset = offset;
            page.limit = limit;
            Result<QList<Callback>> found = m_session.services().callbacks().list(actor, page);
            return found ? found.value() : QList<Callback>();
        },
        now);
    const int rows = m_model->rowCount();
    Result<CallbackCounts> counts =
        m_session.services().callbacks().todayCounts(actor, filter.assigneeId);
    m_count->setText(
        !counts ? counts.error().message
        : counts->overdue > 0
            ? tr("%n call(s) today, %1 overdue", nullptr, counts->dueToday).arg(counts->overdue)
            : tr("%n call(s) today", nullptr, counts->dueToday));
    m_empty->setText(tr("No customers to call back today."));
    m_empty->setVisible(counts.ok() && rows == 0);
    m_table->setVisible(rows > 0);
    m_detail->setVisible(rows > 0);
    if (rows > 0) {
        const int row = std::max(0, m_model->rowOf(selected));
        m_table->setCurrentIndex(m_model->index(row, 0));
    }
    showDetail();
}

void CallbacksPage::showDetail()
{
    const QModelIndex current = m_table->currentIndex();
    const bool has = current.isValid() && current.row() < m_model->rowCount();
    for (QPushButton* button : m_outcomes)
        button->setEnabled(has);
    m_assign->setEnabled(has);
    m_openFile->setEnabled(has);
    if (!has) {
        for (QLabel* label : {m_name, m_phone, m_reason, m_script, m_notes})
            label->clear();
        return;
    }
    const Callback& cb = m_model->callbackAt(current.row());
    const QDateTime now = m_session.clock().nowUtc();
    m_name->setText(cb.customerName);
    m_phone->setText(PhoneNumbers::display(cb.phone));
    const bool late = cb.dueAt < now;
    QString reason = QStringLiteral("<b>%1</b> · %2")
                         .arg(CallbackKeys::displayName(cb.reason).toHtmlEscaped(),
                              CallbackListModel::dueText(cb, now).toHtmlEscaped());
    if (late)
        reason = QStringLiteral("<span style='color:%1'>%2</span>")
                     .arg(QLatin1String(colors::overdue), reason);
    if (cb.attempts > 0)
        reason += QStringLiteral("<br>") + tr("Not answered %n time(s).", nullptr, cb.attempts);
    m_reason->setText(reason);
    m_script->setText(CallbackKeys::script(cb.reason));
    QStringList notes;
    if (!cb.note.isEmpty()) {
        QString about = tr("About:");
        switch (cb.reason) {
        case CallbackReason::Purchase3d:
        case CallbackReason::Purchase30d:
        case CallbackReason::Purchase60d:
            about = tr("Receipt:");
            break;
        case CallbackReason::ComplaintFollowup:
            about = tr("Complaint:");
            break;
        case CallbackReason::Birthday:
            about = tr("Birthday of:");
            break;
        case CallbackReason::Holiday:
            about = tr("Holiday:");
            break;
        case CallbackReason::Maintenance:
            about = tr("Product:");
            break;
        default:
            break;
        }
        notes << QStringLiteral("<b>%1</b> %2").arg(about.toHtmlEscaped(), cb.note.toHtmlEscaped());
    }
    if (!cb.lastContact.isEmpty())
        notes << QStringLiteral("<b>%1</b> %2")
                     .arg(tr("Last note on the file:").toHtmlEscaped(),
                          cb.lastContact.left(300).toHtmlEscaped());
    notes << QStringLiteral("<span style='color:%1'>%2</span>")
                 .arg(QLatin1String(colors::closed),
                      tr("Caller: %1 · File %2").arg(cb.assigneeName, cb.fileNo).toHtmlEscaped());
    m_notes->setText(notes.join(QStringLiteral("<br><br>")));
}

bool CallbacksPage::act(Outcome outcome)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || m_view != View::Today)
        return false;
    const Callback cb = m_model->callbackAt(current.row());
    bool worked = false;
    if (outcome == Outcome::NoAnswer) {
        Result<Callback> tried =
            m_session.services().callbacks().noAnswer(m_session.user().actor(), cb.id);
        if (!tried)
            QMessageBox::warning(this, tr("No answer"), tried.error().message);
        worked = tried.ok();
    } else {
        CallbackDialog::Kind kind = CallbackDialog::Kind::Done;
        if (outcome == Outcome::Reschedule)
            kind = CallbackDialog::Kind::Reschedule;
        else if (outcome == Outcome::Cancel)
            kind = CallbackDialog::Kind::Cancel;
        else if (outcome == Outcome::Assign)
            kind = CallbackDialog::Kind::Assign;
        CallbackDialog dialog(m_session, kind, cb, this);
        worked = dialog.exec() == QDialog::Accepted;
    }
    if (worked) {
        refresh();
        Q_EMIT countsChanged();
    }
    return worked;
}

void CallbacksPage::loadWeek()
{
    const QDateTime now = m_session.clock().nowUtc();
    const QDate first = now.toLocalTime().date();
    CallbackFilter filter;
    filter.dueFrom = first;
    filter.dueBy = first.addDays(6);
    filter.assigneeId = whose();
    filter.limit = weekLimit;
    // Reading the week makes its birthday and holiday calls first: seconds on a chain
    // store's file, so on a thread and a connection of its own.
    auto found = std::make_shared<Result<QList<Callback>>>(QList<Callback>());
    const Actor actor = m_session.user().actor();
    fetch(
        [found, actor, filter](const Services& store, const Progress&) {
            *found = store.callbacks().list(actor, filter);
        },
        [this, found, first] { fillWeek(first, *found); });
}

void CallbacksPage::fillWeek(const QDate& first, const Result<QList<Callback>>& found)
{
    QList<QList<Callback>> days(7);
    for (const Callback& cb : found ? found.value() : QList<Callback>()) {
        const qint64 offset = first.daysTo(cb.dueAt.toLocalTime().date());
        if (offset >= 0 && offset < 7)
            days[offset].append(cb);
    }
    qsizetype rows = 0;
    for (const QList<Callback>& day : days)
        rows = std::max(rows, day.size());
    m_week->clear();
    m_week->setColumnCount(7);
    m_week->setRowCount(int(rows));
    const QLocale locale;
    int total = 0;
    for (int d = 0; d < 7; ++d) {
        const QDate day = first.addDays(d);
        total += int(days[d].size());
        const QString name =
            d == 0 ? tr("Today") : locale.dayName(day.dayOfWeek(), QLocale::ShortFormat);
        m_week->setHorizontalHeaderItem(
            d, new QTableWidgetItem(QStringLiteral("%1 %2\n%3")
                                        .arg(name, day.toString(QStringLiteral("MM-dd")),
                                             tr("%n call(s)", nullptr, int(days[d].size())))));
        for (int r = 0; r < days[d].size(); ++r) {
            const Callback& cb = days[d].at(r);
            auto* item = new QTableWidgetItem(
                QStringLiteral("%1 %2\n%3")
                    .arg(cb.dueAt.toLocalTime().toString(QStringLiteral("HH:mm")), cb.customerName,
                         CallbackKeys::displayName(cb.reason)));
            item->setToolTip(
                QStringLiteral("%1 · %2 · %3")
                    .arg(cb.customerName, PhoneNumbers::display(cb.phone), cb.assigneeName));
            item->setData(Qt::UserRole, cb.customerId);
            m_week->setItem(r, d, item);
        }
    }
    m_week->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    fitWeekRows();
    m_count->setText(found ? tr("%n call(s) in the next seven days", nullptr, total)
                           : found.error().message);
}

void CallbacksPage::fitWeekRows()
{
    // Qt sizes each row with the line height of the table's font, but a line that holds a
    // Chinese name is drawn in the taller CJK fallback font: fitted exactly, the last line
    // of a row was cut off (seen on the English screen). Each row gets half a line more.
    m_week->resizeRowsToContents();
    const int slack = m_week->fontMetrics().lineSpacing() / 2;
    for (int r = 0; r < m_week->rowCount(); ++r)
        m_week->setRowHeight(r, m_week->rowHeight(r) + slack);
}

void CallbacksPage::loadTeam()
{
    auto found = std::make_shared<Result<QList<CallbackWorkload>>>(QList<CallbackWorkload>());
    const Actor actor = m_session.user().actor();
    fetch([found, actor](const Services& store,
                         const Progress&) { *found = store.callbacks().workload(actor); },
          [this, found] { fillTeam(*found); });
}

void CallbacksPage::fillTeam(const Result<QList<CallbackWorkload>>& rows)
{
    const QStringList headers{tr("Caller"),  tr("To call"),        tr("Due today"),
                              tr("Overdue"), tr("Done (30 days)"), tr("Missed (30 days)"),
                              tr("On time")};
    m_team->clear();
    m_team->setColumnCount(int(headers.size()));
    m_team->setHorizontalHeaderLabels(headers);
    const QList<CallbackWorkload> list = rows ? rows.value() : QList<CallbackWorkload>();
    m_team->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const CallbackWorkload& w = list.at(r);
        const int rate = w.onTimePercent();
        const QStringList cells{w.displayName,
                                QString::number(w.pending),
                                QString::number(w.dueToday),
                                QString::number(w.overdue),
                                QString::number(w.done30Days),
                                QString::number(w.missed30Days),
                                rate < 0 ? QStringLiteral("—") : QStringLiteral("%1%").arg(rate)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 3 && w.overdue > 0)
                item->setForeground(QColor(QLatin1String(colors::overdue)));
            if (c == 6 && rate >= 0 && rate < 80)
                item->setForeground(QColor(QLatin1String(colors::dueToday)));
            m_team->setItem(r, c, item);
        }
    }
    m_team->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_team->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_count->setText(rows ? tr("On time: done by the end of the day it was due.")
                          : rows.error().message);
}

} // namespace cc::ui
