#pragma once

#include "io/RatingsImport.h"
#include "stats/Agreement.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace qadesk {

enum class AgreementMetric { Fleiss, Krippendorff, Cohen, Icc };

struct AgreementOptions
{
    AgreementMetric metric = AgreementMetric::Fleiss;
    MeasurementLevel level = MeasurementLevel::Nominal; // Krippendorff only
    KappaWeights weights = KappaWeights::None; // Cohen only
};

// One agreement statistic of a ratings file, as `qadesk-cli agreement` prints it (docs/formats/ratings.md).
class RatingsAgreement final
{
    Q_DECLARE_TR_FUNCTIONS(qadesk::RatingsAgreement)

public:
    // The values a statistic accepts: text labels only where the data are nominal (Fleiss, nominal alpha, unweighted
    // kappa), non-negative numbers for alpha at the ratio level, numbers otherwise.
    static RatingsImport::Values valuesFor(const AgreementOptions& options);

    // {"metric", "value", "units", "raters", "interpretation"} (plus "percent_agreement" for Fleiss, "level" for
    // Krippendorff and "weights" for Cohen), or {"icc_1_1", "icc_2_1", "icc_3_1", "units", "raters"} for ICC. "units"
    // counts the units the statistic used. On failure (the statistic is undefined for these ratings, or Cohen's kappa
    // of other than two raters) nullopt with *error saying why, naming `file`.
    static std::optional<QJsonObject> compute(const RatingsTable& table, const QString& file,
                                              const AgreementOptions& options, QString* error);

    // The command-line names: fleiss, krippendorff, cohen, icc; nominal, ordinal, interval, ratio; none, linear,
    // quadratic.
    static QString name(AgreementMetric metric);
    static QString name(MeasurementLevel level);
    static QString name(KappaWeights weights);
    static std::optional<AgreementMetric> metricFromName(const QString& name);
    static std::optional<MeasurementLevel> levelFromName(const QString& name);
    static std::optional<KappaWeights> weightsFromName(const QString& name);
};

} // namespace qadesk
