#include "disputes/DisputeStats.h"

#include "DisputeCentre.h"

#include <catch2/catch.hpp>

using namespace qadesk;

TEST_CASE("dispute and overturn rates by evaluator and by item count what happened in the period")
{
    const test::DisputeOctober centre;
    const QDate from(2026, 10, 1);
    const QDate to(2026, 10, 31);

    SECTION("per evaluator")
    {
        const auto rows = DisputeStats::perEvaluator(*centre.db, test::managerActor(), from, to);
        REQUIRE(rows.size() == 2);
        CHECK(rows[0].evaluatorId == centre.a);
        CHECK(rows[0].evaluator == QStringLiteral("이수진"));
        // 8 October evaluations (not e0, the calibration or the revision); d1, d2, d3, d5 and the revision's d7
        // raised; d0, d1, d2, d5 resolved, d1 overturned.
        CHECK(rows[0].counts.evaluations == 8);
        CHECK(rows[0].counts.disputes == 5);
        CHECK(*rows[0].counts.disputeRate == Approx(5.0 / 8.0));
        CHECK(rows[0].counts.resolved == 4);
        CHECK(rows[0].counts.overturned == 1);
        CHECK(*rows[0].counts.overturnRate == Approx(0.25));
        CHECK(rows[1].evaluatorId == centre.b);
        CHECK(rows[1].counts == DisputeCounts { 2, 1, 0.5, 0, 0, std::nullopt });
    }

    SECTION("per item, each out of the evaluations whose form has it")
    {
        const auto rows = DisputeStats::perItem(*centre.db, test::managerActor(), from, to);
        REQUIRE(rows.size() == 5);
        // 10 October evaluations: A's six on version 1 and two on version 2, B's one on each.
        CHECK(rows[0].itemKey.isEmpty());
        CHECK(rows[0].question.isEmpty());
        CHECK(rows[0].counts == DisputeCounts { 10, 1, 0.1, 1, 0, 0.0 }); // d2
        CHECK(rows[1].itemKey == QStringLiteral("accuracy"));
        CHECK(rows[1].counts == DisputeCounts { 10, 2, 0.2, 0, 0, std::nullopt }); // d3, d7 open
        CHECK(rows[2].itemKey == QStringLiteral("closing"));
        CHECK(rows[2].question == QStringLiteral("끝인사를 했는가?"));
        CHECK(rows[2].counts.evaluations == 3); // version 2 only
        CHECK(rows[2].counts.disputes == 1);
        CHECK(*rows[2].counts.disputeRate == Approx(1.0 / 3.0));
        CHECK(rows[2].counts.resolved == 1);
        CHECK(*rows[2].counts.overturnRate == 0.0);
        CHECK(rows[3].itemKey == QStringLiteral("greeting"));
        CHECK(rows[3].question == QStringLiteral("첫인사와 소속을 밝혔는가?")); // the newest version's words
        CHECK(rows[3].counts == DisputeCounts { 10, 1, 0.1, 2, 1, 0.5 }); // d1 raised; d0 and d1 resolved
        CHECK(rows[4].itemKey == QStringLiteral("identity"));
        CHECK(rows[4].counts == DisputeCounts { 10, 1, 0.1, 0, 0, std::nullopt }); // d4, resolved in November
    }

    SECTION("another period")
    {
        const auto september = DisputeStats::perEvaluator(*centre.db, test::managerActor(), QDate(2026, 9, 1), QDate(2026, 9, 30));
        REQUIRE(september.size() == 1);
        CHECK(september[0].counts == DisputeCounts { 1, 1, 1.0, 0, 0, std::nullopt });
        const auto november = DisputeStats::perEvaluator(*centre.db, test::managerActor(), QDate(2026, 11, 1), QDate(2026, 11, 30));
        REQUIRE(november.size() == 1);
        CHECK(november[0].evaluatorId == centre.b);
        CHECK(november[0].counts == DisputeCounts { 1, 0, 0.0, 1, 1, 1.0 });
        CHECK(DisputeStats::perItem(*centre.db, test::managerActor(), QDate(2026, 8, 1), QDate(2026, 8, 31)).isEmpty());
    }
}
