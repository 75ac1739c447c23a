#include "StudentT.h"

#include <cmath>

namespace qadesk {
namespace {

// Continued fraction for I_x(a, b), modified Lentz's method.
double betaContinuedFraction(double a, double b, double x)
{
    constexpr int s_maxIterations = 300;
    constexpr double s_epsilon = 1e-14;
    constexpr double s_tiny = 1e-300;
    const double qab = a + b;
    const double qap = a + 1.0;
    const double qam = a - 1.0;
    double c = 1.0;
    double d = 1.0 - qab * x / qap;
    if (std::fabs(d) < s_tiny)
        d = s_tiny;
    d = 1.0 / d;
    double h = d;
    // One Lentz step for the next partial numerator: updates c and d, returns the factor h takes.
    const auto step = [&c, &d](double numerator) {
        d = 1.0 + numerator * d;
        if (std::fabs(d) < s_tiny)
            d = s_tiny;
        c = 1.0 + numerator / c;
        if (std::fabs(c) < s_tiny)
            c = s_tiny;
        d = 1.0 / d;
        return d * c;
    };
    for (int m = 1; m <= s_maxIterations; ++m) {
        const int m2 = 2 * m;
        h *= step(m * (b - m) * x / ((qam + m2) * (a + m2)));
        const double delta = step(-(a + m) * (qab + m) * x / ((a + m2) * (qap + m2)));
        h *= delta;
        if (std::fabs(delta - 1.0) < s_epsilon)
            break;
    }
    return h;
}

} // namespace

double StudentT::regularizedIncompleteBeta(double a, double b, double x)
{
    if (x <= 0.0)
        return 0.0;
    if (x >= 1.0)
        return 1.0;
    const double front = std::exp(std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x));
    // The continued fraction converges fast only on one side of the mean; use the symmetry I_x(a,b) = 1 − I_{1−x}(b,a).
    if (x < (a + 1.0) / (a + b + 2.0))
        return front * betaContinuedFraction(a, b, x) / a;
    return 1.0 - front * betaContinuedFraction(b, a, 1.0 - x) / b;
}

double StudentT::cdf(double t, double degreesOfFreedom)
{
    const double x = degreesOfFreedom / (degreesOfFreedom + t * t);
    const double tail = 0.5 * regularizedIncompleteBeta(degreesOfFreedom / 2.0, 0.5, x);
    return t >= 0 ? 1.0 - tail : tail;
}

double StudentT::twoSidedP(double t, double degreesOfFreedom)
{
    return regularizedIncompleteBeta(degreesOfFreedom / 2.0, 0.5, degreesOfFreedom / (degreesOfFreedom + t * t));
}

double StudentT::quantile(double p, double degreesOfFreedom)
{
    double low = -1e3;
    double high = 1e3;
    for (int i = 0; i < 200 && high - low > 1e-12; ++i) {
        const double middle = (low + high) / 2.0;
        (cdf(middle, degreesOfFreedom) < p ? low : high) = middle;
    }
    return (low + high) / 2.0;
}

} // namespace qadesk
