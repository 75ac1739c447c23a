#pragma once

#include "storage/Database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace qadesk::test {

// A small demo centre in `dir`: 4 agents, the month up to 2026-11-20, no recordings; a few disputes already made.
std::unique_ptr<Database> demoCentre(const QTemporaryDir& dir);

struct Disputable {
    qint64 evaluationId = 0;
    QString itemKey; // an item it failed
};

// The `nth` (from 0) regular evaluation that can be disputed now (submitted, latest revision, no open dispute) and
// has a failed item.
Disputable disputableEvaluation(const Database& db, int nth = 0);

} // namespace qadesk::test
