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

TEST_CASE("correlations are put in Cohen's words")
{
    CHECK(Correlation::strength(0.05) == QStringLiteral("negligible"));
    CHECK(Correlation::strength(-0.2) == QStringLiteral("weak negative"));
    CHECK(Correlation::strength(0.35) == QStringLiteral("moderate positive"));
    CHECK(Correlation::strength(-0.5) == QStringLiteral("strong negative"));
}
