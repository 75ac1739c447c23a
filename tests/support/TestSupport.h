#pragma once

#include "demo/DemoWorkspaceBuilder.h"
#include "people/Actor.h"
#include "storage/Database.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace qadesk::test {

// No test depends on the machine's zone or today's date: every test workspace is in the centre zone below, whatever
// TZ says, and its clock stands still at a fixed instant.
QTimeZone centreZone(); // Asia/Seoul (UTC+9, no daylight saving)
QDateTime fixedNow(); // 2026-11-20 10:00 in the centre zone
// The centre's wall time `time` on `day`, as an instant.
QDateTime centreTime(const QDate& day, const QTime& time);
// Called first by the test mains: runs the tests in the zone named by QADESK_TEST_TZ when it is set (ctest sets TZ=UTC
// for every test), so the suite can prove it passes in any zone.
void useTestTimeZone();

// A fresh in-memory workspace; fails the test when it cannot be opened. The suite runs on both backends: on the
// postgresql backend (`--backend postgresql`, as the `<test>_postgresql` runs pass, or QADESK_TEST_BACKEND) it is
// instead a new, empty database on the server QADESK_TEST_PG, copied from a migrated template, and the test fails
// when there is no server.
std::unique_ptr<Database> memoryWorkspace();
// "sqlite" or "postgresql", from the test main's --backend; otherwise QADESK_TEST_BACKEND decides.
void setBackend(const QString& backend);
// Whether memoryWorkspace() gives PostgreSQL workspaces in this run.
bool onServerBackend();
// Drops the server databases that memoryWorkspace() created; the test mains call it after the tests.
void dropServerWorkspaces();
// A new workspace file inside `dir`.
std::unique_ptr<Database> fileWorkspace(const QTemporaryDir& dir, const QString& name = QStringLiteral("test.qadesk"));
// A demo workspace built into `dir` with `options` (deterministic for a fixed `until` and seed) in the centre zone;
// its clock stands at 18:00 on `until`, when the demo's centre closes.
std::unique_ptr<Database> demoWorkspace(const QTemporaryDir& dir, const DemoOptions& options);
struct Disputable {
    qint64 evaluationId = 0;
    qint64 agentId = 0;
    QString itemKey; // an item it failed
};

// The `nth` (from 0, newest first) regular evaluation that can be disputed now (submitted, latest revision, no open
// dispute) and has a failed item; the newest are those an agent's page lists.
Disputable disputableEvaluation(const Database& db, int nth = 0);
// The audit trail of one entity as "actor:action", oldest first.
QStringList auditActions(const Database& db, const QString& entity, qint64 id);
// Path of a file under tests/data.
QString dataPath(const QString& relative);
// The stored user with this login as the actor it signs in as (SignIn::actorFor); fails the test when there is none.
Actor actorOf(const Database& db, const QString& login);
// The team lead who leads the team (user_teams), as an actor; fails the test when nobody leads it.
Actor leadOf(const Database& db, qint64 teamId);
// Turns the closed workspace file at `path`, made at the current schema, back into one at schema step `step` by
// undoing the later steps' changes to tables, columns and indexes (not their data rewrites), so that a test can
// open it and watch the migrations run.
void downgradeSchema(const QString& path, int step);
// QADESK_TEST_PG=host:port names a PostgreSQL server (user postgres, trust auth); scripts/test starts one on loopback
// and sets QADESK_TEST_PG_REQUIRED=1 where it should have. Each call creates a new, empty database on it and gives the
// owner's settings; an unreachable server fails the test (REQUIRE). Without QADESK_TEST_PG: nullopt, after a FAIL when
// a server is required and a WARN otherwise, so the caller just returns.
std::optional<ServerSettings> freshServerDatabase();

// A manager who is not a stored user and sees every agent, for set-ups that publish forms or save plans and for
// reads whose test is not about who reads; audited under `login`.
Actor managerActor(const QString& login = QStringLiteral("manager"));

// Writes a 16-bit 8 kHz stereo WAV to `path`, 12.5 s long, of 400 Hz (agent, left) and 600 Hz (customer, right)
// tones at 30 % of full scale over digital silence: agent 0.5–3.5 s and 9–11 s, customer 4–5 s and 10–12 s. By hand:
// dead air from 5 s to 9 s, overtalk from 10 s to 11 s, the agent's longest monologue 3 s.
void writeTwoPartyCall(const QString& path);

} // namespace qadesk::test

#include "model/Scorecard.h"

namespace qadesk::test {

// A small published-ready form: section "Opening" (greeting yes/no 10 pts; identity check, critical for the
// evaluation) and section "Resolution" (accuracy on a 0/5/10 scale, N/A allowed, comment required on fail).
ScorecardVersion sampleVersion();

// Stores a team, an agent (employee id A001), an evaluator user "eval" and a call contact; returns the contact id.
qint64 addSampleContact(const Database& db);
// Stores a call of the agent without a recording, started at `startedAt`; returns its id.
qint64 addCall(const Database& db, qint64 agentId, const QString& externalId, const QDateTime& startedAt);

} // namespace qadesk::test

#include "model/Contact.h"
#include "model/Evaluation.h"

#include <QHash>

namespace qadesk::test {

// An in-memory workspace with teams "Alpha" and "Beta", the sample form published and an evaluator "qa";
// evaluations are written directly with chosen scores (0..1) and, when given, answers.
struct EvaluatedWorkspace {
    std::unique_ptr<Database> db = memoryWorkspace();
    ScorecardVersion version;
    qint64 evaluator = 0;
    QHash<QString, qint64> agents;
    QHash<QString, qint64> teams;
    int sequence = 0;

    EvaluatedWorkspace();
    qint64 agent(const QString& name, const QString& team); // created on first use
    Contact contact(const QString& name, const QString& team, const QDate& day);
    qint64 evaluation(const QString& name, const QString& team, const QDate& day, double score, bool critical = false,
                      EvaluationKind kind = EvaluationKind::Regular, const QList<Answer>& answers = {});
};

} // namespace qadesk::test
