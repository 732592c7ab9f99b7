#include "CompensationSlip.h"

#include "SlipFlow.h"

#include <base/Money.h>

namespace cc::print {

using namespace detail;

CompensationSlip::CompensationSlip(CompensationSlipData data)
    : m_data(std::move(data))
{}

QString CompensationSlip::title() const
{
    return tr("Compensation slip %1").arg(m_data.compensation.complaintNumber);
}

qreal CompensationSlip::layout(QPainter* painter, QPaintDevice& device, SlipSize size) const
{
    const Geometry geometry = geometryOf(size);
    const Compensation& p = m_data.compensation;
    qreal margin = 0;
    Flow flow = pageFlow(painter, device, size, &margin);
    const QFont body = slipFont(geometry.bodyPt);
    const QFont small = slipFont(geometry.bodyPt - 1.5);
    flow.heading(m_data.store.name,
                 m_data.store.hotline.isEmpty()
                     ? QString()
                     : tr("Service hotline: %1").arg(m_data.store.hotline),
                 tr("Compensation slip"), geometry);
    flow.text(p.status == CompensationStatus::Approved
                  ? QStringLiteral("%1 %2").arg(CompensationKeys::displayName(p.kind),
                                                Money::displayFen(p.grantedFen.value_or(0)))
                  : CompensationKeys::displayName(p.status),
              slipFont(geometry.numberPt, true), Qt::AlignHCenter);
    flow.skip(1.5);

    const QStringList labels{tr("Complaint"),   tr("Customer"),   tr("Granted"), tr("Asked for"),
                             tr("Approved by"), tr("Decided on"), tr("Note")};
    const qreal labelWidth = flow.labelWidth(labels, body);

    flow.row(tr("Complaint"), p.complaintNumber, body, labelWidth);
    flow.row(tr("Customer"), p.customerName, body, labelWidth);
    if (p.status == CompensationStatus::Approved) {
        flow.row(tr("Granted"),
                 QStringLiteral("%1 %2").arg(CompensationKeys::displayName(p.kind),
                                             Money::displayFen(p.grantedFen.value_or(0))),
                 slipFont(geometry.bodyPt, true), labelWidth);
        if (p.grantedFen.value_or(0) != p.amountFen)
            flow.row(tr("Asked for"), Money::displayFen(p.amountFen), body, labelWidth);
    }
    flow.row(tr("Approved by"), p.decidedByName.isEmpty() ? p.decidedBy : p.decidedByName, body,
             labelWidth);
    flow.row(tr("Decided on"), localTime(p.decidedAt), body, labelWidth);
    if (!p.comment.isEmpty())
        flow.row(tr("Note"), p.comment, body, labelWidth);
    flow.rule(true);
    flow.skip(1);
    flow.qr(p.complaintNumber, geometry.qrMm);
    flow.text(tr("Show this slip at the service counter to receive what was granted."), small,
              Qt::AlignHCenter);
    return flow.y() + margin;
}

} // namespace cc::print
