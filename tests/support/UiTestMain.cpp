#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "shell/Translator.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    qadesk::test::useTestTimeZone();
    // catch_discover_tests runs this binary at build time to list tests, where there is no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // For screenshots of the Korean UI (QADESK_TEST_LANGUAGE=ko with QADESK_SCREENSHOT_DIR). The Evaluate and Auto-QA
    // tests find labels through their translations and pass in either language; other tests expect English.
    if (qEnvironmentVariableIsSet("QADESK_TEST_LANGUAGE"))
        qadesk::installTranslations(qEnvironmentVariable("QADESK_TEST_LANGUAGE"));
    return Catch::Session().run(argc, argv);
}
