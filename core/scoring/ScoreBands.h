#pragma once

#include <QList>
#include <QString>

namespace qadesk {

// Score bands of 10 points above 60, for distributions and KPI comparisons. The per-month aggregates store a band's
// index (schema step 8), so changing the bands needs a schema step that rebuilds them.
struct ScoreBand {
    QString label;
    double from = 0; // points, included
    double to = 0; // points, excluded (the last band includes 100)
};
QList<ScoreBand> scoreBands();
int scoreBandOf(double points);
// The band of a score column (0..1) in SQL, as scoreBandOf; -1 where there is no score.
QString scoreBandSql(const QString& score);

} // namespace qadesk
