#include "Trend.h"

#include "StudentT.h"

#include <QLocale>

#include <cmath>
#include <map>

namespace qadesk {

bool TrendAnalysis::has(TrendFlag flag) const
{
    return std::any_of(findings.cbegin(), findings.cend(), [flag](const TrendFinding& f) { return f.flag == flag; });
}

QDate Trend::periodStart(const QDate& date, TrendPeriod period)
{
    return period == TrendPeriod::Month ? QDate(date.year(), date.month(), 1) : date.addDays(1 - date.dayOfWeek());
}

QList<PeriodScore> Trend::byPeriod(const QList<ScoredPoint>& points, TrendPeriod period)
{
    std::map<QDate, QList<double>> groups;
    for (const ScoredPoint& point : points)
        groups[periodStart(point.date, period)].append(point.score);
    QList<PeriodScore> result;
    for (const auto& [start, scores] : groups) {
        PeriodScore p;
        p.start = start;
        p.count = int(scores.size());
        double sum = 0;
        for (const double s : scores)
            sum += s;
        p.mean = sum / p.count;
        if (p.count >= 2) {
            double squares = 0;
            for (const double s : scores)
                squares += (s - p.mean) * (s - p.mean);
            p.standardDeviation = std::sqrt(squares / (p.count - 1));
            p.halfWidth = StudentT::quantile(0.975, p.count - 1) * p.standardDeviation / std::sqrt(double(p.count));
        }
        result.append(p);
    }
    return result;
}

LinearTrend Trend::linearFit(const QList<double>& values)
{
    LinearTrend fit;
    fit.n = int(values.size());
    if (fit.n < 2)
        return fit;
    const double meanX = (fit.n - 1) / 2.0;
    double meanY = 0;
    for (const double y : values)
        meanY += y;
    meanY /= fit.n;
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < fit.n; ++i) {
        sxx += (i - meanX) * (i - meanX);
        sxy += (i - meanX) * (values.at(i) - meanY);
    }
    fit.slope = sxy / sxx;
    fit.intercept = meanY - fit.slope * meanX;
    if (fit.n < 3)
        return fit;
    double sse = 0;
    for (int i = 0; i < fit.n; ++i) {
        const double residual = values.at(i) - (fit.intercept + fit.slope * i);
        sse += residual * residual;
    }
    const double standardError = std::sqrt(sse / (fit.n - 2) / sxx);
    // A perfect line has no error: the slope is certain (p = 0) unless it is flat.
    fit.pValue = standardError > 0 ? StudentT::twoSidedP(fit.slope / standardError, fit.n - 2) : (fit.slope != 0 ? 0.0 : 1.0);
    return fit;
}

ControlChart Trend::controlChart(const QList<double>& values)
{
    ControlChart chart;
    chart.points = int(values.size());
    if (values.size() < 2)
        return chart;
    for (const double v : values)
        chart.centre += v;
    chart.centre /= values.size();
    for (qsizetype i = 1; i < values.size(); ++i)
        chart.meanMovingRange += std::fabs(values.at(i) - values.at(i - 1));
    chart.meanMovingRange /= values.size() - 1;
    chart.upper = chart.centre + 2.66 * chart.meanMovingRange;
    chart.lower = chart.centre - 2.66 * chart.meanMovingRange;

    int side = 0; // run length on one side: > 0 above, < 0 below
    int trend = 0; // run of steps: > 0 rising, < 0 falling
    for (int i = 0; i < values.size(); ++i) {
        const double v = values.at(i);
        if (v > chart.upper || v < chart.lower)
            chart.violations.append({ ControlRule::BeyondLimit, i });
        side = v > chart.centre ? (side > 0 ? side + 1 : 1) : v < chart.centre ? (side < 0 ? side - 1 : -1) : 0;
        if (std::abs(side) == 8)
            chart.violations.append({ ControlRule::EightOnOneSide, i });
        if (i > 0) {
            const double step = v - values.at(i - 1);
            trend = step > 0 ? (trend > 0 ? trend + 1 : 1) : step < 0 ? (trend < 0 ? trend - 1 : -1) : 0;
            if (std::abs(trend) == 5) // five steps in one direction join six points
                chart.violations.append({ ControlRule::SixTrending, i });
        }
    }
    return chart;
}

QList<double> Trend::movingAverage(const QList<double>& values, int window)
{
    QList<double> result;
    double sum = 0;
    for (int i = 0; i < values.size(); ++i) {
        sum += values.at(i);
        if (i >= window)
            sum -= values.at(i - window);
        result.append(sum / std::min(i + 1, window));
    }
    return result;
}

TrendAnalysis Trend::analyse(const QList<ScoredPoint>& points, TrendPeriod period, double target)
{
    TrendAnalysis analysis;
    analysis.periods = byPeriod(points, period);
    QList<double> means;
    for (const PeriodScore& p : analysis.periods)
        means.append(p.mean);
    analysis.movingAverage = movingAverage(means, 3);
    analysis.fit = linearFit(means);
    analysis.chart = controlChart(means);

    const QLocale locale;
    const auto number = [&locale](double value) { return locale.toString(value, 'f', 1); };
    const QString unit = period == TrendPeriod::Month ? tr("a month") : tr("a week");
    const auto label = [period, &locale](const QDate& start) {
        return period == TrendPeriod::Month ? locale.toString(start, QStringLiteral("yyyy-MM")) : tr("week of %1").arg(locale.toString(start, QLocale::ShortFormat));
    };
    if (analysis.fit.valid() && analysis.fit.pValue < s_significance) {
        const QString pText = analysis.fit.pValue < 0.001 ? QStringLiteral("p < 0.001") : QStringLiteral("p = %1").arg(locale.toString(analysis.fit.pValue, 'f', 3));
        const int n = analysis.fit.n;
        if (analysis.fit.slope < 0)
            analysis.findings.append({ TrendFlag::Declining, tr("falling %1 points %2 (%3) over %4 periods").arg(number(-analysis.fit.slope), unit, pText).arg(n) });
        else if (analysis.fit.slope > 0)
            analysis.findings.append({ TrendFlag::Improving, tr("rising %1 points %2 (%3) over %4 periods").arg(number(analysis.fit.slope), unit, pText).arg(n) });
    }
    if (!analysis.periods.isEmpty() && analysis.periods.last().mean < target) {
        analysis.findings.append({ TrendFlag::BelowTarget, tr("%1: %2 against a target of %3")
                                                               .arg(label(analysis.periods.last().start), number(analysis.periods.last().mean), number(target)) });
    }
    for (auto it = analysis.chart.violations.crbegin(); it != analysis.chart.violations.crend(); ++it) {
        if (it->index < analysis.periods.size() - s_recentPeriods)
            break;
        const PeriodScore& at = analysis.periods.at(it->index);
        analysis.findings.append({ TrendFlag::OutOfControl, tr("%1 (%2): %3").arg(label(at.start), number(at.mean), ruleName(it->rule)) });
        break; // the latest break says enough; the chart shows the rest
    }
    return analysis;
}

QString Trend::ruleName(ControlRule rule)
{
    switch (rule) {
    case ControlRule::BeyondLimit:
        return tr("beyond a control limit");
    case ControlRule::EightOnOneSide:
        return tr("8 periods in a row on one side of the centre");
    case ControlRule::SixTrending:
        return tr("6 periods in a row rising or falling");
    }
    return {};
}

QString Trend::flagName(TrendFlag flag)
{
    switch (flag) {
    case TrendFlag::Declining:
        return tr("Declining");
    case TrendFlag::BelowTarget:
        return tr("Below target");
    case TrendFlag::OutOfControl:
        return tr("Out of control");
    case TrendFlag::Improving:
        return tr("Improving");
    }
    return {};
}

} // namespace qadesk
