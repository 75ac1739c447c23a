#include "Correlation.h"
#include "ReportKinds.h"

#include "workspace/ScoreHistory.h"

#include <algorithm>

namespace qadesk::reports {
namespace {

// One KPI, per evaluated contact (summed by the database) or per agent, for correlating with scores.
struct Measure {
    QString name;
    Outcome outcome;
    std::optional<double> (*ofAgent)(const ContactKpis&);
};

QList<Measure> measures()
{
    return {
        { ReportBuilder::tr("CSAT"), Outcome::Csat, [](const ContactKpis& k) { return k.csat; } },
        { ReportBuilder::tr("NPS"), Outcome::Nps, [](const ContactKpis& k) { return k.nps; } },
        { ReportBuilder::tr("First contact resolution"), Outcome::FirstContactResolution,
          [](const ContactKpis& k) { return k.firstContactResolution; } },
        { ReportBuilder::tr("Handle time"), Outcome::HandleSeconds,
          [](const ContactKpis& k) { return k.averageHandleSeconds; } },
    };
}

QVariantList kpiCells(const KpiTally& t)
{
    return { t.contacts, t.surveys, value(t.csat()), t.npsAnswers, value(t.nps()), value(t.fcr()),
             value(t.averageHandleSeconds()) };
}

QVariantList kpiCells(const ContactKpis& k)
{
    return { k.contacts, k.csatResponses, value(k.csat), k.npsResponses, value(k.nps), value(k.firstContactResolution),
             value(k.averageHandleSeconds) };
}

QList<ReportColumn> kpiColumns(const QString& contacts)
{
    return { integerColumn(contacts),
             integerColumn(ReportBuilder::tr("CSAT answers")),
             percentColumn(ReportBuilder::tr("CSAT")),
             integerColumn(ReportBuilder::tr("NPS answers")),
             decimalColumn(ReportBuilder::tr("NPS")),
             percentColumn(ReportBuilder::tr("FCR")),
             decimalColumn(ReportBuilder::tr("AHT (s)"), 0) };
}

std::optional<double> scaled(const std::optional<double>& fraction)
{
    return fraction ? std::optional<double>(*fraction * 100) : std::nullopt;
}

} // namespace

QList<ReportTable> kpiReport(const Context& c)
{
    const auto byBand = c.source.outcomesByBand(c.request.from, c.request.to, c.request.scope);
    c.step(0.3);
    QHash<qint64, ScoreTally> scoresByAgent;
    for (const EvaluationGroup& g : c.source.monthTallies(c.request.from, c.request.to, c.request.scope))
        scoresByAgent[g.agentId].add(g.scores); // an agent who changed teams has a tally in each
    c.step(0.5);
    const auto bands = scoreBands();

    ReportTable bandTable;
    bandTable.key = QStringLiteral("bands");
    bandTable.title = ReportBuilder::tr("Contact outcomes by score band");
    bandTable.columns = QList<ReportColumn> { textColumn(ReportBuilder::tr("Score band")) }
        + kpiColumns(ReportBuilder::tr("Evaluated contacts"));
    ReportChart chart;
    chart.title = ReportBuilder::tr("CSAT and first contact resolution by score band");
    chart.valueTitle = QStringLiteral("%");
    chart.minimum = 0;
    chart.maximum = 100;
    ReportSeries csat { ReportBuilder::tr("CSAT"), {} };
    ReportSeries fcr { ReportBuilder::tr("FCR"), {} };
    for (int b = 0; b < bands.size(); ++b) {
        bandTable.rows << QVariantList { bands.at(b).label } + kpiCells(byBand.at(b).kpis);
        chart.categories << bands.at(b).label;
        csat.values << scaled(byBand.at(b).kpis.csat());
        fcr.values << scaled(byBand.at(b).kpis.fcr());
    }
    chart.series = { csat, fcr };
    bandTable.chart = chart;
    bandTable.note = ReportBuilder::tr("The outcomes of the contacts that were evaluated, grouped by their QA score. CSAT: "
                                       "share of answers 4–5 of 1–5. NPS: % promoters (9–10) − % detractors (0–6). "
                                       "FCR: share resolved at first contact. AHT: average handle time.");

    // The agents evaluated in the period and those now in the scope, each with the KPIs of all their contacts.
    QSet<qint64> agentIds(scoresByAgent.keyBegin(), scoresByAgent.keyEnd());
    for (const auto& agent : c.source.agents()) {
        if (c.request.scope.agentId ? agent.id == c.request.scope.agentId
                                    : !c.request.scope.teamId || agent.teamId == c.request.scope.teamId)
            agentIds.insert(agent.id);
    }
    // One grouped read for every agent instead of a query per agent; over the whole centre for a team, since an agent
    // evaluated in the team may have moved since.
    const ScoreScope kpiScope = c.request.scope.agentId ? c.request.scope : ScoreScope {};
    const QHash<qint64, ContactKpis> contactKpis
        = ScoreHistory::kpisByAgent(c.database(), c.actor(), kpiScope, c.request.from, c.request.to);
    QHash<qint64, ContactKpis> agentKpis;
    for (const qint64 agent : agentIds) {
        const ContactKpis kpis = contactKpis.value(agent);
        if (kpis.contacts || scoresByAgent.contains(agent))
            agentKpis.insert(agent, kpis);
    }
    QList<qint64> agents = agentKpis.keys();
    std::sort(agents.begin(), agents.end(),
              [&](qint64 a, qint64 b) { return std::pair { c.agentName(a), a } < std::pair { c.agentName(b), b }; });
    c.step(0.8);

    ReportTable correlation;
    correlation.key = QStringLiteral("correlation");
    correlation.title = ReportBuilder::tr("Correlation with QA scores");
    correlation.columns = { textColumn(ReportBuilder::tr("Measure")), textColumn(ReportBuilder::tr("Level")),
                            integerColumn(ReportBuilder::tr("Pairs")), decimalColumn(ReportBuilder::tr("Pearson r"), 2),
                            textColumn(ReportBuilder::tr("Strength")) };
    for (const Measure& measure : measures()) {
        PearsonSums contactSums;
        for (const BandOutcomes& band : byBand)
            contactSums.add(band.withScore[int(measure.outcome)]);
        PearsonSums agentSums;
        for (const qint64 agent : agents) {
            const auto score = scoresByAgent.value(agent).mean();
            const auto y = measure.ofAgent(agentKpis.value(agent));
            if (score && y)
                agentSums.add(*score * 100, *y);
        }
        for (const auto& [level, sums] : { std::pair { ReportBuilder::tr("Evaluated contacts"), contactSums },
                                           std::pair { ReportBuilder::tr("Agents"), agentSums } }) {
            const auto r = Correlation::pearson(sums);
            correlation.rows << QVariantList { measure.name, level, sums.n, value(r),
                                               r ? Correlation::strength(*r) : ReportBuilder::tr("too few pairs") };
        }
    }
    correlation.note = ReportBuilder::tr("Pearson's r between the QA score and each measure: per evaluated contact "
                                         "(CSAT 1–5, NPS 0–10, FCR 0 or 1, handle seconds), and per agent (average "
                                         "score against the KPIs of all the agent's contacts in the period). A longer "
                                         "handle time is worse, so a negative r there is good. Correlation is not "
                                         "cause.");

    ReportTable agentTable;
    agentTable.key = QStringLiteral("agents");
    agentTable.title = ReportBuilder::tr("Agents");
    agentTable.columns = QList<ReportColumn> { textColumn(ReportBuilder::tr("Agent")), textColumn(ReportBuilder::tr("Team")),
                                               integerColumn(ReportBuilder::tr("Evaluations")),
                                               decimalColumn(ReportBuilder::tr("Average score")) }
        + kpiColumns(ReportBuilder::tr("Contacts"));
    for (const qint64 agent : agents) {
        const ScoreTally scores = scoresByAgent.value(agent);
        agentTable.rows << QVariantList { c.agentName(agent), c.teamName(c.source.agents().value(agent).teamId),
                                          scores.evaluations, points(scores.mean()) }
                + kpiCells(agentKpis.value(agent));
    }
    agentTable.note = ReportBuilder::tr("Outcomes of every contact the agent handled in the period, evaluated or not.");
    return { bandTable, correlation, agentTable };
}

} // namespace qadesk::reports
