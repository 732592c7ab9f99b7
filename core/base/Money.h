#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace cc {

/// Money is integer fen (1 yuan = 100 fen) everywhere in core and in the database.
class Money {
    Q_DECLARE_TR_FUNCTIONS(cc::Money)

public:
    /// The largest amount accepted from a user: 100 million yuan.
    static constexpr qint64 maxFen = 10'000'000'000LL;

    /// Parses a yuan amount as typed: "1498", "1498.00", "12.5", " 7 ".
    /// Refuses empty text, signs, more than two decimals, separators, letters and
    /// amounts above maxFen; the message names `fieldName`.
    static Result<qint64> parseYuan(const QString& text, const QString& fieldName);

    /// "1498.00": two decimals, no currency sign, no grouping (the CLI and JSON form).
    static QString formatFen(qint64 fen);

    /// "¥1,498.00": for people (grouping by thousands).
    static QString displayFen(qint64 fen);
};

} // namespace cc
