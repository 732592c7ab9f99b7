#include "ComplaintForm.h"

#include "FormSupport.h"
#include "Session.h"
#include "Theme.h"
#include "customers/CustomerSearch.h"

#include <accounts/AccountService.h>
#include <base/Money.h>
#include <complaints/ComplaintService.h>
#include <customers/CustomerService.h>
#include <overview/CustomerFiles.h>
#include <store/DraftStore.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace cc::ui {

namespace {

const QDate noDate(2000, 1, 1); // the purchase date edit's "not given"

const QList<ComplaintFlag> allFlags{ComplaintFlag::Media, ComplaintFlag::Regulator,
                                    ComplaintFlag::Group, ComplaintFlag::Manufacturer,
                                    ComplaintFlag::Safety};

template <typename Enum>
void addItems(QComboBox* box, const QList<Enum>& values)
{
    for (Enum value : values)
        box->addItem(ComplaintKeys::displayName(value), ComplaintKeys::key(value));
}

} // namespace

ComplaintForm::ComplaintForm(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_search(new CustomerSearch(session.services().location(), session.clock(), this))
    , m_notice(new QLabel(this))
    , m_customerQuery(new QLineEdit(this))
    , m_matches(new QListWidget(this))
    , m_customer(new QLabel(this))
    , m_changeCustomer(new QPushButton(tr("Change"), this))
    , m_newName(new QLineEdit(this))
    , m_newPhone(new QLineEdit(this))
    , m_newCustomer(new QWidget(this))
    , m_channel(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_product(new QLineEdit(this))
    , m_receipt(new QComboBox(this))
    , m_purchaseDate(new DateEdit(this))
    , m_price(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_demand(new QComboBox(this))
    , m_staff(new QComboBox(this))
    , m_receivedAt(new DateTimeEdit(this))
    , m_error(makeFieldError(this))
    , m_save(new QPushButton(tr("Log complaint"), this))
{
    setObjectName(QStringLiteral("complaintForm"));
    const QList<QPair<QWidget*, const char*>> named{{m_notice, "draftNotice"},
                                                    {m_customerQuery, "customerQuery"},
                                                    {m_matches, "customerMatches"},
                                                    {m_customer, "chosenCustomer"},
                                                    {m_newName, "newName"},
                                                    {m_newPhone, "newPhone"},
                                                    {m_channel, "channel"},
                                                    {m_category, "category"},
                                                    {m_product, "product"},
                                                    {m_receipt, "receipt"},
                                                    {m_purchaseDate, "purchaseDate"},
                                                    {m_price, "price"},
                                                    {m_description, "description"},
                                                    {m_demand, "demand"},
                                                    {m_staff, "staffInvolved"},
                                                    {m_receivedAt, "receivedAt"},
                                                    {m_error, "formError"},
                                                    {m_save, "save"},
                                                    {m_changeCustomer, "changeCustomer"}};
    for (const auto& [widget, name] : named)
        widget->setObjectName(QLatin1String(name));

    auto* title = new QLabel(tr("New complaint"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(
        QStringLiteral("background:#fff4e0;border:1px solid #e0b25b;padding:6px;"));
    m_notice->hide();

    m_customerQuery->setPlaceholderText(
        tr("Phone, last 4 digits, name or file number — Enter picks the best match"));
    m_customerQuery->setClearButtonEnabled(true);
    m_customerQuery->installEventFilter(this);
    m_matches->setMaximumHeight(120);
    m_matches->hide();
    m_customer->setTextFormat(Qt::RichText);
    m_customer->hide();
    m_changeCustomer->hide();
    m_newName->setPlaceholderText(tr("Name, for a new customer file"));
    m_newPhone->setPlaceholderText(tr("Phone"));
    auto* newLayout = new QHBoxLayout(m_newCustomer);
    newLayout->setContentsMargins(0, 0, 0, 0);
    auto* newLabel = new QLabel(tr("or a new customer:"), m_newCustomer);
    newLabel->setObjectName(QStringLiteral("pageSubtitle"));
    newLayout->addWidget(newLabel);
    newLayout->addWidget(m_newName, 1);
    newLayout->addWidget(m_newPhone, 1);

    addItems(m_channel, QList<ComplaintChannel>{ComplaintChannel::WalkIn, ComplaintChannel::Phone,
                                                ComplaintChannel::Written, ComplaintChannel::Online,
                                                ComplaintChannel::HeadOffice});
    addItems(m_category,
             QList<ComplaintCategory>{ComplaintCategory::Quality, ComplaintCategory::Service,
                                      ComplaintCategory::Price, ComplaintCategory::Attitude,
                                      ComplaintCategory::Delivery, ComplaintCategory::Other});
    m_demand->addItem(tr("(not said)"), QString());
    addItems(m_demand,
             QList<ComplaintDemand>{ComplaintDemand::Refund, ComplaintDemand::Exchange,
                                    ComplaintDemand::Repair, ComplaintDemand::Compensation,
                                    ComplaintDemand::Apology, ComplaintDemand::Other});
    m_receipt->setEditable(true);
    m_receipt->setInsertPolicy(QComboBox::NoInsert);
    m_receipt->lineEdit()->setPlaceholderText(tr("Pick one of the customer's receipts, or type"));
    m_purchaseDate->setCalendarPopup(true);
    m_purchaseDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_purchaseDate->setMinimumDate(noDate);
    m_purchaseDate->setSpecialValueText(tr("not given"));
    m_price->setAlignment(Qt::AlignRight);
    m_price->setPlaceholderText(QStringLiteral("0.00"));
    m_price->setMaximumWidth(160);
    m_description->setPlaceholderText(
        tr("What happened, in the customer's words: what, when, who said what."));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(110);
    m_receivedAt->setCalendarPopup(true);
    m_receivedAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));

    auto* flagRow = new QWidget(this);
    auto* flagLayout = new QHBoxLayout(flagRow);
    flagLayout->setContentsMargins(0, 0, 0, 0);
    const QStringList flagNames{tr("Media"), tr("Regulator"), tr("Group of 3+"),
                                tr("Manufacturer / head office"), tr("Safety")};
    for (int i = 0; i < allFlags.size(); ++i) {
        auto* box = new QCheckBox(flagNames[i], flagRow);
        box->setObjectName(QStringLiteral("flag_%1").arg(ComplaintKeys::key(allFlags[i])));
        flagLayout->addWidget(box);
        m_flags.append(box);
    }
    flagLayout->addStretch();
    auto* flagHint =
        new QLabel(tr("Any of these makes the complaint major: report it within 24 hours."), this);
    flagHint->setObjectName(QStringLiteral("pageSubtitle"));

    auto* customerRow = new QWidget(this);
    auto* customerLayout = new QHBoxLayout(customerRow);
    customerLayout->setContentsMargins(0, 0, 0, 0);
    customerLayout->addWidget(m_customerQuery, 1);
    customerLayout->addWidget(m_customer, 1);
    customerLayout->addWidget(m_changeCustomer);

    auto* priceRow = new QWidget(this);
    auto* priceLayout = new QHBoxLayout(priceRow);
    priceLayout->setContentsMargins(0, 0, 0, 0);
    priceLayout->addWidget(m_purchaseDate);
    priceLayout->addSpacing(16);
    priceLayout->addWidget(new QLabel(tr("Price ¥"), priceRow));
    priceLayout->addWidget(m_price);
    priceLayout->addStretch();

    auto* kindRow = new QWidget(this);
    auto* kindLayout = new QHBoxLayout(kindRow);
    kindLayout->setContentsMargins(0, 0, 0, 0);
    kindLayout->addWidget(m_category, 1);
    kindLayout->addSpacing(16);
    kindLayout->addWidget(new QLabel(tr("Channel"), kindRow));
    kindLayout->addWidget(m_channel, 1);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Customer *"), customerRow);
    form->addRow(QString(), m_matches);
    form->addRow(QString(), m_newCustomer);
    form->addRow(tr("Type *"), kindRow);
    form->addRow(tr("What happened *"), m_description);
    form->addRow(tr("Customer wants"), m_demand);
    form->addRow(tr("Receipt"), m_receipt);
    form->addRow(tr("Product"), m_product);
    form->addRow(tr("Bought on"), priceRow);
    form->addRow(tr("Staff involved"), m_staff);
    form->addRow(tr("Flags"), flagRow);
    form->addRow(QString(), flagHint);
    form->addRow(tr("Received at"), m_receivedAt);

    m_save->setProperty("primary", true);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Log the complaint and give it its number (Ctrl+S)"));
    auto* discard = new QPushButton(tr("Discard"), this);
    discard->setObjectName(QStringLiteral("discard"));
    discard->setToolTip(tr("Throw away what was typed"));
    auto* back = new QPushButton(tr("Back to the list"), this);
    back->setObjectName(QStringLiteral("back"));
    back->setToolTip(tr("The draft is kept (Esc)"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(back);
    buttons->addStretch();
    buttons->addWidget(discard);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 12, 0);
    contentLayout->addWidget(title);
    contentLayout->addWidget(m_notice);
    contentLayout->addLayout(form);
    contentLayout->addWidget(m_error);
    contentLayout->addLayout(buttons);
    contentLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    // Tab order follows reading order, every field of it, then the buttons.
    QList<QWidget*> order{m_customerQuery, m_changeCustomer, m_newName, m_newPhone, m_category,
                          m_channel,       m_description,    m_demand,  m_receipt,  m_product,
                          m_purchaseDate,  m_price,          m_staff};
    for (QCheckBox* flag : std::as_const(m_flags))
        order.append(flag);
    order << m_receivedAt << m_save << back << discard;
    setTabOrderOf(order);

    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(300);
    connect(&m_draftTimer, &QTimer::timeout, this, &ComplaintForm::saveDraftNow);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(150);
    connect(&m_searchTimer, &QTimer::timeout, this, [this] {
        const QString query = m_customerQuery->text().trimmed();
        if (query.isEmpty()) {
            m_matches->clear();
            m_matches->hide();
            return;
        }
        m_search->search(m_session.user().actor(), query, 8);
    });
    connect(m_search, &CustomerSearch::resultsReady, this, &ComplaintForm::showMatches);
    connect(m_customerQuery, &QLineEdit::textEdited, this, [this] { m_searchTimer.start(); });
    connect(m_customerQuery, &QLineEdit::returnPressed, this, [this] {
        if (m_searchTimer.isActive()) {
            m_searchTimer.stop();
            m_search->search(m_session.user().actor(), m_customerQuery->text().trimmed(), 8);
            m_pickFirst = true;
            return;
        }
        pickMatch(0);
    });
    connect(m_matches, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { pickMatch(m_matches->row(item)); });
    connect(m_changeCustomer, &QPushButton::clicked, this, [this] {
        clearCustomer();
        m_customerQuery->setFocus();
        scheduleDraft();
    });
    connect(m_receipt, &QComboBox::activated, this, &ComplaintForm::pickPurchase);
    connect(m_save, &QPushButton::clicked, this, &ComplaintForm::save);
    connect(discard, &QPushButton::clicked, this, &ComplaintForm::discardDraft);
    connect(back, &QPushButton::clicked, this, [this] {
        saveDraftNow();
        Q_EMIT closed();
    });
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, nullptr, nullptr,
                                 Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, back, &QPushButton::click);

    // Every change is kept as a draft shortly after it is typed.
    for (QLineEdit* edit : {m_newName, m_newPhone, m_product, m_price})
        connect(edit, &QLineEdit::textChanged, this, &ComplaintForm::scheduleDraft);
    connect(m_receipt, &QComboBox::editTextChanged, this, &ComplaintForm::scheduleDraft);
    connect(m_description, &QPlainTextEdit::textChanged, this, &ComplaintForm::scheduleDraft);
    for (QComboBox* box : {m_channel, m_category, m_demand, m_staff})
        connect(box, &QComboBox::currentIndexChanged, this, &ComplaintForm::scheduleDraft);
    for (QCheckBox* box : m_flags)
        connect(box, &QCheckBox::toggled, this, &ComplaintForm::scheduleDraft);
    connect(m_purchaseDate, &QDateEdit::dateChanged, this, &ComplaintForm::scheduleDraft);
    connect(m_receivedAt, &QDateTimeEdit::dateTimeChanged, this, &ComplaintForm::scheduleDraft);
}

bool ComplaintForm::eventFilter(QObject* watched, QEvent* event)
{
    // Down in the customer box goes to the matches, as in the global search.
    if (watched == m_customerQuery && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_matches->count() > 0) {
        m_matches->setFocus();
        m_matches->setCurrentRow(0);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

bool ComplaintForm::hasDraft(Session& session)
{
    Result<std::optional<Draft>> draft =
        session.services().drafts().load(session.user().actor(), QLatin1String(draftKind));
    return draft && draft.value().has_value();
}

void ComplaintForm::resetFields()
{
    m_loading = true;
    clearCustomer();
    m_customerQuery->clear();
    m_newName->clear();
    m_newPhone->clear();
    m_channel->setCurrentIndex(0);
    m_category->setCurrentIndex(0);
    m_product->clear();
    m_receipt->clear();
    m_receipt->setEditText(QString());
    m_purchaseDate->setDate(noDate);
    m_price->clear();
    m_description->clear();
    m_demand->setCurrentIndex(0);
    m_staff->clear();
    m_staff->addItem(tr("(nobody named)"), QString());
    Result<QList<User>> users = m_session.services().accounts().colleagues();
    for (const User& user : users ? users.value() : QList<User>()) {
        if (user.active)
            m_staff->addItem(QStringLiteral("%1 (%2)").arg(user.displayName, user.username),
                             user.username);
    }
    for (QCheckBox* box : m_flags)
        box->setChecked(false);
    m_receivedAt->setDateTime(m_session.clock().nowUtc().toLocalTime());
    m_receivedAt->setMaximumDateTime(m_session.clock().nowUtc().toLocalTime().addSecs(60));
    setError(QString());
    m_notice->hide();
    m_loading = false;
}

void ComplaintForm::begin(qint64 customerId)
{
    resetFields();
    Result<std::optional<Draft>> draft =
        m_session.services().drafts().load(m_session.user().actor(), QLatin1String(draftKind));
    if (draft && draft.value()) {
        fromJson((*draft.value()).content);
        m_notice->setText(tr("Your unsaved complaint from %1 is back, as you left it. Log it, "
                             "or discard it.")
                              .arg((*draft.value())
                                       .savedAt.toLocalTime()
                                       .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        m_notice->show();
    } else if (customerId > 0) {
        Result<CustomerFile> file =
            m_session.services().customerFiles().open(m_session.user().actor(), customerId);
        if (file)
            chooseCustomer(customerId, QStringLiteral("%1 · %2").arg(file->customer.name,
                                                                     file->customer.fileNo));
    }
    if (m_customerId == 0)
        m_customerQuery->setFocus();
    else
        m_category->setFocus();
}

void ComplaintForm::chooseCustomer(qint64 id, const QString& label)
{
    m_customerId = id;
    m_customer->setText(QStringLiteral("<b>%1</b>").arg(label.toHtmlEscaped()));
    m_customer->setProperty("label", label);
    m_customer->show();
    m_changeCustomer->show();
    m_customerQuery->hide();
    m_matches->hide();
    m_newCustomer->hide();
    // The customer's receipts, newest first, to pick from.
    const QString typed = m_receipt->currentText();
    m_purchases.clear();
    m_receipt->clear();
    Result<CustomerFile> file =
        m_session.services().customerFiles().open(m_session.user().actor(), id);
    if (file) {
        m_purchases = file->purchases;
        for (const Purchase& purchase : m_purchases) {
            const QString first =
                purchase.lines.isEmpty() ? QString() : purchase.lines.first().product;
            m_receipt->addItem(QStringLiteral("%1 · %2 · %3 · %4")
                                   .arg(purchase.receiptNo, purchase.date.toString(Qt::ISODate),
                                        first, Money::displayFen(purchase.totalFen())),
                               purchase.receiptNo);
        }
    }
    m_receipt->setCurrentIndex(-1);
    m_receipt->setEditText(typed);
}

void ComplaintForm::clearCustomer()
{
    m_customerId = 0;
    m_purchases.clear();
    m_customer->clear();
    m_customer->hide();
    m_changeCustomer->hide();
    m_customerQuery->show();
    m_newCustomer->show();
}

void ComplaintForm::showMatches(const QString& query, const QList<CustomerMatch>& matches)
{
    if (query != m_customerQuery->text().trimmed() || m_customerId != 0)
        return;
    m_matches->clear();
    for (const CustomerMatch& match : matches) {
        auto* item =
            new QListWidgetItem(QStringLiteral("%1   %2   %3")
                                    .arg(match.name, match.fileNo,
                                         match.phones.isEmpty() ? QString() : match.phones.first()),
                                m_matches);
        item->setData(Qt::UserRole, match.id);
        item->setData(Qt::UserRole + 1, QStringLiteral("%1 · %2").arg(match.name, match.fileNo));
    }
    if (matches.isEmpty())
        m_matches->addItem(tr("No customer found — type a name and phone for a new file below."));
    m_matches->show();
    if (m_pickFirst) {
        m_pickFirst = false;
        pickMatch(0);
    }
}

void ComplaintForm::pickMatch(int row)
{
    QListWidgetItem* item = m_matches->item(row);
    if (!item || item->data(Qt::UserRole).toLongLong() == 0)
        return;
    chooseCustomer(item->data(Qt::UserRole).toLongLong(), item->data(Qt::UserRole + 1).toString());
    scheduleDraft();
    m_category->setFocus();
}

void ComplaintForm::pickPurchase(int index)
{
    if (index < 0 || index >= m_purchases.size())
        return;
    const Purchase& purchase = m_purchases.at(index);
    m_receipt->setEditText(purchase.receiptNo);
    m_purchaseDate->setDate(purchase.date);
    if (purchase.lines.size() == 1 || (!purchase.lines.isEmpty() && m_product->text().isEmpty())) {
        m_product->setText(purchase.lines.first().product);
        m_price->setText(Money::formatFen(purchase.lines.first().unitPriceFen));
    }
    scheduleDraft();
}

void ComplaintForm::scheduleDraft()
{
    if (!m_loading)
        m_draftTimer.start();
}

QJsonObject ComplaintForm::toJson() const
{
    QJsonArray flags;
    for (int i = 0; i < m_flags.size(); ++i) {
        if (m_flags[i]->isChecked())
            flags.append(ComplaintKeys::key(allFlags[i]));
    }
    return {
        {DraftStore::customerKey(), m_customerId},
        {QStringLiteral("customer_label"), m_customer->property("label").toString()},
        {QStringLiteral("new_name"), m_newName->text()},
        {QStringLiteral("new_phone"), m_newPhone->text()},
        {QStringLiteral("channel"), m_channel->currentData().toString()},
        {QStringLiteral("category"), m_category->currentData().toString()},
        {QStringLiteral("description"), m_description->toPlainText()},
        {QStringLiteral("demand"), m_demand->currentData().toString()},
        {QStringLiteral("receipt"), m_receipt->currentText()},
        {QStringLiteral("product"), m_product->text()},
        {QStringLiteral("purchase_date"), m_purchaseDate->date() == noDate
                                              ? QString()
                                              : m_purchaseDate->date().toString(Qt::ISODate)},
        {QStringLiteral("price"), m_price->text()},
        {QStringLiteral("staff"), m_staff->currentData().toString()},
        {QStringLiteral("flags"), flags},
        {QStringLiteral("received_at"), toStoredTime(m_receivedAt->dateTime().toUTC())},
    };
}

void ComplaintForm::fromJson(const QJsonObject& json)
{
    m_loading = true;
    const qint64 customerId = json.value(DraftStore::customerKey()).toInteger();
    if (customerId > 0)
        chooseCustomer(customerId, json.value(QStringLiteral("customer_label")).toString());
    m_newName->setText(json.value(QStringLiteral("new_name")).toString());
    m_newPhone->setText(json.value(QStringLiteral("new_phone")).toString());
    const auto select = [](QComboBox* box, const QString& key) {
        const int index = box->findData(key);
        if (index >= 0)
            box->setCurrentIndex(index);
    };
    select(m_channel, json.value(QStringLiteral("channel")).toString());
    select(m_category, json.value(QStringLiteral("category")).toString());
    select(m_demand, json.value(QStringLiteral("demand")).toString());
    select(m_staff, json.value(QStringLiteral("staff")).toString());
    m_description->setPlainText(json.value(QStringLiteral("description")).toString());
    m_receipt->setEditText(json.value(QStringLiteral("receipt")).toString());
    m_product->setText(json.value(QStringLiteral("product")).toString());
    const QDate bought =
        QDate::fromString(json.value(QStringLiteral("purchase_date")).toString(), Qt::ISODate);
    m_purchaseDate->setDate(bought.isValid() ? bought : noDate);
    m_price->setText(json.value(QStringLiteral("price")).toString());
    const QJsonArray flags = json.value(QStringLiteral("flags")).toArray();
    for (int i = 0; i < m_flags.size(); ++i)
        m_flags[i]->setChecked(flags.contains(ComplaintKeys::key(allFlags[i])));
    const QDateTime received = fromStoredTime(json.value(QStringLiteral("received_at")).toString());
    if (received.isValid())
        m_receivedAt->setDateTime(received.toLocalTime());
    m_loading = false;
}

void ComplaintForm::saveDraftNow()
{
    m_draftTimer.stop();
    if (!m_session.isSignedIn())
        return;
    if (Status saved = m_session.services().drafts().save(m_session.user().actor(),
                                                          QLatin1String(draftKind), toJson());
        !saved)
        setError(tr("The draft could not be kept: %1").arg(saved.error().message));
}

void ComplaintForm::discardDraft()
{
    m_draftTimer.stop();
    if (Status discarded = m_session.services().drafts().discard(m_session.user().actor(),
                                                                 QLatin1String(draftKind));
        !discarded) {
        setError(discarded.error().message);
        return;
    }
    begin();
}

void ComplaintForm::setError(const QString& message)
{
    setFieldError(m_error, message);
}

void ComplaintForm::save()
{
    saveDraftNow(); // whatever happens next, what was typed is kept
    ComplaintDraft draft;
    draft.channel = *ComplaintKeys::channel(m_channel->currentData().toString());
    draft.category = *ComplaintKeys::category(m_category->currentData().toString());
    draft.demand =
        ComplaintKeys::demand(m_demand->currentData().toString()).value_or(ComplaintDemand::None);
    draft.description = m_description->toPlainText();
    draft.product = m_product->text();
    draft.receiptNo = m_receipt->currentText().section(QStringLiteral(" · "), 0, 0).trimmed();
    if (m_purchaseDate->date() != noDate)
        draft.purchaseDate = m_purchaseDate->date();
    if (!m_price->text().trimmed().isEmpty()) {
        Result<qint64> price = Money::parseYuan(m_price->text(), tr("Price"));
        if (!price) {
            setError(price.error().message);
            m_price->setFocus();
            return;
        }
        draft.priceFen = price.value();
    }
    draft.aboutStaff = m_staff->currentData().toString();
    for (int i = 0; i < m_flags.size(); ++i) {
        if (m_flags[i]->isChecked())
            draft.flags.append(allFlags[i]);
    }
    draft.receivedAt = m_receivedAt->dateTime().toUTC();
    if (draft.description.trimmed().isEmpty()) {
        setError(tr("What happened: write what happened, in the customer's words."));
        m_description->setFocus();
        return;
    }

    const Actor by = m_session.user().actor();
    qint64 customerId = m_customerId;
    if (customerId == 0) {
        if (m_newName->text().trimmed().isEmpty() && m_newPhone->text().trimmed().isEmpty()) {
            setError(tr("Customer: find the customer, or give a name and phone for a new file."));
            m_customerQuery->setFocus();
            return;
        }
        CustomerDraft customer;
        customer.name = m_newName->text();
        customer.phones = {m_newPhone->text()};
        Result<Customer> created = m_session.services().customers().create(by, customer);
        if (!created) {
            setError(created.error().message);
            m_newName->setFocus();
            return;
        }
        chooseCustomer(created->id, QStringLiteral("%1 · %2").arg(created->name, created->fileNo));
        saveDraftNow();
        customerId = created->id;
    }
    draft.customerId = customerId;
    Result<Complaint> logged = m_session.services().complaints().add(by, draft);
    if (!logged) {
        setError(logged.error().message);
        return;
    }
    // The complaint is logged; a draft left behind would only be offered back by mistake.
    if (Status discarded = m_session.services().drafts().discard(by, QLatin1String(draftKind));
        !discarded)
        qWarning("complaint draft not discarded: %s", qPrintable(discarded.error().message));
    resetFields();
    Q_EMIT saved(logged->number);
}

} // namespace cc::ui
