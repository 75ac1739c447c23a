#pragma once

#include "storage/Database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace qadesk::test {

// A small demo centre in `dir`: 4 agents, the month up to 2026-11-20, no recordings; a few disputes already made.
std::unique_ptr<Database> demoCentre(const QTemporaryDir& dir);

} // namespace qadesk::test
