#include "ComplaintSlip.h"

#include "QrCode.h"

#include <Money.h>

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace cc::print {

namespace {

constexpr qreal a5WidthMm = 148.0;
constexpr qreal a5HeightMm = 210.0;
constexpr qreal rollWidthMm = 80.0;

struct Geometry {
    qreal marginMm;
    qreal bodyPt;
    qreal titlePt;
    qreal numberPt;
    qreal qrMm;
};

Geometry geometryOf(SlipSize size)
{
    if (size == SlipSize::A5)
        return {12.0, 10.0, 15.0, 17.0, 30.0};
    return {4.0, 8.5, 11.0, 13.0, 26.0};
}

QFont slipFont(qreal pointSize, bool bold = false)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

/// Lays out top to bottom, painting only when a painter is given.
class Flow {
public:
    Flow(QPainter* painter, QPaintDevice& device, qreal left, qreal top, qreal width)
        : m_painter(painter)
        , m_device(device)
        , m_left(left)
        , m_y(top)
        , m_width(width)
    {}

    qreal mm(qreal millimetres) const { return millimetres * m_device.logicalDpiY() / 25.4; }
    qreal y() const { return m_y; }
    qreal width() const { return m_width; }
    void skip(qreal millimetres) { m_y += mm(millimetres); }

    void text(const QString& text, const QFont& font, Qt::Alignment align = Qt::AlignLeft)
    {
        const QFontMetricsF metrics(font, &m_device);
        const int flags = int(align) | Qt::TextWordWrap;
        const QRectF box(m_left, m_y, m_width, 1e6);
        const qreal height = metrics.boundingRect(box, flags, text).height();
        if (m_painter) {
            m_painter->setFont(font);
            m_painter->drawText(QRectF(m_left, m_y, m_width, height), flags, text);
        }
        m_y += height;
    }

    /// A label in a column of its own, its value wrapped beside it.
    void row(const QString& label, const QString& value, const QFont& font, qreal labelWidth)
    {
        const QFontMetricsF metrics(font, &m_device);
        const int flags = Qt::AlignLeft | Qt::TextWordWrap;
        const qreal gap = mm(2);
        const QRectF valueBox(m_left + labelWidth + gap, m_y, m_width - labelWidth - gap, 1e6);
        const qreal height = std::max(
            metrics.boundingRect(valueBox, flags, value).height(),
            metrics.boundingRect(QRectF(m_left, m_y, labelWidth, 1e6), flags, label).height());
        if (m_painter) {
            QFont labelFont = font;
            m_painter->setFont(labelFont);
            m_painter->setPen(QColor(0x55, 0x55, 0x55));
            m_painter->drawText(QRectF(m_left, m_y, labelWidth, height), flags, label);
            m_painter->setPen(Qt::black);
            m_painter->drawText(QRectF(valueBox.topLeft(), QSizeF(valueBox.width(), height)), flags,
                                value);
        }
        m_y += height + mm(0.8);
    }

    void rule(bool dashed = false)
    {
        m_y += mm(1.2);
        if (m_painter) {
            QPen pen(Qt::black, std::max(1.0, mm(0.25)));
            pen.setStyle(dashed ? Qt::DashLine : Qt::SolidLine);
            m_painter->setPen(pen);
            m_painter->drawLine(QPointF(m_left, m_y), QPointF(m_left + m_width, m_y));
            m_painter->setPen(Qt::black);
        }
        m_y += mm(1.8);
    }

    void qr(const QString& text, qreal sideMm)
    {
        const QrCode code = QrCode::encode(text);
        const qreal side = mm(sideMm);
        if (m_painter && !code.isEmpty()) {
            const qreal module = side / (code.size() + 8); // 4-module quiet zone each side
            const qreal x0 = m_left + (m_width - side) / 2 + 4 * module;
            const qreal y0 = m_y + 4 * module;
            m_painter->save();
            m_painter->setPen(Qt::NoPen);
            m_painter->setBrush(Qt::black);
            for (int y = 0; y < code.size(); ++y) {
                for (int x = 0; x < code.size(); ++x) {
                    // Slightly oversized modules leave no hairline gaps between them.
                    if (code.isDark(x, y))
                        m_painter->drawRect(
                            QRectF(x0 + x * module, y0 + y * module, module * 1.02, module * 1.02));
                }
            }
            m_painter->restore();
        }
        m_y += side;
    }

private:
    QPainter* m_painter;
    QPaintDevice& m_device;
    qreal m_left;
    qreal m_y;
    qreal m_width;
};

QString localTime(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                         : QString();
}

} // namespace

ComplaintSlip::ComplaintSlip(ComplaintReceipt receipt)
    : m_receipt(std::move(receipt))
{}

std::optional<SlipSize> ComplaintSlip::sizeFromKey(const QString& key)
{
    if (key.compare(QStringLiteral("a5"), Qt::CaseInsensitive) == 0)
        return SlipSize::A5;
    if (key.compare(QStringLiteral("80mm"), Qt::CaseInsensitive) == 0)
        return SlipSize::Roll80;
    return std::nullopt;
}

qreal ComplaintSlip::layout(QPainter* painter, QPaintDevice& device, SlipSize size) const
{
    const Geometry geometry = geometryOf(size);
    const Complaint& c = m_receipt.complaint;
    const qreal dpi = device.logicalDpiX();
    const qreal widthMm = size == SlipSize::A5 ? a5WidthMm : rollWidthMm;
    const qreal margin = geometry.marginMm * dpi / 25.4;
    Flow flow(painter, device, margin, margin, widthMm * dpi / 25.4 - 2 * margin);
    const QFont body = slipFont(geometry.bodyPt);
    const QFont small = slipFont(geometry.bodyPt - 1.5);

    flow.text(m_receipt.store.name, slipFont(geometry.titlePt, true), Qt::AlignHCenter);
    if (!m_receipt.store.hotline.isEmpty())
        flow.text(tr("Service hotline: %1").arg(m_receipt.store.hotline), body, Qt::AlignHCenter);
    flow.skip(1);
    flow.text(tr("Complaint receipt"), slipFont(geometry.bodyPt + 1.5, true), Qt::AlignHCenter);
    flow.rule();
    flow.text(c.number, slipFont(geometry.numberPt, true), Qt::AlignHCenter);
    flow.skip(1.5);

    QList<QPair<QString, QString>> rows;
    rows.append({tr("Received"), localTime(c.receivedAt)});
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

    qreal labelWidth = 0;
    const QFontMetricsF metrics(body, &device);
    const QStringList allLabels{tr("Received"),      tr("Customer"),   tr("Product"),
                                tr("Receipt no."),   tr("Bought on"),  tr("Price"),
                                tr("You asked for"), tr("Summary"),    tr("We keep"),
                                tr("Reply by"),      tr("Resolve by"), tr("Handled by")};
    for (const QString& label : allLabels)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(label));
    labelWidth = std::min(labelWidth + 1, flow.width() * 0.38);

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

QSizeF ComplaintSlip::pageSizeMm(SlipSize size) const
{
    if (size == SlipSize::A5)
        return {a5WidthMm, a5HeightMm};
    // Measure at a fixed resolution: the roll is as long as the slip.
    QImage probe(8, 8, QImage::Format_RGB32);
    probe.setDotsPerMeterX(qRound(300 / 0.0254));
    probe.setDotsPerMeterY(qRound(300 / 0.0254));
    const qreal heightPx = layout(nullptr, probe, size);
    return {rollWidthMm, std::ceil(heightPx * 25.4 / 300 + 2)};
}

void ComplaintSlip::paint(QPainter& painter, SlipSize size) const
{
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setPen(Qt::black);
    layout(&painter, *painter.device(), size);
}

Status ComplaintSlip::writePdf(const QString& path, SlipSize size) const
{
    // All or nothing: the PDF appears under its name only once it is complete.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Validation,
                         tr("PDF: cannot write \"%1\": %2").arg(path, file.errorString()));
    QPdfWriter writer(&file);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("CounterCare"));
    writer.setTitle(tr("Complaint receipt %1").arg(m_receipt.complaint.number));
    writer.setPageLayout(QPageLayout(
        QPageSize(pageSizeMm(size), QPageSize::Millimeter, QString(), QPageSize::ExactMatch),
        QPageLayout::Portrait, QMarginsF()));
    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(ErrorCode::Validation, tr("PDF: cannot write \"%1\".").arg(path));
    paint(painter, size);
    painter.end();
    if (!file.commit())
        return makeError(ErrorCode::Validation,
                         tr("PDF: cannot write \"%1\": %2").arg(path, file.errorString()));
    return {};
}

QImage ComplaintSlip::toImage(SlipSize size, int dotsPerInch) const
{
    const QSizeF mm = pageSizeMm(size);
    QImage image(qRound(mm.width() * dotsPerInch / 25.4), qRound(mm.height() * dotsPerInch / 25.4),
                 QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dotsPerInch / 0.0254));
    image.setDotsPerMeterY(qRound(dotsPerInch / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, size);
    return image;
}

} // namespace cc::print
