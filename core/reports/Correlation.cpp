#include "Correlation.h"

#include <cmath>

namespace qadesk {

void PearsonSums::add(double px, double py)
{
    ++n;
    x += px;
    y += py;
    xx += px * px;
    yy += py * py;
    xy += px * py;
}

void PearsonSums::add(const PearsonSums& other)
{
    n += other.n;
    x += other.x;
    y += other.y;
    xx += other.xx;
    yy += other.yy;
    xy += other.xy;
}

std::optional<double> Correlation::pearson(const QList<std::pair<double, double>>& pairs)
{
    PearsonSums sums;
    for (const auto& [x, y] : pairs)
        sums.add(x, y);
    return pearson(sums);
}

std::optional<double> Correlation::pearson(const PearsonSums& s)
{
    if (s.n < 3)
        return std::nullopt;
    const double n = double(s.n);
    const double sxx = n * s.xx - s.x * s.x;
    const double syy = n * s.yy - s.y * s.y;
    // A measure that does not vary leaves only rounding in its sum of squares: relative to the squares themselves.
    constexpr double s_rounding = 1e-12;
    if (sxx <= s_rounding * n * s.xx || syy <= s_rounding * n * s.yy)
        return std::nullopt;
    return (n * s.xy - s.x * s.y) / std::sqrt(sxx * syy);
}

QString Correlation::strength(double r)
{
    const double size = std::abs(r);
    if (size < 0.1)
        return tr("negligible");
    const QString direction = r > 0 ? tr("positive") : tr("negative");
    if (size < 0.3)
        return tr("weak %1").arg(direction);
    if (size < 0.5)
        return tr("moderate %1").arg(direction);
    return tr("strong %1").arg(direction);
}

} // namespace qadesk
