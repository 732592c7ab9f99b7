#include "CompensationSlip.h"

#include "SlipFlow.h"

#include <Money.h>

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
    const qreal dpi = device.logicalDpiX();
    const qreal widthMm = size == SlipSize::A5 ? a5WidthMm : rollWidthMm;
    const qreal margin = geometry.marginMm * dpi / 25.4;
    Flow flow(painter, device, margin, margin, widthMm * dpi / 25.4 - 2 * margin);
    const QFont body = slipFont(geometry.bodyPt);
    const QFont small = slipFont(geometry.bodyPt - 1.5);

    flow.text(m_data.store.name, slipFont(geometry.titlePt, true), Qt::AlignHCenter);
    if (!m_data.store.hotline.isEmpty())
        flow.text(tr("Service hotline: %1").arg(m_data.store.hotline), body, Qt::AlignHCenter);
    flow.skip(1);
    flow.text(tr("Compensation slip"), slipFont(geometry.bodyPt + 1.5, true), Qt::AlignHCenter);
    flow.rule();
    flow.text(p.status == CompensationStatus::Approved
                  ? QStringLiteral("%1 %2").arg(CompensationKeys::displayName(p.kind),
                                                Money::displayFen(p.grantedFen.value_or(0)))
                  : CompensationKeys::displayName(p.status),
              slipFont(geometry.numberPt, true), Qt::AlignHCenter);
    flow.skip(1.5);

    const QStringList labels{tr("Complaint"),   tr("Customer"),   tr("Granted"), tr("Asked for"),
                             tr("Approved by"), tr("Decided on"), tr("Note")};
    qreal labelWidth = 0;
    const QFontMetricsF metrics(body, &device);
    for (const QString& label : labels)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(label));
    labelWidth = std::min(labelWidth + 1, flow.width() * 0.38);

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
