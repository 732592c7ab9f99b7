#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <Theme.h>
#include <base/AppInfo.h>
#include <base/Translations.h>

#include <QApplication>
#include <QStandardPaths>

// GUI tests run on real widgets without a display. Test discovery runs this binary at
// build time, so the offscreen platform is the default when none is set.
int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    cc::applyApplicationIdentity();
    cc::Translations::install(QStringLiteral("en"));
    cc::ui::applyTheme(app);
    return Catch::Session().run(argc, argv);
}
