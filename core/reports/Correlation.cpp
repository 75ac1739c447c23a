#include "Correlation.h"

#include <cmath>

namespace qadesk {

std::optional<double> Correlation::pearson(const QList<std::pair<double, double>>& pairs)
{
    const qsizetype n = pairs.size();
    if (n < 3)
        return std::nullopt;
    double meanX = 0;
    double meanY = 0;
    for (const auto& [x, y] : pairs) {
        meanX += x;
        meanY += y;
    }
    meanX /= double(n);
    meanY /= double(n);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (const auto& [x, y] : pairs) {
        sxy += (x - meanX) * (y - meanY);
        sxx += (x - meanX) * (x - meanX);
        syy += (y - meanY) * (y - meanY);
    }
    if (sxx <= 0 || syy <= 0)
        return std::nullopt;
    return sxy / std::sqrt(sxx * syy);
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
