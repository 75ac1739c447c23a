#include "reports/Correlation.h"

#include <catch2/catch.hpp>

using namespace qadesk;

TEST_CASE("Pearson's r of hand-computed pairs")
{
    // x̄ = 3, ȳ = 4: Sxy = 8, Sxx = 10, Syy = 10 → r = 0.8.
    const auto r = Correlation::pearson({ { 1, 2 }, { 2, 4 }, { 3, 3 }, { 4, 6 }, { 5, 5 } });
    REQUIRE(r);
    CHECK(*r == Approx(0.8));
    CHECK(*Correlation::pearson({ { 1, 3 }, { 2, 2 }, { 3, 1 } }) == Approx(-1.0));
    CHECK_FALSE(Correlation::pearson({ { 1, 2 }, { 2, 3 } })); // too few pairs
    CHECK_FALSE(Correlation::pearson({ { 1, 2 }, { 2, 2 }, { 3, 2 } })); // y does not vary
}

TEST_CASE("Pearson's r from sums added in groups, as the database adds them")
{
    // The pairs above in two groups: n = 5, Σx = 15, Σy = 20, Σx² = 55, Σy² = 90, Σxy = 68;
    // (5·68 − 15·20) / √((5·55 − 225)(5·90 − 400)) = 40 / 50 = 0.8.
    PearsonSums first;
    first.add(1, 2);
    first.add(2, 4);
    PearsonSums second;
    second.add(3, 3);
    second.add(4, 6);
    second.add(5, 5);
    first.add(second);
    CHECK(first.n == 5);
    CHECK(first.x == 15);
    CHECK(first.y == 20);
    CHECK(first.xx == 55);
    CHECK(first.yy == 90);
    CHECK(first.xy == 68);
    REQUIRE(Correlation::pearson(first));
    CHECK(*Correlation::pearson(first) == Approx(0.8));
    // A measure that does not vary, at values whose squares do not add up exactly in binary: still no r.
    PearsonSums flat;
    for (const double x : { 0.1, 0.7, 0.3, 0.9 })
        flat.add(x, 85.3);
    CHECK_FALSE(Correlation::pearson(flat));
}

TEST_CASE("correlations are put in Cohen's words")
{
    CHECK(Correlation::strength(0.05) == QStringLiteral("negligible"));
    CHECK(Correlation::strength(-0.2) == QStringLiteral("weak negative"));
    CHECK(Correlation::strength(0.35) == QStringLiteral("moderate positive"));
    CHECK(Correlation::strength(-0.5) == QStringLiteral("strong negative"));
}
