#include "TestSupport.h"
#include "coaching/CoachingEffect.h"
#include "storage/CoachingRepository.h"

#include <catch2/catch.hpp>

using namespace qadesk;
using Catch::Detail::Approx;

namespace {

// greeting and identity: 0 = yes, 1 = no; accuracy: 0 fails, 1 and 2 pass.
QList<Answer> answers(int greeting, int identity, int accuracy)
{
    return { Answer { QStringLiteral("greeting"), greeting }, Answer { QStringLiteral("identity"), identity },
             Answer { QStringLiteral("accuracy"), accuracy } };
}

} // namespace

TEST_CASE("coaching effect: each focus item's pass rate before and after the session, with counts and a verdict")
{
    test::EvaluatedWorkspace w;
    const QString kim = QStringLiteral("Kim");
    const QString alpha = QStringLiteral("Alpha");
    const auto evaluate = [&](const QDate& day, int greeting, int accuracy) {
        w.evaluation(kim, alpha, day, 0.8, false, EvaluationKind::Regular, answers(greeting, 0, accuracy));
    };
    evaluate(QDate(2026, 6, 1), 1, 0); // more than 60 days before: outside the window
    // Before (September): greeting passed 1 of 5, accuracy 3 of 5.
    for (const auto& [day, greeting, accuracy] : { std::tuple { 2, 1, 0 }, { 5, 1, 2 }, { 9, 1, 1 }, { 15, 0, 0 }, { 20, 1, 2 } })
        evaluate(QDate(2026, 9, day), greeting, accuracy);
    // After (October): greeting passed 6 of 6, accuracy 3 of 6.
    for (const auto& [day, greeting, accuracy] : { std::tuple { 2, 0, 2 }, { 6, 0, 0 }, { 9, 0, 1 }, { 14, 0, 0 }, { 21, 0, 2 }, { 28, 0, 0 } })
        evaluate(QDate(2026, 10, day), greeting, accuracy);

    CoachingSession session;
    session.agentId = w.agents.value(kim);
    session.coachId = w.evaluator;
    session.heldAt = test::centreTime(QDate(2026, 10, 1), QTime(9, 0));
    session.focusItemKeys = { QStringLiteral("greeting"), QStringLiteral("accuracy"), QStringLiteral("identity") };
    session.id = CoachingRepository(*w.db).add(session, QStringLiteral("lead"));

    const SessionEffect effect = CoachingEffect::of(*w.db, session, QDate(2026, 11, 20));
    CHECK(effect.agentName == kim);
    REQUIRE(effect.items.size() == 3);

    const FocusItemEffect& greeting = effect.items.at(0);
    CHECK(greeting.question == QStringLiteral("첫인사를 정확히 했는가?"));
    CHECK(greeting.beforeApplicable == 5);
    CHECK(greeting.beforePassed == 1);
    CHECK(greeting.afterApplicable == 6);
    CHECK(greeting.afterPassed == 6);
    CHECK(*greeting.change() == Approx(0.8));
    // Pooled 7/11; SE = sqrt(7/11 · 4/11 · (1/5 + 1/6)) = 0.29132; z = 2.7461; p = erfc(z/√2) = 0.00603.
    CHECK(*greeting.pValue() == Approx(0.00603).epsilon(0.01));
    CHECK(greeting.verdict() == FocusItemEffect::Verdict::Improved);

    const FocusItemEffect& accuracy = effect.items.at(1);
    CHECK(accuracy.beforePassed == 3);
    CHECK(accuracy.afterApplicable == 6);
    CHECK(accuracy.afterPassed == 3); // 3 of 5 before, 3 of 6 after: "improves on paper" would not show here
    CHECK(accuracy.verdict() == FocusItemEffect::Verdict::NoClearChange);

    // identity always passed: no change to test, but enough answers to say so.
    CHECK(effect.items.at(2).verdict() == FocusItemEffect::Verdict::NoClearChange);
    CHECK(*effect.items.at(2).pValue() == 1.0);

    // Today bounds "after": on the day of the session nothing is after it yet.
    const SessionEffect early = CoachingEffect::of(*w.db, session, QDate(2026, 9, 30));
    CHECK(early.items.at(0).afterApplicable == 0);
    CHECK(early.items.at(0).verdict() == FocusItemEffect::Verdict::TooFewEvaluations);

    const auto listed = CoachingEffect::held(*w.db, test::managerActor(), QDate(2026, 10, 1), QDate(2026, 10, 31), QDate(2026, 11, 20));
    REQUIRE(listed.size() == 1);
    CHECK(listed.at(0).session.id == session.id);
    CHECK(CoachingEffect::held(*w.db, test::managerActor(), QDate(2026, 9, 1), QDate(2026, 9, 30), QDate(2026, 11, 20)).isEmpty());
}
