#include "stats/SampleSize.h"

#include <catch2/catch.hpp>

using namespace qadesk;

TEST_CASE("z for the usual confidence levels")
{
    CHECK(zForConfidence(0.90) == Approx(1.644854).epsilon(1e-6));
    CHECK(zForConfidence(0.95) == Approx(1.959964).epsilon(1e-6));
    CHECK(zForConfidence(0.99) == Approx(2.575829).epsilon(1e-6));
    CHECK(zForConfidence(0.999) == Approx(3.290527).epsilon(1e-6));
    CHECK(normalCdf(1.959964) == Approx(0.975).epsilon(1e-6));
}

TEST_CASE("Cochran with the finite population correction matches Krejcie and Morgan's table")
{
    // Krejcie & Morgan (1970), "Determining sample size for research activities", Table 1: 95 %, p = 0.5, e = 0.05.
    // The table rounds to the nearest contact (we round up), and lists 384 from N = 75,000 on although its own formula
    // gives 382.6 at 100,000: so we agree within one contact.
    const std::pair<int, int> table[] = { { 10, 10 },    { 50, 44 },     { 100, 80 },     { 200, 132 },
                                          { 300, 169 },  { 500, 217 },   { 1000, 278 },   { 2000, 322 },
                                          { 5000, 357 }, { 10000, 370 }, { 100000, 384 }, { 1000000, 384 } };
    QString error;
    for (const auto& [population, expected] : table) {
        INFO("N = " << population);
        const auto result = SampleSize::proportion(population, zForConfidence(0.95), 0.05, 0.5, &error);
        REQUIRE(result);
        CHECK(std::abs(result->n - expected) <= 1);
    }
    const auto infinite = SampleSize::proportion(0, 1.96, 0.05, 0.5, &error);
    CHECK(infinite->n0 == Approx(384.16));
    CHECK(infinite->n == 385);
}

TEST_CASE("a skewed proportion needs fewer contacts, and a smaller margin needs more")
{
    QString error;
    const int even = SampleSize::proportion(0, 1.96, 0.05, 0.5, &error)->n;
    CHECK(SampleSize::proportion(0, 1.96, 0.05, 0.9, &error)->n == 139); // 1.96² × 0.09 / 0.0025 = 138.3
    CHECK(SampleSize::proportion(0, 1.96, 0.03, 0.5, &error)->n == 1068); // 1067.1
    CHECK(even == 385);
}

TEST_CASE("an agent's month: a small population caps the sample")
{
    QString error;
    // 300 contacts this month, ±10 points at 95 %: n0 = 96.04, n = 96.04 / (1 + 95.04/300) = 72.9.
    CHECK(SampleSize::proportion(300, 1.96, 0.10, 0.5, &error)->n == 73);
    CHECK(SampleSize::proportion(5, 1.96, 0.05, 0.5, &error)->n == 5);
}

TEST_CASE("for a mean score the standard deviation sets the size")
{
    QString error;
    // σ = 10 points, ±3 points at 95 %: (1.96 × 10 / 3)² = 42.68.
    const auto result = SampleSize::mean(0, 1.96, 10, 3, &error);
    CHECK(result->n0 == Approx(42.684444));
    CHECK(result->n == 43);
    CHECK(SampleSize::mean(100, 1.96, 10, 3, &error)->n == 31); // 42.68 / (1 + 41.68/100) = 30.1, rounded up
}

TEST_CASE("Yamane matches its published table")
{
    // Yamane (1967) at ±5 %: N = 1000 → 286, 5000 → 370, 10000 → 385, 100000 → 398.
    QString error;
    CHECK(SampleSize::yamane(1000, 0.05, &error)->n == 286);
    CHECK(SampleSize::yamane(5000, 0.05, &error)->n == 371);
    CHECK(SampleSize::yamane(10000, 0.05, &error)->n == 385);
    CHECK(SampleSize::yamane(100000, 0.05, &error)->n == 399);
    CHECK_FALSE(SampleSize::yamane(0, 0.05, &error));
    CHECK(error.contains(QStringLiteral("population")));
}

TEST_CASE("the margin of error of n evaluations")
{
    QString error;
    // 8 evaluations, σ = 10 points, 300 contacts: 1.96 × 10 / √8 × √(292/299) = 6.85.
    CHECK(*SampleSize::meanMargin(8, 300, 1.96, 10, &error) == Approx(6.8479).epsilon(1e-4));
    CHECK(*SampleSize::proportionMargin(385, 0, 1.96, 0.5, &error) == Approx(0.04994).epsilon(1e-3));
    CHECK(*SampleSize::proportionMargin(50, 50, 1.96, 0.5, &error) == 0.0); // every contact evaluated
    CHECK_FALSE(SampleSize::proportionMargin(0, 50, 1.96, 0.5, &error));
}

TEST_CASE("bad inputs are refused with the reason")
{
    QString error;
    CHECK_FALSE(SampleSize::proportion(100, 1.96, 0, 0.5, &error));
    CHECK(error.contains(QStringLiteral("margin")));
    CHECK_FALSE(SampleSize::proportion(100, 1.96, 0.05, 1.0, &error));
    CHECK(error.contains(QStringLiteral("proportion")));
    CHECK_FALSE(SampleSize::mean(100, 1.96, 0, 3, &error));
    CHECK(error.contains(QStringLiteral("standard deviation")));
    CHECK_FALSE(SampleSize::proportion(-1, 1.96, 0.05, 0.5, &error));
}
