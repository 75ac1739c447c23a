#include "Agreement.h"

#include "SeededRandom.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace qadesk {
namespace {

using Unit = QList<double>; // the ratings one unit got, missing ones left out

// The units with at least two ratings: the only ones that say anything about agreement.
QList<Unit> pairableUnits(const Ratings& ratings)
{
    QList<Unit> units;
    for (const auto& row : ratings) {
        Unit unit;
        for (const auto& value : row) {
            if (value)
                unit.append(*value);
        }
        if (unit.size() >= 2)
            units.append(unit);
    }
    return units;
}

std::map<double, double> valueCounts(const Unit& unit)
{
    std::map<double, double> counts;
    for (const double v : unit)
        counts[v] += 1;
    return counts;
}

// Agreeing ordered pairs of raters within a unit over all ordered pairs: Σ n_c (n_c − 1) / (m (m − 1)).
double unitAgreement(const Unit& unit)
{
    double agreeing = 0;
    for (const auto& [value, count] : valueCounts(unit))
        agreeing += count * (count - 1);
    const double m = double(unit.size());
    return agreeing / (m * (m - 1));
}

// Krippendorff's squared difference δ²(c, k) for one level of measurement. `values` are the distinct pairable
// values in ascending order and `counts` how often each occurs (n_c, the coincidence matrix's margins), which the
// ordinal metric needs.
class Metric final
{
public:
    Metric(MeasurementLevel level, const std::map<double, double>& counts)
        : m_level(level)
    {
        double cumulative = 0;
        for (const auto& [value, count] : counts) {
            m_rank.emplace(value, m_values.size());
            m_values.append(value);
            m_counts.append(count);
            m_cumulative.append(cumulative);
            cumulative += count;
        }
    }

    double operator()(double c, double k) const
    {
        switch (m_level) {
        case MeasurementLevel::Nominal:
            return c == k ? 0.0 : 1.0;
        case MeasurementLevel::Ordinal: {
            qsizetype low = m_rank.at(c);
            qsizetype high = m_rank.at(k);
            if (low > high)
                std::swap(low, high);
            // Σ_{g=c..k} n_g − (n_c + n_k) / 2
            const double between = m_cumulative.at(high) + m_counts.at(high) - m_cumulative.at(low);
            const double d = between - (m_counts.at(low) + m_counts.at(high)) / 2;
            return d * d;
        }
        case MeasurementLevel::Interval:
            return (c - k) * (c - k);
        case MeasurementLevel::Ratio: {
            const double sum = c + k;
            return sum == 0 ? 0.0 : ((c - k) / sum) * ((c - k) / sum);
        }
        }
        return 0;
    }

    const QList<double>& values() const { return m_values; }
    const QList<double>& counts() const { return m_counts; }

private:
    MeasurementLevel m_level;
    std::map<double, qsizetype> m_rank;
    QList<double> m_values;
    QList<double> m_counts;
    QList<double> m_cumulative;
};

// Σ_c Σ_k n_c n_k δ²(c, k) over distinct values with their counts; closed forms for nominal and interval so those
// levels take any number of distinct values in linear time.
double pairedDifferences(const Metric& metric, MeasurementLevel level, const QList<double>& values,
                         const QList<double>& counts)
{
    if (level == MeasurementLevel::Nominal) {
        double n = 0;
        double squares = 0;
        for (const double count : counts) {
            n += count;
            squares += count * count;
        }
        return n * n - squares;
    }
    if (level == MeasurementLevel::Interval) {
        // Σ Σ n_c n_k (c − k)² = 2 n Σ n_c c² − 2 (Σ n_c c)²; centring first keeps the difference exact enough.
        double n = 0;
        double sum = 0;
        for (qsizetype i = 0; i < values.size(); ++i) {
            n += counts.at(i);
            sum += counts.at(i) * values.at(i);
        }
        const double mean = sum / n;
        double squares = 0;
        for (qsizetype i = 0; i < values.size(); ++i)
            squares += counts.at(i) * (values.at(i) - mean) * (values.at(i) - mean);
        return 2 * n * squares;
    }
    double total = 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        for (qsizetype j = i + 1; j < values.size(); ++j)
            total += 2 * counts.at(i) * counts.at(j) * metric(values.at(i), values.at(j));
    }
    return total;
}

std::optional<double> alphaOfUnits(const QList<Unit>& units, MeasurementLevel level)
{
    std::map<double, double> counts;
    for (const Unit& unit : units) {
        for (const double v : unit) {
            if (level == MeasurementLevel::Ratio && v < 0)
                return std::nullopt;
            counts[v] += 1;
        }
    }
    const bool quadratic = level == MeasurementLevel::Ordinal || level == MeasurementLevel::Ratio;
    if (counts.size() < 2 || (quadratic && counts.size() > std::size_t(Agreement::s_maxDistinctValues)))
        return std::nullopt;
    const Metric metric(level, counts);
    double n = 0;
    for (const auto& [value, count] : counts)
        n += count;
    // Observed: Σ_u Σ_{c,k} n_uc n_uk δ²(c, k) / (m_u − 1), the coincidence matrix weighted by δ².
    double observed = 0;
    for (const Unit& unit : units) {
        QList<double> unitValues;
        QList<double> unitCounts;
        for (const auto& [value, count] : valueCounts(unit)) {
            unitValues.append(value);
            unitCounts.append(count);
        }
        observed += pairedDifferences(metric, level, unitValues, unitCounts) / double(unit.size() - 1);
    }
    const double expected = pairedDifferences(metric, level, metric.values(), metric.counts());
    if (!(expected > 0))
        return std::nullopt;
    return 1.0 - (n - 1) * observed / expected;
}

// Linear interpolation between order statistics (type 7 of Hyndman & Fan), q in [0, 1] over sorted values.
double quantile(const QList<double>& sorted, double q)
{
    const double position = q * double(sorted.size() - 1);
    const auto below = qsizetype(std::floor(position));
    const qsizetype above = std::min(below + 1, sorted.size() - 1);
    return sorted.at(below) + (position - double(below)) * (sorted.at(above) - sorted.at(below));
}

} // namespace

std::optional<double> Agreement::percentAgreement(const Ratings& ratings)
{
    const QList<Unit> units = pairableUnits(ratings);
    if (units.isEmpty())
        return std::nullopt;
    double sum = 0;
    for (const Unit& unit : units)
        sum += unitAgreement(unit);
    return sum / double(units.size());
}

std::optional<double> Agreement::fleissKappa(const Ratings& ratings)
{
    const QList<Unit> units = pairableUnits(ratings);
    if (units.isEmpty())
        return std::nullopt;
    std::map<double, double> totals;
    double ratingCount = 0;
    double observed = 0;
    for (const Unit& unit : units) {
        observed += unitAgreement(unit);
        for (const double v : unit)
            totals[v] += 1;
        ratingCount += double(unit.size());
    }
    observed /= double(units.size());
    double chance = 0;
    for (const auto& [category, count] : totals)
        chance += (count / ratingCount) * (count / ratingCount);
    if (totals.size() < 2)
        return std::nullopt; // one category: chance agreement is already perfect
    return (observed - chance) / (1 - chance);
}

std::optional<double> Agreement::krippendorffAlpha(const Ratings& ratings, MeasurementLevel level)
{
    return alphaOfUnits(pairableUnits(ratings), level);
}

std::optional<ConfidenceInterval> Agreement::krippendorffAlphaInterval(const Ratings& ratings, MeasurementLevel level,
                                                                       int samples, quint64 seed)
{
    const QList<Unit> units = pairableUnits(ratings);
    if (samples < 1 || !alphaOfUnits(units, level))
        return std::nullopt;
    SeededRandom random(seed);
    QList<double> alphas;
    alphas.reserve(samples);
    QList<Unit> resample(units.size());
    for (int s = 0; s < samples; ++s) {
        for (Unit& unit : resample)
            unit = random.pick(units);
        if (const auto alpha = alphaOfUnits(resample, level))
            alphas.append(*alpha);
    }
    if (alphas.isEmpty())
        return std::nullopt;
    std::sort(alphas.begin(), alphas.end());
    return ConfidenceInterval { quantile(alphas, 0.025), quantile(alphas, 0.975) };
}

std::optional<Agreement::Icc> Agreement::intraclass(const Ratings& ratings)
{
    qsizetype k = 0;
    for (const auto& row : ratings)
        k = std::max(k, row.size());
    QList<QList<double>> complete;
    for (const auto& row : ratings) {
        if (row.size() == k && std::all_of(row.cbegin(), row.cend(), [](const auto& v) { return v.has_value(); })) {
            QList<double> values;
            for (const auto& v : row)
                values.append(*v);
            complete.append(values);
        }
    }
    const auto n = complete.size();
    if (n < 2 || k < 2)
        return std::nullopt;
    double grand = 0;
    QList<double> rowMeans(n, 0.0);
    QList<double> columnMeans(k, 0.0);
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = 0; j < k; ++j) {
            const double x = complete.at(i).at(j);
            grand += x;
            rowMeans[i] += x / double(k);
            columnMeans[j] += x / double(n);
        }
    }
    grand /= double(n * k);
    double total = 0;
    double rows = 0;
    double columns = 0;
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = 0; j < k; ++j)
            total += (complete.at(i).at(j) - grand) * (complete.at(i).at(j) - grand);
        rows += double(k) * (rowMeans.at(i) - grand) * (rowMeans.at(i) - grand);
    }
    for (qsizetype j = 0; j < k; ++j)
        columns += double(n) * (columnMeans.at(j) - grand) * (columnMeans.at(j) - grand);
    // Shrout & Fleiss's Table 1 mean squares: between targets, within targets, between judges, residual.
    const double dn = double(n);
    const double dk = double(k);
    const double bms = rows / (dn - 1);
    const double wms = (total - rows) / (dn * (dk - 1));
    const double jms = columns / (dk - 1);
    const double ems = (total - rows - columns) / ((dn - 1) * (dk - 1));
    const double oneWay = bms + (dk - 1) * wms;
    const double random = bms + (dk - 1) * ems + dk * (jms - ems) / dn;
    const double mixed = bms + (dk - 1) * ems;
    if (!(oneWay > 0) || !(random > 0) || !(mixed > 0))
        return std::nullopt;
    return Icc { (bms - wms) / oneWay, (bms - ems) / random, (bms - ems) / mixed, int(n), int(k) };
}

std::optional<double> Agreement::cohenKappa(const Ratings& twoRaters, KappaWeights weights)
{
    QList<std::pair<double, double>> pairs;
    for (const auto& row : twoRaters) {
        if (row.size() != 2)
            return std::nullopt;
        if (row.at(0) && row.at(1))
            pairs.append({ *row.at(0), *row.at(1) });
    }
    std::map<double, double> first;
    std::map<double, double> second;
    for (const auto& [a, b] : pairs) {
        first[a] += 1;
        second[b] += 1;
    }
    if (pairs.isEmpty())
        return std::nullopt;
    const double low = std::min(first.begin()->first, second.begin()->first);
    const double range = std::max(first.rbegin()->first, second.rbegin()->first) - low;
    const auto disagreement = [&](double a, double b) {
        if (a == b)
            return 0.0;
        switch (weights) {
        case KappaWeights::None:
            return 1.0;
        case KappaWeights::Linear:
            return std::abs(a - b) / range;
        case KappaWeights::Quadratic:
            return ((a - b) / range) * ((a - b) / range);
        }
        return 1.0;
    };
    // κ_w = 1 − Σ v_ij p_ij / Σ v_ij p_i. p_.j, which is (p_o − p_e) / (1 − p_e) when v is 0 on the diagonal and 1 off
    // it.
    const double n = double(pairs.size());
    double observed = 0;
    for (const auto& [a, b] : pairs)
        observed += disagreement(a, b) / n;
    double chance = 0;
    for (const auto& [a, countA] : first) {
        for (const auto& [b, countB] : second)
            chance += disagreement(a, b) * (countA / n) * (countB / n);
    }
    if (!(chance > 0))
        return std::nullopt;
    return 1.0 - observed / chance;
}

QString Agreement::kappaInterpretation(double kappa)
{
    // Landis & Koch (1977), "The measurement of observer agreement for categorical data", Biometrics 33:159-174.
    if (kappa < 0)
        return tr("Poor agreement (less than chance)");
    if (kappa <= 0.20)
        return tr("Slight agreement");
    if (kappa <= 0.40)
        return tr("Fair agreement");
    if (kappa <= 0.60)
        return tr("Moderate agreement");
    if (kappa <= 0.80)
        return tr("Substantial agreement");
    return tr("Almost perfect agreement");
}

QString Agreement::alphaInterpretation(double alpha)
{
    // Krippendorff (2004), Content Analysis, 2nd ed., p. 241: rely on variables with alpha >= .800, consider those
    // between .667 and .800 only for tentative conclusions.
    if (alpha >= 0.800)
        return tr("Reliable");
    if (alpha >= 0.667)
        return tr("Tentative conclusions only");
    return tr("Not reliable");
}

} // namespace qadesk
