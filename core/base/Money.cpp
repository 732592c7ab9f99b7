#include "Money.h"

#include <QRegularExpression>

namespace cc {

Result<qint64> Money::parseYuan(const QString& text, const QString& fieldName)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::Validation, tr("%1: enter an amount in yuan.").arg(fieldName));

    static const QRegularExpression shape(QStringLiteral("^([0-9]+)(?:\\.([0-9]*))?$"));
    const QRegularExpressionMatch match = shape.match(trimmed);
    if (!match.hasMatch()) {
        if (trimmed.startsWith(QLatin1Char('-')))
            return makeError(ErrorCode::Validation,
                             tr("%1: the amount cannot be negative.").arg(fieldName));
        return makeError(ErrorCode::Validation,
                         tr("%1: \"%2\" is not an amount; write yuan like 1498 or 12.50.")
                             .arg(fieldName, trimmed));
    }

    const QString whole = match.captured(1);
    const QString decimals = match.captured(2);
    if (decimals.size() > 2)
        return makeError(ErrorCode::Validation,
                         tr("%1: at most two decimals (fen) are allowed.").arg(fieldName));

    // 11 digits of yuan already exceed maxFen; checking length first avoids overflow.
    qsizetype firstSignificant = 0;
    while (firstSignificant < whole.size() - 1 && whole.at(firstSignificant) == QLatin1Char('0'))
        ++firstSignificant;
    const QString wholeDigits = whole.mid(firstSignificant);
    if (wholeDigits.size() > 11)
        return makeError(ErrorCode::Validation, tr("%1: the amount is too large.").arg(fieldName));

    qint64 fen = wholeDigits.toLongLong() * 100;
    if (!decimals.isEmpty())
        fen += decimals.size() == 1 ? decimals.toLongLong() * 10 : decimals.toLongLong();
    if (fen > maxFen)
        return makeError(ErrorCode::Validation, tr("%1: the amount is too large.").arg(fieldName));
    return fen;
}

QString Money::formatFen(qint64 fen)
{
    const bool negative = fen < 0;
    const qint64 magnitude = negative ? -fen : fen;
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString Money::displayFen(qint64 fen)
{
    const bool negative = fen < 0;
    const qint64 magnitude = negative ? -fen : fen;
    QString whole = QString::number(magnitude / 100);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(','));
    return QStringLiteral("%1¥%2.%3")
        .arg(negative ? QStringLiteral("-") : QString(), whole)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

} // namespace cc
