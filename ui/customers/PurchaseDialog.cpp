#include "PurchaseDialog.h"

#include "FormSupport.h"
#include "Session.h"

#include <base/Money.h>
#include <customers/CustomerService.h>

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cc::ui {

namespace {
enum Column { Product, Quantity, Price, Cost };
}

PurchaseDialog::PurchaseDialog(Session& session, qint64 customerId, QWidget* parent)
    : GuardedDialog(parent)
    , m_session(session)
    , m_customerId(customerId)
    , m_receipt(new QLineEdit(this))
    , m_date(new DateEdit(this))
    , m_lines(new QTableWidget(0, 4, this))
    , m_total(new QLabel(this))
    , m_formError(new QLabel(this))
    , m_save(new QPushButton(tr("Record purchase"), this))
{
    setObjectName(QStringLiteral("purchaseDialog"));
    setWindowTitle(tr("Record a purchase"));
    m_receipt->setObjectName(QStringLiteral("receipt"));
    m_date->setObjectName(QStringLiteral("purchaseDate"));
    m_lines->setObjectName(QStringLiteral("lines"));
    m_save->setObjectName(QStringLiteral("save"));
    m_formError->setObjectName(QStringLiteral("formError"));
    m_formError->setWordWrap(true);
    m_formError->hide();
    m_total->setObjectName(QStringLiteral("total"));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    const QDate today = session.clock().nowUtc().toLocalTime().date();
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(today);
    m_date->setDate(today);
    m_receipt->setPlaceholderText(tr("as printed on the receipt"));

    m_lines->setHorizontalHeaderLabels(
        {tr("Product"), tr("Qty"), tr("Unit price (¥)"), tr("Unit cost (¥)")});
    m_lines->horizontalHeader()->setSectionResizeMode(Product, QHeaderView::Stretch);
    m_lines->verticalHeader()->hide();
    m_lines->setMinimumHeight(160);
    m_lines->setTabKeyNavigation(true);

    auto* add = new QPushButton(tr("Add line"), this);
    add->setObjectName(QStringLiteral("addLine"));
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    add->setToolTip(tr("Add a line (Ctrl+Enter)"));

    auto* form = new QFormLayout;
    form->addRow(tr("Receipt no. *"), m_receipt);
    form->addRow(tr("Date *"), m_date);

    auto* lineBar = new QHBoxLayout;
    lineBar->addWidget(add);
    lineBar->addStretch();
    lineBar->addWidget(m_total);

    auto* buttons = new QDialogButtonBox(this);
    m_save->setProperty("primary", true);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Record the purchase (Ctrl+S)"));
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->addLayout(form);
    layout->addWidget(m_lines);
    layout->addLayout(lineBar);
    layout->addWidget(m_formError);
    layout->addWidget(buttons);
    setMinimumWidth(640);

    connect(add, &QPushButton::clicked, this, &PurchaseDialog::addLine);
    connect(m_lines, &QTableWidget::cellChanged, this, &PurchaseDialog::updateTotal);
    connect(m_save, &QPushButton::clicked, this, &PurchaseDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &PurchaseDialog::reject);
    addLine();
    updateTotal();
}

void PurchaseDialog::addLine()
{
    const int row = m_lines->rowCount();
    m_lines->insertRow(row);
    m_lines->setItem(row, Quantity, new QTableWidgetItem(QStringLiteral("1")));
    for (int column : {Quantity, Price, Cost}) {
        if (!m_lines->item(row, column))
            m_lines->setItem(row, column, new QTableWidgetItem());
        m_lines->item(row, column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_lines->setCurrentCell(row, Product);
}

bool PurchaseDialog::hasInput() const
{
    if (!m_receipt->text().trimmed().isEmpty())
        return true;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const QTableWidgetItem* product = m_lines->item(row, Product);
        if (product && !product->text().trimmed().isEmpty())
            return true;
    }
    return false;
}

void PurchaseDialog::updateTotal()
{
    qint64 total = 0;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const QTableWidgetItem* price = m_lines->item(row, Price);
        const QTableWidgetItem* quantity = m_lines->item(row, Quantity);
        Result<qint64> fen = Money::parseYuan(price ? price->text() : QString(), QString());
        if (fen && quantity)
            total += fen.value() * quantity->text().toLongLong();
    }
    m_total->setText(tr("Total: %1").arg(Money::displayFen(total)));
}

void PurchaseDialog::save()
{
    QList<PurchaseLine> lines;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const auto text = [&](int column) {
            const QTableWidgetItem* item = m_lines->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        if (text(Product).isEmpty() && text(Price).isEmpty() && text(Cost).isEmpty())
            continue; // an empty line left at the end
        const QString line = tr("Line %1").arg(row + 1);
        bool ok = false;
        const qint64 quantity = text(Quantity).toLongLong(&ok);
        if (!ok) {
            setFieldError(m_formError, tr("%1: the quantity is not a whole number.").arg(line));
            return;
        }
        Result<qint64> price = Money::parseYuan(text(Price), tr("%1 unit price").arg(line));
        if (!price) {
            setFieldError(m_formError, price.error().message);
            return;
        }
        Result<qint64> cost = Money::parseYuan(
            text(Cost).isEmpty() ? QStringLiteral("0") : text(Cost), tr("%1 unit cost").arg(line));
        if (!cost) {
            setFieldError(m_formError, cost.error().message);
            return;
        }
        lines.append({text(Product), quantity, price.value(), cost.value()});
    }
    Result<Purchase> added = m_session.services().customers().addPurchase(
        m_session.user().actor(), m_customerId, m_receipt->text(), m_date->date(), lines);
    if (!added) {
        setFieldError(m_formError, added.error().message);
        return;
    }
    accept();
}

} // namespace cc::ui
