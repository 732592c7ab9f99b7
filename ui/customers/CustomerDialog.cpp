#include "CustomerDialog.h"

#include "FormSupport.h"
#include "Session.h"

#include <accounts/Permissions.h>
#include <base/Clock.h>
#include <customers/CustomerService.h>
#include <customers/PhoneNumbers.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cc::ui {

namespace {

const QDate noBirthday(1900, 1, 1);

template <typename E>
void fillChoices(QComboBox* box)
{
    for (E value : CustomerKeys::all<E>())
        box->addItem(CustomerKeys::displayName(value), static_cast<int>(value));
}

// Shows under a phone field what the number will be stored as, or why it cannot be.
void showPhone(const QLineEdit* edit, QLabel* hint)
{
    if (edit->text().trimmed().isEmpty()) {
        hint->hide();
        return;
    }
    Result<NormalizedPhone> phone =
        PhoneNumbers::normalize(edit->text(), CustomerDialog::tr("Phone"));
    hint->setObjectName(phone ? QStringLiteral("fieldHint") : QStringLiteral("fieldError"));
    hint->setStyleSheet(phone ? QStringLiteral("color:#2e7d32") : QStringLiteral("color:#c62828"));
    hint->setText(phone ? QStringLiteral("→ %1").arg(PhoneNumbers::display(phone->e164))
                        : phone.error().message);
    hint->show();
}

} // namespace

CustomerDialog::CustomerDialog(Session& session, QWidget* parent)
    : GuardedDialog(parent)
    , m_session(session)
    , m_name(new QLineEdit(this))
    , m_mobile(new QLineEdit(this))
    , m_home(new QLineEdit(this))
    , m_office(new QLineEdit(this))
    , m_gender(new QComboBox(this))
    , m_birthday(new DateEdit(this))
    , m_address(new QLineEdit(this))
    , m_company(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_confidentiality(new QComboBox(this))
    , m_tags(new QLineEdit(this))
    , m_preferences(new QLineEdit(this))
    , m_source(new QLineEdit(this))
    , m_contactHours(new QLineEdit(this))
    , m_noCalls(new QCheckBox(tr("Declined calls"), this))
    , m_note(new QPlainTextEdit(this))
    , m_family(new QTableWidget(3, 3, this))
    , m_stage(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_lostReason(new QLineEdit(this))
    , m_owner(new QComboBox(this))
    , m_standing(new QWidget(this))
    , m_nameError(makeFieldError(this))
    , m_mobileHint(makeFieldError(this))
    , m_homeHint(makeFieldError(this))
    , m_officeHint(makeFieldError(this))
    , m_formError(new QLabel(this))
    , m_save(new QPushButton(tr("Create file"), this))
{
    setObjectName(QStringLiteral("customerDialog"));
    setWindowTitle(tr("New customer file"));
    m_name->setObjectName(QStringLiteral("name"));
    m_mobile->setObjectName(QStringLiteral("mobile"));
    m_home->setObjectName(QStringLiteral("homePhone"));
    m_office->setObjectName(QStringLiteral("officePhone"));
    m_gender->setObjectName(QStringLiteral("gender"));
    m_birthday->setObjectName(QStringLiteral("birthday"));
    m_address->setObjectName(QStringLiteral("address"));
    m_company->setObjectName(QStringLiteral("company"));
    m_category->setObjectName(QStringLiteral("category"));
    m_preferences->setObjectName(QStringLiteral("preferences"));
    m_source->setObjectName(QStringLiteral("source"));
    m_tags->setObjectName(QStringLiteral("tags"));
    m_confidentiality->setObjectName(QStringLiteral("confidentiality"));
    m_note->setObjectName(QStringLiteral("note"));
    m_save->setObjectName(QStringLiteral("save"));
    m_formError->setObjectName(QStringLiteral("formError"));
    m_formError->setWordWrap(true);
    m_formError->hide();

    fillChoices<Gender>(m_gender);
    fillChoices<CustomerCategory>(m_category);
    fillChoices<Confidentiality>(m_confidentiality);
    fillChoices<LoyaltyStage>(m_stage);
    fillChoices<CustomerStatus>(m_status);
    m_family->setObjectName(QStringLiteral("family"));
    m_family->setHorizontalHeaderLabels(
        {tr("Family member"), tr("Relation"), tr("Birthday (YYYY-MM-DD)")});
    m_family->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_family->verticalHeader()->hide();
    m_family->setFixedHeight(124); // the header and three rows
    m_family->setTabKeyNavigation(false);
    m_stage->setObjectName(QStringLiteral("stage"));
    m_status->setObjectName(QStringLiteral("status"));
    m_lostReason->setObjectName(QStringLiteral("lostReason"));
    m_owner->setObjectName(QStringLiteral("owner"));
    m_lostReason->setPlaceholderText(tr("why the customer stopped buying"));
    m_birthday->setCalendarPopup(true);
    m_birthday->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_birthday->setMinimumDate(noBirthday);
    m_birthday->setMaximumDate(session.clock().nowUtc().toLocalTime().date());
    m_birthday->setSpecialValueText(tr("Not given"));
    m_birthday->setDate(noBirthday);
    m_mobile->setPlaceholderText(tr("e.g. 138 0013 8000"));
    m_home->setPlaceholderText(tr("with area code, e.g. 0755 8888 6666"));
    m_tags->setPlaceholderText(tr("separate with commas: 38码, 喜欢黑色"));
    m_preferences->setPlaceholderText(tr("sizes, colours, favourite products, best time to call"));
    m_source->setPlaceholderText(tr("e.g. walk-in, friend's referral, online"));
    m_contactHours->setObjectName(QStringLiteral("contactHours"));
    m_contactHours->setPlaceholderText(tr("e.g. 18:00-21:00"));
    m_contactHours->setToolTip(tr("When the customer takes calls; empty means any time"));
    m_noCalls->setObjectName(QStringLiteral("noCalls"));
    m_noCalls->setToolTip(tr("Declined calls: schedule no callbacks"));
    m_note->setFixedHeight(64);
    m_note->setTabChangesFocus(true);

    auto* left = new QFormLayout;
    left->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    left->addRow(tr("Name *"), m_name);
    left->addRow(QString(), m_nameError);
    left->addRow(tr("Mobile *"), m_mobile);
    left->addRow(QString(), m_mobileHint);
    left->addRow(tr("Home phone"), m_home);
    left->addRow(QString(), m_homeHint);
    left->addRow(tr("Office phone"), m_office);
    left->addRow(QString(), m_officeHint);
    left->addRow(tr("Gender"), m_gender);
    left->addRow(tr("Birthday"), m_birthday);
    left->addRow(tr("Address"), m_address);

    auto* right = new QFormLayout;
    right->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    right->addRow(tr("Company"), m_company);
    right->addRow(tr("Category"), m_category);
    right->addRow(tr("Confidentiality"), m_confidentiality);
    right->addRow(tr("Tags"), m_tags);
    right->addRow(tr("Preferences"), m_preferences);
    right->addRow(tr("Source"), m_source);
    auto* calls = new QHBoxLayout;
    calls->addWidget(m_contactHours, 1);
    calls->addWidget(m_noCalls);
    right->addRow(tr("Takes calls"), calls);
    right->addRow(tr("Note"), m_note);

    // The file's standing: shown when editing an existing file.
    auto* standing = new QFormLayout(m_standing);
    standing->setContentsMargins(0, 0, 0, 0);
    standing->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    standing->addRow(tr("Loyalty stage"), m_stage);
    standing->addRow(tr("Status"), m_status);
    standing->addRow(tr("Reason lost"), m_lostReason);
    standing->addRow(tr("Owner"), m_owner);
    m_standing->hide();

    // Each column keeps its rows together at the top instead of spreading them out.
    auto* leftColumn = new QVBoxLayout;
    leftColumn->addLayout(left);
    leftColumn->addStretch();
    auto* rightColumn = new QVBoxLayout;
    rightColumn->addLayout(right);
    rightColumn->addStretch();
    auto* columns = new QHBoxLayout;
    columns->setSpacing(24);
    columns->addLayout(leftColumn, 1);
    columns->addLayout(rightColumn, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_save->setProperty("primary", true);
    m_save->setDefault(true);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Create the file (Ctrl+S)"));
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancel"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->addLayout(columns);
    layout->addWidget(m_family);
    layout->addWidget(m_standing);
    layout->addWidget(m_formError);
    layout->addWidget(buttons);
    setMinimumWidth(860);

    // Tab order: the left column, the right column, the family, the standing, the buttons.
    setTabOrderOf({m_name,
                   m_mobile,
                   m_home,
                   m_office,
                   m_gender,
                   m_birthday,
                   m_address,
                   m_company,
                   m_category,
                   m_confidentiality,
                   m_tags,
                   m_preferences,
                   m_source,
                   m_contactHours,
                   m_noCalls,
                   m_note,
                   m_family,
                   m_stage,
                   m_status,
                   m_lostReason,
                   m_owner,
                   m_save,
                   buttons->button(QDialogButtonBox::Cancel)});

    for (QLineEdit* edit : {m_name, m_mobile, m_home, m_office})
        connect(edit, &QLineEdit::textChanged, this, &CustomerDialog::validate);
    connect(m_family, &QTableWidget::cellChanged, this, &CustomerDialog::validate);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_lostReason->setEnabled(static_cast<CustomerStatus>(m_status->currentData().toInt()) ==
                                 CustomerStatus::Lost);
        validate();
    });
    connect(m_lostReason, &QLineEdit::textChanged, this, &CustomerDialog::validate);
    connect(m_save, &QPushButton::clicked, this, &CustomerDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomerDialog::reject);
    m_save->setEnabled(false);
}

void CustomerDialog::setCustomer(const Customer& customer, const QList<User>& staff)
{
    m_editing = customer.id;
    setWindowTitle(tr("Edit file %1").arg(customer.fileNo));
    m_save->setText(tr("Save file"));
    m_save->setToolTip(tr("Save the file (Ctrl+S)"));
    m_name->setText(customer.name);
    for (const CustomerPhone& phone : customer.phones) {
        QLineEdit* field = phone.label == QLatin1String("home")     ? m_home
                           : phone.label == QLatin1String("office") ? m_office
                                                                    : m_mobile;
        if (!field->text().isEmpty())
            field = m_home->text().isEmpty() ? m_home : m_office;
        field->setText(PhoneNumbers::display(phone.e164));
    }
    m_gender->setCurrentIndex(m_gender->findData(static_cast<int>(customer.gender)));
    m_birthday->setDate(customer.birthday.isValid() ? customer.birthday : noBirthday);
    m_address->setText(customer.address);
    m_company->setText(customer.company);
    m_category->setCurrentIndex(m_category->findData(static_cast<int>(customer.category)));
    m_confidentiality->setCurrentIndex(
        m_confidentiality->findData(static_cast<int>(customer.confidentiality)));
    m_tags->setText(customer.tags.join(QStringLiteral(", ")));
    m_preferences->setText(customer.preferences);
    m_source->setText(customer.source);
    m_note->setPlainText(customer.note);
    m_contactHours->setText(customer.contactHours);
    m_noCalls->setChecked(!customer.contactOk);
    // Long texts show from their beginning, not scrolled to the cursor at their end.
    for (QLineEdit* field : {m_name, m_address, m_company, m_tags, m_preferences, m_source})
        field->setCursorPosition(0);
    m_family->setRowCount(std::max<int>(3, int(customer.family.size()) + 1));
    for (int row = 0; row < customer.family.size(); ++row) {
        const FamilyMember& member = customer.family.at(row);
        m_family->setItem(row, 0, new QTableWidgetItem(member.name));
        m_family->setItem(row, 1, new QTableWidgetItem(member.relation));
        m_family->setItem(row, 2,
                          new QTableWidgetItem(member.birthday.isValid()
                                                   ? member.birthday.toString(Qt::ISODate)
                                                   : QString()));
    }
    m_stage->setCurrentIndex(m_stage->findData(static_cast<int>(customer.stage)));
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(customer.status)));
    m_lostReason->setText(customer.lostReason);
    m_lostReason->setEnabled(customer.status == CustomerStatus::Lost);
    for (const User& user : staff) {
        if (user.active || user.id == customer.ownerId)
            m_owner->addItem(QStringLiteral("%1 (%2)").arg(user.displayName, user.username),
                             user.id);
    }
    if (m_owner->findData(customer.ownerId) < 0)
        m_owner->addItem(customer.ownerName, customer.ownerId);
    m_owner->setCurrentIndex(m_owner->findData(customer.ownerId));
    m_owner->setEnabled(Permissions::allows(m_session.user().role, Action::ReassignCustomerOwner));
    m_standing->show();
    validate();
}

void CustomerDialog::prefill(const QString& searchText)
{
    static const QRegularExpression phoneLike(QStringLiteral("^[+\\d\\s()\\-]+$"));
    if (phoneLike.match(searchText.trimmed()).hasMatch())
        m_mobile->setText(searchText.trimmed());
    else
        m_name->setText(searchText.trimmed());
}

bool CustomerDialog::hasInput() const
{
    for (const QLineEdit* edit : {m_name, m_mobile, m_home, m_office, m_address, m_company, m_tags,
                                  m_preferences, m_source}) {
        if (!edit->text().trimmed().isEmpty())
            return true;
    }
    return !m_note->toPlainText().trimmed().isEmpty();
}

CustomerDraft CustomerDialog::draft() const
{
    CustomerDraft d;
    d.name = m_name->text();
    const QList<QPair<const QLineEdit*, QString>> phones{{m_mobile, QStringLiteral("mobile")},
                                                         {m_home, QStringLiteral("home")},
                                                         {m_office, QStringLiteral("office")}};
    for (const auto& [edit, label] : phones) {
        if (!edit->text().trimmed().isEmpty()) {
            d.phones << edit->text();
            d.phoneLabels << label;
        }
    }
    d.gender = static_cast<Gender>(m_gender->currentData().toInt());
    if (m_birthday->date() != noBirthday)
        d.birthday = m_birthday->date();
    d.address = m_address->text();
    d.company = m_company->text();
    d.category = static_cast<CustomerCategory>(m_category->currentData().toInt());
    d.confidentiality = static_cast<Confidentiality>(m_confidentiality->currentData().toInt());
    d.tags =
        m_tags->text().split(QRegularExpression(QStringLiteral("[,，、;；]")), Qt::SkipEmptyParts);
    d.preferences = m_preferences->text();
    d.source = m_source->text();
    d.note = m_note->toPlainText();
    d.contactHours = m_contactHours->text();
    d.contactOk = !m_noCalls->isChecked();
    for (int row = 0; row < m_family->rowCount(); ++row) {
        const auto cell = [&](int column) {
            const QTableWidgetItem* item = m_family->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        if (cell(0).isEmpty() && cell(1).isEmpty() && cell(2).isEmpty())
            continue;
        d.family.append({cell(0), cell(1), parseIsoDate(cell(2))});
    }
    return d;
}

CustomerEdit CustomerDialog::edit() const
{
    CustomerEdit e;
    e.draft = draft();
    e.stage = static_cast<LoyaltyStage>(m_stage->currentData().toInt());
    e.status = static_cast<CustomerStatus>(m_status->currentData().toInt());
    e.lostReason = m_lostReason->text();
    e.ownerId = m_owner->currentData().toLongLong();
    return e;
}

void CustomerDialog::validate()
{
    setFieldError(m_nameError, m_name->text().isEmpty() || !m_name->text().trimmed().isEmpty()
                                   ? QString()
                                   : tr("Name: required."));
    showPhone(m_mobile, m_mobileHint);
    showPhone(m_home, m_homeHint);
    showPhone(m_office, m_officeHint);
    m_save->setEnabled(m_session.services().customers().validate(draft()).ok());
}

void CustomerDialog::save()
{
    CustomerService customers = m_session.services().customers();
    const CustomerDraft d = draft();
    Result<QList<Customer>> sharing = customers.filesSharingPhones(d, m_editing);
    if (!sharing) {
        setFieldError(m_formError, sharing.error().message);
        return;
    }
    bool allowShared = false;
    if (!sharing->isEmpty()) {
        const Customer& other = sharing->first();
        const QString name = CustomerService::maySee(m_session.user().actor(), other)
                                 ? other.name
                                 : CustomerService::maskName(other.name);
        QMessageBox ask(QMessageBox::Question, tr("Same phone number"),
                        tr("This number is already on file %1 (%2). Is it the same customer?")
                            .arg(other.fileNo, name),
                        QMessageBox::NoButton, this);
        QPushButton* open = ask.addButton(tr("Open %1").arg(other.fileNo), QMessageBox::AcceptRole);
        QPushButton* anyway =
            ask.addButton(tr("Create a new file anyway"), QMessageBox::DestructiveRole);
        ask.addButton(QMessageBox::Cancel);
        ask.setDefaultButton(open);
        ask.exec();
        if (ask.clickedButton() == open) {
            m_existing = other.id;
            closeWithoutAsking();
            return;
        }
        if (ask.clickedButton() != anyway)
            return;
        allowShared = true;
    }
    Result<Customer> created =
        m_editing ? customers.update(m_session.user().actor(), m_editing, edit(), allowShared)
                  : customers.create(m_session.user().actor(), d, allowShared);
    if (!created) {
        setFieldError(m_formError, created.error().message);
        return;
    }
    m_created = created.value();
    accept();
}

} // namespace cc::ui
