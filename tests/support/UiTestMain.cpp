#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "TestSupport.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    qadesk::test::useTestTimeZone();
    // catch_discover_tests runs this binary at build time to list tests, where there is no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
