#include "ApprovalsPage.h"

#include "Session.h"
#include "Theme.h"

#include <base/Clock.h>
#include <base/Money.h>
#include <compensation/CompensationService.h>

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cc::ui {

ApprovalsPage::ApprovalsPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_count(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_empty(new QLabel(tr("No compensation is waiting for you."), this))
    , m_detail(new QFrame(this))
    , m_summary(new QLabel(m_detail))
    , m_warning(new QLabel(m_detail))
    , m_limit(new QLabel(m_detail))
    , m_approve(new QPushButton(tr("&Approve…"), m_detail))
    , m_reject(new QPushButton(tr("&Reject…"), m_detail))
    , m_recommend(new QPushButton(tr("Re&commend…"), m_detail))
    , m_openCase(new QPushButton(tr("Open &case"), m_detail))
{
    setObjectName(QStringLiteral("approvalsPage"));
    auto* title = new QLabel(tr("Approvals"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    m_count->setObjectName(QStringLiteral("approvalCount"));
    auto* header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_count);

    m_table->setObjectName(QStringLiteral("approvalTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);

    auto* frame = static_cast<QFrame*>(m_detail);
    frame->setObjectName(QStringLiteral("approvalDetail"));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setFixedWidth(380);
    for (QLabel* label : {m_summary, m_warning, m_limit}) {
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    }
    m_summary->setObjectName(QStringLiteral("approvalSummary"));
    m_warning->setObjectName(QStringLiteral("approvalWarning"));
    m_warning->setStyleSheet(
        QStringLiteral("color:%1;font-weight:600").arg(QLatin1String(colors::overdue)));
    m_limit->setObjectName(QStringLiteral("approvalLimit"));
    m_approve->setObjectName(QStringLiteral("approve"));
    m_approve->setProperty("primary", true);
    m_approve->setToolTip(tr("Approve, at the amount asked or less (Enter on the list)"));
    m_reject->setObjectName(QStringLiteral("reject"));
    m_recommend->setObjectName(QStringLiteral("recommend"));
    m_recommend->setToolTip(tr("Above your limit: give the manager your recommendation"));
    m_openCase->setObjectName(QStringLiteral("openCase"));
    auto* buttons = new QGridLayout;
    buttons->addWidget(m_approve, 0, 0);
    buttons->addWidget(m_reject, 0, 1);
    buttons->addWidget(m_openCase, 1, 0);
    buttons->addWidget(m_recommend, 1, 1);
    auto* detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(14, 12, 14, 12);
    detailLayout->addWidget(m_summary);
    detailLayout->addWidget(m_warning);
    detailLayout->addWidget(m_limit);
    detailLayout->addStretch();
    detailLayout->addLayout(buttons);

    auto* listColumn = new QVBoxLayout;
    listColumn->addWidget(m_table, 1);
    listColumn->addWidget(m_empty, 1);
    auto* body = new QHBoxLayout;
    body->addLayout(listColumn, 1);
    body->addWidget(m_detail);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 12);
    layout->addLayout(header);
    layout->addLayout(body, 1);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this] { showDetail(); });
    connect(m_table, &QTableWidget::itemActivated, this,
            [this] { act(CompensationDialog::Kind::Approve); });
    connect(m_approve, &QPushButton::clicked, this,
            [this] { act(CompensationDialog::Kind::Approve); });
    connect(m_reject, &QPushButton::clicked, this,
            [this] { act(CompensationDialog::Kind::Reject); });
    connect(m_recommend, &QPushButton::clicked, this,
            [this] { act(CompensationDialog::Kind::Recommend); });
    connect(m_openCase, &QPushButton::clicked, this, [this] {
        if (const Compensation* p = current())
            Q_EMIT openComplaint(p->complaintNumber);
    });
}

const Compensation* ApprovalsPage::current() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_queue.size() ? &m_queue.at(row) : nullptr;
}

void ApprovalsPage::refresh()
{
    if (!m_session.isSignedIn())
        return;
    const qint64 selected = current() ? current()->id : 0;
    Result<QList<Compensation>> queue =
        m_session.services().compensations().queue(m_session.user().actor());
    m_queue = queue ? queue.value() : QList<Compensation>();
    const QStringList headers{tr("Waiting since"), tr("Case"),          tr("Customer"),
                              tr("Kind"),          tr("Amount"),        tr("Requested by"),
                              tr("Who decides"),   tr("Recommendation")};
    m_table->clear();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(m_queue.size()));
    int selectRow = 0;
    for (int r = 0; r < m_queue.size(); ++r) {
        const Compensation& p = m_queue.at(r);
        if (p.id == selected)
            selectRow = r;
        const QStringList cells{
            p.requestedAt.toLocalTime().toString(QStringLiteral("MM-dd HH:mm")),
            p.complaintNumber,
            p.customerName,
            CompensationKeys::displayName(p.kind),
            Money::displayFen(p.amountFen),
            m_session.personName(p.requestedBy),
            Roles::displayName(p.approverRole),
            p.recommendedBy.isEmpty()
                ? QString()
                : tr("%1: %2").arg(m_session.personName(p.recommendedBy), p.recommendation)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c == 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const bool any = !m_queue.isEmpty();
    m_table->setVisible(any);
    m_detail->setVisible(any);
    m_empty->setVisible(queue && !any);
    m_count->setText(queue ? tr("%n request(s) waiting", nullptr, int(m_queue.size()))
                           : queue.error().message);
    if (any)
        m_table->setCurrentCell(selectRow, 0);
    showDetail();
}

void ApprovalsPage::showDetail()
{
    const Compensation* p = current();
    for (QPushButton* button : {m_approve, m_reject, m_recommend, m_openCase})
        button->setEnabled(p != nullptr);
    if (!p) {
        m_summary->clear();
        m_warning->clear();
        m_limit->clear();
        return;
    }
    m_summary->setText(QStringLiteral("<b>%1</b> · %2<br><br><b>%3</b> %4<br><br><b>%5</b> %6")
                           .arg(p->complaintNumber, p->customerName.toHtmlEscaped(),
                                tr("The case:").toHtmlEscaped(),
                                p->complaintSummary.toHtmlEscaped(), tr("Why:").toHtmlEscaped(),
                                p->reason.toHtmlEscaped()));
    CompensationService compensations = m_session.services().compensations();
    Result<CompensationHistory> history =
        compensations.history(m_session.user().actor(), p->customerId);
    m_warning->setText(history ? history->warning : QString());
    m_warning->setVisible(!m_warning->text().isEmpty());
    Result<AuthorityTable> table = compensations.authority(m_session.user().actor());
    const Role role = m_session.user().role;
    const std::optional<qint64> mine =
        table ? table->limit(p->kind, role) : std::optional<qint64>(0);
    const bool mayDecide = static_cast<int>(role) >= static_cast<int>(p->approverRole);
    const QString against =
        mine ? tr("%1 asked; your limit for %2 is %3.")
                   .arg(Money::displayFen(p->amountFen),
                        CompensationKeys::displayName(p->kind).toLower(), Money::displayFen(*mine))
             : tr("%1 asked; you have no limit for %2.")
                   .arg(Money::displayFen(p->amountFen),
                        CompensationKeys::displayName(p->kind).toLower());
    m_limit->setText(mayDecide ? against
                               : QStringLiteral("<span style='color:%1'>%2</span>")
                                     .arg(QLatin1String(colors::dueToday),
                                          (against + QLatin1Char(' ') +
                                           tr("Only a %1 decides; you may recommend.")
                                               .arg(Roles::displayName(p->approverRole).toLower()))
                                              .toHtmlEscaped()));
    m_approve->setEnabled(mayDecide);
    m_reject->setEnabled(mayDecide);
    m_recommend->setVisible(!mayDecide);
}

bool ApprovalsPage::act(CompensationDialog::Kind kind)
{
    const Compensation* p = current();
    if (!p)
        return false;
    if (kind != CompensationDialog::Kind::Recommend &&
        static_cast<int>(m_session.user().role) < static_cast<int>(p->approverRole))
        kind = CompensationDialog::Kind::Recommend; // Enter on a request above the limit
    CompensationDialog dialog(m_session, kind, *p, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    refresh();
    Q_EMIT countsChanged();
    return true;
}

} // namespace cc::ui
