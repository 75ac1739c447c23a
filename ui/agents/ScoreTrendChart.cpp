#include "ScoreTrendChart.h"

#include "shell/Theme.h"

#include <QApplication>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace qadesk {
namespace {

// The legend's names, in their own translation context (lupdate reads Text::tr like any class's tr).
class Text final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::ScoreTrendChart)
};

QLineSeries* line(const QString& name, const QColor& colour, Qt::PenStyle style, qreal width)
{
    auto* series = new QLineSeries();
    series->setName(name);
    QPen pen(colour, width, style);
    series->setPen(pen);
    return series;
}

QString periodLabel(const QDate& start, TrendPeriod period)
{
    return period == TrendPeriod::Month ? start.toString(QStringLiteral("yyyy-MM")) : start.toString(QStringLiteral("MM-dd"));
}

} // namespace

QChart* scoreTrendChart(const TrendAnalysis& analysis, const QList<PeriodScore>& comparison, TrendPeriod period,
                        double target, const QString& comparisonName)
{
    auto* chart = new QChart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QList<PeriodScore>& periods = analysis.periods;
    const int n = int(periods.size());

    auto* xAxis = new QCategoryAxis();
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    xAxis->setRange(-0.5, std::max(n, 1) - 0.5);
    for (int i = 0; i < n; ++i)
        xAxis->append(periodLabel(periods.at(i).start, period), i);
    auto* yAxis = new QValueAxis();
    double low = target;
    for (const PeriodScore& p : periods)
        low = std::min(low, p.mean - p.halfWidth);
    if (analysis.chart.valid())
        low = std::min(low, analysis.chart.lower);
    yAxis->setRange(std::max(0.0, std::floor(low / 10.0) * 10.0 - 5.0), 100);
    yAxis->setLabelFormat(QStringLiteral("%d"));
    yAxis->setTickType(QValueAxis::TicksDynamic); // ticks on round scores: 60, 70, 80 …
    yAxis->setTickAnchor(0);
    yAxis->setTickInterval(10);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    const auto add = [&](QAbstractSeries* series) {
        chart->addSeries(series);
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    };

    // The 95% band first, so the lines draw over it. A period of one evaluation has no band: it pinches to the mean.
    auto* upper = new QLineSeries();
    auto* lower = new QLineSeries();
    for (int i = 0; i < n; ++i) {
        upper->append(i, std::min(100.0, periods.at(i).mean + periods.at(i).halfWidth));
        lower->append(i, std::max(0.0, periods.at(i).mean - periods.at(i).halfWidth));
    }
    auto* band = new QAreaSeries(upper, lower);
    band->setName(Text::tr("95% interval"));
    QColor bandColour = theme::colour(theme::Colour::Accent);
    bandColour.setAlpha(theme::isDark(QApplication::palette()) ? 70 : 40);
    band->setColor(bandColour);
    band->setBorderColor(Qt::transparent);
    add(band);

    if (analysis.chart.valid()) {
        const auto flat = [&](const QString& name, double value, const QColor& colour, Qt::PenStyle style) {
            auto* series = line(name, colour, style, 1.2);
            series->append(-0.5, value);
            series->append(n - 0.5, value);
            add(series);
        };
        flat(Text::tr("Centre"), analysis.chart.centre, theme::colour(theme::Colour::Good), Qt::SolidLine);
        flat(Text::tr("Control limits"), analysis.chart.upper, theme::colour(theme::Colour::Bad), Qt::DashLine);
        flat(QString(), analysis.chart.lower, theme::colour(theme::Colour::Bad), Qt::DashLine);
        // One legend entry for both limits.
        chart->legend()->markers(chart->series().last()).value(0)->setVisible(false);
    }
    auto* goal = line(Text::tr("Target"), theme::colour(theme::Colour::Target), Qt::DotLine, 1.5);
    goal->append(-0.5, target);
    goal->append(n - 0.5, target);
    add(goal);

    if (!comparison.isEmpty()) {
        auto* team = line(comparisonName, theme::colour(theme::Colour::Neutral), Qt::DashDotLine, 1.5);
        for (int i = 0; i < n; ++i) {
            const auto same = std::find_if(comparison.cbegin(), comparison.cend(),
                                           [&](const PeriodScore& p) { return p.start == periods.at(i).start; });
            if (same != comparison.cend())
                team->append(i, same->mean);
        }
        add(team);
    }

    auto* means = line(Text::tr("Score"), theme::colour(theme::Colour::Accent), Qt::SolidLine, 2.5);
    means->setPointsVisible(true);
    for (int i = 0; i < n; ++i)
        means->append(i, periods.at(i).mean);
    add(means);

    if (!analysis.chart.violations.isEmpty()) {
        auto* breaks = new QScatterSeries();
        breaks->setName(Text::tr("Control rule broken"));
        breaks->setColor(theme::colour(theme::Colour::Bad));
        breaks->setMarkerSize(12);
        for (const RuleViolation& v : analysis.chart.violations)
            breaks->append(v.index, periods.at(v.index).mean);
        add(breaks);
    }
    theme::styleChart(chart);
    return chart;
}

} // namespace qadesk
