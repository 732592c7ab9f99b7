#include "TextInput.h"

namespace cc {

namespace {

bool refused(char16_t ch)
{
    if (ch == u'\n' || ch == u'\r' || ch == u'\t')
        return false;
    if (ch < 0x20 || (ch >= 0x7f && ch < 0xa0)) // C0, DEL and C1
        return true;
    // Bidirectional embeddings, overrides and isolates; the line and paragraph separators.
    return (ch >= 0x202a && ch <= 0x202e) || (ch >= 0x2066 && ch <= 0x2069) || ch == 0x2028 ||
           ch == 0x2029;
}

} // namespace

Status TextInput::check(const QString& text, const QString& field)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t ch = text.at(i).unicode();
        if (refused(ch))
            return makeError(
                ErrorCode::Validation,
                tr("%1: contains the control character U+%2 at position %3, which "
                   "cannot be typed; remove it.")
                    .arg(field)
                    .arg(QString::number(ch, 16).toUpper().rightJustified(4, QLatin1Char('0')))
                    .arg(i + 1));
    }
    return {};
}

} // namespace cc
