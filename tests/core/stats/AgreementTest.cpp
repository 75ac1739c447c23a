#include "stats/Agreement.h"

#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

constexpr std::nullopt_t _ = std::nullopt;

// Ratings from a table of counts per category (one row per unit), as Fleiss and the textbooks print them: each count
// becomes that many raters choosing the category's code (1, 2, ...).
Ratings fromCategoryCounts(const QList<QList<int>>& table)
{
    Ratings ratings;
    for (const auto& counts : table) {
        QList<std::optional<double>> row;
        for (int category = 0; category < counts.size(); ++category) {
            for (int i = 0; i < counts.at(category); ++i)
                row.append(double(category + 1));
        }
        ratings.append(row);
    }
    return ratings;
}

// Two raters from a square contingency table: cell (i, j) holds the units rater 1 put in category i + 1 and rater 2
// in category j + 1.
Ratings fromContingencyTable(const QList<QList<int>>& table)
{
    Ratings ratings;
    for (int i = 0; i < table.size(); ++i) {
        for (int j = 0; j < table.at(i).size(); ++j) {
            for (int c = 0; c < table.at(i).at(j); ++c)
                ratings.append({ double(i + 1), double(j + 1) });
        }
    }
    return ratings;
}

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", Annenberg School for Communication Departmental
// Papers 43, section C ("Nominal data, any number of observers, missing data"): observers A-D (columns) code 12 units
// (rows); unit 12 has a single value and is not pairable. The paper's results: nominal .743 (C), ordinal .815 (D),
// interval .849 (E), ratio .797 (F). The same data and the ordinal and ratio values are in the tests of the
// `krippendorff` Python package (pln-fing-udelar/fast-krippendorff, tests/test_krippendorff.py).
const Ratings s_krippendorff2011 {
    { 1, 1, _, 1 }, { 2, 2, 3, 2 }, { 3, 3, 3, 3 }, { 3, 3, 3, 3 }, { 2, 2, 2, 2 }, { 1, 2, 3, 4 },
    { 4, 4, 4, 4 }, { 1, 1, 2, 1 }, { 2, 2, 2, 2 }, { _, 5, 5, 5 }, { _, _, 1, 1 }, { _, 3, _, _ },
};

// Shrout & Fleiss (1979), "Intraclass correlations: uses in assessing rater reliability", Psychological Bulletin
// 86(2):420-428, Table 2: four judges rate six targets. Table 4 gives ICC(1,1) = .17, ICC(2,1) = .29, ICC(3,1) = .71.
const Ratings s_shroutFleiss {
    { 9, 2, 5, 8 }, { 6, 1, 3, 2 }, { 8, 4, 6, 8 }, { 7, 1, 2, 6 }, { 10, 5, 6, 9 }, { 6, 2, 4, 7 },
};

} // namespace

TEST_CASE("Fleiss' kappa of the textbook table of 10 subjects by 14 raters is 0.210")
{
    // The worked example of Fleiss' kappa in Wikipedia ("Fleiss' kappa", section Worked example), also in many
    // textbooks: 14 raters put 10 subjects in 5 categories. Published: P-bar = 0.378, P_e = 0.213, kappa = 0.210.
    const Ratings ratings = fromCategoryCounts({
        { 0, 0, 0, 0, 14 },
        { 0, 2, 6, 4, 2 },
        { 0, 0, 3, 5, 6 },
        { 0, 3, 9, 2, 0 },
        { 2, 2, 8, 1, 1 },
        { 7, 7, 0, 0, 0 },
        { 3, 2, 6, 3, 0 },
        { 2, 5, 3, 2, 2 },
        { 6, 5, 2, 1, 0 },
        { 0, 2, 2, 3, 7 },
    });
    REQUIRE(ratings.at(0).size() == 14);
    CHECK(*Agreement::percentAgreement(ratings) == Approx(0.378).margin(0.0005));
    CHECK(*Agreement::fleissKappa(ratings) == Approx(0.210).margin(0.0005));
    CHECK(Agreement::kappaInterpretation(0.210) == QStringLiteral("Fair agreement"));
}

TEST_CASE("Fleiss' kappa of Fleiss' 1971 psychiatric diagnoses is 0.430")
{
    // Fleiss (1971), "Measuring nominal scale agreement among many raters", Psychological Bulletin 76(5):378-382:
    // six psychiatrists put 30 patients in five diagnoses (1 depression, 2 personality disorder, 3 schizophrenia,
    // 4 neurosis, 5 other); kappa = .430. Fleiss prints only the counts per patient; these rows are those counts as in
    // the R irr package's `diagnoses` (kappam.fleiss: 0.4302445), as statsmodels' tests rebuild them
    // (statsmodels/stats/tests/test_inter_rater.py).
    const Ratings ratings {
        { 4, 4, 4, 4, 4, 4 }, { 2, 2, 2, 5, 5, 5 }, { 2, 3, 3, 3, 3, 5 }, { 5, 5, 5, 5, 5, 5 }, { 2, 2, 2, 4, 4, 4 },
        { 1, 1, 3, 3, 3, 3 }, { 3, 3, 3, 3, 5, 5 }, { 1, 1, 3, 3, 3, 4 }, { 1, 1, 4, 4, 4, 4 }, { 5, 5, 5, 5, 5, 5 },
        { 1, 4, 4, 4, 4, 4 }, { 1, 2, 4, 4, 4, 4 }, { 2, 2, 2, 3, 3, 3 }, { 1, 4, 4, 4, 4, 4 }, { 2, 2, 4, 4, 4, 5 },
        { 3, 3, 3, 3, 3, 5 }, { 1, 1, 1, 4, 5, 5 }, { 1, 1, 1, 1, 1, 2 }, { 2, 2, 4, 4, 4, 4 }, { 1, 3, 3, 5, 5, 5 },
        { 5, 5, 5, 5, 5, 5 }, { 2, 4, 4, 4, 4, 4 }, { 2, 2, 4, 5, 5, 5 }, { 1, 1, 4, 4, 4, 4 }, { 1, 4, 4, 4, 4, 5 },
        { 2, 2, 2, 2, 2, 4 }, { 1, 1, 1, 1, 5, 5 }, { 2, 2, 4, 4, 4, 4 }, { 1, 3, 3, 3, 3, 3 }, { 5, 5, 5, 5, 5, 5 },
    };
    CHECK(*Agreement::fleissKappa(ratings) == Approx(0.4302445).margin(1e-7));
    CHECK(Agreement::kappaInterpretation(0.430) == QStringLiteral("Moderate agreement"));
}

TEST_CASE("Krippendorff's alpha of the 2011 reliability data at the four levels of measurement")
{
    CHECK(*Agreement::krippendorffAlpha(s_krippendorff2011, MeasurementLevel::Nominal) == Approx(0.743).margin(0.0005));
    CHECK(*Agreement::krippendorffAlpha(s_krippendorff2011, MeasurementLevel::Ordinal) == Approx(0.815).margin(0.0005));
    CHECK(*Agreement::krippendorffAlpha(s_krippendorff2011, MeasurementLevel::Interval)
          == Approx(0.849).margin(0.0005));
    CHECK(*Agreement::krippendorffAlpha(s_krippendorff2011, MeasurementLevel::Ratio) == Approx(0.797).margin(0.0005));
    CHECK(Agreement::alphaInterpretation(0.743) == QStringLiteral("Tentative conclusions only"));
    CHECK(Agreement::alphaInterpretation(0.849) == QStringLiteral("Reliable"));
    CHECK(Agreement::alphaInterpretation(0.5) == QStringLiteral("Not reliable"));
}

TEST_CASE("Krippendorff's alpha of Wikipedia's computational example: three coders, fifteen units, many missing")
{
    // Wikipedia, "Krippendorff's alpha", section A computational example; the `krippendorff` Python package tests the
    // same data (test_nominal_metric_reliability_data: 0.691358, test_interval_metric: 0.810845).
    const Ratings ratings {
        { _, 1, _ }, { _, _, _ }, { _, 2, 2 }, { _, 1, 1 }, { _, 3, 3 }, { 3, 3, 4 }, { 4, 4, 4 }, { 1, 3, _ },
        { 2, _, 2 }, { 1, _, 1 }, { 1, _, 1 }, { 3, _, 3 }, { 3, _, 3 }, { _, _, _ }, { 3, _, 4 },
    };
    CHECK(*Agreement::krippendorffAlpha(ratings, MeasurementLevel::Nominal) == Approx(0.691358).margin(1e-6));
    CHECK(*Agreement::krippendorffAlpha(ratings, MeasurementLevel::Interval) == Approx(0.810845).margin(1e-6));
}

TEST_CASE("the seeded bootstrap interval of alpha is reproducible and holds the estimate")
{
    const auto first = Agreement::krippendorffAlphaInterval(s_krippendorff2011, MeasurementLevel::Nominal, 2000, 42);
    const auto again = Agreement::krippendorffAlphaInterval(s_krippendorff2011, MeasurementLevel::Nominal, 2000, 42);
    const auto other = Agreement::krippendorffAlphaInterval(s_krippendorff2011, MeasurementLevel::Nominal, 2000, 7);
    REQUIRE(first);
    REQUIRE(other);
    CHECK(first->low == again->low);
    CHECK(first->high == again->high);
    // 0.743 lies inside; with eleven units the interval is wide but alpha never exceeds 1.
    CHECK(first->low < 0.743);
    CHECK(first->high > 0.743);
    CHECK(first->high <= 1.0);
    CHECK(first->high - first->low > 0.1);
    // Another seed draws other resamples: close, not necessarily equal.
    CHECK(std::abs(other->low - first->low) < 0.1);
    CHECK(std::abs(other->high - first->high) < 0.1);

    // Perfect agreement over varied values: every resample that varies agrees perfectly.
    const Ratings perfect { { 1, 1, 1 }, { 2, 2, 2 }, { 3, 3, 3 }, { 4, 4, 4 } };
    const auto exact = Agreement::krippendorffAlphaInterval(perfect, MeasurementLevel::Interval, 500, 1);
    REQUIRE(exact);
    CHECK(exact->low == 1.0);
    CHECK(exact->high == 1.0);
    CHECK_FALSE(Agreement::krippendorffAlphaInterval(perfect, MeasurementLevel::Interval, 0, 1));
    CHECK_FALSE(Agreement::krippendorffAlphaInterval({ { 2, 2 }, { 2, 2 } }, MeasurementLevel::Nominal, 100, 1));
}

TEST_CASE("ICC(1,1), ICC(2,1) and ICC(3,1) of Shrout and Fleiss' six targets and four judges")
{
    const auto icc = Agreement::intraclass(s_shroutFleiss);
    REQUIRE(icc);
    CHECK(icc->icc11 == Approx(0.17).margin(0.005));
    CHECK(icc->icc21 == Approx(0.29).margin(0.005));
    CHECK(icc->icc31 == Approx(0.71).margin(0.005));
    CHECK(icc->units == 6);
    CHECK(icc->raters == 4);

    // Only complete units count: a seventh target the second judge missed changes nothing.
    Ratings withMissing = s_shroutFleiss;
    withMissing.append({ 3, _, 9, 1 });
    const auto same = Agreement::intraclass(withMissing);
    REQUIRE(same);
    CHECK(same->icc21 == Approx(icc->icc21));
    CHECK(same->units == 6);
}

TEST_CASE("Cohen's kappa of Cohen's 1960 example is 0.49")
{
    // Cohen (1960), "A coefficient of agreement for nominal scales", Educational and Psychological Measurement
    // 20:37-46, Table 1: two judges put 200 cases in three categories; p_o = .70, p_c = .41, kappa = .492.
    const Ratings ratings = fromContingencyTable({ { 88, 14, 18 }, { 10, 40, 10 }, { 2, 6, 12 } });
    REQUIRE(ratings.size() == 200);
    CHECK(*Agreement::cohenKappa(ratings, KappaWeights::None) == Approx(0.492).margin(0.0005));
    CHECK(Agreement::kappaInterpretation(0.492) == QStringLiteral("Moderate agreement"));
}

TEST_CASE("simple and weighted kappa of the SAS skin-condition agreement study")
{
    // SAS/STAT User's Guide, The FREQ Procedure, Getting Started: Agreement Study (Table 3.2, Skin Condition Data):
    // two dermatologists rate 88 patients terrible, poor, marginal or clear. Output: simple kappa 0.3449, weighted
    // kappa (Cicchetti-Allison, i.e. linear weights on scores 1-4) 0.5082.
    const Ratings ratings
        = fromContingencyTable({ { 10, 4, 1, 0 }, { 5, 10, 12, 2 }, { 2, 4, 12, 5 }, { 0, 2, 6, 13 } });
    REQUIRE(ratings.size() == 88);
    CHECK(*Agreement::cohenKappa(ratings, KappaWeights::None) == Approx(0.3449).margin(0.00005));
    CHECK(*Agreement::cohenKappa(ratings, KappaWeights::Linear) == Approx(0.5082).margin(0.00005));
}

TEST_CASE("Cohen's kappa below chance: raters 2 and 3 of the irr package's anxiety ratings")
{
    // R package irr, data `anxiety` (20 subjects rated 1-6 by three raters), kappa2(anxiety[, 2:3]) = -0.006289308,
    // as statsmodels' tests record it (statsmodels/stats/tests/test_inter_rater.py, test_cohens_kappa_irr).
    const double rater2[] = { 3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4 };
    const double rater3[] = { 2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2 };
    Ratings ratings;
    for (int i = 0; i < 20; ++i)
        ratings.append({ rater2[i], rater3[i] });
    CHECK(*Agreement::cohenKappa(ratings, KappaWeights::None) == Approx(-0.006289308).margin(1e-9));
    CHECK(Agreement::kappaInterpretation(-0.006289308) == QStringLiteral("Poor agreement (less than chance)"));
}

TEST_CASE("unweighted, linear and quadratic kappa of scikit-learn's weighting example")
{
    // scikit-learn, sklearn/metrics/tests/test_classification.py, test_cohen_kappa ("Weighting example: none,
    // linear, quadratic"): 100 units on a 0-2 scale, 46 (0, 0), 4 (1, 0), 40 (1, 1) and 10 (2, 2); kappa 0.9315,
    // linear 0.9412, quadratic 0.9541. By hand: p_o = .96, p_e = .46 × .50 + .44 × .40 + .10 × .10 = .416, so
    // kappa = .544 / .584 = 0.9315.
    Ratings ratings;
    const std::tuple<double, double, int> cells[] = { { 0, 0, 46 }, { 1, 0, 4 }, { 1, 1, 40 }, { 2, 2, 10 } };
    for (const auto& [first, second, count] : cells) {
        for (int i = 0; i < count; ++i)
            ratings.append({ first, second });
    }
    CHECK(*Agreement::cohenKappa(ratings, KappaWeights::None) == Approx(0.9315).margin(0.00005));
    CHECK(*Agreement::cohenKappa(ratings, KappaWeights::Linear) == Approx(0.9412).margin(0.00005));
    CHECK(*Agreement::cohenKappa(ratings, KappaWeights::Quadratic) == Approx(0.9541).margin(0.00005));
}

TEST_CASE("Cohen's kappa needs exactly two columns and skips units one rater left out")
{
    CHECK_FALSE(Agreement::cohenKappa({ { 1, 2, 3 }, { 1, 2, 3 } }, KappaWeights::None));
    // 2 × 2: both say 1 twice, both 2 once, and they split once: p_o = 3/4, p_e = (3/4)(2/4) + (1/4)(2/4) = 1/2.
    const Ratings ratings { { 1, 1 }, { 1, 1 }, { 2, 2 }, { 1, 2 }, { _, 2 }, { 1, _ } };
    CHECK(*Agreement::cohenKappa(ratings, KappaWeights::None) == Approx(0.5));
}

TEST_CASE("a unit with a single rating is skipped")
{
    Ratings ratings { { 1, 1, 2 }, { 2, 2, 2 }, { 3, 3, 1 }, { 1, 1, 1 } };
    const double fleiss = *Agreement::fleissKappa(ratings);
    const double percent = *Agreement::percentAgreement(ratings);
    const double alpha = *Agreement::krippendorffAlpha(ratings, MeasurementLevel::Nominal);
    ratings.append({ _, 3, _ });
    ratings.append({ _, _, _ });
    CHECK(*Agreement::fleissKappa(ratings) == Approx(fleiss));
    CHECK(*Agreement::percentAgreement(ratings) == Approx(percent));
    CHECK(*Agreement::krippendorffAlpha(ratings, MeasurementLevel::Nominal) == Approx(alpha));
    // By hand: each of the two split units has one agreeing pair of three, the others all three, so P-bar = 2/3.
    CHECK(percent == Approx(2.0 / 3.0));
}

TEST_CASE("perfect agreement gives 1")
{
    const Ratings ratings { { 1, 1, 1 }, { 2, 2, 2 }, { 5, 5, 5 }, { 3, 3, 3 } };
    CHECK(*Agreement::percentAgreement(ratings) == 1.0);
    CHECK(*Agreement::fleissKappa(ratings) == 1.0);
    for (const auto level :
         { MeasurementLevel::Nominal, MeasurementLevel::Ordinal, MeasurementLevel::Interval, MeasurementLevel::Ratio })
        CHECK(*Agreement::krippendorffAlpha(ratings, level) == 1.0);
    const auto icc = Agreement::intraclass(ratings);
    REQUIRE(icc);
    CHECK(icc->icc11 == Approx(1.0));
    CHECK(icc->icc21 == Approx(1.0));
    CHECK(icc->icc31 == Approx(1.0));
    const Ratings two { { 1, 1 }, { 2, 2 }, { 4, 4 } };
    for (const auto weights : { KappaWeights::None, KappaWeights::Linear, KappaWeights::Quadratic })
        CHECK(*Agreement::cohenKappa(two, weights) == 1.0);
    CHECK(Agreement::kappaInterpretation(1.0) == QStringLiteral("Almost perfect agreement"));
}

TEST_CASE("no variation, or nothing pairable, gives no value rather than NaN")
{
    const Ratings same { { 3, 3 }, { 3, 3 }, { 3, 3 } };
    CHECK(*Agreement::percentAgreement(same) == 1.0);
    CHECK_FALSE(Agreement::fleissKappa(same));
    CHECK_FALSE(Agreement::krippendorffAlpha(same, MeasurementLevel::Interval));
    CHECK_FALSE(Agreement::intraclass(same));
    CHECK_FALSE(Agreement::cohenKappa(same, KappaWeights::Quadratic));

    const Ratings lonely { { 1, _ }, { _, 2 }, { _, _ } };
    CHECK_FALSE(Agreement::percentAgreement(lonely));
    CHECK_FALSE(Agreement::fleissKappa(lonely));
    CHECK_FALSE(Agreement::krippendorffAlpha(lonely, MeasurementLevel::Nominal));
    CHECK_FALSE(Agreement::intraclass(lonely));
    CHECK_FALSE(Agreement::cohenKappa(lonely, KappaWeights::None));
    CHECK_FALSE(Agreement::percentAgreement({}));
    CHECK_FALSE(Agreement::intraclass({ { 1, 2 } }));

    // A negative value has no place on a ratio scale.
    CHECK_FALSE(Agreement::krippendorffAlpha({ { -1, 2 }, { 3, 3 } }, MeasurementLevel::Ratio));
}

TEST_CASE("Landis and Koch's bands for kappa")
{
    CHECK(Agreement::kappaInterpretation(-0.1) == QStringLiteral("Poor agreement (less than chance)"));
    CHECK(Agreement::kappaInterpretation(0.0) == QStringLiteral("Slight agreement"));
    CHECK(Agreement::kappaInterpretation(0.20) == QStringLiteral("Slight agreement"));
    CHECK(Agreement::kappaInterpretation(0.41) == QStringLiteral("Moderate agreement"));
    CHECK(Agreement::kappaInterpretation(0.61) == QStringLiteral("Substantial agreement"));
    CHECK(Agreement::kappaInterpretation(0.81) == QStringLiteral("Almost perfect agreement"));
    CHECK(Agreement::alphaInterpretation(0.667) == QStringLiteral("Tentative conclusions only"));
    CHECK(Agreement::alphaInterpretation(0.800) == QStringLiteral("Reliable"));
}
