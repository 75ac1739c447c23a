#include "SampleSize.h"

#include <cmath>

namespace qadesk {
namespace {

// Acklam's coefficients for the inverse normal CDF (https://web.archive.org/web/2015/http://home.online.no/~pjacklam/notes/invnorm/).
constexpr double a[] = { -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                         1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00 };
constexpr double b[] = { -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                         6.680131188771972e+01,  -1.328068155288572e+01 };
constexpr double c[] = { -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                         -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00 };
constexpr double d[] = { 7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00 };

double inverseNormal(double p)
{
    constexpr double low = 0.02425;
    double x = 0;
    if (p < low) {
        const double q = std::sqrt(-2 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else if (p <= 1 - low) {
        const double q = p - 0.5;
        const double r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    } else {
        const double q = std::sqrt(-2 * std::log(1 - p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    // One step of Newton's method on the exact CDF removes the approximation's error.
    const double e = normalCdf(x) - p;
    return x - e * std::sqrt(2 * M_PI) * std::exp(x * x / 2);
}

double correctForPopulation(double n0, int population)
{
    return population > 0 ? n0 / (1.0 + (n0 - 1.0) / population) : n0;
}

int roundUp(double n, int population)
{
    // 1e-9 absorbs floating-point noise so an exact 80.0 does not become 81.
    const int rounded = int(std::ceil(n - 1e-9));
    return population > 0 ? std::min(rounded, population) : rounded;
}

bool checkCommon(int population, double z, double margin, QString* error)
{
    if (population < 0) {
        *error = SampleSize::tr("The population must be 0 (unknown) or more, not %1.").arg(population);
        return false;
    }
    if (!(z > 0)) {
        *error = SampleSize::tr("z must be positive, not %1.").arg(z);
        return false;
    }
    if (!(margin > 0)) {
        *error = SampleSize::tr("The margin of error must be positive, not %1.").arg(margin);
        return false;
    }
    return true;
}

double finiteCorrection(int n, int population)
{
    if (population <= 0)
        return 1.0; // unknown population: no correction
    if (n >= population)
        return 0.0; // every contact was evaluated
    return std::sqrt(double(population - n) / (population - 1));
}

} // namespace

double normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

double zForConfidence(double confidence)
{
    return inverseNormal(1.0 - (1.0 - confidence) / 2.0);
}

QJsonObject SampleSizeResult::toJson() const
{
    return QJsonObject { { QStringLiteral("method"), method },
                         { QStringLiteral("n0"), n0 },
                         { QStringLiteral("n"), n },
                         { QStringLiteral("z"), z } };
}

std::optional<SampleSizeResult> SampleSize::proportion(int population, double z, double margin, double p, QString* error)
{
    if (!checkCommon(population, z, margin, error))
        return std::nullopt;
    if (!(p > 0 && p < 1)) {
        *error = tr("The expected proportion must be between 0 and 1 (exclusive), not %1.").arg(p);
        return std::nullopt;
    }
    SampleSizeResult result { QStringLiteral("cochran"), z * z * p * (1 - p) / (margin * margin), 0, z };
    result.n = roundUp(correctForPopulation(result.n0, population), population);
    return result;
}

std::optional<SampleSizeResult> SampleSize::mean(int population, double z, double sigma, double margin, QString* error)
{
    if (!checkCommon(population, z, margin, error))
        return std::nullopt;
    if (!(sigma > 0)) {
        *error = tr("The standard deviation must be positive, not %1.").arg(sigma);
        return std::nullopt;
    }
    const double root = z * sigma / margin;
    SampleSizeResult result { QStringLiteral("mean"), root * root, 0, z };
    result.n = roundUp(correctForPopulation(result.n0, population), population);
    return result;
}

std::optional<SampleSizeResult> SampleSize::yamane(int population, double margin, QString* error)
{
    if (population <= 0) {
        *error = tr("Yamane's formula needs the population size (more than 0).");
        return std::nullopt;
    }
    if (!checkCommon(population, 1.959964, margin, error))
        return std::nullopt;
    const double n = population / (1.0 + population * margin * margin);
    return SampleSizeResult { QStringLiteral("yamane"), n, roundUp(n, population), 1.959964 };
}

std::optional<double> SampleSize::proportionMargin(int n, int population, double z, double p, QString* error)
{
    if (n <= 0) {
        *error = tr("The number evaluated must be at least 1, not %1.").arg(n);
        return std::nullopt;
    }
    if (!(p >= 0 && p <= 1)) {
        *error = tr("The proportion must be between 0 and 1, not %1.").arg(p);
        return std::nullopt;
    }
    return z * std::sqrt(p * (1 - p) / n) * finiteCorrection(n, population);
}

std::optional<double> SampleSize::meanMargin(int n, int population, double z, double sigma, QString* error)
{
    if (n <= 0) {
        *error = tr("The number evaluated must be at least 1, not %1.").arg(n);
        return std::nullopt;
    }
    return z * sigma / std::sqrt(double(n)) * finiteCorrection(n, population);
}

} // namespace qadesk
