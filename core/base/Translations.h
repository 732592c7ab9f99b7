#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace cc {

/// Loads CounterCare's and Qt's own translations into the running application.
///
/// The .qm files are compiled into the executables (resources/, prefix ":/i18n").
/// English is the source language; its translation only supplies plural forms.
class Translations {
public:
    /// "zh_CN", "zh_TW", "en".
    static QStringList available();
    /// The best of available() for a locale: any Chinese in Taiwan, Hong Kong or Macau
    /// or in Traditional script is zh_TW, other Chinese zh_CN, anything else en.
    static QString forLocale(const QLocale& locale);
    /// Installs the language (one of available()); false when it is unknown.
    static bool install(const QString& language);
    /// The language installed last ("en" before any install).
    static QString current();
};

} // namespace cc
