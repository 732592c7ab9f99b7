#include "Clock.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace cc {

QString toStoredTime(const QDateTime& instant)
{
    return instant.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime fromStoredTime(const QString& text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    return parsed.toUTC();
}

} // namespace cc

namespace cc {

QString toIsoLocal(const QDateTime& instant)
{
    const QDateTime local = instant.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

QDateTime parseIsoDateTime(const QString& text)
{
    const QString trimmed = text.trimmed();
    QDateTime parsed = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(trimmed, Qt::ISODate);
    return parsed;
}

QDate parseIsoDate(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(text.trimmed()).hasMatch())
        return {};
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

} // namespace cc
