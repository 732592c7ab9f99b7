#pragma once

#include <QByteArray>

namespace cc::print {

/// Makes a PDF written by Qt extract to the text it shows.
///
/// A CJK font draws some characters with one glyph: 门 and the radical ⻔, 黑 and ⿊, 胶 and
/// 㬵. Qt's PDF writer names each glyph in the font's text map (ToUnicode) by the lowest
/// code point that uses it, so `pdftotext`, search and copy give the radical. This names
/// such glyphs by the character a person writes instead. Each entry keeps its length, so
/// the file's cross-reference table stays true. Returns the PDF unchanged where it has
/// nothing to mend.
QByteArray withTextAsShown(QByteArray pdf);

/// The character a person writes for `codePoint` when a font draws both with one glyph:
/// the unified ideograph for a radical, the common form for a rare one; else `codePoint`.
char16_t writtenForm(char16_t codePoint);

} // namespace cc::print
