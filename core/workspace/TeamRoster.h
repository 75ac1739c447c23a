#pragma once

#include "people/Actor.h"
#include "stats/Trend.h"
#include "storage/Database.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace qadesk {

// One active agent's line on the team page.
struct RosterAgent {
    qint64 agentId = 0;
    QString name;
    QString employeeId;
    qint64 teamId = 0; // 0: in no team
    QString team;
    int done = 0; // evaluations submitted in the month: latest revisions, calibration left out, scored or not
    // The agent's contacts assigned by sampling plans covering the month (and plan-less assignments due in it), as the
    // overview counts them.
    int planned = 0;
    std::optional<double> average; // 0..100 over the month's scored evaluations
    QList<std::optional<double>> monthlyMeans; // 0..100, one per TeamRoster::months; nullopt: nothing scored
    LinearTrend fit; // through the monthly means, months without one left out; slope in points a month
    QList<TrendFinding> findings; // of the monthly means against the target, as Trend::analyse finds them

    std::optional<double> completion() const; // done / planned; nullopt when nothing was planned
};

// The team page: every active agent of a team (or of all teams) in one month, with the months before it for a
// sparkline and trend findings. Months are calendar months in the workspace's time zone, as in the overview.
struct TeamRoster {
    static constexpr int s_defaultMonths = 6;

    QDate month; // its first day
    QList<QDate> months; // first days, oldest first, the last one `month`
    double target = 85; // 0..100, the workspace's target score
    QList<RosterAgent> agents; // by name

    // The roster for the month containing `day`, with `months` (≥ 1) months of history including it; teamId 0 takes
    // every team; either way only the agents the actor may see are in it. Three grouped queries whatever the number
    // of agents. Throws StorageError.
    static TeamRoster compute(const Database& database, const Actor& actor, const QDate& day, qint64 teamId,
                              int months = s_defaultMonths);
};

} // namespace qadesk
