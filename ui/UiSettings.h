#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace cc::ui {

/// Per-PC preferences (QSettings): the language override and window geometry.
/// Store-wide rules live in the database (StoreSettings), not here.
class UiSettings {
public:
    /// "zh_CN", "zh_TW", "en", or empty to follow the system.
    static QString languageOverride();
    static void setLanguageOverride(const QString& language);
    /// The language to install now: the override, else the system's.
    static QString effectiveLanguage();

    /// The backup folder of a database, remembered on this PC: when the database itself is
    /// damaged, its settings cannot say where its backups are.
    static void rememberBackupFolder(const QString& databasePath, const QString& folder);
    /// Where to look for a database's backups: the remembered folder and the default.
    static QStringList backupFolders(const QString& databasePath);

    static bool restoreGeometry(QWidget* window);
    static void saveGeometry(const QWidget* window);
};

} // namespace cc::ui
