#include "QrCode.h"

#include <qrencode.h>

#include <memory>

namespace cc::print {

QrCode QrCode::encode(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    QrCode result;
    if (!code)
        return result;
    result.m_size = code->width;
    result.m_modules.reserve(code->width * code->width);
    for (int i = 0; i < code->width * code->width; ++i)
        result.m_modules.append((code->data[i] & 1) != 0); // bit 0: dark module
    return result;
}

} // namespace cc::print
