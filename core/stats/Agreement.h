#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace qadesk {

enum class MeasurementLevel { Nominal, Ordinal, Interval, Ratio };
enum class KappaWeights { None, Linear, Quadratic };

// Reliability data: one row per unit, one column per rater; std::nullopt is a missing rating. Nominal values are
// category codes; ordinal ones are ranks/ordered codes.
using Ratings = QList<QList<std::optional<double>>>;

struct ConfidenceInterval
{
    double low = 0;
    double high = 0;
};

// Chance-corrected agreement between evaluators (issue 14). Every statistic returns nullopt rather than NaN when it
// is undefined: too few pairable units, or no variation at all so chance agreement is already perfect.
class Agreement final
{
    Q_DECLARE_TR_FUNCTIONS(qadesk::Agreement)

public:
    // Krippendorff's alpha at the ordinal and ratio levels compares every pair of distinct values, so it refuses
    // (nullopt) data with more distinct values than this rather than run for minutes; nominal and interval have no
    // such limit.
    static constexpr int s_maxDistinctValues = 5000;

    // Values are compared exactly, so nominal categories must be codes. Units with fewer than two ratings carry no
    // information about agreement and are skipped everywhere.

    // Mean over units of the share of agreeing rater pairs (Fleiss's P-bar), in [0, 1].
    static std::optional<double> percentAgreement(const Ratings&); // pairwise, units with >= 2 ratings
    // Fleiss (1971) kappa, with each category's share taken over all ratings so units may have different numbers of
    // raters; nullopt when every rating falls in one category.
    static std::optional<double> fleissKappa(const Ratings&); // units with >= 2 ratings
    // Krippendorff (2011): 1 − Do/De over the coincidences of pairable values; missing ratings allowed. Ratio values
    // must not be negative (nullopt otherwise). Nullopt when there is no variation (De = 0).
    static std::optional<double> krippendorffAlpha(const Ratings&, MeasurementLevel);
    // 95 % percentile interval of `samples` bootstrap resamples of the units (drawn with SeededRandom(seed), so the
    // same on every platform); resamples without variation are left out. Nullopt when alpha itself is undefined.
    static std::optional<ConfidenceInterval> krippendorffAlphaInterval(const Ratings&, MeasurementLevel, int samples,
                                                                       quint64 seed);
    struct Icc
    {
        double icc11 = 0, icc21 = 0, icc31 = 0;
        int units = 0;
        int raters = 0;
    };
    // Shrout & Fleiss (1979) single-rater ICC(1,1), ICC(2,1) and ICC(3,1) from the two-way ANOVA of the units that
    // every rater rated. Nullopt with fewer than two such units or two raters, or when a denominator is zero.
    static std::optional<Icc> intraclass(const Ratings&); // Shrout & Fleiss; complete units only
    // Cohen (1960) kappa over the units both raters rated; Cohen's (1968) weighted kappa with disagreement weights
    // |a − b| / range (linear, Cicchetti-Allison) or its square (quadratic, Fleiss-Cohen) of the values themselves.
    // Nullopt unless every row has exactly two columns, or when chance disagreement is zero.
    static std::optional<double> cohenKappa(const Ratings& twoRaters, KappaWeights); // exactly 2 columns
    static QString kappaInterpretation(double kappa); // Landis & Koch bands, translated
    static QString alphaInterpretation(double alpha); // Krippendorff 0.667 / 0.8, translated
};

} // namespace qadesk
