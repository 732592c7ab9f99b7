#include "ReportsPage.h"

#include "BackgroundJob.h"
#include "FormSupport.h"
#include "JobProgress.h"
#include "Session.h"

#include <base/Clock.h>
#include <base/Money.h>
#include <complaints/Complaint.h>
#include <complaints/ComplaintRules.h>
#include <reports/ReportService.h>

#include <QCoreApplication>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

namespace cc::ui {

/// A report's controls: the button that reads it, then a bar and Stop while it is read,
/// and a line that says how it went. Owns the background job of its report.
class ReportRun : public QWidget {
    Q_DECLARE_TR_FUNCTIONS(cc::ui::ReportRun)

public:
    ReportRun(const Services& store, const QString& buttonText, const QString& name,
              QWidget* parent)
        : QWidget(parent)
        , m_job(new BackgroundJob(store, this))
        , m_button(new QPushButton(buttonText, this))
        , m_message(new QLabel(this))
        , m_progress(new JobProgress(m_job, m_message, name + QStringLiteral("Progress"),
                                     name + QStringLiteral("Stop"), this))
    {
        m_button->setObjectName(name + QStringLiteral("Show"));
        m_button->setDefault(true);
        m_progress->bar()->setFixedWidth(180);
        m_message->setObjectName(name + QStringLiteral("Message"));
        m_message->setWordWrap(true);
        auto* layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_button);
        layout->addWidget(m_progress);
        layout->addWidget(m_message, 1);
    }

    QPushButton* button() const { return m_button; }
    bool isRunning() const { return m_job->isRunning(); }
    void cancel() { m_job->cancel(); }
    void say(const QString& message, bool refused) { showOutcome(m_message, message, refused); }

    /// Reads a report in the background; `done` hears, on the window's thread, why it could
    /// not start ("" when it ran).
    void start(BackgroundJob::Work work, std::function<void(const QString& error)> done)
    {
        if (m_job->isRunning())
            return;
        running(true);
        m_message->setStyleSheet(QString());
        m_message->setText(tr("Reading…"));
        connect(
            m_job, &BackgroundJob::finished, this,
            [this, done = std::move(done)](const QString& error) {
                running(false);
                m_message->clear();
                done(error);
            },
            Qt::SingleShotConnection);
        m_job->start(std::move(work));
    }

private:
    void running(bool on)
    {
        m_button->setEnabled(!on);
        m_progress->setRunning(on);
        layout()->activate(); // Stop is where it shows at once, not at the next layout pass
    }

    BackgroundJob* m_job;
    QPushButton* m_button;
    QLabel* m_message;
    JobProgress* m_progress;
};

namespace {

// A figure in a card, as on the dashboard, in a row of them; "–" until read.
QLabel* addCard(QHBoxLayout* row, QWidget* parent, const QString& title, const QString& name)
{
    const FigureCard figure = makeFigureCard(parent, title);
    figure.value->setText(QStringLiteral("–"));
    figure.value->setProperty("figure", name);
    row->addWidget(figure.card, 1);
    return figure.value;
}

QTableWidget* makeCounts(QWidget* parent, const QString& name, const QString& what,
                         const QString& counted)
{
    auto* table = new QTableWidget(0, 3, parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels({what, counted, ReportsPage::tr("Share")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    return table;
}

// One row per name, with its count and its share of `total`, in the order given.
void fillCounts(QTableWidget* table, const QList<std::pair<QString, qint64>>& rows, qint64 total)
{
    const QLocale locale;
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const auto& [name, count] = rows.at(row);
        auto* number = new QTableWidgetItem(locale.toString(count));
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* share =
            new QTableWidgetItem(total > 0 ? ReportsPage::tr("%1%").arg(locale.toString(
                                                 100.0 * double(count) / double(total), 'f', 1))
                                           : QStringLiteral("–"));
        share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, 0, new QTableWidgetItem(name));
        table->setItem(row, 1, number);
        table->setItem(row, 2, share);
    }
}

// Tables side by side, all as tall as the longest one's rows: no scroll bar on a list of
// six, no grey box under a short one.
void fitHeight(const QList<QTableWidget*>& tables)
{
    int tallest = 0;
    for (const QTableWidget* table : tables) {
        const int height = table->horizontalHeader()->sizeHint().height() +
                           table->verticalHeader()->length() + 2 * table->frameWidth() + 2;
        tallest = std::max(tallest, height);
    }
    for (QTableWidget* table : tables)
        table->setFixedHeight(tallest);
}

// Every value of an enum, named for people, with the report's count of its key.
template <typename Enum, typename KeyOf, typename NameOf>
QList<std::pair<QString, qint64>>
named(const QList<Enum>& values, const QMap<QString, qint64>& counts, KeyOf keyOf, NameOf nameOf)
{
    QList<std::pair<QString, qint64>> rows;
    for (Enum value : values)
        rows.append({nameOf(value), counts.value(keyOf(value))});
    return rows;
}

QString percent(double value)
{
    return ReportsPage::tr("%1%").arg(QLocale().toString(value, 'f', 2));
}

} // namespace

ReportsPage::ReportsPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("reportsPage"));
    auto* title = new QLabel(tr("Reports"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto* subtitle = new QLabel(
        tr("Reports about customers are reviewed by the store manager before they are handed "
           "out."),
        this);
    subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    subtitle->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->addTab(buildMonthly(), tr("Monthly complaints"));
    m_tabs->addTab(buildChurn(), tr("Customer churn"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(8);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        // The churn report reads every purchase: only when asked for, once.
        if (index == 1 && m_churnTitle->text().isEmpty() && !m_churnRun->isRunning())
            showChurn();
    });
}

QWidget* ReportsPage::buildMonthly()
{
    auto* tab = new QWidget(m_tabs);
    m_month = new DateEdit(tab);
    m_month->setObjectName(QStringLiteral("reportMonth"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    m_month->setDate(m_session.clock().nowUtc().toLocalTime().date());
    m_monthlyRun =
        new ReportRun(m_session.services(), tr("Show the month"), QStringLiteral("monthly"), tab);
    m_monthlyTitle = new QLabel(tab);
    m_monthlyTitle->setObjectName(QStringLiteral("monthlyTitle"));
    m_monthlyTitle->setStyleSheet(QStringLiteral("font-weight:bold;"));

    auto* controls = new QHBoxLayout;
    auto* monthLabel = new QLabel(tr("&Month:"), tab);
    monthLabel->setBuddy(m_month);
    controls->addWidget(monthLabel);
    controls->addWidget(m_month);
    controls->addWidget(m_monthlyRun, 1);

    auto* cards = new QHBoxLayout;
    cards->setSpacing(12);
    m_total = addCard(cards, tab, tr("Complaints received"), QStringLiteral("monthlyTotal"));
    m_onTime = addCard(cards, tab, tr("Resolved on time / late"), QStringLiteral("monthlyOnTime"));
    m_satisfaction =
        addCard(cards, tab, tr("Average satisfaction"), QStringLiteral("monthlySatisfaction"));
    m_granted = addCard(cards, tab, tr("Compensation granted"), QStringLiteral("monthlyGranted"));

    m_byCategory = makeCounts(tab, QStringLiteral("byCategory"), tr("Category"), tr("Count"));
    m_bySeverity = makeCounts(tab, QStringLiteral("bySeverity"), tr("Severity"), tr("Count"));
    m_byChannel = makeCounts(tab, QStringLiteral("byChannel"), tr("Channel"), tr("Count"));
    m_byStatus = makeCounts(tab, QStringLiteral("byStatus"), tr("Status now"), tr("Count"));
    auto* tables = new QHBoxLayout;
    tables->setSpacing(12);
    for (QTableWidget* table : {m_byCategory, m_bySeverity, m_byChannel, m_byStatus})
        tables->addWidget(table, 1);

    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);
    layout->addLayout(controls);
    layout->addWidget(m_monthlyTitle);
    layout->addLayout(cards);
    layout->addLayout(tables);
    layout->addStretch(1);
    connect(m_monthlyRun->button(), &QPushButton::clicked, this, &ReportsPage::showMonthly);
    // Enter in the month field reads it (editingFinished also comes when focus leaves).
    connect(m_month, &QDateEdit::editingFinished, this, [this] {
        if (m_month->hasFocus() && !m_monthlyRun->isRunning())
            showMonthly();
    });
    return tab;
}

QWidget* ReportsPage::buildChurn()
{
    auto* tab = new QWidget(m_tabs);
    const QDate today = m_session.clock().nowUtc().toLocalTime().date();
    m_from = new DateEdit(QDate(today.year(), 1, 1), tab);
    m_from->setObjectName(QStringLiteral("churnFrom"));
    m_to = new DateEdit(today, tab);
    m_to->setObjectName(QStringLiteral("churnTo"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
    }
    m_churnRun =
        new ReportRun(m_session.services(), tr("Show the period"), QStringLiteral("churn"), tab);
    m_churnTitle = new QLabel(tab);
    m_churnTitle->setObjectName(QStringLiteral("churnTitle"));
    m_churnTitle->setStyleSheet(QStringLiteral("font-weight:bold;"));

    auto* controls = new QHBoxLayout;
    auto* fromLabel = new QLabel(tr("&From:"), tab);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), tab);
    toLabel->setBuddy(m_to);
    controls->addWidget(fromLabel);
    controls->addWidget(m_from);
    controls->addWidget(toLabel);
    controls->addWidget(m_to);
    controls->addWidget(m_churnRun, 1);

    auto* cards = new QHBoxLayout;
    cards->setSpacing(12);
    m_onFile = addCard(cards, tab, tr("Customers on file"), QStringLiteral("churnOnFile"));
    m_lost = addCard(cards, tab, tr("Lost in the period"), QStringLiteral("churnLost"));
    m_wonBack = addCard(cards, tab, tr("Won back in the period"), QStringLiteral("churnWonBack"));
    auto* rates = new QHBoxLayout;
    rates->setSpacing(12);
    m_absolute = addCard(rates, tab, tr("Absolute churn rate"), QStringLiteral("churnAbsolute"));
    m_relative = addCard(rates, tab, tr("Relative churn rate"), QStringLiteral("churnRelative"));
    m_lostPurchases = addCard(rates, tab, tr("Purchases of the lost customers"),
                              QStringLiteral("churnLostPurchases"));
    auto* explained = new QLabel(
        tr("Absolute rate: lost customers ÷ customers on file. Relative rate: the absolute rate "
           "× what a lost customer bought on average ÷ what a customer bought on average — "
           "above the absolute rate, the store is losing its better customers."),
        tab);
    explained->setObjectName(QStringLiteral("pageSubtitle"));
    explained->setWordWrap(true);

    m_reasons = makeCounts(tab, QStringLiteral("lostReasons"), tr("Reason lost"), tr("Customers"));

    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);
    layout->addLayout(controls);
    layout->addWidget(m_churnTitle);
    layout->addLayout(cards);
    layout->addLayout(rates);
    layout->addWidget(explained);
    layout->addWidget(m_reasons, 1); // clerks write the reasons: there may be many
    connect(m_churnRun->button(), &QPushButton::clicked, this, &ReportsPage::showChurn);
    for (QDateEdit* edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::editingFinished, this, [this, edit] {
            if (edit->hasFocus() && !m_churnRun->isRunning())
                showChurn();
        });
    }
    return tab;
}

QLabel* ReportsPage::figure(const QString& name) const
{
    for (QLabel* label : findChildren<QLabel*>(QStringLiteral("cardValue"))) {
        if (label->property("figure").toString() == name)
            return label;
    }
    return nullptr;
}

void ReportsPage::showFirstTime()
{
    if (m_shown)
        return;
    m_shown = true;
    showMonthly();
}

void ReportsPage::refresh()
{
    if (m_tabs->currentIndex() == 0) {
        if (!m_monthlyRun->isRunning())
            showMonthly();
    } else if (!m_churnRun->isRunning()) {
        showChurn();
    }
}

void ReportsPage::reset()
{
    m_monthlyRun->cancel();
    m_churnRun->cancel();
    m_shown = false;
    ++m_generation;
    for (QLabel* label : {m_total, m_onTime, m_satisfaction, m_granted, m_onFile, m_lost,
                          m_absolute, m_relative, m_wonBack, m_lostPurchases})
        label->setText(QStringLiteral("–"));
    m_monthlyTitle->clear();
    m_churnTitle->clear();
    for (QTableWidget* table : {m_byCategory, m_bySeverity, m_byChannel, m_byStatus, m_reasons})
        table->setRowCount(0);
    m_monthlyRun->say(QString(), false);
    m_churnRun->say(QString(), false);
    // The next person starts from today: this month, and this year so far.
    const QDate today = m_session.clock().nowUtc().toLocalTime().date();
    m_month->setDate(today);
    m_from->setDate(QDate(today.year(), 1, 1));
    m_to->setDate(today);
    m_tabs->setCurrentIndex(0);
}

void ReportsPage::showMonthly()
{
    const QDate month = m_month->date();
    auto made = std::make_shared<std::optional<Result<MonthlyReport>>>();
    const Actor actor = m_session.user().actor();
    const int generation = m_generation;
    m_monthlyRun->start(
        [made, actor, month](const Services& store, const Progress& progress) {
            *made = store.reports().monthly(actor, month, progress);
        },
        [this, made, generation](const QString& error) {
            if (generation != m_generation)
                return; // read for someone who has signed out since
            if (!error.isEmpty() || !made->has_value())
                return m_monthlyRun->say(error, true);
            if (!made->value())
                return m_monthlyRun->say(made->value().error().message, true);
            fillMonthly(made->value().value());
        });
}

void ReportsPage::showChurn()
{
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    if (to < from) {
        m_churnRun->say(tr("To: the period ends before it begins."), true);
        m_to->setFocus();
        return;
    }
    auto made = std::make_shared<std::optional<Result<ChurnReport>>>();
    const Actor actor = m_session.user().actor();
    const int generation = m_generation;
    m_churnRun->start(
        [made, actor, from, to](const Services& store, const Progress& progress) {
            *made = store.reports().churn(actor, from, to, progress);
        },
        [this, made, generation](const QString& error) {
            if (generation != m_generation)
                return;
            if (!error.isEmpty() || !made->has_value())
                return m_churnRun->say(error, true);
            if (!made->value())
                return m_churnRun->say(made->value().error().message, true);
            fillChurn(made->value().value());
        });
}

void ReportsPage::fillMonthly(const MonthlyReport& r)
{
    const QLocale locale;
    m_monthlyTitle->setText(
        tr("Complaints received in %1").arg(locale.toString(r.month, tr("MMMM yyyy"))));
    m_total->setText(locale.toString(r.total));
    m_onTime->setText(
        tr("%1 / %2").arg(locale.toString(r.resolvedOnTime), locale.toString(r.resolvedLate)));
    m_satisfaction->setText(r.averageSatisfaction
                                ? tr("%1 of 5").arg(locale.toString(*r.averageSatisfaction, 'f', 2))
                                : tr("none given"));
    m_granted->setText(Money::displayFen(r.compensationGrantedFen));
    fillCounts(
        m_byCategory,
        named<ComplaintCategory>(
            {ComplaintCategory::Quality, ComplaintCategory::Service, ComplaintCategory::Price,
             ComplaintCategory::Attitude, ComplaintCategory::Delivery, ComplaintCategory::Other},
            r.byCategory, [](auto v) { return ComplaintKeys::key(v); },
            [](auto v) { return ComplaintKeys::displayName(v); }),
        r.total);
    fillCounts(m_bySeverity,
               named<Severity>(
                   {Severity::General, Severity::Major}, r.bySeverity,
                   [](auto v) { return ComplaintKeys::key(v); },
                   [](auto v) { return ComplaintKeys::displayName(v); }),
               r.total);
    fillCounts(m_byChannel,
               named<ComplaintChannel>(
                   {ComplaintChannel::WalkIn, ComplaintChannel::Phone, ComplaintChannel::Written,
                    ComplaintChannel::Online, ComplaintChannel::HeadOffice},
                   r.byChannel, [](auto v) { return ComplaintKeys::key(v); },
                   [](auto v) { return ComplaintKeys::displayName(v); }),
               r.total);
    fillCounts(m_byStatus,
               named<ComplaintStatus>(
                   ComplaintRules::allStatuses(), r.byStatus,
                   [](auto v) { return ComplaintRules::statusKey(v); },
                   [](auto v) { return ComplaintRules::statusName(v); }),
               r.total);
    fitHeight({m_byCategory, m_bySeverity, m_byChannel, m_byStatus});
}

void ReportsPage::fillChurn(const ChurnReport& r)
{
    const QLocale locale;
    m_churnTitle->setText(tr("Customers lost from %1 to %2")
                              .arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate)));
    m_onFile->setText(locale.toString(r.customers));
    m_lost->setText(locale.toString(r.lost));
    m_wonBack->setText(locale.toString(r.wonBack));
    m_absolute->setText(percent(r.absoluteRate()));
    const std::optional<double> relative = r.relativeRate();
    m_relative->setText(relative ? percent(*relative) : tr("no purchases"));
    m_lostPurchases->setText(
        tr("%1 of %2")
            .arg(Money::displayFen(r.lostPurchasesFen), Money::displayFen(r.purchasesFen)));
    QList<std::pair<QString, qint64>> reasons = r.reasonsByCount();
    for (auto& [reason, count] : reasons) {
        if (reason.isEmpty())
            reason = tr("(no reason given)");
    }
    fillCounts(m_reasons, reasons, r.lost);
    if (reasons.isEmpty())
        m_churnRun->say(tr("No customer was marked lost in this period."), false);
}

} // namespace cc::ui
