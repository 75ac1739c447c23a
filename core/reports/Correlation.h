#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace qadesk {

// The running sums Pearson's r needs, so the database can add up the pairs (GROUP BY) and only the sums travel.
struct PearsonSums {
    qint64 n = 0;
    double x = 0;
    double y = 0;
    double xx = 0;
    double yy = 0;
    double xy = 0;

    void add(double px, double py);
    void add(const PearsonSums& other);
};

// How strongly two measures move together, for the QA-versus-KPI report.
class Correlation final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::Correlation)

public:
    // Pearson's product-moment r of (x, y) pairs: Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² Σ(y − ȳ)²). With a 0/1 measure
    // (first contact resolution) it is the point-biserial correlation. nullopt for fewer than 3 pairs or when either
    // measure does not vary.
    static std::optional<double> pearson(const QList<std::pair<double, double>>& pairs);
    // The same r from the sums of the pairs: (nΣxy − ΣxΣy) / √((nΣx² − (Σx)²)(nΣy² − (Σy)²)).
    static std::optional<double> pearson(const PearsonSums& sums);
    // Cohen's (1988) words for |r|: below 0.1 negligible, below 0.3 weak, below 0.5 moderate, else strong; with the
    // direction.
    static QString strength(double r);
};

} // namespace qadesk
