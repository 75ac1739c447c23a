#include "TestSupport.h"
#include "storage/Aggregates.h"
#include "storage/CoachingRepository.h"
#include "storage/ContactRepository.h"
#include "storage/DisputeRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/RecordingPeaksRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/StorageError.h"
#include "workspace/Overview.h"
#include "workspace/ScoreHistory.h"
#include "workspace/WorkspaceCounts.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <catch2/catch.hpp>
#include <thread>

using namespace qadesk;

TEST_CASE("the workspace schema and repositories run on a PostgreSQL team server")
{
    const auto settings = test::freshServerDatabase();
    if (!settings)
        return;
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
    // The per-month aggregates follow the submit and the overturn, and November's item rates are read from them.
    CHECK(Aggregates::differences(*db).isEmpty());
    const auto rates = ScoreHistory::itemRates(*db, test::managerActor(), {}, QDate(2026, 11, 1), QDate(2026, 11, 30),
                                               TrendPeriod::Month);
    REQUIRE(rates.size() == 3);
    for (const ItemPeriodRate& rate : rates) {
        CHECK(rate.applicable == 1);
        CHECK(rate.passed == 1);
    }

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

TEST_CASE("two programs opening one new server database at once migrate it once, under the advisory lock")
{
    const auto settings = test::freshServerDatabase();
    if (!settings)
        return;
    // Without the lock the second would create the same tables and fail on PostgreSQL's catalog.
    QString errors[2];
    int versions[2] = { 0, 0 };
    std::thread others[2];
    for (int i = 0; i < 2; ++i) {
        others[i] = std::thread([&, i] {
            if (const auto db = Database::openServer(*settings, &errors[i]))
                versions[i] = db->schemaVersion();
        });
    }
    for (auto& other : others)
        other.join();
    INFO(errors[0].toStdString() << " / " << errors[1].toStdString());
    CHECK(versions[0] == Database::latestSchemaVersion());
    CHECK(versions[1] == Database::latestSchemaVersion());
}

TEST_CASE("a server workspace of a newer schema is refused, and a read-only opening writes nothing")
{
    const auto settings = test::freshServerDatabase();
    if (!settings)
        return;
    QString error;
    {
        const auto db = Database::openServer(*settings, &error);
        REQUIRE(db);
        const qint64 contact = test::addSampleContact(*db);
        CHECK(contact > 0);
    }
    Database::Options reading;
    reading.readOnly = true;
    {
        const auto db = Database::openServer(*settings, reading, &error);
        INFO(error.toStdString());
        REQUIRE(db);
        CHECK(db->isReadOnly());
        CHECK_FALSE(db->isTeamServer()); // opened by openServer alone, not set up by server init
        CHECK(countWorkspace(*db).contacts == 1);
        QSqlQuery write(db->sql());
        CHECK_FALSE(write.exec(QStringLiteral("DELETE FROM contacts")));
        CHECK(write.lastError().databaseText().contains(QLatin1String("read-only transaction")));
    }
    {
        const auto db = Database::openServer(*settings, &error);
        REQUIRE(db);
        QSqlQuery bump(db->sql());
        REQUIRE(bump.exec(QStringLiteral("UPDATE schema_info SET value = '%1' WHERE key = 'schema_version'")
                              .arg(Database::latestSchemaVersion() + 1)));
    }
    CHECK_FALSE(Database::openServer(*settings, &error));
    CHECK(error.contains(
        QStringLiteral("was written by a newer version of QA Desk (workspace schema %1; this version reads up "
                       "to %2)")
            .arg(Database::latestSchemaVersion() + 1)
            .arg(Database::latestSchemaVersion())));
}
