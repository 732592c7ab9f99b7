#include "SearchKeys.h"

#include <QSet>
#include <QVarLengthArray>

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

namespace {

void appendUtf8Hex(QString& out, char32_t ch)
{
    static constexpr char digits[] = "0123456789abcdef";
    char bytes[4];
    int n = 0;
    if (ch < 0x80) {
        bytes[n++] = char(ch);
    } else if (ch < 0x800) {
        bytes[n++] = char(0xc0 | (ch >> 6));
        bytes[n++] = char(0x80 | (ch & 0x3f));
    } else if (ch < 0x10000) {
        bytes[n++] = char(0xe0 | (ch >> 12));
        bytes[n++] = char(0x80 | ((ch >> 6) & 0x3f));
        bytes[n++] = char(0x80 | (ch & 0x3f));
    } else {
        bytes[n++] = char(0xf0 | (ch >> 18));
        bytes[n++] = char(0x80 | ((ch >> 12) & 0x3f));
        bytes[n++] = char(0x80 | ((ch >> 6) & 0x3f));
        bytes[n++] = char(0x80 | (ch & 0x3f));
    }
    for (int i = 0; i < n; ++i) {
        out += QLatin1Char(digits[(uchar(bytes[i]) >> 4) & 0xf]);
        out += QLatin1Char(digits[uchar(bytes[i]) & 0xf]);
    }
}

} // namespace

// The same words as pieceWord() of each of nameGrams(), without the lists and strings in
// between: the demo makes a million of these, and an import one per row.
QString SearchKeys::namePieces(const QString& nameKey)
{
    QVarLengthArray<char32_t, 32> chars;
    for (qsizetype i = 0; i < nameKey.size(); ++i) {
        const QChar unit = nameKey.at(i);
        if (unit == QLatin1Char(' '))
            continue;
        if (unit.isHighSurrogate() && i + 1 < nameKey.size() &&
            nameKey.at(i + 1).isLowSurrogate()) {
            chars.append(QChar::surrogateToUcs4(unit, nameKey.at(i + 1)));
            ++i;
        } else if (unit.isSurrogate()) {
            // Not a character: spelled as pieceWord() spells it, the slow way.
            QStringList words;
            for (const QString& piece : nameGrams(nameKey))
                words << pieceWord(piece);
            return words.join(QLatin1Char(' '));
        } else {
            chars.append(unit.unicode());
        }
    }
    constexpr char32_t single = 0xffffffff; // no character: a piece of one
    QVarLengthArray<std::pair<char32_t, char32_t>, 64> seen;
    QString words;
    words.reserve(chars.size() * 20);
    const auto add = [&](char32_t first, char32_t second) {
        const std::pair<char32_t, char32_t> piece{first, second};
        if (std::find(seen.cbegin(), seen.cend(), piece) != seen.cend())
            return;
        seen.append(piece);
        if (!words.isEmpty())
            words += QLatin1Char(' ');
        appendUtf8Hex(words, first);
        if (second != single)
            appendUtf8Hex(words, second);
    };
    for (qsizetype i = 0; i < chars.size(); ++i) {
        add(chars[i], single);
        if (i + 1 < chars.size())
            add(chars[i], chars[i + 1]);
    }
    return words;
}

QString SearchKeys::textPieces(const QStringList& texts)
{
    QSet<std::pair<char32_t, char32_t>> seen;
    QString words;
    for (const QString& text : texts) {
        const QList<uint> chars = text.toUcs4();
        for (qsizetype i = 0; i + 1 < chars.size(); ++i) {
            const char32_t first = chars[i];
            const char32_t second = chars[i + 1];
            if (!QChar::isLetterOrNumber(first) || !QChar::isLetterOrNumber(second))
                continue; // a space or a mark between: not two characters of one word
            if (!QChar::isLetter(first) && !QChar::isLetter(second))
                continue;
            if (seen.contains({first, second}))
                continue;
            seen.insert({first, second});
            if (!words.isEmpty())
                words += QLatin1Char(' ');
            appendUtf8Hex(words, first);
            appendUtf8Hex(words, second);
        }
    }
    return words;
}

} // namespace cc
