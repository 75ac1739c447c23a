#include "stats/RatingsAgreement.h"

#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

RatingsTable table(const char* text, RatingsImport::Values values = RatingsImport::Values::NumbersOrLabels)
{
    QString error;
    const auto parsed = RatingsImport::parse(QString::fromUtf8(text), QStringLiteral("r.csv"), values, &error);
    REQUIRE(parsed);
    return *parsed;
}

} // namespace

TEST_CASE("the JSON of each metric counts the units it used")
{
    QString error;
    // Two evaluators agree on three of four calls; a fifth call has one rating only and is left out. By hand:
    // Kim P P F F, Lee P F F F: p_o = 3/4, p_e = (2/4)(1/4) + (2/4)(3/4) = 1/2, kappa = 0.5.
    const RatingsTable ratings = table("call,Kim,Lee\nC1,P,P\nC2,P,F\nC3,F,F\nC4,F,F\nC5,,P\n");
    const auto cohen = RatingsAgreement::compute(ratings, QStringLiteral("r.csv"), { AgreementMetric::Cohen }, &error);
    REQUIRE(cohen);
    CHECK(cohen->value(QStringLiteral("metric")).toString() == QStringLiteral("cohen"));
    CHECK(cohen->value(QStringLiteral("value")).toDouble() == Approx(0.5));
    CHECK(cohen->value(QStringLiteral("units")).toInt() == 4);
    CHECK(cohen->value(QStringLiteral("raters")).toInt() == 2);
    CHECK(cohen->value(QStringLiteral("weights")).toString() == QStringLiteral("none"));
    CHECK(cohen->value(QStringLiteral("interpretation")).toString() == QStringLiteral("Moderate agreement"));

    const auto fleiss
        = RatingsAgreement::compute(ratings, QStringLiteral("r.csv"), { AgreementMetric::Fleiss }, &error);
    REQUIRE(fleiss);
    // Fleiss pools the two raters' margins: p(P) = 3/8, p(F) = 5/8, P_e = 34/64; P-bar = 3/4.
    CHECK(fleiss->value(QStringLiteral("percent_agreement")).toDouble() == Approx(0.75));
    CHECK(fleiss->value(QStringLiteral("value")).toDouble() == Approx((0.75 - 34.0 / 64) / (1 - 34.0 / 64)));
}

TEST_CASE("an undefined statistic is refused with the reason, naming the file")
{
    QString error;
    const RatingsTable same = table("call,Kim,Lee\nC1,3,3\nC2,3,3\n");
    CHECK_FALSE(RatingsAgreement::compute(same, QStringLiteral("/x/r.csv"), { AgreementMetric::Fleiss }, &error));
    CHECK(error
          == QStringLiteral("r.csv: every rating the units share is the same value, so agreement by chance is already "
                            "perfect and fleiss is undefined"));
    CHECK_FALSE(RatingsAgreement::compute(same, QStringLiteral("r.csv"), { AgreementMetric::Icc }, &error));
    CHECK(error == QStringLiteral("r.csv: the ratings do not vary, so ICC is undefined"));

    const RatingsTable lonely = table("call,Kim,Lee,Park\nC1,3,,\nC2,,4,5\n");
    CHECK_FALSE(RatingsAgreement::compute(lonely, QStringLiteral("r.csv"), { AgreementMetric::Icc }, &error));
    CHECK(
        error
        == QStringLiteral("r.csv: ICC needs two or more raters and two or more units that every rater rated; there are "
                          "3 raters and 0 such units"));
    const RatingsTable single = table("call,Kim,Lee\nC1,3,\nC2,,4\n");
    CHECK_FALSE(RatingsAgreement::compute(single, QStringLiteral("r.csv"),
                                          { AgreementMetric::Krippendorff, MeasurementLevel::Interval }, &error));
    CHECK(error
          == QStringLiteral("r.csv: no unit has ratings from two or more raters, so there is no agreement to measure"));
}

TEST_CASE("labels only where the data are nominal, and the command-line names both ways")
{
    using V = RatingsImport::Values;
    CHECK(RatingsAgreement::valuesFor({ AgreementMetric::Fleiss }) == V::NumbersOrLabels);
    CHECK(RatingsAgreement::valuesFor({ AgreementMetric::Krippendorff, MeasurementLevel::Nominal })
          == V::NumbersOrLabels);
    CHECK(RatingsAgreement::valuesFor({ AgreementMetric::Krippendorff, MeasurementLevel::Ordinal }) == V::Numbers);
    CHECK(RatingsAgreement::valuesFor({ AgreementMetric::Krippendorff, MeasurementLevel::Ratio })
          == V::NonNegativeNumbers);
    CHECK(RatingsAgreement::valuesFor({ AgreementMetric::Cohen }) == V::NumbersOrLabels);
    CHECK(RatingsAgreement::valuesFor({ AgreementMetric::Cohen, MeasurementLevel::Nominal, KappaWeights::Linear })
          == V::Numbers);
    CHECK(RatingsAgreement::valuesFor({ AgreementMetric::Icc }) == V::Numbers);

    CHECK(RatingsAgreement::metricFromName(QStringLiteral("icc")) == AgreementMetric::Icc);
    CHECK(RatingsAgreement::levelFromName(QStringLiteral("ratio")) == MeasurementLevel::Ratio);
    CHECK(RatingsAgreement::weightsFromName(QStringLiteral("quadratic")) == KappaWeights::Quadratic);
    CHECK_FALSE(RatingsAgreement::metricFromName(QStringLiteral("Fleiss")));
    CHECK_FALSE(RatingsAgreement::levelFromName(QString()));
}
