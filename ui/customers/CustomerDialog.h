#pragma once

#include "GuardedDialog.h"

#include <accounts/User.h>
#include <customers/Customer.h>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace cc::ui {

class Session;

/// 新建客户档案: the file a clerk fills in at the counter, most-used fields first.
class CustomerDialog : public GuardedDialog {
    Q_OBJECT

public:
    explicit CustomerDialog(Session& session, QWidget* parent = nullptr);

    /// Pre-fills the search text: digits go to the mobile field, anything else to the name.
    void prefill(const QString& searchText);
    /// Edit mode: the file's fields, its standing (stage, status) and, for managers, its owner.
    void setCustomer(const Customer& customer, const QList<User>& staff);
    const Customer& created() const { return m_created; }
    /// When the clerk chose to open an existing file with the same phone instead.
    qint64 existingChosen() const { return m_existing; }

protected:
    bool hasInput() const override;

private:
    CustomerDraft draft() const;
    CustomerEdit edit() const;
    void validate();
    void save();

    Session& m_session;
    QLineEdit* m_name;
    QLineEdit* m_mobile;
    QLineEdit* m_home;
    QLineEdit* m_office;
    QComboBox* m_gender;
    QDateEdit* m_birthday;
    QLineEdit* m_address;
    QLineEdit* m_company;
    QComboBox* m_category;
    QComboBox* m_confidentiality;
    QLineEdit* m_tags;
    QLineEdit* m_preferences;
    QLineEdit* m_source;
    QLineEdit* m_contactHours;
    QCheckBox* m_noCalls;
    QPlainTextEdit* m_note;
    QTableWidget* m_family;
    QComboBox* m_stage;
    QComboBox* m_status;
    QLineEdit* m_lostReason;
    QComboBox* m_owner;
    QWidget* m_standing;
    QLabel* m_nameError;
    QLabel* m_mobileHint;
    QLabel* m_homeHint;
    QLabel* m_officeHint;
    QLabel* m_formError;
    QPushButton* m_save;
    Customer m_created;
    qint64 m_editing = 0;
    qint64 m_existing = 0;
};

} // namespace cc::ui
