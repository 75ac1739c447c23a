#pragma once

#include "storage/Database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace qadesk::test {

// A fresh in-memory workspace; fails the test when it cannot be opened.
std::unique_ptr<Database> memoryWorkspace();
// A new workspace file inside `dir`.
std::unique_ptr<Database> fileWorkspace(const QTemporaryDir& dir, const QString& name = QStringLiteral("test.qadesk"));
// Path of a file under tests/data.
QString dataPath(const QString& relative);

} // namespace qadesk::test

#include "model/Scorecard.h"

namespace qadesk::test {

// A small published-ready form: section "Opening" (greeting yes/no 10 pts; identity check, critical for the
// evaluation) and section "Resolution" (accuracy on a 0/5/10 scale, N/A allowed, comment required on fail).
ScorecardVersion sampleVersion();

// Stores a team, an agent (employee id A001), an evaluator user "eval" and a call contact; returns the contact id.
qint64 addSampleContact(const Database& db);

} // namespace qadesk::test
