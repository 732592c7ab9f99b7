#pragma once

#include <QString>
#include <QVector>

namespace cc::print {

/// A QR code (libqrencode, error correction M): a square of dark and light modules.
class QrCode {
public:
    /// Empty when the text cannot be encoded.
    static QrCode encode(const QString& text);

    bool isEmpty() const { return m_size == 0; }
    int size() const { return m_size; }
    bool isDark(int x, int y) const { return m_modules.at(y * m_size + x); }

private:
    int m_size = 0;
    QVector<bool> m_modules;
};

} // namespace cc::print
