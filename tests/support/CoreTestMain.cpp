#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "TestSupport.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    qadesk::test::useTestTimeZone();
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
