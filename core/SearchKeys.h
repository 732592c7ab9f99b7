#pragma once

#include <QString>
#include <QStringList>

namespace cc {

/// What a customer file is indexed under, derived one way for every writer (a saved file,
/// an import, the demo generator), so that the search finds them all alike.
class SearchKeys {
public:
    /// The national significant number of an E.164 number: what people type without +86.
    static QString nationalDigits(const QString& e164);
    /// The digits backwards: a suffix search ("the last four") becomes a prefix search.
    static QString reversed(const QString& digits);
    /// One- and two-character pieces of a name key, spaces skipped, each once.
    static QStringList nameGrams(const QString& nameKey);
};

} // namespace cc
