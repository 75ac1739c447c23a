#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "TestSupport.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    qadesk::test::useTestTimeZone();
    QCoreApplication app(argc, argv);
    Catch::Session session;
    std::string backend;
    session.cli(session.cli()
                | Catch::clara::Opt(backend, "sqlite|postgresql")["--backend"](
                    "where memoryWorkspace() keeps the test's workspace (default: QADESK_TEST_BACKEND, else sqlite)"));
    if (const int code = session.applyCommandLine(argc, argv); code != 0)
        return code;
    if (!backend.empty())
        qadesk::test::setBackend(QString::fromStdString(backend));
    const int failed = session.run();
    qadesk::test::dropServerWorkspaces();
    return failed;
}
