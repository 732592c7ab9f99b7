#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace cc {

/// What may be typed into a field. A control character (a NUL from a till's export, an
/// escape, a bidirectional override that shows 1234 as 4321) cannot be typed at the
/// counter, would be saved invisible, and breaks search and slips: it is refused, the
/// message naming the field and the character. Line breaks and tabs are whitespace: a
/// one-line field folds them into spaces (QString::simplified), a note keeps them.
class TextInput {
    Q_DECLARE_TR_FUNCTIONS(cc::TextInput)

public:
    static Status check(const QString& text, const QString& field);
};

} // namespace cc
