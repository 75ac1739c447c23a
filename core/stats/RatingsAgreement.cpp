#include "RatingsAgreement.h"

#include "io/ImportProblem.h"

#include <algorithm>
#include <set>

namespace qadesk {
namespace {

const AgreementMetric s_metrics[]
    = { AgreementMetric::Fleiss, AgreementMetric::Krippendorff, AgreementMetric::Cohen, AgreementMetric::Icc };
const MeasurementLevel s_levels[]
    = { MeasurementLevel::Nominal, MeasurementLevel::Ordinal, MeasurementLevel::Interval, MeasurementLevel::Ratio };
const KappaWeights s_weights[] = { KappaWeights::None, KappaWeights::Linear, KappaWeights::Quadratic };

template <typename T, std::size_t N> std::optional<T> fromName(const T (&all)[N], const QString& name)
{
    for (const T value : all) {
        if (RatingsAgreement::name(value) == name)
            return value;
    }
    return std::nullopt;
}

int countUnits(const Ratings& ratings, qsizetype atLeast)
{
    int units = 0;
    for (const auto& row : ratings) {
        if (std::count_if(row.cbegin(), row.cend(), [](const auto& v) { return v.has_value(); }) >= atLeast)
            ++units;
    }
    return units;
}

// The distinct values among units with at least two ratings.
std::size_t distinctPairableValues(const Ratings& ratings)
{
    std::set<double> values;
    for (const auto& row : ratings) {
        if (std::count_if(row.cbegin(), row.cend(), [](const auto& v) { return v.has_value(); }) < 2)
            continue;
        for (const auto& v : row) {
            if (v)
                values.insert(*v);
        }
    }
    return values.size();
}

} // namespace

RatingsImport::Values RatingsAgreement::valuesFor(const AgreementOptions& options)
{
    switch (options.metric) {
    case AgreementMetric::Fleiss:
        return RatingsImport::Values::NumbersOrLabels;
    case AgreementMetric::Krippendorff:
        if (options.level == MeasurementLevel::Nominal)
            return RatingsImport::Values::NumbersOrLabels;
        return options.level == MeasurementLevel::Ratio ? RatingsImport::Values::NonNegativeNumbers
                                                        : RatingsImport::Values::Numbers;
    case AgreementMetric::Cohen:
        return options.weights == KappaWeights::None ? RatingsImport::Values::NumbersOrLabels
                                                     : RatingsImport::Values::Numbers;
    case AgreementMetric::Icc:
        return RatingsImport::Values::Numbers;
    }
    return RatingsImport::Values::Numbers;
}

std::optional<QJsonObject> RatingsAgreement::compute(const RatingsTable& table, const QString& file,
                                                     const AgreementOptions& options, QString* error)
{
    const auto fail = [&](const QString& message) {
        *error = ImportProblem { file, 0, {}, message }.toString();
        return std::nullopt;
    };
    const int raters = int(table.raters.size());
    if (options.metric == AgreementMetric::Icc) {
        const auto icc = Agreement::intraclass(table.ratings);
        if (!icc) {
            const int complete = countUnits(table.ratings, raters);
            if (complete < 2 || raters < 2) {
                return fail(tr("ICC needs two or more raters and two or more units that every rater rated; there are "
                               "%1 raters and %2 such units")
                                .arg(raters)
                                .arg(complete));
            }
            return fail(tr("the ratings do not vary, so ICC is undefined"));
        }
        return QJsonObject { { QStringLiteral("icc_1_1"), icc->icc11 },
                             { QStringLiteral("icc_2_1"), icc->icc21 },
                             { QStringLiteral("icc_3_1"), icc->icc31 },
                             { QStringLiteral("units"), icc->units },
                             { QStringLiteral("raters"), icc->raters } };
    }
    if (options.metric == AgreementMetric::Cohen && raters != 2) {
        *error = ImportProblem { file,
                                 1,
                                 {},
                                 tr("Cohen's kappa compares exactly two raters; the header names %1").arg(raters) }
                     .toString();
        return std::nullopt;
    }
    const int pairable = countUnits(table.ratings, 2);
    if (pairable == 0)
        return fail(tr("no unit has ratings from two or more raters, so there is no agreement to measure"));
    if (options.metric == AgreementMetric::Krippendorff && options.level != MeasurementLevel::Nominal
        && options.level != MeasurementLevel::Interval
        && distinctPairableValues(table.ratings) > std::size_t(Agreement::s_maxDistinctValues)) {
        return fail(tr("%1 distinct values; alpha at the ordinal and ratio levels takes at most %2")
                        .arg(distinctPairableValues(table.ratings))
                        .arg(Agreement::s_maxDistinctValues));
    }

    QJsonObject result { { QStringLiteral("metric"), name(options.metric) },
                         { QStringLiteral("units"), pairable },
                         { QStringLiteral("raters"), raters } };
    std::optional<double> value;
    QString interpretation;
    switch (options.metric) {
    case AgreementMetric::Fleiss:
        value = Agreement::fleissKappa(table.ratings);
        if (value) {
            interpretation = Agreement::kappaInterpretation(*value);
            result.insert(QStringLiteral("percent_agreement"), *Agreement::percentAgreement(table.ratings));
        }
        break;
    case AgreementMetric::Krippendorff:
        value = Agreement::krippendorffAlpha(table.ratings, options.level);
        if (value)
            interpretation = Agreement::alphaInterpretation(*value);
        result.insert(QStringLiteral("level"), name(options.level));
        break;
    case AgreementMetric::Cohen:
        value = Agreement::cohenKappa(table.ratings, options.weights);
        if (value)
            interpretation = Agreement::kappaInterpretation(*value);
        result.insert(QStringLiteral("weights"), name(options.weights));
        break;
    case AgreementMetric::Icc:
        break;
    }
    if (!value) {
        return fail(tr("every rating the units share is the same value, so agreement by chance is already perfect "
                       "and %1 is undefined")
                        .arg(name(options.metric)));
    }
    result.insert(QStringLiteral("value"), *value);
    result.insert(QStringLiteral("interpretation"), interpretation);
    return result;
}

QString RatingsAgreement::name(AgreementMetric metric)
{
    switch (metric) {
    case AgreementMetric::Fleiss:
        return QStringLiteral("fleiss");
    case AgreementMetric::Krippendorff:
        return QStringLiteral("krippendorff");
    case AgreementMetric::Cohen:
        return QStringLiteral("cohen");
    case AgreementMetric::Icc:
        return QStringLiteral("icc");
    }
    return {};
}

QString RatingsAgreement::name(MeasurementLevel level)
{
    switch (level) {
    case MeasurementLevel::Nominal:
        return QStringLiteral("nominal");
    case MeasurementLevel::Ordinal:
        return QStringLiteral("ordinal");
    case MeasurementLevel::Interval:
        return QStringLiteral("interval");
    case MeasurementLevel::Ratio:
        return QStringLiteral("ratio");
    }
    return {};
}

QString RatingsAgreement::name(KappaWeights weights)
{
    switch (weights) {
    case KappaWeights::None:
        return QStringLiteral("none");
    case KappaWeights::Linear:
        return QStringLiteral("linear");
    case KappaWeights::Quadratic:
        return QStringLiteral("quadratic");
    }
    return {};
}

std::optional<AgreementMetric> RatingsAgreement::metricFromName(const QString& name)
{
    return fromName(s_metrics, name);
}

std::optional<MeasurementLevel> RatingsAgreement::levelFromName(const QString& name)
{
    return fromName(s_levels, name);
}

std::optional<KappaWeights> RatingsAgreement::weightsFromName(const QString& name)
{
    return fromName(s_weights, name);
}

} // namespace qadesk
