#include "Clock.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <cstdio>

namespace cc {

QString toStoredTime(const QDateTime& instant)
{
    return instant.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QString toStoredTime(qint64 msecs)
{
    // Civil date from days since 1970-01-01 (Howard Hinnant's days_from_civil, inverted).
    qint64 days = msecs >= 0 ? msecs / 86'400'000 : (msecs - 86'399'999) / 86'400'000;
    qint64 ms = msecs - days * 86'400'000;
    days += 719'468;
    const qint64 era = (days >= 0 ? days : days - 146'096) / 146'097;
    const qint64 dayOfEra = days - era * 146'097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1'460 + dayOfEra / 36'524 - dayOfEra / 146'096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shifted = (5 * dayOfYear + 2) / 153;
    const qint64 day = dayOfYear - (153 * shifted + 2) / 5 + 1;
    const qint64 month = shifted < 10 ? shifted + 3 : shifted - 9;
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);

    char text[32];
    const int hours = int(ms / 3'600'000);
    const int minutes = int(ms / 60'000 % 60);
    const int seconds = int(ms / 1000 % 60);
    const int millis = int(ms % 1000);
    const int length =
        std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", int(year),
                      int(month), int(day), hours, minutes, seconds, millis);
    return QString::fromLatin1(text, length);
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
