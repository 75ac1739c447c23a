#include "ScoreBands.h"

namespace qadesk {

QList<ScoreBand> scoreBands()
{
    return { { QStringLiteral("0–60"), 0, 60 },
             { QStringLiteral("60–70"), 60, 70 },
             { QStringLiteral("70–80"), 70, 80 },
             { QStringLiteral("80–90"), 80, 90 },
             { QStringLiteral("90–100"), 90, 100 } };
}

QString scoreBandSql(const QString& score)
{
    const auto bands = scoreBands();
    QString sql = QStringLiteral("CASE WHEN %1 IS NULL THEN -1").arg(score);
    for (int b = int(bands.size()) - 1; b > 0; --b) // as scoreBandOf: the score in points, from the top band down
        sql += QStringLiteral(" WHEN %1 * 100 >= %2 THEN %3").arg(score).arg(bands.at(b).from).arg(b);
    return sql + QStringLiteral(" ELSE 0 END");
}

int scoreBandOf(double points)
{
    const auto bands = scoreBands();
    for (int b = int(bands.size()) - 1; b > 0; --b) {
        if (points >= bands.at(b).from)
            return b;
    }
    return 0;
}

} // namespace qadesk
