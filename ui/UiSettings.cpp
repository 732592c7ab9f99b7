#include "UiSettings.h"

#include <Translations.h>

#include <QLocale>
#include <QSettings>
#include <QWidget>

namespace cc::ui {

namespace {
const QString languageKey = QStringLiteral("ui/language");
QString geometryKey(const QWidget* window)
{
    return QStringLiteral("geometry/%1").arg(window->objectName());
}
} // namespace

QString UiSettings::languageOverride()
{
    const QString stored = QSettings().value(languageKey).toString();
    return Translations::available().contains(stored) ? stored : QString();
}

void UiSettings::setLanguageOverride(const QString& language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, language);
}

QString UiSettings::effectiveLanguage()
{
    const QString chosen = languageOverride();
    return chosen.isEmpty() ? Translations::forLocale(QLocale::system()) : chosen;
}

bool UiSettings::restoreGeometry(QWidget* window)
{
    const QByteArray geometry = QSettings().value(geometryKey(window)).toByteArray();
    return !geometry.isEmpty() && window->restoreGeometry(geometry);
}

void UiSettings::saveGeometry(const QWidget* window)
{
    QSettings().setValue(geometryKey(window), window->saveGeometry());
}

} // namespace cc::ui
