#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace qadesk {

// How many contacts to evaluate, and what an evaluated number is worth. Formulas and when each applies are in
// docs/planning.md. A population of 0 means "unknown or very large": no finite population correction.

// z for a two-sided confidence level in (0, 1), e.g. 0.95 → 1.959964. Inverse of the normal CDF by Acklam's
// rational approximation refined by one Newton step (relative error below 1e-9).
double zForConfidence(double confidence);
double normalCdf(double z);

struct SampleSizeResult {
    QString method; // "cochran", "mean" or "yamane"
    double n0 = 0; // before the finite population correction (Yamane: none)
    int n = 0; // rounded up, and never more than the population
    double z = 0;
    QJsonObject toJson() const;
};

class SampleSize final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::SampleSize)

public:
    // Cochran for a proportion p (pass rate, defect rate) with margin e (0.05 = ±5 points):
    // n0 = z² p(1−p) / e², n = n0 / (1 + (n0 − 1)/N). Returns nullopt with *error for inputs out of range.
    static std::optional<SampleSizeResult> proportion(int population, double z, double margin, double p, QString* error);
    // For a mean score with standard deviation sigma and margin E in the same units: n0 = (z σ / E)², same correction.
    static std::optional<SampleSizeResult> mean(int population, double z, double sigma, double margin, QString* error);
    // Yamane: n = N / (1 + N e²), for a known population at 95 % and p = 0.5.
    static std::optional<SampleSizeResult> yamane(int population, double margin, QString* error);

    // The reverse: the margin of error of a proportion (or of a mean with sigma) from n evaluations out of a
    // population, with the finite population correction √((N − n)/(N − 1)); 0 when every contact was evaluated.
    static std::optional<double> proportionMargin(int n, int population, double z, double p, QString* error);
    static std::optional<double> meanMargin(int n, int population, double z, double sigma, QString* error);
};

} // namespace qadesk
