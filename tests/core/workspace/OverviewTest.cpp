#include "TestSupport.h"
#include "storage/ContactRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/SqlSupport.h"
#include "workspace/Overview.h"
#include "workspace/WorkspaceCounts.h"

#include <catch2/catch.hpp>

using namespace qadesk;

using Fixture = test::EvaluatedWorkspace;

TEST_CASE("the overview sums this month and compares it with the last")
{
    Fixture f;
    const QDate month(2026, 10, 1);
    // Alpha: Kim steady at 90; Lee fell from 92 to 80 with two critical failures.
    f.evaluation(QStringLiteral("Kim"), QStringLiteral("Alpha"), QDate(2026, 9, 10), 0.90);
    f.evaluation(QStringLiteral("Kim"), QStringLiteral("Alpha"), QDate(2026, 10, 3), 0.90);
    f.evaluation(QStringLiteral("Kim"), QStringLiteral("Alpha"), QDate(2026, 10, 20), 0.90);
    f.evaluation(QStringLiteral("Lee"), QStringLiteral("Alpha"), QDate(2026, 9, 12), 0.92);
    f.evaluation(QStringLiteral("Lee"), QStringLiteral("Alpha"), QDate(2026, 10, 5), 0.75, true);
    f.evaluation(QStringLiteral("Lee"), QStringLiteral("Alpha"), QDate(2026, 10, 31), 0.85, true);
    for (int day = 10; day < 18; ++day) // Lee's contacts that were not evaluated: 10 in all this month
        f.contact(QStringLiteral("Lee"), QStringLiteral("Alpha"), QDate(2026, 10, day));
    // Beta: Park at 88, first month; a calibration evaluation and a November one do not count.
    f.evaluation(QStringLiteral("Park"), QStringLiteral("Beta"), QDate(2026, 10, 8), 0.88);
    f.evaluation(QStringLiteral("Park"), QStringLiteral("Beta"), QDate(2026, 10, 9), 0.10, false, EvaluationKind::Calibration);
    f.evaluation(QStringLiteral("Park"), QStringLiteral("Beta"), QDate(2026, 11, 1), 0.10);

    const Overview o = computeOverview(*f.db, test::managerActor(), QDate(2026, 10, 17));
    CHECK(o.month == month);
    CHECK(o.evaluationsDone == 5);
    CHECK(*o.average == Approx((0.9 + 0.9 + 0.8 + 0.8 + 0.88) / 5));
    CHECK(*o.previousAverage == Approx((0.90 + 0.92) / 2));
    CHECK(o.criticalFailures == 2);
    REQUIRE(o.teams.size() == 2);
    CHECK(o.teams[0].team == QStringLiteral("Alpha"));
    CHECK(o.teams[0].evaluations == 4);
    CHECK(*o.teams[0].average == Approx(0.85));
    CHECK(*o.teams[1].average == Approx(0.88));
    CHECK_FALSE(o.teams[1].previousAverage);

    REQUIRE(o.attention.size() == 1);
    const AttentionItem& lee = o.attention.first();
    CHECK(lee.agent == QStringLiteral("Lee"));
    CHECK(lee.reasons
          == QList<AttentionItem::Reason> { AttentionItem::Reason::BelowTarget, AttentionItem::Reason::Dropped,
                                            AttentionItem::Reason::CriticalFailures });
    CHECK(lee.explanation.contains(QStringLiteral("below the target of 85.0")));
    // s = 0.0707 over 2 of 10 contacts: 1.96 × 0.0707 / √2 × √(8/9) = 0.0924.
    REQUIRE(lee.margin);
    CHECK(*lee.margin == Approx(0.0924).epsilon(1e-3));
    CHECK(lee.explanation.contains(QStringLiteral("down 12.0 points")));
    CHECK(lee.explanation.contains(QStringLiteral("2 critical failure")));
}

TEST_CASE("the overview counts planned evaluations, open disputes and coaching follow-ups")
{
    Fixture f;
    f.evaluation(QStringLiteral("Kim"), QStringLiteral("Alpha"), QDate(2026, 10, 3), 0.95);
    execWith(*f.db,
             QStringLiteral("INSERT INTO sampling_plans (name, period_start, period_end, rule_json, seed, created_at) "
                            "VALUES ('October', '2026-10-01', '2026-10-31', '{}', 7, 0)"),
             {}, QStringLiteral("plan"));
    execWith(*f.db,
             QStringLiteral("INSERT INTO assignments (plan_id, contact_id, evaluator_id, due, evaluation_id) "
                            "SELECT 1, id, ?, '2026-10-31', CASE WHEN id = 1 THEN 1 END FROM contacts"),
             { f.evaluator }, QStringLiteral("assign"));
    execWith(*f.db,
             QStringLiteral("INSERT INTO coaching_sessions (agent_id, coach_id, held_at, follow_up) VALUES (?, ?, 0, "
                            "'2026-10-20'), (?, ?, 0, '2026-11-20')"),
             { f.agents.value(QStringLiteral("Kim")), f.evaluator, f.agents.value(QStringLiteral("Kim")), f.evaluator },
             QStringLiteral("coach"));
    execWith(*f.db,
             QStringLiteral("INSERT INTO disputes (evaluation_id, raised_by, raised_at, reason, status) VALUES "
                            "(1, ?, 0, 'x', 'open'), (1, ?, 0, 'y', 'upheld')"),
             { f.evaluator, f.evaluator }, QStringLiteral("dispute"));

    const Overview o = computeOverview(*f.db, test::managerActor(), QDate(2026, 10, 1));
    CHECK(o.evaluationsPlanned == 1);
    CHECK(o.plannedDone == 1);
    CHECK(o.openDisputes == 1);
    CHECK(o.followUpsDue == 1);
    CHECK(o.attention.isEmpty());
    const QJsonObject json = o.toJson();
    CHECK(json.value(QStringLiteral("month")).toString() == QStringLiteral("2026-10"));
    CHECK(json.value(QStringLiteral("average")).toDouble() == Approx(95.0));
    CHECK(countWorkspace(*f.db).evaluations == 1);
}

TEST_CASE("an empty month has no average, not zero")
{
    Fixture f;
    const Overview o = computeOverview(*f.db, test::managerActor(), QDate(2026, 10, 1));
    CHECK(o.evaluationsDone == 0);
    CHECK_FALSE(o.average);
    CHECK(o.toJson().value(QStringLiteral("average")).isNull());
}
