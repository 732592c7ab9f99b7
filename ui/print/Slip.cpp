#include "Slip.h"

#include "PdfText.h"
#include "SlipFlow.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <base/PrivateFile.h>

#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>

namespace cc::print {

using namespace detail;

std::optional<SlipSize> Slip::sizeFromKey(const QString& key)
{
    if (key.compare(QStringLiteral("a5"), Qt::CaseInsensitive) == 0)
        return SlipSize::A5;
    if (key.compare(QStringLiteral("80mm"), Qt::CaseInsensitive) == 0)
        return SlipSize::Roll80;
    return std::nullopt;
}

QSizeF Slip::pageSizeMm(SlipSize size) const
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

void Slip::paint(QPainter& painter, SlipSize size) const
{
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setPen(Qt::black);
    layout(&painter, *painter.device(), size);
}

Status Slip::writePdf(const QString& path, SlipSize size) const
{
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("CounterCare"));
        writer.setTitle(title());
        writer.setPageLayout(QPageLayout(
            QPageSize(pageSizeMm(size), QPageSize::Millimeter, QString(), QPageSize::ExactMatch),
            QPageLayout::Portrait, QMarginsF()));
        QPainter painter;
        if (!painter.begin(&writer))
            return makeError(ErrorCode::Validation, tr("PDF: cannot write \"%1\".").arg(path));
        paint(painter, size);
        painter.end();
    }
    // All or nothing: the PDF appears under its name only once it is complete.
    // Owner-only: a receipt names the customer and the case.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(PrivateFile::permissions) ||
        file.write(withTextAsShown(pdf.data())) < 0 || !file.commit() ||
        !PrivateFile::restrict(path))
        return makeError(ErrorCode::Validation,
                         tr("PDF: cannot write \"%1\": %2").arg(path, file.errorString()));
    return {};
}

QImage Slip::toImage(SlipSize size, int dotsPerInch) const
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
