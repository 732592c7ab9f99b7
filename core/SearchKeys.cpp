#include "SearchKeys.h"

#include <algorithm>

namespace cc {

QString SearchKeys::nationalDigits(const QString& e164)
{
    return e164.startsWith(QLatin1String("+86")) ? e164.mid(3) : e164.mid(1);
}

QString SearchKeys::reversed(const QString& digits)
{
    QString out = digits;
    std::reverse(out.begin(), out.end());
    return out;
}

QStringList SearchKeys::nameGrams(const QString& nameKey)
{
    QString compact = nameKey;
    compact.remove(QLatin1Char(' '));
    const QList<uint> chars = compact.toUcs4();
    QStringList grams;
    for (qsizetype i = 0; i < chars.size(); ++i) {
        grams << QString::fromUcs4(reinterpret_cast<const char32_t*>(&chars[i]), 1);
        if (i + 1 < chars.size())
            grams << QString::fromUcs4(reinterpret_cast<const char32_t*>(&chars[i]), 2);
    }
    grams.removeDuplicates();
    return grams;
}

QString SearchKeys::pieceWord(const QString& piece)
{
    return QString::fromLatin1(piece.toUtf8().toHex());
}

QString SearchKeys::namePieces(const QString& nameKey)
{
    QStringList words;
    for (const QString& piece : nameGrams(nameKey))
        words << pieceWord(piece);
    return words.join(QLatin1Char(' '));
}

} // namespace cc
