#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <base/AppInfo.h>

#include <QGuiApplication>

// As the CLI itself: a QGuiApplication on the offscreen platform, for the PDF slips.
int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    cc::applyApplicationIdentity();
    return Catch::Session().run(argc, argv);
}
