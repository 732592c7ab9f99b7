#pragma once

#include "GuardedDialog.h"

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cc::ui {

class Session;

/// 记录购买: a receipt with its lines (product, quantity, unit price, unit cost).
class PurchaseDialog : public GuardedDialog {
    Q_OBJECT

public:
    PurchaseDialog(Session& session, qint64 customerId, QWidget* parent = nullptr);

protected:
    bool hasInput() const override;

private:
    void addLine();
    void updateTotal();
    void save();

    Session& m_session;
    qint64 m_customerId;
    QLineEdit* m_receipt;
    QDateEdit* m_date;
    QTableWidget* m_lines;
    QLabel* m_total;
    QLabel* m_formError;
    QPushButton* m_save;
};

} // namespace cc::ui
