#include "TestSupport.h"
#include "storage/AuditLog.h"
#include "storage/CoachingRepository.h"
#include "storage/ConflictError.h"
#include "storage/DisputeRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/SqlSupport.h"

#include <catch2/catch.hpp>

using namespace qadesk;

// Every save of an evaluation, dispute, coaching session or scorecard draft is a compare-and-set on its row version:
// a save based on a copy read before someone else's save is refused with who and when, and writes nothing. Each case
// runs on a SQLite workspace and, when a server is given (QADESK_TEST_PG), on a fresh PostgreSQL database.

namespace {

std::unique_ptr<Database> openBackend(bool server)
{
    if (!server)
        return test::memoryWorkspace();
    const auto settings = test::freshServerDatabase();
    if (!settings)
        return nullptr;
    QString error;
    auto db = Database::openServer(*settings, &error);
    INFO(error.toStdString());
    REQUIRE(db);
    db->time().setZone(test::centreZone());
    db->time().setNow(test::fixedNow());
    return db;
}

struct Centre
{
    qint64 contactId = 0;
    qint64 versionId = 0;
    qint64 evaluatorId = 0; // "eval", 이수진
};

Centre sampleCentre(const Database& db)
{
    Centre centre;
    centre.contactId = test::addSampleContact(db);
    ScorecardRepository cards(db);
    const qint64 card = cards.create(Scorecard { 0, QStringLiteral("평가표"), {}, Channel::Call, false },
                                     test::sampleVersion(), QStringLiteral("admin"));
    centre.versionId = cards.latestVersion(card)->id;
    cards.publish(centre.versionId, test::managerActor(QStringLiteral("admin")));
    centre.evaluatorId = UserRepository(db).findByLogin(QStringLiteral("eval"))->id;
    return centre;
}

QList<Answer> answers(int accuracyOption)
{
    return { Answer { QStringLiteral("greeting"), 0 }, Answer { QStringLiteral("identity"), 0 },
             Answer { QStringLiteral("accuracy"), accuracyOption, false,
                      accuracyOption == 0 ? QStringLiteral("안내 누락") : QString() } };
}

qint64 countOf(const Database& db, const QString& sql)
{
    return selectRows<qint64>(db, sql, {}, QStringLiteral("count"),
                              [](const QSqlQuery& q) { return q.value(0).toLongLong(); })
        .value(0);
}

// A submitted evaluation by "eval" with an open dispute raised by lead 박팀장; two reviewers who may decide it.
struct OpenDispute
{
    qint64 evaluationId = 0;
    qint64 disputeId = 0;
    qint64 firstReviewer = 0; // qa2, 한검토
    qint64 secondReviewer = 0; // qa3, 최검토
};

OpenDispute openDispute(const Database& db, const Centre& centre)
{
    EvaluationRepository evaluations(db);
    Evaluation e;
    e.contactId = centre.contactId;
    e.scorecardVersionId = centre.versionId;
    e.evaluatorId = centre.evaluatorId;
    e.id = evaluations.createDraft(e, QStringLiteral("eval"));
    e.answers = answers(0);
    evaluations.saveDraft(e);
    evaluations.submit(e.id, QStringLiteral("eval"));
    UserRepository users(db);
    const qint64 lead
        = users.add(User { 0, QStringLiteral("lead"), QStringLiteral("박팀장"), Role::TeamLead, 0, true });
    OpenDispute open;
    open.evaluationId = e.id;
    open.firstReviewer
        = users.add(User { 0, QStringLiteral("qa2"), QStringLiteral("한검토"), Role::Evaluator, 0, true });
    open.secondReviewer
        = users.add(User { 0, QStringLiteral("qa3"), QStringLiteral("최검토"), Role::Evaluator, 0, true });
    open.disputeId = DisputeRepository(db).raise(
        Dispute { 0, e.id, QStringLiteral("accuracy"), lead, {}, QStringLiteral("안내했습니다") },
        QStringLiteral("lead"));
    return open;
}

void staleDraftIsRefused(const Database& db)
{
    const Centre centre = sampleCentre(db);
    EvaluationRepository evaluations(db);
    Evaluation draft;
    draft.contactId = centre.contactId;
    draft.scorecardVersionId = centre.versionId;
    draft.evaluatorId = centre.evaluatorId;
    draft.id = evaluations.createDraft(draft, QStringLiteral("eval"));
    // Two desktops read the same draft (version 1); the first saves, then the second.
    Evaluation mine = *evaluations.find(draft.id);
    Evaluation theirs = mine;
    CHECK(mine.rowVersion == 1);
    theirs.answers = answers(2);
    theirs.overallComment = QStringLiteral("먼저 저장");
    CHECK(evaluations.saveDraft(theirs) == 2);
    mine.answers = answers(1);
    mine.overallComment = QStringLiteral("나중 저장");
    try {
        evaluations.saveDraft(mine);
        FAIL("a save based on version 1 of a draft at version 2 was accepted");
    } catch (const ConflictError& conflict) {
        CHECK(conflict.message()
              == QStringLiteral("이수진 changed this evaluation at 10:00 — reload, or keep yours as a new draft"));
        CHECK(conflict.changedBy() == QStringLiteral("이수진"));
        CHECK(conflict.changedAt() == test::fixedNow());
    }
    // Nothing of the refused save was written: theirs stands whole.
    const Evaluation stored = *evaluations.find(draft.id);
    CHECK(stored.rowVersion == 2);
    CHECK(stored.overallComment == QStringLiteral("먼저 저장"));
    CHECK(stored.answers.value(2).optionIndex == 2);
    // Saving on from what was stored works, and so does the submit that follows.
    mine.rowVersion = stored.rowVersion;
    CHECK(evaluations.saveDraft(mine) == 3);
    evaluations.submit(draft.id, QStringLiteral("eval"));
    CHECK(evaluations.find(draft.id)->rowVersion == 4);
    // A copy read before the submit is refused as stale, not as "locked": the other desktop's submit won.
    CHECK_THROWS_WITH(evaluations.saveDraft(theirs), Catch::Contains("changed this evaluation at 10:00"));
}

void disputeIsDecidedOnce(const Database& db)
{
    const Centre centre = sampleCentre(db);
    const OpenDispute open = openDispute(db, centre);
    DisputeRepository disputes(db);
    const qint64 evaluationsBefore = countOf(db, QStringLiteral("SELECT COUNT(*) FROM evaluations"));
    disputes.uphold(open.disputeId, open.firstReviewer, QStringLiteral("점수 유지"), QStringLiteral("qa2"));
    // The second reviewer, whose page still shows the dispute open, is refused whichever way they decide.
    const QString decided = QStringLiteral("This dispute was already decided by 한검토 at 10:00.");
    CHECK_THROWS_WITH(disputes.uphold(open.disputeId, open.secondReviewer, {}, QStringLiteral("qa3")),
                      decided.toStdString());
    try {
        disputes.overturn(open.disputeId, open.secondReviewer, answers(2), QStringLiteral("인정"),
                          QStringLiteral("qa3"));
        FAIL("a decided dispute was overturned");
    } catch (const ConflictError& conflict) {
        CHECK(conflict.message() == decided);
        CHECK(conflict.changedBy() == QStringLiteral("한검토"));
    }
    const Dispute stored = *disputes.find(open.disputeId);
    CHECK(stored.status == DisputeStatus::Upheld);
    CHECK(stored.resolvedBy == open.firstReviewer);
    CHECK(stored.resolutionNote == QStringLiteral("점수 유지"));
    CHECK(stored.rowVersion == 2);
    CHECK(countOf(db, QStringLiteral("SELECT COUNT(*) FROM evaluations")) == evaluationsBefore); // no revision
    CHECK(test::auditActions(db, QStringLiteral("dispute"), open.disputeId)
          == QStringList { QStringLiteral("lead:raise"), QStringLiteral("qa2:uphold") });
    CHECK(EvaluationRepository(db).find(open.evaluationId)->status == EvaluationStatus::Submitted);
}

void oneOpenDisputePerEvaluation(const Database& db)
{
    const Centre centre = sampleCentre(db);
    const OpenDispute open = openDispute(db, centre);
    // The schema refuses a second open dispute on the evaluation even when written past the repository (two desktops
    // raising at once both pass the repository's check).
    CHECK_THROWS_AS(execWith(db,
                             QStringLiteral("INSERT INTO disputes (evaluation_id, item_key, raised_by, raised_at, "
                                            "reason, status) VALUES (?, 'greeting', ?, 0, 'again', 'open')"),
                             { open.evaluationId, open.firstReviewer }, QStringLiteral("raise a second dispute")),
                    StorageError);
    // A decided dispute does not count: the next one may be raised.
    DisputeRepository(db).uphold(open.disputeId, open.firstReviewer, {}, QStringLiteral("qa2"));
    execWith(db,
             QStringLiteral("INSERT INTO disputes (evaluation_id, item_key, raised_by, raised_at, reason, status) "
                            "VALUES (?, 'greeting', ?, 0, 'again', 'open')"),
             { open.evaluationId, open.firstReviewer }, QStringLiteral("raise the next dispute"));
    CHECK(countOf(db, QStringLiteral("SELECT COUNT(*) FROM disputes WHERE status = 'open'")) == 1);
}

void staleCoachingSessionIsRefused(const Database& db)
{
    const Centre centre = sampleCentre(db);
    CoachingRepository coaching(db);
    CoachingSession session;
    session.agentId = AgentRepository(db).findByEmployeeId(QStringLiteral("A001"))->id;
    session.coachId = centre.evaluatorId;
    session.heldAt = db.time().now();
    session.notes = QStringLiteral("첫 코칭");
    session.id = coaching.add(session, QStringLiteral("eval"));
    CoachingSession mine = *coaching.find(session.id);
    CoachingSession theirs = mine;
    theirs.notes = QStringLiteral("팀장 메모");
    CHECK(coaching.update(theirs, QStringLiteral("eval")) == 2);
    mine.notes = QStringLiteral("내 메모");
    CHECK_THROWS_WITH(coaching.update(mine, QStringLiteral("eval")),
                      "이수진 changed this coaching session at 10:00 — reload to see their change");
    CHECK(coaching.find(session.id)->notes == QStringLiteral("팀장 메모"));
    CHECK(test::auditActions(db, QStringLiteral("coaching_session"), session.id)
          == QStringList { QStringLiteral("eval:create"), QStringLiteral("eval:update") });
}

void staleScorecardDraftIsRefused(const Database& db)
{
    ScorecardRepository cards(db);
    UserRepository(db).add(User { 0, QStringLiteral("kim"), QStringLiteral("김관리"), Role::Manager, 0, true });
    const qint64 card = cards.create(Scorecard { 0, QStringLiteral("채팅 평가표"), {}, Channel::Chat, false },
                                     test::sampleVersion(), QStringLiteral("kim"));
    ScorecardVersion mine = *cards.latestVersion(card);
    ScorecardVersion theirs = mine;
    theirs.changeNote = QStringLiteral("인사 문구 수정");
    CHECK(cards.saveDraft(theirs, QStringLiteral("kim")) == 2);
    mine.changeNote = QStringLiteral("다른 수정");
    mine.sections.removeLast();
    CHECK_THROWS_WITH(cards.saveDraft(mine, QStringLiteral("admin")),
                      "김관리 changed this scorecard draft at 10:00 — reload to see their change");
    const ScorecardVersion stored = *cards.version(mine.id);
    CHECK(stored.changeNote == QStringLiteral("인사 문구 수정"));
    CHECK(stored.sections.size() == test::sampleVersion().sections.size());
    // Publishing is an update of the draft's row too.
    cards.publish(mine.id, test::managerActor(QStringLiteral("kim")));
    CHECK(cards.version(mine.id)->rowVersion == 3);
}

// Runs `scenario` on a SQLite workspace, then on a fresh PostgreSQL database when a server is given.
template <typename Scenario> void onEachBackend(Scenario scenario)
{
    for (const bool server : { false, true }) {
        DYNAMIC_SECTION((server ? "PostgreSQL" : "SQLite"))
        {
            if (const auto db = openBackend(server))
                scenario(*db);
        }
    }
}

} // namespace

TEST_CASE("a stale evaluation draft is refused with who saved it and when, and nothing of it is written")
{
    onEachBackend(staleDraftIsRefused);
}

TEST_CASE("a dispute is decided once: the second reviewer gets who decided it and when")
{
    onEachBackend(disputeIsDecidedOnce);
}

TEST_CASE("the schema allows one open dispute per evaluation")
{
    onEachBackend(oneOpenDisputePerEvaluation);
}

TEST_CASE("a stale coaching session or scorecard draft is refused with who saved it and when")
{
    onEachBackend([](const Database& db) {
        staleCoachingSessionIsRefused(db);
        staleScorecardDraftIsRefused(db);
    });
}
