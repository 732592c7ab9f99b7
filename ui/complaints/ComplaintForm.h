#pragma once

#include <complaints/Complaint.h>
#include <customers/Customer.h>

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace cc::ui {

class CustomerSearch;
class Session;

/// 登记投诉: the intake form, keyboard first. What is typed is kept as a draft in the
/// database as it is typed, so a crash, a power cut or the lock screen loses nothing;
/// the draft is restored the next time the form opens.
class ComplaintForm : public QWidget {
    Q_OBJECT

public:
    static constexpr auto draftKind = "complaint_intake";

    explicit ComplaintForm(Session& session, QWidget* parent = nullptr);

    /// A fresh form (or the user's draft, if there is one), for `customerId` if given.
    void begin(qint64 customerId = 0);
    /// Whether the signed-in user has an unsaved complaint.
    static bool hasDraft(Session& session);
    /// Writes the draft now (before a lock or quit).
    void saveDraftNow();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    /// The complaint was logged.
    void saved(const QString& number);
    /// The user left the form (Esc / Back); the draft stays.
    void closed();

private:
    void chooseCustomer(qint64 id, const QString& label);
    void clearCustomer();
    void showMatches(const QString& query, const QList<cc::CustomerMatch>& matches);
    void pickMatch(int row);
    void pickPurchase(int index);
    void scheduleDraft();
    QJsonObject toJson() const;
    void fromJson(const QJsonObject& json);
    void resetFields();
    void discardDraft();
    void save();
    void setError(const QString& message);

    Session& m_session;
    CustomerSearch* m_search;
    QTimer m_draftTimer;
    QTimer m_searchTimer;
    bool m_loading = false;
    bool m_pickFirst = false; ///< Enter came before the search answered
    qint64 m_customerId = 0;
    QList<Purchase> m_purchases;
    QLabel* m_notice;
    QLineEdit* m_customerQuery;
    QListWidget* m_matches;
    QLabel* m_customer;
    QPushButton* m_changeCustomer;
    QLineEdit* m_newName;
    QLineEdit* m_newPhone;
    QWidget* m_newCustomer;
    QComboBox* m_channel;
    QComboBox* m_category;
    QLineEdit* m_product;
    QComboBox* m_receipt;
    QDateEdit* m_purchaseDate;
    QLineEdit* m_price;
    QPlainTextEdit* m_description;
    QComboBox* m_demand;
    QComboBox* m_staff;
    QList<QCheckBox*> m_flags;
    QDateTimeEdit* m_receivedAt;
    QLabel* m_error;
    QPushButton* m_save;
};

} // namespace cc::ui
