#pragma once

#include <ComplaintService.h>

#include <QCoreApplication>
#include <QImage>

#include <optional>

class QPainter;
class QPaintDevice;

namespace cc::print {

/// The two papers a counter prints on: an A5 sheet, or an 80 mm receipt roll whose slip
/// is as long as its content.
enum class SlipSize { A5, Roll80 };

/// The slip handed to the customer when a complaint is logged: store and hotline, the
/// complaint number, customer, product, a summary, items kept in custody, the promised
/// reply time, the handler and a QR code of the number for the counter's scanner.
class ComplaintSlip {
    Q_DECLARE_TR_FUNCTIONS(cc::print::ComplaintSlip)

public:
    explicit ComplaintSlip(ComplaintReceipt receipt);

    /// "a5" or "80mm".
    static std::optional<SlipSize> sizeFromKey(const QString& key);

    /// The page in millimetres; the roll's height fits the content.
    QSizeF pageSizeMm(SlipSize size) const;
    /// Paints the slip on a device whose page is pageSizeMm(size), at its own resolution.
    void paint(QPainter& painter, SlipSize size) const;

    Status writePdf(const QString& path, SlipSize size) const;
    QImage toImage(SlipSize size, int dotsPerInch) const;

private:
    /// Lays the slip out at the device's resolution; paints when `painter` is set.
    /// Returns the height used, in device pixels, margins included.
    qreal layout(QPainter* painter, QPaintDevice& device, SlipSize size) const;

    ComplaintReceipt m_receipt;
};

} // namespace cc::print
