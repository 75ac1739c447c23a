#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace qadesk {

enum class TrendPeriod { Week, Month }; // weeks start on Monday

struct ScoredPoint {
    QDate date;
    double score = 0; // 0..100
};

struct PeriodScore {
    QDate start; // first day of the week or month
    int count = 0;
    double mean = 0;
    double standardDeviation = 0; // sample (n − 1); 0 when count < 2
    double halfWidth = 0; // of the 95% confidence interval, t-based; 0 when count < 2 (unknown)
};

// Least-squares line through the period means (x = 0, 1, 2, … periods), with the two-sided p-value of the slope.
struct LinearTrend {
    int n = 0;
    double slope = 0; // points per period
    double intercept = 0;
    double pValue = 1;
    bool valid() const { return n >= 3; }
};

enum class ControlRule {
    BeyondLimit, // one point above the upper or below the lower limit
    EightOnOneSide, // 8 points in a row on one side of the centre line
    SixTrending, // 6 points in a row, each higher (or each lower) than the one before
};

struct RuleViolation {
    ControlRule rule;
    int index = 0; // the point at which the rule is broken (the run's last point)
    bool operator==(const RuleViolation&) const = default;
};

// Individuals (XmR) chart: centre = mean, limits = centre ± 2.66 × mean moving range (Wheeler, "Understanding
// Variation"; 2.66 = 3 / d2 with d2 = 1.128 for ranges of two).
struct ControlChart {
    double centre = 0;
    double meanMovingRange = 0;
    double upper = 0;
    double lower = 0;
    QList<RuleViolation> violations;
    int points = 0;
    bool valid() const { return points >= 2; }
};

enum class TrendFlag { Declining, BelowTarget, OutOfControl, Improving };

struct TrendFinding {
    TrendFlag flag;
    QString reason; // "falling 2.4 points a month (p = 0.01) over 6 months"
};

struct TrendAnalysis {
    QList<PeriodScore> periods;
    QList<double> movingAverage; // trailing, over up to 3 periods
    LinearTrend fit;
    ControlChart chart;
    QList<TrendFinding> findings;
    bool has(TrendFlag flag) const;
};

// Trends of QA scores for an agent, a team or an item, as DESIGN.md's Statistics section asks.
class Trend final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::Trend)

public:
    static constexpr double s_significance = 0.05; // slope p-value below which a trend is called real
    static constexpr int s_recentPeriods = 3; // a control-rule break this recent makes the series "out of control"

    static QDate periodStart(const QDate& date, TrendPeriod period);
    static QList<PeriodScore> byPeriod(const QList<ScoredPoint>& points, TrendPeriod period); // periods with data, in order
    static LinearTrend linearFit(const QList<double>& values);
    static ControlChart controlChart(const QList<double>& values);
    static QList<double> movingAverage(const QList<double>& values, int window);

    // Everything at once, with findings: declining or improving (significant slope), below target (the last
    // period's mean under `target`), out of control (a rule broken in the last s_recentPeriods periods).
    static TrendAnalysis analyse(const QList<ScoredPoint>& points, TrendPeriod period, double target);
    static QString ruleName(ControlRule rule);
    static QString flagName(TrendFlag flag);
};

} // namespace qadesk
