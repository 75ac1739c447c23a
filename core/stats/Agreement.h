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

struct ConfidenceInterval {
    double low = 0;
    double high = 0;
};

// Chance-corrected agreement between evaluators (issue 14). Every statistic returns nullopt rather than NaN when it
// is undefined: too few pairable units, or no variation at all so chance agreement is already perfect.
class Agreement final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::Agreement)

public:
    static std::optional<double> percentAgreement(const Ratings&); // pairwise, units with >= 2 ratings
    static std::optional<double> fleissKappa(const Ratings&); // units with >= 2 ratings
    static std::optional<double> krippendorffAlpha(const Ratings&, MeasurementLevel);
    // 95 % percentile interval of a seeded bootstrap over units.
    static std::optional<ConfidenceInterval> krippendorffAlphaInterval(const Ratings&, MeasurementLevel, int samples,
                                                                       quint64 seed);
    struct Icc {
        double icc11 = 0, icc21 = 0, icc31 = 0;
        int units = 0;
        int raters = 0;
    };
    static std::optional<Icc> intraclass(const Ratings&); // Shrout & Fleiss; complete units only
    static std::optional<double> cohenKappa(const Ratings& twoRaters, KappaWeights); // exactly 2 columns
    static QString kappaInterpretation(double kappa); // Landis & Koch bands, translated
    static QString alphaInterpretation(double alpha); // Krippendorff 0.667 / 0.8, translated
};

} // namespace qadesk
