#include "TestSupport.h"
#include "storage/CoachingRepository.h"
#include "storage/ContactRepository.h"
#include "storage/DisputeRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/RecordingPeaksRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/StorageError.h"
#include "workspace/Overview.h"
#include "workspace/WorkspaceCounts.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

using namespace qadesk;

namespace {

// QADESK_TEST_PG=host:port names a PostgreSQL server (user postgres, trust auth); scripts/test starts one on
// loopback and sets QADESK_TEST_PG_REQUIRED=1 where it should have. Each test gets a database of its own; an
// unreachable server fails the test (REQUIRE), it is never skipped.
std::optional<ServerSettings> freshServerDatabase()
{
    const QString server = qEnvironmentVariable("QADESK_TEST_PG");
    if (server.isEmpty())
        return std::nullopt;
    ServerSettings settings;
    settings.host = server.section(QLatin1Char(':'), 0, 0);
    settings.port = server.section(QLatin1Char(':'), 1, 1).toInt();
    settings.user = QStringLiteral("postgres");
    settings.database = QStringLiteral("qadesk_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg-admin"));
        admin.setHostName(settings.host);
        admin.setPort(settings.port);
        admin.setUserName(settings.user);
        admin.setDatabaseName(QStringLiteral("postgres"));
        REQUIRE(admin.open());
        REQUIRE(QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE ") + settings.database));
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pg-admin"));
    return settings;
}

} // namespace

TEST_CASE("the workspace schema and repositories run on a PostgreSQL team server")
{
    const auto settings = freshServerDatabase();
    if (!settings) {
        // CI (scripts/test as root, with PostgreSQL installed) expects a server: a missing one is a failure there.
        if (qEnvironmentVariableIntValue("QADESK_TEST_PG_REQUIRED") == 1)
            FAIL("QADESK_TEST_PG_REQUIRED is set but QADESK_TEST_PG names no server: the server did not start");
        WARN("QADESK_TEST_PG is not set: the PostgreSQL backend is not tested in this run");
        return;
    }
    QString error;
    auto db = Database::openServer(*settings, &error);
    INFO(error.toStdString());
    REQUIRE(db);
    db->time().setNow(test::fixedNow()); // the overview below reads the month of this clock, not of the real date
    CHECK(db->dialect() == SqlDialect::PostgreSQL);
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());

    const qint64 contactId = test::addSampleContact(*db);
    CHECK(ContactRepository(*db).find(contactId)->recording->channels == 2);
    ScorecardRepository cards(*db);
    const qint64 card = cards.create(Scorecard { 0, QStringLiteral("평가표"), {}, Channel::Call }, test::sampleVersion(),
                                     QStringLiteral("admin"));
    const qint64 versionId = cards.latestVersion(card)->id;
    cards.publish(versionId, test::managerActor(QStringLiteral("admin")));
    CHECK(cards.currentFor(Channel::Call)->id == versionId);
    CHECK(cards.newDraft(versionId, QStringLiteral("admin")) != versionId);

    UserRepository users(*db);
    const qint64 evaluator = users.findByLogin(QStringLiteral("eval"))->id;
    EvaluationRepository evaluations(*db);
    Evaluation e;
    e.contactId = contactId;
    e.scorecardVersionId = versionId;
    e.evaluatorId = evaluator;
    e.id = evaluations.createDraft(e, QStringLiteral("eval"));
    e.answers = { Answer { QStringLiteral("greeting"), 0 }, Answer { QStringLiteral("identity"), 0 },
                  Answer { QStringLiteral("accuracy"), 1 } };
    evaluations.saveDraft(e);
    evaluations.submit(e.id, QStringLiteral("eval"));
    CHECK(*evaluations.find(e.id)->score == Approx(21.0 / 22.0));
    CHECK_THROWS_AS(evaluations.saveDraft(e), StorageError);

    // A lead disputes; another evaluator decides, since nobody decides on an evaluation of their own.
    const qint64 lead = users.add(User { 0, QStringLiteral("lead"), QStringLiteral("박팀장"), Role::TeamLead, 0, true });
    const qint64 reviewer = users.add(User { 0, QStringLiteral("qa2"), QStringLiteral("한검토"), Role::Evaluator, 0, true });
    DisputeRepository disputes(*db);
    const qint64 dispute = disputes.raise(Dispute { 0, e.id, QStringLiteral("accuracy"), lead, {}, QStringLiteral("사유") },
                                          QStringLiteral("lead"));
    QList<Answer> corrected = e.answers;
    corrected[2].optionIndex = 2;
    CHECK_THROWS_AS(disputes.overturn(dispute, evaluator, corrected, QStringLiteral("인정"), QStringLiteral("eval")),
                    StorageError);
    const qint64 revision = disputes.overturn(dispute, reviewer, corrected, QStringLiteral("인정"), QStringLiteral("qa2"));
    CHECK(*evaluations.find(revision)->score == Approx(1.0));
    CHECK(evaluations.find(e.id)->superseded);

    CoachingSession session;
    session.agentId = AgentRepository(*db).findByEmployeeId(QStringLiteral("A001"))->id;
    session.coachId = evaluator;
    session.heldAt = db->time().now();
    session.focusItemKeys = { QStringLiteral("accuracy") };
    session.actionItems = { ActionItem { 0, QStringLiteral("재학습"), db->time().today() } };
    const qint64 sessionId = CoachingRepository(*db).add(session, QStringLiteral("eval"));
    CHECK(CoachingRepository(*db).find(sessionId)->actionItems.size() == 1);

    const Overview overview = computeOverview(*db, test::managerActor(), db->time().today());
    CHECK(overview.evaluationsDone == 1); // the revision; the superseded original drops out
    CHECK(*overview.average == Approx(1.0));
    CHECK(countWorkspace(*db).evaluations == 2);

    // The waveform cache: a BYTEA blob holding 0x00 and 0xff bytes, replaced through ON CONFLICT.
    RecordingPeaksRepository peaksCache(*db);
    WaveformPeaks peaks;
    peaks.channels = 1;
    peaks.durationMs = 60;
    peaks.peaks = { { 0, 1, 128, 255 } };
    peaksCache.store(contactId, RecordingStamp { 10, 20 }, peaks);
    peaksCache.store(contactId, RecordingStamp { 10, 20 }, peaks);
    CHECK(peaksCache.find(contactId, RecordingStamp { 10, 20 }) == peaks);

    db.reset();
    auto reopened = Database::openServer(*settings, &error);
    REQUIRE(reopened);
    CHECK(countWorkspace(*reopened).scorecards == 1);
}
