#include "stats/Headcount.h"

#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

// A 100-agent centre (docs/planning.md, example 1).
HeadcountInputs centre()
{
    HeadcountInputs in;
    in.agents = 100;
    in.evaluationsPerAgent = 8;
    in.contactMinutes = 5;
    in.reviewFactor = 1.2;
    in.scoringMinutes = 10;
    in.feedbackMinutes = 5;
    in.coachingSessionsPerAgent = 1;
    in.coachingMinutes = 30;
    in.calibrationHoursPerQa = 4;
    in.liveMonitoringHours = 20;
    in.paidHoursPerFte = 209;
    in.shrinkage = 0.2;
    in.utilisation = 0.85;
    return in;
}

} // namespace

TEST_CASE("headcount: every term of the worked example, by hand")
{
    QString error;
    const auto r = Headcount::compute(centre(), &error);
    REQUIRE(r);
    CHECK(r->evaluations == 800);
    CHECK(r->reviewHours == Approx(80)); // 800 × 5 × 1.2 / 60
    CHECK(r->scoringHours == Approx(133.3333)); // 800 × 10 / 60
    CHECK(r->feedbackHours == Approx(66.6667)); // 800 × 5 / 60
    CHECK(r->coachingHours == Approx(50)); // 100 × 1 × 30 / 60
    CHECK(r->liveMonitoringHours == 20);
    CHECK(r->productiveHoursPerFte == Approx(142.12)); // 209 × 0.8 × 0.85
    CHECK(r->fte == Approx(350.0 / 138.12)); // fixed 350 h over 142.12 − 4 calibration hours
    CHECK(r->calibrationHours == Approx(4 * 350.0 / 138.12));
    CHECK(r->workloadHours == Approx(350 + 4 * 350.0 / 138.12));
    CHECK(r->agentsPerQa == Approx(100 / (350.0 / 138.12)));
}

TEST_CASE("headcount: the book's habit of 4 calls per agent, no extras")
{
    // 200 agents × 4 calls × (6 min listening + 9 min scoring + 5 min feedback) = 266.7 h; 209 h × 0.75 = 156.75 h.
    HeadcountInputs in;
    in.agents = 200;
    in.evaluationsPerAgent = 4;
    in.contactMinutes = 6;
    in.scoringMinutes = 9;
    in.feedbackMinutes = 5;
    in.paidHoursPerFte = 209;
    in.shrinkage = 0.25;
    QString error;
    const auto r = Headcount::compute(in, &error);
    REQUIRE(r);
    CHECK(r->workloadHours == Approx(266.6667));
    CHECK(r->fte == Approx(1.7013).epsilon(1e-4));
    CHECK(r->agentsPerQa == Approx(117.56).epsilon(1e-3));
}

TEST_CASE("headcount refuses impossible inputs and names them")
{
    QString error;
    HeadcountInputs in = centre();
    in.shrinkage = 1.0;
    CHECK_FALSE(Headcount::compute(in, &error));
    CHECK(error.contains(QStringLiteral("shrinkage")));
    in = centre();
    in.calibrationHoursPerQa = 200;
    CHECK_FALSE(Headcount::compute(in, &error));
    CHECK(error.contains(QStringLiteral("calibration")));
    in = centre();
    in.scoringMinutes = -1;
    CHECK_FALSE(Headcount::compute(in, &error));
    CHECK(error.contains(QStringLiteral("scoring minutes")));
}
