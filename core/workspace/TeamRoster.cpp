#include "TeamRoster.h"

#include "Overview.h"
#include "people/AccessRules.h"
#include "storage/Aggregates.h"
#include "storage/SqlSupport.h"

#include <QHash>

namespace qadesk {
namespace {

struct MonthSums {
    int done = 0;
    int scored = 0;
    double sum = 0; // of the 0..1 scores
};

} // namespace

std::optional<double> RosterAgent::completion() const
{
    return planned > 0 ? std::optional(double(done) / planned) : std::nullopt;
}

TeamRoster TeamRoster::compute(const Database& database, const Actor& actor, const QDate& day, qint64 teamId,
                               int months)
{
    Q_ASSERT(months >= 1);
    TeamRoster roster;
    roster.month = QDate(day.year(), day.month(), 1);
    for (int m = months - 1; m >= 0; --m)
        roster.months << roster.month.addMonths(-m);
    roster.target = targetScore(database) * 100.0;
    const QDate last = roster.month.addMonths(1).addDays(-1);

    // Each query narrows to the team and to the agents the actor may see the same way: "AND <agent column> IN (the
    // team's agents)", with its value last.
    const auto inTeam = [teamId, &actor](const QString& column, QVariantList* values) {
        const QString visible = QStringLiteral(" AND ") + AccessRules::visibleAgentsSql(actor, column);
        if (teamId == 0)
            return visible;
        values->append(teamId);
        return QStringLiteral(" AND %1 IN (SELECT id FROM agents WHERE team_id = ?)").arg(column) + visible;
    };

    QVariantList values;
    QString filter = inTeam(QStringLiteral("a.id"), &values);
    roster.agents = selectRows<RosterAgent>(
        database,
        QStringLiteral("SELECT a.id, a.name, a.employee_id, a.team_id, t.name FROM agents a LEFT JOIN teams t ON "
                       "t.id = a.team_id WHERE a.active = 1%1 ORDER BY a.name, a.id")
            .arg(filter),
        values, QStringLiteral("read the team's agents"), [](const QSqlQuery& q) {
            RosterAgent agent;
            agent.agentId = q.value(0).toLongLong();
            agent.name = q.value(1).toString();
            agent.employeeId = q.value(2).toString();
            agent.teamId = q.value(3).toLongLong();
            agent.team = q.value(4).toString();
            return agent;
        });

    // Every month's counts and sums per agent from the per-month aggregates (one row per agent, month and team the
    // agent was evaluated in), instead of every evaluation of the months.
    values = { Aggregates::monthOf(roster.months.first()), Aggregates::monthOf(roster.month) };
    filter = inTeam(QStringLiteral("agent_id"), &values);
    QHash<int, int> monthIndex; // yyyymm → position in roster.months
    for (int m = 0; m < months; ++m)
        monthIndex.insert(Aggregates::monthOf(roster.months.at(m)), m);
    QHash<qint64, QList<MonthSums>> sums;
    for (const auto& [agentId, month, counts] : selectRows<std::tuple<qint64, int, MonthSums>>(
             database,
             QStringLiteral("SELECT agent_id, month, SUM(evaluations), SUM(scored), SUM(score_sum) FROM agent_months "
                            "WHERE month >= ? AND month <= ?%1 GROUP BY agent_id, month")
                 .arg(filter),
             values, QStringLiteral("read the agents' monthly scores"), [](const QSqlQuery& q) {
                 return std::tuple { q.value(0).toLongLong(), q.value(1).toInt(),
                                     MonthSums { q.value(2).toInt(), q.value(3).toInt(), q.value(4).toDouble() } };
             })) {
        QList<MonthSums>& agent = sums[agentId];
        agent.resize(months);
        agent[monthIndex.value(month)] = counts;
    }

    values = { dbDate(last), dbDate(roster.month), dbDate(roster.month), dbDate(last) };
    filter = inTeam(QStringLiteral("c.agent_id"), &values);
    QHash<qint64, int> planned;
    for (const auto& [agentId, count] : selectRows<std::pair<qint64, int>>(
             database,
             QStringLiteral("SELECT c.agent_id, COUNT(*) FROM assignments a JOIN contacts c ON c.id = a.contact_id "
                            "LEFT JOIN sampling_plans p ON p.id = a.plan_id WHERE ((p.id IS NOT NULL AND p.period_start "
                            "<= ? AND p.period_end >= ?) OR (a.plan_id IS NULL AND a.due >= ? AND a.due <= ?))%1 "
                            "GROUP BY c.agent_id")
                 .arg(filter),
             values, QStringLiteral("count the agents' planned evaluations"),
             [](const QSqlQuery& q) { return std::pair { q.value(0).toLongLong(), q.value(1).toInt() }; }))
        planned.insert(agentId, count);

    for (RosterAgent& agent : roster.agents) {
        agent.planned = planned.value(agent.agentId);
        const QList<MonthSums> history = sums.value(agent.agentId, QList<MonthSums>(roster.months.size()));
        // Trend's findings read only the period means (the fit, the control chart, the last mean against the
        // target), so one point per month at its mean finds what every score would, without reading every score.
        QList<ScoredPoint> means;
        for (int m = 0; m < history.size(); ++m) {
            const MonthSums& month = history.at(m);
            std::optional<double> mean;
            if (month.scored > 0) {
                mean = month.sum / month.scored * 100.0;
                means << ScoredPoint { roster.months.at(m), *mean };
            }
            agent.monthlyMeans << mean;
        }
        agent.done = history.last().done;
        agent.average = agent.monthlyMeans.last();
        const TrendAnalysis analysis = Trend::analyse(means, TrendPeriod::Month, roster.target);
        agent.fit = analysis.fit;
        agent.findings = analysis.findings;
    }
    return roster;
}

} // namespace qadesk
