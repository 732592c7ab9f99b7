#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <base/AppInfo.h>

#include <QCoreApplication>

// Core tests need an application object (Qt Sql loads its driver plugin through it),
// never a display.
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    cc::applyApplicationIdentity();
    return Catch::Session().run(argc, argv);
}
