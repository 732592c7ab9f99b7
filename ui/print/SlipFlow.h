#pragma once

// The drawing helpers every slip shares: page geometry, the font, and a top-to-bottom
// flow that measures, and paints when given a painter. Internal to countercare_print.
#include "QrCode.h"
#include "Slip.h"

#include <QDateTime>
#include <QFont>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>

namespace cc::print::detail {

inline constexpr qreal a5WidthMm = 148.0;
inline constexpr qreal a5HeightMm = 210.0;
inline constexpr qreal rollWidthMm = 80.0;

struct Geometry {
    qreal marginMm;
    qreal bodyPt;
    qreal titlePt;
    qreal numberPt;
    qreal qrMm;
};

inline Geometry geometryOf(SlipSize size)
{
    if (size == SlipSize::A5)
        return {12.0, 10.0, 15.0, 17.0, 30.0};
    return {4.0, 8.5, 11.0, 13.0, 26.0};
}

inline QFont slipFont(qreal pointSize, bool bold = false)
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

    /// The header of every slip: the store's name, its hotline line, the slip's title and
    /// a rule.
    void heading(const QString& store, const QString& hotlineLine, const QString& title,
                 const Geometry& geometry)
    {
        text(store, slipFont(geometry.titlePt, true), Qt::AlignHCenter);
        if (!hotlineLine.isEmpty())
            text(hotlineLine, slipFont(geometry.bodyPt), Qt::AlignHCenter);
        skip(1);
        text(title, slipFont(geometry.bodyPt + 1.5, true), Qt::AlignHCenter);
        rule();
    }

    /// A label column as wide as the widest label, at most 38 % of the width.
    qreal labelWidth(const QStringList& labels, const QFont& font) const
    {
        const QFontMetricsF metrics(font, &m_device);
        qreal widest = 0;
        for (const QString& label : labels)
            widest = std::max(widest, metrics.horizontalAdvance(label));
        return std::min(widest + 1, m_width * 0.38);
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

inline QString localTime(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                         : QString();
}

/// The flow of a slip's page, inside its margins; `margin` receives the margin in pixels.
inline Flow pageFlow(QPainter* painter, QPaintDevice& device, SlipSize size, qreal* margin)
{
    const qreal dpi = device.logicalDpiX();
    const qreal widthMm = size == SlipSize::A5 ? a5WidthMm : rollWidthMm;
    *margin = geometryOf(size).marginMm * dpi / 25.4;
    return Flow(painter, device, *margin, *margin, widthMm * dpi / 25.4 - 2 * *margin);
}

} // namespace cc::print::detail
