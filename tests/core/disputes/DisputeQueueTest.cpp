#include "TestSupport.h"
#include "disputes/DisputeQueue.h"
#include "storage/DisputeRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/ScorecardRepository.h"

#include <catch2/catch.hpp>

using namespace qadesk;

TEST_CASE("the dispute queue lists open disputes oldest first and the history with old and new scores")
{
    const auto db = test::memoryWorkspace();
    const qint64 contact = test::addSampleContact(*db);
    UserRepository users(*db);
    const qint64 evaluator = users.findByLogin(QStringLiteral("eval"))->id;
    const qint64 lead = users.add(User { 0, QStringLiteral("lead1"), QStringLiteral("박팀장"), Role::TeamLead, 0, true });
    const qint64 reviewer = users.add(User { 0, QStringLiteral("qa2"), QStringLiteral("한검토"), Role::Evaluator, 0, true });
    ScorecardRepository cards(*db);
    const qint64 card = cards.create(Scorecard { 0, QStringLiteral("Calls") }, test::sampleVersion(), QStringLiteral("t"));
    cards.publish(cards.latestVersion(card)->id, test::managerActor(QStringLiteral("t")));
    EvaluationRepository evaluations(*db);
    const QList<Answer> answers { Answer { QStringLiteral("greeting"), 1 }, Answer { QStringLiteral("identity"), 0 },
                                  Answer { QStringLiteral("accuracy"), 2 } };
    const auto submitted = [&] {
        Evaluation e;
        e.contactId = contact;
        e.scorecardVersionId = cards.latestPublished(card)->id;
        e.evaluatorId = evaluator;
        e.id = evaluations.createDraft(e, QStringLiteral("eval"));
        e.answers = answers;
        evaluations.saveDraft(e);
        evaluations.submit(e.id, QStringLiteral("eval"));
        return e.id;
    };
    const qint64 first = submitted();
    const qint64 second = submitted();
    DisputeRepository disputes(*db);
    const auto raise = [&](qint64 evaluationId, const QString& item, const QDateTime& when) {
        return disputes.raise(Dispute { 0, evaluationId, item, lead, when, QStringLiteral("고객이 먼저 인사함") },
                              QStringLiteral("lead1"));
    };
    const qint64 newer = raise(first, QStringLiteral("greeting"), QDateTime(QDate(2026, 10, 8), QTime(9, 0), Qt::UTC));
    const qint64 older = raise(second, QString(), QDateTime(QDate(2026, 10, 6), QTime(9, 0), Qt::UTC));

    auto open = DisputeQueue::open(*db, test::managerActor());
    REQUIRE(open.size() == 2);
    CHECK(open[0].id == older);
    CHECK(open[0].itemKey.isEmpty());
    CHECK(open[0].itemQuestion.isEmpty());
    CHECK(open[1].id == newer);
    CHECK(open[1].itemQuestion == QStringLiteral("첫인사를 정확히 했는가?"));
    CHECK(open[1].reason == QStringLiteral("고객이 먼저 인사함"));
    CHECK(open[1].raisedBy == QStringLiteral("박팀장"));
    CHECK(open[1].agent == QStringLiteral("김민지"));
    CHECK(open[1].evaluator == QStringLiteral("이수진"));
    CHECK(open[1].contact == QStringLiteral("CALL-0001"));
    // Greeting missed: "Opening" 10 of 20 weighs its 20 points, "Resolution" 10 of 10 its weight of 2.
    CHECK(*open[1].score == Approx((0.5 * 20 + 1.0 * 2) / 22));
    CHECK_FALSE(open[1].revisedScore);
    CHECK(DisputeQueue::resolved(*db, test::managerActor(), 10).isEmpty());

    QList<Answer> corrected = answers;
    corrected[0].optionIndex = 0;
    const qint64 revision = disputes.overturn(newer, reviewer, corrected, QStringLiteral("인정"), QStringLiteral("qa2"));
    disputes.uphold(older, reviewer, QStringLiteral("기준대로"), QStringLiteral("qa2"));

    CHECK(DisputeQueue::open(*db, test::managerActor()).isEmpty());
    const auto history = DisputeQueue::resolved(*db, test::managerActor(), 10);
    REQUIRE(history.size() == 2);
    CHECK(history[0].id == older); // resolved last
    CHECK(history[0].status == DisputeStatus::Upheld);
    CHECK(history[0].resolvedBy == QStringLiteral("한검토"));
    CHECK(history[0].resolutionNote == QStringLiteral("기준대로"));
    CHECK_FALSE(history[0].revisedScore);
    CHECK(history[1].status == DisputeStatus::Overturned);
    CHECK(history[1].revisionId == revision);
    CHECK(*history[1].score == Approx((0.5 * 20 + 1.0 * 2) / 22));
    CHECK(*history[1].revisedScore == Approx(1.0));
    CHECK(DisputeQueue::resolved(*db, test::managerActor(), 1).size() == 1);
}
