#include "UiSettings.h"

#include <base/Translations.h>
#include <store/StoreSettings.h>

#include <QFileInfo>

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

namespace {
QString backupFolderKey(const QString& databasePath)
{
    // One entry per database file; QSettings keys may not hold '/' freely.
    return QStringLiteral("backup/folder-%1")
        .arg(QString::fromLatin1(QFileInfo(databasePath).absoluteFilePath().toUtf8().toHex()));
}
} // namespace

void UiSettings::rememberBackupFolder(const QString& databasePath, const QString& folder)
{
    QSettings settings;
    if (settings.value(backupFolderKey(databasePath)).toString() != folder)
        settings.setValue(backupFolderKey(databasePath), folder);
}

QStringList UiSettings::backupFolders(const QString& databasePath)
{
    QStringList folders;
    const QString remembered = QSettings().value(backupFolderKey(databasePath)).toString();
    if (!remembered.isEmpty())
        folders << remembered;
    const QString fallback = StoreSettings::defaultBackupFolder(databasePath);
    if (!folders.contains(fallback))
        folders << fallback;
    return folders;
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
