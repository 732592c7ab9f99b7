#include "CallbackRulesTab.h"

#include "FormSupport.h"

#include "Session.h"
#include "Theme.h"

#include <base/Clock.h>
#include <callbacks/CallbackService.h>
#include <store/StoreSettings.h>

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>
#include <callbacks/CallbackSettings.h>

namespace cc::ui {

namespace {

QSpinBox* daysBox(QWidget* parent, const QString& name, int low)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(low, 730);
    box->setMinimumWidth(72);
    return box;
}

QTableWidget* listTable(QWidget* parent, const QString& name, const QStringList& headers)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return table;
}

} // namespace

CallbackRulesTab::CallbackRulesTab(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_followupDays(new QSpinBox(this))
    , m_callAt(new TimeEdit(this))
    , m_tries(new QSpinBox(this))
    , m_birthdays(new QCheckBox(tr("Birthday greetings (customers and their family)"), this))
    , m_holidays(new QCheckBox(tr("Holiday greetings, on the holidays listed here"), this))
    , m_holidayTable(listTable(this, QStringLiteral("holidayTable"), {tr("Holiday"), tr("Date")}))
    , m_holidayName(new QLineEdit(this))
    , m_holidayDate(new DateEdit(this))
    , m_intervalTable(listTable(this, QStringLiteral("intervalTable"),
                                {tr("Product (or part of its name)"), tr("Every")}))
    , m_product(new QLineEdit(this))
    , m_intervalDays(new QSpinBox(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("callbackRulesTab"));
    for (int i = 0; i < 3; ++i)
        m_purchaseDays.append(daysBox(this, QStringLiteral("purchaseDay%1").arg(i + 1), 1));
    for (int i = 0; i < 2; ++i)
        m_visitDays.append(daysBox(this, QStringLiteral("visitDay%1").arg(i + 1), 1));
    m_followupDays->setObjectName(QStringLiteral("followupDays"));
    m_followupDays->setRange(0, 30);
    m_followupDays->setMinimumWidth(72);
    m_callAt->setObjectName(QStringLiteral("callAt"));
    m_callAt->setDisplayFormat(QStringLiteral("HH:mm"));
    m_callAt->setMaximumWidth(110);
    m_tries->setObjectName(QStringLiteral("tries"));
    m_tries->setRange(1, 10);
    m_tries->setMaximumWidth(110);
    m_birthdays->setObjectName(QStringLiteral("birthdays"));
    m_holidays->setObjectName(QStringLiteral("holidays"));
    m_message->setObjectName(QStringLiteral("rulesMessage"));
    m_message->setWordWrap(true);

    const auto row = [this](const QList<QSpinBox*>& boxes, const QString& after) {
        auto* line = new QHBoxLayout;
        for (QSpinBox* box : boxes)
            line->addWidget(box);
        line->addWidget(new QLabel(after, this));
        line->addStretch();
        return line;
    };
    auto* rules = new QGroupBox(tr("When to call"), this);
    auto* form = new QFormLayout(rules);
    form->addRow(tr("After a purchase, on days"), row(m_purchaseDays, tr("after the purchase")));
    form->addRow(tr("After a visit without purchase"), row(m_visitDays, tr("days later")));
    form->addRow(tr("After a complaint is resolved"),
                 row({m_followupDays}, tr("day(s) later (0: the same day)")));
    form->addRow(tr("Calls are due at"), m_callAt);
    form->addRow(tr("Tries without an answer"), m_tries);
    form->addRow(QString(), m_birthdays);
    form->addRow(QString(), m_holidays);
    auto* consent = new QLabel(tr("Customers who declined calls get none; customers with contact "
                                  "hours on their file are called within them."),
                               rules);
    consent->setObjectName(QStringLiteral("pageSubtitle"));
    consent->setWordWrap(true);
    form->addRow(QString(), consent);
    auto* save = new QPushButton(tr("Save rules"), rules);
    save->setObjectName(QStringLiteral("saveRules"));
    save->setProperty("primary", true);
    save->setShortcut(QKeySequence::Save);
    save->setToolTip(tr("Save (Ctrl+S)"));
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(save);
    saveRow->addStretch();
    form->addRow(QString(), saveRow);

    // Holidays: a name and this year's date; added and removed at once.
    auto* holidays = new QGroupBox(tr("Holidays"), this);
    m_holidayName->setObjectName(QStringLiteral("holidayName"));
    m_holidayName->setPlaceholderText(tr("e.g. Spring Festival"));
    m_holidayDate->setObjectName(QStringLiteral("holidayDate"));
    m_holidayDate->setCalendarPopup(true);
    m_holidayDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_holidayDate->setDate(session.clock().nowUtc().toLocalTime().date());
    auto* addHoliday = new QPushButton(tr("Add"), holidays);
    addHoliday->setObjectName(QStringLiteral("addHoliday"));
    auto* removeHoliday = new QPushButton(tr("Remove"), holidays);
    removeHoliday->setObjectName(QStringLiteral("removeHoliday"));
    auto* holidayInput = new QHBoxLayout;
    holidayInput->addWidget(m_holidayName, 1);
    holidayInput->addWidget(m_holidayDate);
    holidayInput->addWidget(addHoliday);
    holidayInput->addWidget(removeHoliday);
    auto* holidayLayout = new QVBoxLayout(holidays);
    holidayLayout->addWidget(m_holidayTable, 1);
    holidayLayout->addLayout(holidayInput);

    auto* intervals = new QGroupBox(tr("Maintenance reminders"), this);
    m_product->setObjectName(QStringLiteral("intervalProduct"));
    m_product->setPlaceholderText(tr("e.g. water purifier"));
    m_intervalDays->setObjectName(QStringLiteral("intervalDays"));
    m_intervalDays->setRange(1, 3650);
    m_intervalDays->setValue(180);
    m_intervalDays->setSuffix(tr(" days"));
    auto* addInterval = new QPushButton(tr("Add"), intervals);
    addInterval->setObjectName(QStringLiteral("addInterval"));
    auto* removeInterval = new QPushButton(tr("Remove"), intervals);
    removeInterval->setObjectName(QStringLiteral("removeInterval"));
    auto* intervalInput = new QHBoxLayout;
    intervalInput->addWidget(m_product, 1);
    intervalInput->addWidget(m_intervalDays);
    intervalInput->addWidget(addInterval);
    intervalInput->addWidget(removeInterval);
    auto* intervalLayout = new QVBoxLayout(intervals);
    intervalLayout->addWidget(m_intervalTable, 1);
    intervalLayout->addLayout(intervalInput);

    auto* left = new QVBoxLayout;
    left->addWidget(rules);
    left->addWidget(m_message);
    left->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(holidays, 1);
    right->addWidget(intervals, 1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 12, 4, 4);
    layout->addLayout(left, 1);
    layout->addLayout(right, 1);

    connect(save, &QPushButton::clicked, this, &CallbackRulesTab::save);
    connect(addHoliday, &QPushButton::clicked, this, &CallbackRulesTab::addHoliday);
    connect(removeHoliday, &QPushButton::clicked, this, &CallbackRulesTab::removeHoliday);
    connect(m_holidayName, &QLineEdit::returnPressed, this, &CallbackRulesTab::addHoliday);
    connect(addInterval, &QPushButton::clicked, this, &CallbackRulesTab::addInterval);
    connect(removeInterval, &QPushButton::clicked, this, &CallbackRulesTab::removeInterval);
    connect(m_product, &QLineEdit::returnPressed, this, &CallbackRulesTab::addInterval);
    refresh();
}

void CallbackRulesTab::refresh()
{
    Result<CallbackRules> stored = m_session.services().callbackSettings().callbackRules();
    const CallbackRules rules = stored ? stored.value() : CallbackRules{};
    for (int i = 0; i < m_purchaseDays.size() && i < rules.purchaseDays.size(); ++i)
        m_purchaseDays.at(i)->setValue(rules.purchaseDays.at(i));
    for (int i = 0; i < m_visitDays.size() && i < rules.visitDays.size(); ++i)
        m_visitDays.at(i)->setValue(rules.visitDays.at(i));
    m_followupDays->setValue(rules.followupDays);
    m_callAt->setTime(rules.callAt);
    m_tries->setValue(rules.maxTries);
    m_birthdays->setChecked(rules.birthdays);
    m_holidays->setChecked(rules.holidays);

    CallbackService callbacks = m_session.services().callbacks();
    const Actor by = m_session.user().actor();
    Result<QList<Holiday>> holidays = callbacks.holidays(by);
    const QList<Holiday> holidayList = holidays ? holidays.value() : QList<Holiday>();
    m_holidayTable->setRowCount(int(holidayList.size()));
    for (int r = 0; r < holidayList.size(); ++r) {
        auto* name = new QTableWidgetItem(holidayList.at(r).name);
        name->setData(Qt::UserRole, holidayList.at(r).id);
        m_holidayTable->setItem(r, 0, name);
        m_holidayTable->setItem(r, 1,
                                new QTableWidgetItem(holidayList.at(r).day.toString(Qt::ISODate)));
    }
    Result<QList<ServiceInterval>> intervals = callbacks.serviceIntervals(by);
    const QList<ServiceInterval> intervalList =
        intervals ? intervals.value() : QList<ServiceInterval>();
    m_intervalTable->setRowCount(int(intervalList.size()));
    for (int r = 0; r < intervalList.size(); ++r) {
        m_intervalTable->setItem(r, 0, new QTableWidgetItem(intervalList.at(r).product));
        m_intervalTable->setItem(
            r, 1, new QTableWidgetItem(tr("%n day(s)", nullptr, intervalList.at(r).days)));
    }
}

void CallbackRulesTab::showMessage(const QString& text, bool error)
{
    showOutcome(m_message, text, error);
}

void CallbackRulesTab::save()
{
    CallbackRules rules;
    rules.purchaseDays.clear();
    for (QSpinBox* box : m_purchaseDays)
        rules.purchaseDays.append(box->value());
    rules.visitDays.clear();
    for (QSpinBox* box : m_visitDays)
        rules.visitDays.append(box->value());
    rules.followupDays = m_followupDays->value();
    rules.callAt = m_callAt->time();
    rules.maxTries = m_tries->value();
    rules.birthdays = m_birthdays->isChecked();
    rules.holidays = m_holidays->isChecked();
    Status saved =
        m_session.services().callbackSettings().setCallbackRules(m_session.user().actor(), rules);
    if (!saved) {
        showMessage(saved.error().message, true);
        return;
    }
    showMessage(tr("Saved. Calls scheduled from now on follow these rules."), false);
}

void CallbackRulesTab::addHoliday()
{
    Result<Holiday> added = m_session.services().callbacks().addHoliday(
        m_session.user().actor(), m_holidayName->text(), m_holidayDate->date());
    if (!added) {
        showMessage(added.error().message, true);
        return;
    }
    m_holidayName->clear();
    refresh();
    showMessage(tr("Added %1 on %2.").arg(added->name, added->day.toString(Qt::ISODate)), false);
}

void CallbackRulesTab::removeHoliday()
{
    const int row = m_holidayTable->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_holidayTable->item(row, 0)->data(Qt::UserRole).toLongLong();
    if (Status removed =
            m_session.services().callbacks().removeHoliday(m_session.user().actor(), id);
        !removed) {
        showMessage(removed.error().message, true);
        return;
    }
    refresh();
}

void CallbackRulesTab::addInterval()
{
    if (Status saved = m_session.services().callbacks().setServiceInterval(
            m_session.user().actor(), m_product->text(), m_intervalDays->value());
        !saved) {
        showMessage(saved.error().message, true);
        return;
    }
    m_product->clear();
    refresh();
}

void CallbackRulesTab::removeInterval()
{
    const int row = m_intervalTable->currentRow();
    if (row < 0)
        return;
    if (Status removed = m_session.services().callbacks().setServiceInterval(
            m_session.user().actor(), m_intervalTable->item(row, 0)->text(), 0);
        !removed) {
        showMessage(removed.error().message, true);
        return;
    }
    refresh();
}

} // namespace cc::ui
