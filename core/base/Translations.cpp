#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace cc {

namespace {

struct Installed {
    std::unique_ptr<QTranslator> ours;
    std::unique_ptr<QTranslator> qt;
    QString language = QStringLiteral("en");
};

Installed& installed()
{
    static Installed state;
    return state;
}

} // namespace

QStringList Translations::available()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("en")};
}

QString Translations::forLocale(const QLocale& locale)
{
    if (locale.language() != QLocale::Chinese)
        return QStringLiteral("en");
    const bool traditional = locale.script() == QLocale::TraditionalChineseScript ||
                             locale.territory() == QLocale::Taiwan ||
                             locale.territory() == QLocale::HongKong ||
                             locale.territory() == QLocale::Macao;
    return traditional ? QStringLiteral("zh_TW") : QStringLiteral("zh_CN");
}

bool Translations::install(const QString& language)
{
    if (!available().contains(language))
        return false;
    Installed& state = installed();
    if (state.ours)
        QCoreApplication::removeTranslator(state.ours.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.ours.reset();
    state.qt.reset();
    state.language = language;
    QLocale::setDefault(QLocale(language));

    // English is the source language, but its .qm carries the plural forms ("1 entry").
    auto ours = std::make_unique<QTranslator>();
    if (ours->load(QStringLiteral(":/i18n/countercare_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(ours.get());
        state.ours = std::move(ours);
    }
    if (language == QLatin1String("en"))
        return true;
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        state.qt = std::move(qt);
    }
    return true;
}

QString Translations::current()
{
    return installed().language;
}

} // namespace cc
