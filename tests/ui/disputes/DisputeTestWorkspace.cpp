#include "DisputeTestWorkspace.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

namespace qadesk::test {

std::unique_ptr<Database> demoCentre(const QTemporaryDir& dir)
{
    DemoOptions options;
    options.agents = 4;
    options.months = 1;
    options.until = QDate(2026, 11, 20);
    options.recordings = 0;
    options.contactsPerAgentMonth = 12;
    return demoWorkspace(dir, options);
}

} // namespace qadesk::test
