#include "Csv.h"

namespace cc {

QString Csv::field(const QString& value)
{
    // A leading =, +, - or @ would run as a formula in Excel: prefix it so it stays text.
    QString safe = value;
    if (!safe.isEmpty() && QStringLiteral("=+-@").contains(safe.front()))
        safe.prepend(QLatin1Char('\''));
    if (!safe.contains(QLatin1Char(',')) && !safe.contains(QLatin1Char('"')) &&
        !safe.contains(QLatin1Char('\n')) && !safe.contains(QLatin1Char('\r')))
        return safe;
    return QLatin1Char('"') + QString(safe).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

QString Csv::unprotect(const QString& value)
{
    if (value.size() >= 2 && value.front() == QLatin1Char('\'') &&
        QStringLiteral("=+-@").contains(value.at(1)))
        return value.mid(1);
    return value;
}

QString Csv::row(const QStringList& fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString& value : fields)
        escaped.append(field(value));
    return escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace cc
