#pragma once

#include <QString>

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

    static bool restoreGeometry(QWidget* window);
    static void saveGeometry(const QWidget* window);
};

} // namespace cc::ui
