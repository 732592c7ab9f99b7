#include "CustomerView.h"

#include "ContactDialog.h"
#include "CustomerDialog.h"
#include "CustomerTimelineModel.h"
#include "PurchaseDialog.h"
#include "Session.h"
#include "Theme.h"
#include "callbacks/CallbackDialog.h"

#include <accounts/AccountService.h>
#include <base/Money.h>
#include <complaints/ComplaintRules.h>
#include <customers/PhoneNumbers.h>

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cc::ui {

namespace {

QString chip(const QString& text, const char* colour)
{
    return QStringLiteral(
               "<span style='background:%1;color:white;padding:2px 6px;'>&nbsp;%2&nbsp;</span>")
        .arg(QLatin1String(colour), text.toHtmlEscaped());
}

bool birthdayWithinWeek(const QDate& birthday, const QDate& today)
{
    if (!birthday.isValid())
        return false;
    for (int offset = 0; offset < 7; ++offset) {
        const QDate day = today.addDays(offset);
        if (day.month() == birthday.month() && day.day() == birthday.day())
            return true;
    }
    return false;
}

} // namespace

CustomerView::CustomerView(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_name(new QLabel(this))
    , m_badges(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_details(new QLabel(this))
    , m_profit(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_timeline(new CustomerTimelineModel(session, this))
    , m_table(new QTableView(this))
    , m_edit(new QPushButton(tr("&Edit file…"), this))
    , m_purchase(new QPushButton(tr("Record &purchase…"), this))
    , m_contact(new QPushButton(tr("Record &conversation…"), this))
    , m_callback(new QPushButton(tr("Arrange a ca&ll…"), this))
{
    setObjectName(QStringLiteral("customerView"));
    m_name->setObjectName(QStringLiteral("customerName"));
    m_badges->setObjectName(QStringLiteral("customerBadges"));
    m_warnings->setObjectName(QStringLiteral("customerWarnings"));
    m_details->setObjectName(QStringLiteral("customerDetails"));
    m_profit->setObjectName(QStringLiteral("customerProfit"));
    m_table->setObjectName(QStringLiteral("timeline"));
    m_purchase->setObjectName(QStringLiteral("addPurchase"));
    m_edit->setObjectName(QStringLiteral("editCustomer"));
    m_edit->setToolTip(tr("Add to or correct this file (Alt+E)"));
    m_contact->setObjectName(QStringLiteral("addContact"));
    m_callback->setObjectName(QStringLiteral("arrangeCallback"));
    m_callback->setToolTip(tr("Put a call to this customer on your call list (Alt+L)"));
    m_name->setStyleSheet(QStringLiteral("font-size:18pt;font-weight:600;color:#1d2a36"));
    m_warnings->setStyleSheet(
        QStringLiteral("color:%1;font-weight:600").arg(QLatin1String(colors::overdue)));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_profit->setWordWrap(true);
    m_badges->setTextFormat(Qt::RichText);
    m_purchase->setToolTip(tr("Record a purchase on this file (Alt+P)"));
    m_contact->setToolTip(tr("Write what was said onto the contact log (Alt+C)"));

    m_filter->addItem(tr("Everything"), static_cast<int>(CustomerTimelineModel::Filter::All));
    m_filter->addItem(tr("Purchases"), static_cast<int>(CustomerTimelineModel::Filter::Purchases));
    m_filter->addItem(tr("Conversations"),
                      static_cast<int>(CustomerTimelineModel::Filter::Contacts));
    m_table->setModel(m_timeline);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(int(CustomerTimelineModel::Column::What),
                                                      QHeaderView::Stretch);

    // The empty state says what to do.
    auto* empty =
        new QLabel(tr("Find a customer with the search box above (F2): a phone number, its last "
                      "four digits, a name, a file or receipt number.\n\nNo file yet? Create one "
                      "with Ctrl+Shift+N."),
                   this);
    empty->setObjectName(QStringLiteral("customerEmpty"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setStyleSheet(QStringLiteral("color:#5b6b7a;font-size:11.5pt;padding:40px"));

    auto* file = new QWidget(this);
    auto* header = new QHBoxLayout;
    header->addWidget(m_name);
    header->addStretch();
    header->addWidget(m_edit);
    header->addWidget(m_purchase);
    header->addWidget(m_contact);
    header->addWidget(m_callback);
    m_badges->setWordWrap(true);

    auto* card = new QFrame(file);
    card->setObjectName(QStringLiteral("card"));
    auto* cardLayout = new QHBoxLayout(card);
    cardLayout->setContentsMargins(14, 10, 14, 10);
    cardLayout->addWidget(m_details, 3);
    cardLayout->addSpacing(16);
    cardLayout->addWidget(m_profit, 2);

    auto* timelineBar = new QHBoxLayout;
    auto* timelineTitle = new QLabel(tr("History"), file);
    timelineTitle->setStyleSheet(QStringLiteral("font-weight:600"));
    timelineBar->addWidget(timelineTitle);
    timelineBar->addStretch();
    timelineBar->addWidget(new QLabel(tr("Show"), file));
    timelineBar->addWidget(m_filter);

    auto* fileLayout = new QVBoxLayout(file);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addLayout(header);
    fileLayout->addWidget(m_badges);
    fileLayout->addWidget(m_warnings);
    fileLayout->addWidget(card);
    fileLayout->addLayout(timelineBar);
    fileLayout->addWidget(m_table, 1);

    m_stack->addWidget(empty);
    m_stack->addWidget(file);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_timeline->setFilter(
            static_cast<CustomerTimelineModel::Filter>(m_filter->currentData().toInt()));
    });
    connect(m_edit, &QPushButton::clicked, this, &CustomerView::editFile);
    connect(m_purchase, &QPushButton::clicked, this, &CustomerView::addPurchase);
    connect(m_contact, &QPushButton::clicked, this, &CustomerView::addContact);
    connect(m_callback, &QPushButton::clicked, this, &CustomerView::arrangeCallback);
}

void CustomerView::clear()
{
    m_file = CustomerFile{};
    m_stack->setCurrentIndex(0);
}

void CustomerView::showFile(const CustomerFile& file)
{
    m_file = file;
    const Customer& c = file.customer;
    const QLocale locale;
    m_name->setText(c.name);
    QStringList badges{chip(c.fileNo, "#5b6b7a"),
                       chip(CustomerKeys::displayName(file.profit.tier), "#1f5fa8"),
                       chip(CustomerKeys::displayName(c.stage), "#2e7d32")};
    if (c.status != CustomerStatus::Active)
        badges << chip(CustomerKeys::displayName(c.status), colors::closed);
    for (const QString& tag : c.tags)
        badges << chip(tag, "#8a6d3b");
    m_badges->setText(badges.join(QLatin1Char(' ')));

    QStringList warnings;
    int open = 0;
    for (const ComplaintSummary& complaint : file.complaints) {
        const std::optional<ComplaintStatus> status =
            ComplaintRules::statusFromKey(complaint.status);
        if (status && ComplaintRules::isOpen(*status))
            ++open;
    }
    if (open > 0)
        warnings << tr("%n open complaint(s).", nullptr, open);
    if (file.complaints.size() >= 2)
        warnings << tr("Has complained %n times.", nullptr, int(file.complaints.size()));
    if (c.confidentiality != Confidentiality::Normal)
        warnings << tr("%1 file: do not share its contents.")
                        .arg(CustomerKeys::displayName(c.confidentiality));
    const QDate today = m_session.clock().nowUtc().toLocalTime().date();
    if (birthdayWithinWeek(c.birthday, today))
        warnings << tr("Birthday this week (%1).")
                        .arg(locale.toString(c.birthday, QStringLiteral("M/d")));
    for (const FamilyMember& member : c.family) {
        if (birthdayWithinWeek(member.birthday, today))
            warnings << tr("%1's birthday this week.").arg(member.name);
    }
    m_warnings->setText(warnings.join(QStringLiteral("  ·  ")));
    m_warnings->setVisible(!warnings.isEmpty());

    QStringList phones;
    for (const CustomerPhone& phone : c.phones)
        phones << PhoneNumbers::display(phone.e164);
    QStringList lines;
    const auto line = [&lines](const QString& label, const QString& value) {
        if (!value.isEmpty())
            lines << QStringLiteral("<b>%1</b>&nbsp; %2")
                         .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    line(tr("Phone"), phones.join(QStringLiteral(" / ")));
    line(tr("Gender"),
         c.gender == Gender::Unknown ? QString() : CustomerKeys::displayName(c.gender));
    line(tr("Birthday"), c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QString());
    line(tr("Address"), c.address);
    line(tr("Company"), c.company);
    line(tr("Preferences"), c.preferences);
    line(tr("Note"), c.note);
    line(tr("Owner"), c.ownerName);
    line(tr("Takes calls"), !c.contactOk               ? tr("no — declined calls")
                            : c.contactHours.isEmpty() ? tr("any time")
                                                       : c.contactHours);
    // The next call on the list (the file's callbacks come latest due first).
    for (auto it = file.callbacks.crbegin(); it != file.callbacks.crend(); ++it) {
        if (it->status != CallbackStatus::Pending)
            continue;
        line(tr("Next call"),
             QStringLiteral("%1 · %2 · %3")
                 .arg(locale.toString(it->dueAt.toLocalTime(), QStringLiteral("M/d HH:mm")),
                      CallbackKeys::displayName(it->reason), it->assigneeName));
        break;
    }
    m_details->setText(lines.join(QStringLiteral("<br>")));

    m_profit->setText(tr("<b>Profit contribution</b><br>Lifetime: %1<br>Last 12 months: "
                         "%2<br>Purchases: %3 · %4 in all")
                          .arg(Money::displayFen(file.profit.lifetimeFen),
                               Money::displayFen(file.profit.last12MonthsFen))
                          .arg(file.profit.purchases)
                          .arg(Money::displayFen(file.profit.revenueFen)));
    m_timeline->setFile(file);
    m_table->resizeColumnToContents(int(CustomerTimelineModel::Column::When));
    m_table->resizeColumnToContents(int(CustomerTimelineModel::Column::Kind));
    m_stack->setCurrentIndex(1);
}

void CustomerView::editFile()
{
    if (!m_file.customer.id)
        return;
    Result<QList<User>> staff = m_session.services().accounts().colleagues();
    CustomerDialog dialog(m_session, this);
    dialog.setCustomer(m_file.customer, staff ? staff.value() : QList<User>{});
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT changed(m_file.customer.id);
}

void CustomerView::addPurchase()
{
    if (!m_file.customer.id)
        return;
    PurchaseDialog dialog(m_session, m_file.customer.id, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT changed(m_file.customer.id);
}

void CustomerView::addContact()
{
    if (!m_file.customer.id)
        return;
    ContactDialog dialog(m_session, m_file.customer.id, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT changed(m_file.customer.id);
}

void CustomerView::arrangeCallback()
{
    if (!m_file.customer.id)
        return;
    Callback about;
    about.customerId = m_file.customer.id;
    about.customerName = m_file.customer.name;
    CallbackDialog dialog(m_session, CallbackDialog::Kind::Arrange, about, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT changed(m_file.customer.id);
}

} // namespace cc::ui
