#include "ComplaintSlip.h"

#include "SlipFlow.h"

#include <base/Money.h>

namespace cc::print {

using namespace detail;

ComplaintSlip::ComplaintSlip(ComplaintReceipt receipt)
    : m_receipt(std::move(receipt))
{}

QString ComplaintSlip::title() const
{
    return tr("Complaint receipt %1").arg(m_receipt.complaint.number);
}

qreal ComplaintSlip::layout(QPainter* painter, QPaintDevice& device, SlipSize size) const
{
    const Geometry geometry = geometryOf(size);
    const Complaint& c = m_receipt.complaint;
    qreal margin = 0;
    Flow flow = pageFlow(painter, device, size, &margin);
    const QFont body = slipFont(geometry.bodyPt);
    const QFont small = slipFont(geometry.bodyPt - 1.5);
    flow.heading(m_receipt.store.name,
                 m_receipt.store.hotline.isEmpty()
                     ? QString()
                     : tr("Service hotline: %1").arg(m_receipt.store.hotline),
                 tr("Complaint receipt"), geometry);
    flow.text(c.number, slipFont(geometry.numberPt, true), Qt::AlignHCenter);
    flow.skip(1.5);

    QList<QPair<QString, QString>> rows;
    rows.append({tr("Received at"), localTime(c.receivedAt)});
    rows.append({tr("Customer"), c.customerName});
    if (!c.product.isEmpty())
        rows.append({tr("Product"), c.product});
    if (!c.receiptNo.isEmpty())
        rows.append({tr("Receipt no."), c.receiptNo});
    if (c.purchaseDate.isValid())
        rows.append({tr("Bought on"), c.purchaseDate.toString(QStringLiteral("yyyy-MM-dd"))});
    if (c.priceFen)
        rows.append({tr("Price"), Money::displayFen(*c.priceFen)});
    if (c.demand != ComplaintDemand::None)
        rows.append({tr("You asked for"), ComplaintKeys::displayName(c.demand)});
    QString summary = c.description.simplified();
    const int summaryLimit = size == SlipSize::A5 ? 360 : 200;
    if (summary.size() > summaryLimit)
        summary = summary.left(summaryLimit - 1) + QChar(0x2026);
    rows.append({tr("Summary"), summary});

    const QStringList allLabels{tr("Received at"),   tr("Customer"),   tr("Product"),
                                tr("Receipt no."),   tr("Bought on"),  tr("Price"),
                                tr("You asked for"), tr("Summary"),    tr("We keep"),
                                tr("Reply by"),      tr("Resolve by"), tr("Handled by")};
    const qreal labelWidth = flow.labelWidth(allLabels, body);

    for (const auto& [label, value] : rows)
        flow.row(label, value, body, labelWidth);

    for (const CustodyItem& item : c.custody) {
        QStringList parts{item.item};
        if (!item.condition.isEmpty())
            parts << item.condition;
        if (item.returnedAt.isValid())
            parts << tr("returned %1").arg(localTime(item.returnedAt));
        else if (!item.sentTo.isEmpty())
            parts << tr("sent to %1").arg(item.sentTo);
        flow.row(tr("We keep"), parts.join(QStringLiteral("; ")), body, labelWidth);
    }

    flow.rule(true);
    const QFont strong = slipFont(geometry.bodyPt, true);
    flow.row(tr("Reply by"), localTime(c.replyDue), strong, labelWidth);
    flow.row(tr("Resolve by"), localTime(c.resolveDue), body, labelWidth);
    if (!m_receipt.handlerName.isEmpty())
        flow.row(tr("Handled by"), m_receipt.handlerName, body, labelWidth);
    flow.skip(2);
    flow.qr(c.number, geometry.qrMm);
    flow.text(tr("Show this code at the service counter when you come back."), small,
              Qt::AlignHCenter);
    flow.skip(1.5);
    flow.text(tr("Please keep this slip until your complaint is settled."), small,
              Qt::AlignHCenter);
    return flow.y() + margin;
}

} // namespace cc::print
