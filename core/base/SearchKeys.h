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
    /// The row of `customer_name_pieces` for a name key: its pieces as words of that
    /// table's index, separated by spaces.
    static QString namePieces(const QString& nameKey);
    /// One piece (one or two characters) as a word of `customer_name_pieces`: the hex of its
    /// UTF-8, so that no character of a name, punctuation included, splits or joins words.
    static QString pieceWord(const QString& piece);
    /// The row of `customer_text_pieces` for an address and a note (search keys): every
    /// two letters or digits side by side, as pieceWord() spells them, each once. Pairs
    /// without a letter (the digits of a house number) are left out: a search of digits
    /// is a phone search.
    static QString textPieces(const QStringList& texts);
};

} // namespace cc
