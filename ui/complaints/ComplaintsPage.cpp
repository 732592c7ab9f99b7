#include "ComplaintsPage.h"

#include "ComplaintForm.h"
#include "ComplaintListModel.h"
#include "ComplaintView.h"
#include "FormSupport.h"
#include "Session.h"

#include <complaints/ComplaintService.h>

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cc::ui {

ComplaintsPage::ComplaintsPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_listPage(new QWidget(m_stack))
    , m_lists(new QButtonGroup(this))
    , m_model(new ComplaintListModel(session, this))
    , m_table(new QTableView(m_listPage))
    , m_count(new QLabel(m_listPage))
    , m_empty(new QLabel(m_listPage))
    , m_view(new ComplaintView(session, m_stack))
    , m_form(new ComplaintForm(session, m_stack))
{
    setObjectName(QStringLiteral("complaintsPage"));
    auto* title = new QLabel(tr("Complaints"), m_listPage);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto* add = new QPushButton(tr("New complaint"), m_listPage);
    add->setObjectName(QStringLiteral("newComplaint"));
    add->setProperty("primary", true);
    add->setToolTip(tr("Log a new complaint (Ctrl+N)"));
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(add);

    // The lists as chips above the table.
    auto* chips = new QHBoxLayout;
    addChips(m_listPage, chips, m_lists,
             {{static_cast<int>(List::Mine), tr("My cases"), QStringLiteral("listMine")},
              {static_cast<int>(List::Open), tr("All open"), QStringLiteral("listOpen")},
              {static_cast<int>(List::DueToday), tr("Due today"), QStringLiteral("listDueToday")},
              {static_cast<int>(List::Overdue), tr("Overdue"), QStringLiteral("listOverdue")},
              {static_cast<int>(List::Recent), tr("All recent"), QStringLiteral("listRecent")}});
    chips->addStretch();
    m_count->setObjectName(QStringLiteral("complaintCount"));
    chips->addWidget(m_count);

    m_table->setObjectName(QStringLiteral("complaintTable"));
    m_table->setModel(m_model);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ComplaintsPage::updateCount);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Columns fit the first page: measuring every row fetched so far would grow with the
    // scrolling (Qt's default measures up to 1,000 rows on each change).
    m_table->horizontalHeader()->setResizeContentsPrecision(ComplaintListModel::pageSize);
    m_table->setAlternatingRowColors(true);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto* listLayout = new QVBoxLayout(m_listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(header);
    listLayout->addLayout(chips);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_empty, 1);

    // The case view gets a way back to the list.
    auto* casePage = new QWidget(m_stack);
    auto* back = new QPushButton(tr("← Back to the list"), casePage);
    back->setObjectName(QStringLiteral("backToList"));
    back->setToolTip(tr("Back to the list (Esc)"));
    auto* caseLayout = new QVBoxLayout(casePage);
    caseLayout->setContentsMargins(0, 0, 0, 0);
    caseLayout->addWidget(back, 0, Qt::AlignLeft);
    caseLayout->addWidget(m_view, 1);
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), casePage, nullptr, nullptr,
                                 Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, back, &QPushButton::click);

    m_stack->addWidget(m_listPage);
    m_stack->addWidget(casePage);
    m_stack->addWidget(m_form);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 12);
    layout->addWidget(m_stack);

    connect(m_lists, &QButtonGroup::idClicked, this,
            [this](int id) { showList(static_cast<List>(id)); });
    connect(add, &QPushButton::clicked, this, [this] { newComplaint(); });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { openRow(index.row()); });
    connect(back, &QPushButton::clicked, this, [this] {
        m_stack->setCurrentWidget(m_listPage);
        load();
        m_table->setFocus();
    });
    connect(m_view, &ComplaintView::changed, this, [this] { Q_EMIT countsChanged(); });
    connect(m_view, &ComplaintView::openCustomer, this, &ComplaintsPage::openCustomer);
    connect(m_form, &ComplaintForm::closed, this, [this] {
        m_stack->setCurrentWidget(m_listPage);
        load();
    });
    connect(m_form, &ComplaintForm::saved, this, [this](const QString& number) {
        Q_EMIT countsChanged();
        openComplaint(number);
    });
    showList(List::Mine);
}

void ComplaintsPage::showList(List list)
{
    m_list = list;
    m_lists->button(static_cast<int>(list))->setChecked(true);
    m_stack->setCurrentWidget(m_listPage);
    load();
}

void ComplaintsPage::load()
{
    if (!m_session.isSignedIn())
        return;
    const QDateTime now = m_session.clock().nowUtc();
    ComplaintFilter filter;
    QString empty;
    switch (m_list) {
    case List::Mine:
        filter.openOnly = true;
        filter.handlerId = m_session.user().id;
        empty = tr("You have no open cases. New complaints: Ctrl+N.");
        break;
    case List::Open:
        filter.openOnly = true;
        empty = tr("No open complaints.");
        break;
    case List::DueToday: {
        const QDateTime startOfDay = now.toLocalTime().date().startOfDay();
        filter.dueFromUtc = startOfDay.toUTC();
        filter.dueUntilUtc = startOfDay.addDays(1).toUTC();
        empty = tr("No reply or resolution is due today.");
        break;
    }
    case List::Overdue:
        filter.overdueOnly = true;
        empty = tr("Nothing is overdue: every promise is being kept.");
        break;
    case List::Recent:
        filter.newestFirst = true;
        empty = tr("No complaints yet.");
        break;
    }
    // A page at a time as the list scrolls: a store with millions of cases loads a hundred.
    m_loadError.clear();
    m_model->setSource(
        [this, filter, now](int offset, int limit) {
            ComplaintFilter page = filter;
            page.offset = offset;
            page.limit = limit;
            Result<QList<Complaint>> found =
                m_session.services().complaints().list(m_session.user().actor(), page, now);
            if (!found) {
                m_loadError = found.error().message;
                return QList<Complaint>();
            }
            return found.value();
        },
        now);
    updateCount();
    const int rows = m_model->rowCount();
    m_empty->setText(empty);
    m_empty->setVisible(m_loadError.isEmpty() && rows == 0);
    m_table->setVisible(rows > 0);
    if (rows > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void ComplaintsPage::updateCount()
{
    const int rows = m_model->rowCount();
    if (!m_loadError.isEmpty())
        m_count->setText(m_loadError);
    else if (m_model->canFetchMore({}))
        m_count->setText(tr("%1 cases shown; more as you scroll").arg(rows));
    else
        m_count->setText(tr("%n case(s)", nullptr, rows));
}

void ComplaintsPage::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    openComplaint(m_model->complaintAt(row).number);
}

bool ComplaintsPage::openComplaint(const QString& number)
{
    Result<Complaint> found =
        m_session.services().complaints().show(m_session.user().actor(), number);
    if (!found)
        return false;
    m_view->showComplaint(found.value());
    m_stack->setCurrentIndex(1);
    m_view->setFocus();
    return true;
}

void ComplaintsPage::newComplaint(qint64 customerId)
{
    m_form->begin(customerId);
    m_stack->setCurrentWidget(m_form);
}

void ComplaintsPage::refresh()
{
    if (m_stack->currentIndex() == 1)
        m_view->reload();
    else if (m_stack->currentWidget() == m_listPage)
        load();
}

void ComplaintsPage::reset()
{
    m_view->clear();
    showList(List::Mine);
}

void ComplaintsPage::keepDraft()
{
    if (isShowingForm())
        m_form->saveDraftNow();
}

bool ComplaintsPage::isShowingForm() const
{
    return m_stack->currentWidget() == m_form;
}

} // namespace cc::ui
