#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <catch2/catch.hpp>

// Hidden ("[.]"): run alone, a test binary has the shell's environment. CTest runs this case through the same
// discovery as every other one (tests/core/time/CMakeLists.txt), so it fails when a variable of
// QADESK_TEST_ENVIRONMENT does not reach the tests.
TEST_CASE("CTest runs each case with every variable of the suite's environment", "[.][environment]")
{
    const QStringList expected = QStringLiteral(QADESK_TEST_ENVIRONMENT).split(QLatin1Char(','));
    REQUIRE(expected.size() >= 4);
    for (const QString& assignment : expected) {
        const QString name = assignment.section(QLatin1Char('='), 0, 0);
        QString value = assignment.section(QLatin1Char('='), 1);
        // The test mains switch to QADESK_TEST_TZ when the shell that started ctest sets it.
        if (name == QLatin1String("TZ") && qEnvironmentVariableIsSet("QADESK_TEST_TZ"))
            value = qEnvironmentVariable("QADESK_TEST_TZ");
        INFO(name.toStdString());
        CHECK(qEnvironmentVariable(name.toUtf8().constData()) == value);
    }
}
