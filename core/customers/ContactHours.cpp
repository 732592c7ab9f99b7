#include "ContactHours.h"

#include <QRegularExpression>

namespace cc {

std::optional<ContactHours> ContactHours::parse(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*(\d{1,2}):(\d{2})\s*[-–~～至到]\s*(\d{1,2}):(\d{2})\s*$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QTime from(match.captured(1).toInt(), match.captured(2).toInt());
    const QTime until(match.captured(3).toInt(), match.captured(4).toInt());
    if (!from.isValid() || !until.isValid() || from >= until)
        return std::nullopt;
    return ContactHours{from, until};
}

QString ContactHours::toString() const
{
    return QStringLiteral("%1-%2").arg(from.toString(QStringLiteral("HH:mm")),
                                       until.toString(QStringLiteral("HH:mm")));
}

} // namespace cc
