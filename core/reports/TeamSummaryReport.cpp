#include "ReportKinds.h"

#include "workspace/ScoreHistory.h"
#include "workspace/TeamRoster.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace qadesk::reports {
namespace {

// The period just before: the previous calendar month for a month, else as many days before.
std::pair<QDate, QDate> previousPeriod(const QDate& from, const QDate& to)
{
    if (from.day() == 1 && to == from.addMonths(1).addDays(-1))
        return { from.addMonths(-1), from.addDays(-1) };
    return { from.addDays(-(from.daysTo(to) + 1)), from.addDays(-1) };
}

} // namespace

QList<ReportTable> teamSummary(const Context& c)
{
    const ScoreScope& scope = c.request.scope;
    // Counted by the database in groups of agent and team (from the per-month aggregates for whole months) and score
    // band: a year of a large centre is a few thousand groups, where its evaluations are half a million rows.
    const bool monthly = c.source.readsMonthAggregates(c.request.from, c.request.to);
    const auto period = monthly ? c.source.monthTallies(c.request.from, c.request.to, scope)
                                : c.source.groups(c.request.from, c.request.to, scope,
                                                  { .agent = true, .team = true, .band = true });
    const QList<int> counts
        = monthly ? c.source.scoredByBand(c.request.from, c.request.to, scope) : scoredInBands(period);
    const auto [previousFrom, previousTo] = previousPeriod(c.request.from, c.request.to);
    const auto previous = c.source.monthTallies(previousFrom, previousTo, scope);
    c.step(0.3);
    // Pass rates are counted by the database (the per-month aggregates for whole months), never answer by answer.
    const auto passByAgent
        = ScoreHistory::passCountsByAgent(c.database(), c.actor(), scope, c.request.from, c.request.to, c.request.basis);
    const auto assignments = c.source.assignments(c.request.from, c.request.to, scope);
    c.step(0.6);

    QHash<qint64, ScoreTally> byTeam;
    QHash<qint64, ScoreTally> previousByTeam;
    QHash<qint64, ScoreTally> byAgent;
    QHash<qint64, ScoreTally> previousByAgent;
    QHash<qint64, QSet<qint64>> agentsOfTeam;
    QHash<qint64, const EvaluationGroup*> latestOfAgent; // the agent's team in the period: that of the latest evaluation
    ScoreTally all;
    ScoreTally allPrevious;
    for (const EvaluationGroup& g : period) {
        byTeam[g.teamId].add(g.scores);
        byAgent[g.agentId].add(g.scores);
        agentsOfTeam[g.teamId].insert(g.agentId);
        const EvaluationGroup*& latest = latestOfAgent[g.agentId];
        if (!latest || std::pair { g.latestAt, g.latestId } > std::pair { latest->latestAt, latest->latestId })
            latest = &g;
        all.add(g.scores);
    }
    for (const EvaluationGroup& g : previous) {
        previousByTeam[g.teamId].add(g.scores);
        previousByAgent[g.agentId].add(g.scores);
        allPrevious.add(g.scores);
    }
    QHash<qint64, PlanProgress> planByTeam;
    PlanProgress planAll;
    for (const auto& assignment : assignments) {
        planByTeam[c.source.agents().value(assignment.agentId).teamId].add(assignment, c.request.asOf);
        planAll.add(assignment, c.request.asOf);
    }

    ReportTable teams;
    teams.key = QStringLiteral("teams");
    teams.title = ReportBuilder::tr("Teams");
    teams.columns = { textColumn(ReportBuilder::tr("Team")),
                      integerColumn(ReportBuilder::tr("Agents evaluated")),
                      integerColumn(ReportBuilder::tr("Evaluations")),
                      decimalColumn(ReportBuilder::tr("Average score")),
                      decimalColumn(ReportBuilder::tr("Previous period")),
                      decimalColumn(ReportBuilder::tr("Change")),
                      integerColumn(ReportBuilder::tr("Critical failures")),
                      integerColumn(ReportBuilder::tr("Planned")),
                      integerColumn(ReportBuilder::tr("Planned done")),
                      percentColumn(ReportBuilder::tr("Plan completion")) };
    QSet<qint64> teamIds(byTeam.keyBegin(), byTeam.keyEnd());
    for (auto it = planByTeam.cbegin(); it != planByTeam.cend(); ++it)
        teamIds.insert(it.key());
    QList<qint64> orderedTeams(teamIds.cbegin(), teamIds.cend());
    std::sort(orderedTeams.begin(), orderedTeams.end(),
              [&](qint64 a, qint64 b) { return std::pair { c.teamName(a), a } < std::pair { c.teamName(b), b }; });
    const auto teamRow = [](const QString& name, int agents, const ScoreTally& now, const ScoreTally& before,
                            const PlanProgress& plan) {
        return QVariantList { name,
                              agents,
                              now.evaluations,
                              points(now.mean()),
                              points(before.mean()),
                              points(difference(now.mean(), before.mean())),
                              now.criticalFailures,
                              plan.assigned,
                              plan.completed,
                              value(share(plan.completed, plan.assigned)) };
    };
    for (const qint64 team : orderedTeams)
        teams.rows << teamRow(c.teamName(team), int(agentsOfTeam.value(team).size()), byTeam.value(team),
                              previousByTeam.value(team), planByTeam.value(team));
    if (orderedTeams.size() > 1)
        teams.rows << teamRow(ReportBuilder::tr("All teams"), int(byAgent.size()), all, allPrevious, planAll);
    teams.note = ReportBuilder::tr("Previous period: %1. Planned: sampling plan assignments of the period, done when "
                                   "their evaluation was submitted.")
                     .arg(ReportText::period(previousFrom, previousTo));

    ReportTable agents;
    agents.key = QStringLiteral("agents");
    agents.title = ReportBuilder::tr("Agents ranked");
    agents.columns = { integerColumn(ReportBuilder::tr("Rank")),
                       textColumn(ReportBuilder::tr("Agent")),
                       textColumn(ReportBuilder::tr("Employee ID")),
                       textColumn(ReportBuilder::tr("Team")),
                       integerColumn(ReportBuilder::tr("Evaluations")),
                       decimalColumn(ReportBuilder::tr("Average score")),
                       decimalColumn(ReportBuilder::tr("Change")),
                       decimalColumn(ReportBuilder::tr("Lowest")),
                       decimalColumn(ReportBuilder::tr("Highest")),
                       integerColumn(ReportBuilder::tr("Critical failures")),
                       percentColumn(ReportBuilder::tr("Item pass rate")),
                       textColumn(ReportBuilder::tr("Flags")) };
    // Flags as the team page shows them: the monthly means of the months up to the period's end against the target.
    QHash<qint64, QStringList> flags;
    for (const RosterAgent& rostered : TeamRoster::compute(c.database(), c.actor(), c.request.to, scope.agentId ? 0 : scope.teamId).agents) {
        for (const TrendFinding& finding : rostered.findings)
            flags[rostered.agentId] << Trend::flagName(finding.flag);
    }
    QList<qint64> ranked(byAgent.keyBegin(), byAgent.keyEnd());
    // Equal means are ties however the database added the scores up: ranked in units of 10⁻⁹, then by name and id.
    const auto rankKey = [&](qint64 agent) {
        return std::tuple { -std::llround(byAgent.value(agent).mean().value_or(-1.0) * 1e9), c.agentName(agent), agent };
    };
    std::sort(ranked.begin(), ranked.end(), [&](qint64 a, qint64 b) { return rankKey(a) < rankKey(b); });
    int rank = 0;
    for (const qint64 agent : ranked) {
        const ScoreTally& tally = byAgent[agent];
        agents.rows << QVariantList { tally.scored ? QVariant(++rank) : QVariant(),
                                      c.agentName(agent),
                                      c.source.agents().value(agent).employeeId,
                                      c.teamName(latestOfAgent.value(agent)->teamId),
                                      tally.evaluations,
                                      points(tally.mean()),
                                      points(difference(tally.mean(), previousByAgent.value(agent).mean())),
                                      tally.scored ? QVariant(tally.lowest * 100) : QVariant(),
                                      tally.scored ? QVariant(tally.highest * 100) : QVariant(),
                                      tally.criticalFailures,
                                      value(PassTally { passByAgent.value(agent) }.rate()),
                                      flags.value(agent).join(QStringLiteral(", ")) };
    }
    agents.note = ReportBuilder::tr("Ranked by average score. Change: points against the previous period. Item pass "
                                    "rate: passed answers over applicable answers. Flags: declining, below target, out "
                                    "of control or improving, from the monthly means of the %n month(s) up to the "
                                    "period's end, as on the team page.",
                                    nullptr, TeamRoster::s_defaultMonths);

    ReportTable distribution;
    distribution.key = QStringLiteral("distribution");
    distribution.title = ReportBuilder::tr("Score distribution");
    distribution.columns = { textColumn(ReportBuilder::tr("Score band")), integerColumn(ReportBuilder::tr("Evaluations")),
                             percentColumn(ReportBuilder::tr("Share")) };
    ReportChart chart;
    chart.title = ReportBuilder::tr("Evaluations by score band");
    chart.valueTitle = ReportBuilder::tr("Evaluations");
    chart.minimum = 0;
    ReportSeries bars { ReportBuilder::tr("Evaluations"), {} };
    const auto bands = scoreBands();
    for (int b = 0; b < bands.size(); ++b) {
        distribution.rows << QVariantList { bands.at(b).label, counts.at(b), value(share(counts.at(b), all.scored)) };
        chart.categories << bands.at(b).label;
        bars.values << double(counts.at(b));
    }
    chart.series = { bars };
    distribution.chart = chart;
    distribution.note = ReportBuilder::tr("Bands include their lower bound; the last includes 100.");
    return { teams, agents, distribution };
}

} // namespace qadesk::reports
