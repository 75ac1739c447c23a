#pragma once

#include "stats/Trend.h"

class QChart;

namespace qadesk {

// The chart of an agent's (or team's) score trend: period means with their 95% band, the team's average, the XmR
// centre line and control limits, the target, and the points that break a control rule. Shared by the agent page
// and the printed reports, so both show the same picture. The caller owns the chart.
QChart* scoreTrendChart(const TrendAnalysis& analysis, const QList<PeriodScore>& comparison, TrendPeriod period,
                        double target, const QString& comparisonName);

} // namespace qadesk
