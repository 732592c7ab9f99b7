#pragma once

#include <base/Result.h>

#include <QCoreApplication>
#include <QImage>

#include <optional>

class QPainter;
class QPaintDevice;

namespace cc::print {

/// The two papers a counter prints on: an A5 sheet, or an 80 mm receipt roll whose slip
/// is as long as its content.
enum class SlipSize { A5, Roll80 };

/// A slip handed to the customer. Subclasses lay out their content; sizing, painting,
/// the PDF and the preview image are the same for every slip.
class Slip {
    Q_DECLARE_TR_FUNCTIONS(cc::print::Slip)

public:
    virtual ~Slip() = default;

    /// "a5" or "80mm".
    static std::optional<SlipSize> sizeFromKey(const QString& key);

    /// The page in millimetres; the roll's height fits the content.
    QSizeF pageSizeMm(SlipSize size) const;
    /// Paints the slip on a device whose page is pageSizeMm(size), at its own resolution.
    void paint(QPainter& painter, SlipSize size) const;
    /// Written all or nothing: the file appears only once complete.
    Status writePdf(const QString& path, SlipSize size) const;
    QImage toImage(SlipSize size, int dotsPerInch) const;

protected:
    /// The PDF's title.
    virtual QString title() const = 0;
    /// Lays the slip out at the device's resolution; paints when `painter` is set.
    /// Returns the height used, in device pixels, margins included.
    virtual qreal layout(QPainter* painter, QPaintDevice& device, SlipSize size) const = 0;
};

} // namespace cc::print
