#pragma once

#include "storage/ServerSettings.h"

namespace qadesk::test {

// downgradeSchema (TestSupport.h) on a server database that no QA Desk connection has open, reached as its owner: a
// team server as a set-up at step `step` left it, for a test to watch its owner's QA Desk migrate it.
void downgradeServerSchema(const ServerSettings& server, int step);

} // namespace qadesk::test
