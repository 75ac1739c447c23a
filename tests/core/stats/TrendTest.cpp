#include "stats/StudentT.h"
#include "stats/Trend.h"

#include <catch2/catch.hpp>

using namespace qadesk;
using Catch::Detail::Approx;

namespace {
QList<ScoredPoint> monthly(const QList<double>& means)
{
    QList<ScoredPoint> points;
    for (int i = 0; i < means.size(); ++i)
        points.append({ QDate(2026, 1 + i, 10), means.at(i) });
    return points;
}
} // namespace

TEST_CASE("Student's t against tabulated values")
{
    CHECK(StudentT::quantile(0.975, 9) == Approx(2.262157).epsilon(1e-6));
    CHECK(StudentT::quantile(0.975, 1) == Approx(12.7062).epsilon(1e-5));
    CHECK(StudentT::quantile(0.975, 2) == Approx(4.302653).epsilon(1e-6));
    CHECK(StudentT::twoSidedP(2.0, 10) == Approx(0.073388).epsilon(1e-5));
    CHECK(StudentT::twoSidedP(1.0, 1) == Approx(0.5).epsilon(1e-9)); // Cauchy: exactly a half
    CHECK(StudentT::cdf(0.0, 5) == Approx(0.5));
    CHECK(StudentT::cdf(-2.0, 10) == Approx(0.073388 / 2).epsilon(1e-5));
}

TEST_CASE("period means carry their count and a t-based 95% interval")
{
    const QList<ScoredPoint> points { { QDate(2026, 3, 2), 70 }, { QDate(2026, 3, 20), 80 }, { QDate(2026, 3, 31), 90 },
                                      { QDate(2026, 4, 1), 60 } };
    const auto months = Trend::byPeriod(points, TrendPeriod::Month);
    REQUIRE(months.size() == 2);
    CHECK(months.at(0).start == QDate(2026, 3, 1));
    CHECK(months.at(0).count == 3);
    CHECK(months.at(0).mean == Approx(80));
    CHECK(months.at(0).standardDeviation == Approx(10));
    CHECK(months.at(0).halfWidth == Approx(4.302653 * 10 / std::sqrt(3.0)).epsilon(1e-6)); // 24.84
    CHECK(months.at(1).count == 1);
    CHECK(months.at(1).halfWidth == 0); // one evaluation: no interval

    // Weeks start on Monday: Sunday 2026-03-08 belongs to the week of Monday 2026-03-02.
    const auto weeks = Trend::byPeriod({ { QDate(2026, 3, 8), 50 }, { QDate(2026, 3, 2), 70 }, { QDate(2026, 3, 9), 90 } }, TrendPeriod::Week);
    REQUIRE(weeks.size() == 2);
    CHECK(weeks.at(0).start == QDate(2026, 3, 2));
    CHECK(weeks.at(0).mean == Approx(60));
}

TEST_CASE("least-squares slope and its p-value, computed by hand")
{
    // x = 0..4, y = 80 82 78 85 90: Sxx = 10, Sxy = 23, slope 2.3, intercept 78.4, SSE 35.1,
    // SE = sqrt(35.1 / 3 / 10) = 1.08167, t = 2.12634 with 3 degrees of freedom → p = 0.12344.
    const LinearTrend fit = Trend::linearFit({ 80, 82, 78, 85, 90 });
    CHECK(fit.valid());
    CHECK(fit.slope == Approx(2.3));
    CHECK(fit.intercept == Approx(78.4));
    CHECK(fit.pValue == Approx(0.123438).epsilon(1e-4));

    CHECK_FALSE(Trend::linearFit({ 80, 82 }).valid()); // two points always make a perfect line
    CHECK(Trend::linearFit({ 70, 75, 80 }).pValue == 0); // exactly on a rising line
    CHECK(Trend::linearFit({ 75, 75, 75 }).pValue == 1); // flat
}

TEST_CASE("XmR limits are the mean ± 2.66 × the mean moving range")
{
    const ControlChart chart = Trend::controlChart({ 80, 82, 78, 85, 90 });
    CHECK(chart.centre == Approx(83));
    CHECK(chart.meanMovingRange == Approx(4.5)); // |2|, |4|, |7|, |5|
    CHECK(chart.upper == Approx(83 + 2.66 * 4.5));
    CHECK(chart.lower == Approx(83 - 2.66 * 4.5));
    CHECK(chart.violations.isEmpty());
}

TEST_CASE("each control rule, alone")
{
    // Centre 75.5, mean moving range 5.8, upper limit 90.93: the last point is beyond it.
    CHECK(Trend::controlChart({ 70, 72, 71, 73, 72, 95 }).violations == QList<RuleViolation> { { ControlRule::BeyondLimit, 5 } });

    // Centre 80.2: from index 2 on every point is above it; the eighth (index 9) breaks the rule. 60 is below the
    // lower limit 80.2 − 2.66 × 58/9 = 63.06.
    CHECK(Trend::controlChart({ 90, 60, 81, 82, 81, 82, 81, 82, 81, 82 }).violations
          == QList<RuleViolation> { { ControlRule::BeyondLimit, 1 }, { ControlRule::EightOnOneSide, 9 } });

    // Six rising points: the rule breaks once, at the sixth, and a seventh does not repeat it.
    CHECK(Trend::controlChart({ 70, 71, 72, 73, 74, 75 }).violations == QList<RuleViolation> { { ControlRule::SixTrending, 5 } });
    const auto trending = [](const QList<double>& values) {
        const auto violations = Trend::controlChart(values).violations;
        return std::count_if(violations.cbegin(), violations.cend(), [](const RuleViolation& v) { return v.rule == ControlRule::SixTrending; });
    };
    CHECK(trending({ 70, 71, 72, 73, 74, 75, 76 }) == 1);
    CHECK(trending({ 76, 75, 74, 73, 72, 71 }) == 1); // falling counts too
    // Five rising points are not yet a run; a tie breaks a run.
    CHECK(Trend::controlChart({ 70, 71, 72, 73, 74 }).violations.isEmpty());
    CHECK(trending({ 70, 71, 72, 72, 74, 75, 76 }) == 0);
}

TEST_CASE("moving average over up to three periods")
{
    CHECK(Trend::movingAverage({ 60, 90, 90, 30 }, 3) == QList<double> { 60, 75, 80, 70 });
}

TEST_CASE("findings: declining, below target and out of control, each with its reason")
{
    const TrendAnalysis declining = Trend::analyse(monthly({ 90, 87, 85, 82, 80, 76 }), TrendPeriod::Month, 80);
    CHECK(declining.has(TrendFlag::Declining));
    CHECK_FALSE(declining.has(TrendFlag::Improving));
    CHECK(declining.has(TrendFlag::BelowTarget));
    CHECK(declining.has(TrendFlag::OutOfControl)); // six falling months
    REQUIRE(declining.findings.size() == 3);
    CHECK(declining.findings.at(0).reason.startsWith(QStringLiteral("falling 2.7 points a month (p < 0.001) over 6 periods")));
    CHECK(declining.findings.at(1).reason == QStringLiteral("2026-06: 76.0 against a target of 80.0"));
    CHECK(declining.findings.at(2).reason == QStringLiteral("2026-06 (76.0): 6 periods in a row rising or falling"));

    const TrendAnalysis improving = Trend::analyse(monthly({ 70, 74, 73, 78, 80 }), TrendPeriod::Month, 75);
    CHECK(improving.has(TrendFlag::Improving));
    CHECK_FALSE(improving.has(TrendFlag::BelowTarget));

    // Noise around a level: no finding at all.
    const TrendAnalysis steady = Trend::analyse(monthly({ 84, 86, 83, 85, 84, 86 }), TrendPeriod::Month, 80);
    CHECK(steady.findings.isEmpty());

    // An old rule break does not make the agent out of control now.
    const TrendAnalysis old = Trend::analyse(monthly({ 95, 70, 72, 71, 73, 72, 71, 72 }), TrendPeriod::Month, 60);
    CHECK_FALSE(old.chart.violations.isEmpty());
    CHECK_FALSE(old.has(TrendFlag::OutOfControl));
}
