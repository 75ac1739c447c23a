#include "calibration/CalibrationService.h"

#include "CalibrationFixture.h"
#include "TestSupport.h"
#include "people/AccessRules.h"
#include "reports/ReportBuilder.h"
#include "storage/AuditLog.h"
#include "storage/CalibrationRepository.h"
#include "storage/ContactRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/StorageError.h"
#include "workspace/Overview.h"
#include "workspace/ScoreHistory.h"

#include <catch2/catch.hpp>
#include <cmath>

using namespace qadesk;

namespace {

using Session = test::CalibrationFixture;

bool refused(const std::function<void()>& call)
{
    try {
        call();
    } catch (const AccessDenied&) {
        return true;
    }
    return false;
}

} // namespace

TEST_CASE("Only QA and management organise a session, with participants who can evaluate", "[calibration]")
{
    Session s;
    const Actor lead = test::actorOf(*s.db, QStringLiteral("eval")); // an evaluator may act as QA lead
    CHECK(s.create(0, &lead) > 0);
    UserRepository(*s.db).add(User { 0, QStringLiteral("tl"), QStringLiteral("팀장"), Role::TeamLead, 0, true });
    const Actor teamLead = test::actorOf(*s.db, QStringLiteral("tl"));
    CHECK(refused([&] { s.create(0, &teamLead); }));
    CHECK(CalibrationService(*s.db, teamLead).sessions().isEmpty());

    CalibrationPlan plan;
    plan.title = QStringLiteral("x");
    plan.contactId = s.contactId;
    plan.scorecardVersionId = s.versionId;
    plan.participantIds = { s.kim.userId, teamLead.userId };
    CHECK_THROWS_AS(CalibrationService(*s.db, s.manager).create(plan), StorageError); // a lead does not score
    plan.participantIds = { s.kim.userId, s.lee.userId };
    plan.referenceUserId = s.park.userId;
    CHECK_THROWS_AS(CalibrationService(*s.db, s.manager).create(plan), StorageError); // reference outside
    CHECK(CalibrationRepository(*s.db).all().size() == 1);
}

TEST_CASE("Participants score blind: core refuses the others' answers to everyone until the reveal", "[calibration]")
{
    Session s;
    const qint64 id = s.create();
    const qint64 kimScoring = s.score(id, s.kim, 0, 2);

    for (const Actor& who : { s.kim, s.lee, s.manager })
        CHECK(refused([&] { CalibrationService(*s.db, who).reveal(id); }));
    // Lee sees only a fresh form of his own, and Park nothing of Kim's.
    const Evaluation lees = CalibrationService(*s.db, s.lee).myScoring(id);
    CHECK(lees.id == 0);
    CHECK(lees.answers.isEmpty());
    CHECK(CalibrationService(*s.db, s.kim).myScoring(id).id == kimScoring);
    const Actor outsider = test::actorOf(*s.db, QStringLiteral("boss"));
    CHECK(refused([&] { CalibrationService(*s.db, outsider).myScoring(id); }));
    // A regular evaluation of the contact does not pick up the calibration draft or scoring.
    CHECK_FALSE(EvaluationRepository(*s.db).draftFor(s.contactId, s.kim.userId));
    // Nobody scores a session twice, and nobody outside it scores it at all.
    Evaluation again = CalibrationService(*s.db, s.kim).myScoring(id);
    again.id = 0;
    CHECK_THROWS_AS(EvaluationRepository(*s.db).createDraft(again, s.kim.login), StorageError);
    Evaluation stranger = again;
    stranger.evaluatorId = s.manager.userId;
    CHECK_THROWS_AS(EvaluationRepository(*s.db).createDraft(stranger, s.manager.login), StorageError);

    s.score(id, s.lee, 1, 1);
    CHECK_FALSE(CalibrationRepository(*s.db).find(id)->revealed);
    CHECK(refused([&] { CalibrationService(*s.db, s.park).reveal(id); }));
    s.score(id, s.park, 0, 1); // the last submission reveals
    CHECK(CalibrationRepository(*s.db).find(id)->revealed);
    CHECK(test::auditActions(*s.db, QStringLiteral("calibration_session"), id)
          == QStringList { QStringLiteral("boss:create"), QStringLiteral("park:reveal") });
    CHECK(CalibrationService(*s.db, s.lee).reveal(id).participants.size() == 3);
}

TEST_CASE("The organiser or a manager may reveal early, but not a participant", "[calibration]")
{
    Session s;
    const qint64 id = s.create(0, &s.kim);
    s.score(id, s.lee, 0, 2);
    CHECK(refused([&] { CalibrationService(*s.db, s.lee).revealNow(id); }));
    CHECK_FALSE(CalibrationRepository(*s.db).find(id)->revealed);
    CalibrationService(*s.db, s.kim).revealNow(id); // the organiser
    const CalibrationReveal reveal = CalibrationService(*s.db, s.park).reveal(id);
    // Only Lee submitted: his column is full, the others' are empty and have no total.
    int submitted = 0;
    for (const auto& participant : reveal.participants)
        submitted += participant.total ? 1 : 0;
    CHECK(submitted == 1);
    CHECK(reveal.range == Approx(0.0));
    CHECK_FALSE(reveal.standardDeviation);
    CHECK(test::auditActions(*s.db, QStringLiteral("calibration_session"), id).last() == QStringLiteral("eval:reveal"));
}

TEST_CASE("The reveal's grid, totals, spread and deviations, computed by hand", "[calibration]")
{
    // Totals (scoring contract): Opening weight 20, Resolution weight 2.
    //   Kim:  greeting yes, accuracy 우수 → Opening 1,   Resolution 1   → (20 + 2) / 22 = 22/22
    //   Lee:  greeting no,  accuracy 보통 → Opening 0.5, Resolution 0.5 → (10 + 1) / 22 = 11/22
    //   Park: greeting yes, accuracy 보통 → Opening 1,   Resolution 0.5 → (20 + 1) / 22 = 21/22
    // Mean 54/66 = 18/22; range 11/22; deviations from the mean 4, −7, 3 (22nds): sample variance
    // (16 + 49 + 9) / 2 / 22² = 37/484, so SD = √37 / 22.
    Session s;
    const qint64 withReference = s.create(s.park.userId);
    s.score(withReference, s.kim, 0, 2);
    s.score(withReference, s.lee, 1, 1);
    s.score(withReference, s.park, 0, 1);
    const CalibrationReveal reveal = CalibrationService(*s.db, s.manager).reveal(withReference);

    REQUIRE(reveal.participants.size() == 3);
    CHECK(reveal.participants[0].name == QStringLiteral("박서연")); // the reference first, then by name
    CHECK(reveal.participants[0].reference);
    CHECK(reveal.participants[1].name == QStringLiteral("이도윤"));
    CHECK(reveal.participants[2].name == QStringLiteral("이수진"));
    CHECK(*reveal.participants[0].total == Approx(21.0 / 22));
    CHECK(*reveal.participants[1].total == Approx(11.0 / 22));
    CHECK(*reveal.participants[2].total == Approx(22.0 / 22));
    CHECK(*reveal.mean == Approx(18.0 / 22));
    CHECK(*reveal.range == Approx(11.0 / 22));
    CHECK(*reveal.standardDeviation == Approx(std::sqrt(37.0) / 22));
    CHECK(reveal.referenceBaseline);
    CHECK(*reveal.baseline == Approx(21.0 / 22));
    CHECK(*reveal.participants[0].deviation == Approx(0.0));
    CHECK(*reveal.participants[1].deviation == Approx(-10.0 / 22));
    CHECK(*reveal.participants[2].deviation == Approx(1.0 / 22));
    CHECK(CalibrationRepository(*s.db).find(withReference)->referenceEvaluationId
          == CalibrationRepository(*s.db).evaluationOf(withReference, s.park.userId));

    REQUIRE(reveal.items.size() == 3);
    // greeting: yes / no / yes → disagree, 1 agreeing pair of 3; identity: all yes; accuracy: 보통 / 보통 / 우수.
    CHECK(reveal.items[0].itemKey == QStringLiteral("greeting"));
    CHECK(reveal.items[0].disagreement);
    CHECK(*reveal.items[0].agreement == Approx(1.0 / 3));
    // A yes/no answer reads as a word, not as the stored code "no".
    CHECK(CalibrationReveal::choiceText(reveal.items[0], reveal.items[0].choices[1]) == QStringLiteral("No"));
    CHECK_FALSE(reveal.items[1].disagreement);
    CHECK(*reveal.items[1].agreement == Approx(1.0));
    CHECK(reveal.items[2].disagreement);
    CHECK(CalibrationReveal::choiceText(reveal.items[2], reveal.items[2].choices[2]) == QStringLiteral("우수"));
    CHECK(reveal.disagreements() == 2);
    // Items as units, participants as raters, options as categories: greeting {0, 1, 0}, identity {0, 0, 0},
    // accuracy {1, 1, 2}. Fleiss: P̄ = (1/3 + 1 + 1/3) / 3 = 5/9, category shares 5/9, 3/9, 1/9 so
    // Pe = 35/81, κ = (5/9 − 35/81) / (1 − 35/81) = 5/23. Krippendorff (nominal): coincidences o00 = 4, o01 = o10 = 1,
    // o11 = 1, o12 = o21 = 1; n = (5, 3, 1); α = 1 − 8 · 4 / (2 · (15 + 5 + 3)) = 7/23.
    CHECK(*reveal.kappa == Approx(5.0 / 23));
    CHECK(*reveal.alpha == Approx(7.0 / 23));

    // Without a reference the baseline is the consensus mean.
    const qint64 consensus = s.create();
    s.score(consensus, s.kim, 0, 2);
    s.score(consensus, s.lee, 1, 1);
    s.score(consensus, s.park, 0, 1);
    const CalibrationReveal mean = CalibrationService(*s.db, s.manager).reveal(consensus);
    CHECK_FALSE(mean.referenceBaseline);
    CHECK(*mean.baseline == Approx(18.0 / 22));
    CHECK(*mean.participants[0].deviation == Approx(3.0 / 22)); // 박서연
    CHECK(*mean.participants[1].deviation == Approx(-7.0 / 22)); // 이도윤
    CHECK(*mean.participants[2].deviation == Approx(4.0 / 22)); // 이수진
}

TEST_CASE("The answer key and notes are stored and audited, and become a draft version with a change note",
          "[calibration]")
{
    Session s;
    const qint64 id = s.create(0, &s.kim);
    s.score(id, s.kim, 0, 2);
    s.score(id, s.lee, 1, 1);
    CalibrationItem greeting {
        QStringLiteral("greeting"), QStringLiteral("회사명과 상담원 이름을 모두 말해야 '예'."), 0, false, {}, {}
    };
    CHECK(refused([&] { CalibrationService(*s.db, s.kim).saveConclusion(id, greeting); })); // not revealed yet
    CHECK_THROWS_AS(CalibrationService(*s.db, s.kim).createDraftVersion(id), StorageError); // no note yet
    s.score(id, s.park, 0, 1);
    CHECK(refused([&] { CalibrationService(*s.db, s.lee).saveConclusion(id, greeting); })); // not the organiser
    CalibrationService(*s.db, s.kim).saveConclusion(id, greeting);
    CalibrationItem badOption { QStringLiteral("accuracy"), {}, 7, false, {}, {} };
    CHECK_THROWS_AS(CalibrationService(*s.db, s.kim).saveConclusion(id, badOption), StorageError);

    const auto stored = CalibrationRepository(*s.db).items(id);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].note == greeting.note);
    CHECK(stored[0].agreedOption == 0);
    CHECK(stored[0].updatedBy == QStringLiteral("eval"));
    CHECK(CalibrationService(*s.db, s.lee).reveal(id).items[0].conclusion.note == greeting.note);
    const auto trail = AuditLog(*s.db).entriesFor(QStringLiteral("calibration_session"), id);
    REQUIRE(trail.size() == 3);
    CHECK(trail[2].action == QStringLiteral("answer_key"));
    CHECK(trail[2].actor == QStringLiteral("eval"));
    CHECK(trail[2].after.contains(greeting.note));

    ScorecardRepository cards(*s.db);
    const qint64 draftId = CalibrationService(*s.db, s.kim).createDraftVersion(id);
    const auto draft = cards.version(draftId);
    CHECK(draft->status == VersionStatus::Draft);
    CHECK(draft->number == 2);
    CHECK(draft->changeNote.contains(QStringLiteral("11월 캘리브레이션")));
    CHECK(draft->findItem(QStringLiteral("greeting"))->guidance.contains(greeting.note));
    CHECK(draft->findItem(QStringLiteral("accuracy"))->guidance
          == cards.version(s.versionId)->findItem(QStringLiteral("accuracy"))->guidance);
    CHECK(cards.version(s.versionId)->status == VersionStatus::Published); // the scored version is untouched
    CHECK(CalibrationRepository(*s.db).find(id)->draftVersionId == draftId);
}

TEST_CASE("A session's scorings never count in the agent's trend, reports or overview", "[calibration]")
{
    Session s;
    const qint64 agent = AgentRepository(*s.db).findByEmployeeId(QStringLiteral("A001"))->id;
    s.regular(s.kim, QStringLiteral("CALL-0002"), 0, 1, 1); // something to count: greeting no, accuracy 보통
    const QDate from(2026, 11, 1);
    const QDate to(2026, 11, 30);
    const auto snapshot = [&] {
        QString error;
        const auto team
            = ReportBuilder::build(*s.db, s.manager, ReportRequest { QStringLiteral("team"), from, to, {}, {} }, {}, &error);
        const auto card = ReportBuilder::build(
            *s.db, s.manager, ReportRequest { QStringLiteral("agent"), from, to, { agent, 0 }, {} }, {}, &error);
        REQUIRE(team);
        REQUIRE(card);
        QStringList cells;
        for (const auto* report : { &*team, &*card })
            for (const auto& table : report->tables)
                for (const auto& row : table.rows)
                    for (const auto& value : row)
                        cells << value.toString();
        const Overview overview = computeOverview(*s.db, s.manager, QDate(2026, 11, 20));
        cells << QString::number(overview.evaluationsDone) << QString::number(overview.average.value_or(-1));
        for (const auto& point : ScoreHistory::scores(*s.db, s.manager, { agent, 0 }, from, to))
            cells << QString::number(point.score);
        return cells;
    };
    const QStringList before = snapshot();
    CHECK(before.contains(QStringLiteral("1"))); // the regular evaluation counts
    const qint64 id = s.create();
    s.score(id, s.kim, 1, 2);
    s.score(id, s.lee, 1, 1);
    s.score(id, s.park, 0, 1);
    REQUIRE(CalibrationRepository(*s.db).find(id)->revealed);
    CHECK(snapshot() == before);
}
