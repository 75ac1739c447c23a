#include "ReportKinds.h"
#include "calibration/EvaluatorQuality.h"
#include "disputes/DisputeStats.h"
#include "people/AccessRules.h"

#include <algorithm>

namespace qadesk::reports {

QList<ReportTable> evaluatorReport(const Context& c)
{
    const bool scoped = c.request.scope.agentId || c.request.scope.teamId;
    const auto period = c.source.evaluatorTallies(c.request.from, c.request.to, c.request.scope);
    c.step(0.4);
    // Dispute figures come from the disputes page's own counts so both show the same; those are per evaluator over
    // the whole centre, so a report narrowed to a team or an agent leaves them out rather than mix scopes.
    QHash<qint64, DisputeCounts> disputes;
    if (!scoped) {
        for (const auto& row : DisputeStats::perEvaluator(c.database(), c.actor(), c.request.from, c.request.to))
            disputes.insert(row.evaluatorId, row.counts);
    }
    c.step(0.6);
    QHash<qint64, EvaluatorCalibration> calibration; // for those who see calibration (QA and management)
    if (AccessRules::check(c.actor(), Action::OrganiseCalibration)) {
        for (const auto& evaluator : EvaluatorQuality::analyse(c.database(), c.request.from, c.request.to).evaluators)
            calibration.insert(evaluator.evaluatorId, evaluator);
    }
    c.step(0.7);

    QHash<qint64, EvaluationGroup> byEvaluator;
    ScoreTally all;
    for (const EvaluationGroup& g : period) {
        byEvaluator.insert(g.evaluatorId, g);
        all.add(g.scores);
    }

    ReportTable table;
    table.key = QStringLiteral("evaluators");
    table.title = ReportBuilder::tr("Evaluators");
    table.columns = { textColumn(ReportBuilder::tr("Evaluator")),
                      integerColumn(ReportBuilder::tr("Evaluations")),
                      decimalColumn(ReportBuilder::tr("Minutes per evaluation")),
                      decimalColumn(ReportBuilder::tr("Average score given")),
                      decimalColumn(ReportBuilder::tr("Peers' average")),
                      decimalColumn(ReportBuilder::tr("Difference")),
                      percentColumn(ReportBuilder::tr("Calibration agreement")),
                      decimalColumn(ReportBuilder::tr("Calibration deviation (points)")),
                      textColumn(ReportBuilder::tr("Drift")) };
    if (!scoped)
        table.columns << integerColumn(ReportBuilder::tr("Disputes raised")) << percentColumn(ReportBuilder::tr("Dispute rate"))
                      << integerColumn(ReportBuilder::tr("Resolved")) << integerColumn(ReportBuilder::tr("Overturned"))
                      << percentColumn(ReportBuilder::tr("Overturn rate"));
    QList<qint64> evaluators = byEvaluator.keys();
    for (auto it = disputes.cbegin(); it != disputes.cend(); ++it) {
        if (!byEvaluator.contains(it.key()))
            evaluators << it.key();
    }
    std::sort(evaluators.begin(), evaluators.end(),
              [&](qint64 a, qint64 b) { return std::pair { c.userName(a), a } < std::pair { c.userName(b), b }; });
    ReportChart chart;
    chart.title = ReportBuilder::tr("Average score given and peers' average");
    chart.valueTitle = ReportBuilder::tr("Score");
    ReportSeries given { ReportBuilder::tr("Average score given"), {} };
    ReportSeries peers { ReportBuilder::tr("Peers' average"), {} };
    for (const qint64 evaluator : evaluators) {
        const EvaluationGroup tally = byEvaluator.value(evaluator);
        const int peerCount = all.scored - tally.scores.scored;
        const std::optional<double> peerMean
            = peerCount ? std::optional<double>((all.sum - tally.scores.sum) / peerCount) : std::nullopt;
        QVariantList row { c.userName(evaluator),
                           tally.scores.evaluations,
                           tally.timed ? QVariant(tally.seconds / tally.timed / 60.0) : QVariant(),
                           points(tally.scores.mean()),
                           points(peerMean),
                           points(difference(tally.scores.mean(), peerMean)) };
        const EvaluatorCalibration calibrated = calibration.value(evaluator);
        row << value(calibrated.agreement()) << points(calibrated.meanDeviation)
            << (calibrated.sessions ? QVariant(EvaluatorQuality::driftText(calibrated)) : QVariant());
        if (!scoped) {
            const DisputeCounts counts = disputes.value(evaluator);
            row << counts.disputes << value(counts.disputeRate) << counts.resolved << counts.overturned
                << value(counts.overturnRate);
        }
        table.rows << row;
        chart.categories << c.userName(evaluator);
        given.values << (tally.scores.mean() ? std::optional<double>(*tally.scores.mean() * 100) : std::nullopt);
        peers.values << (peerMean ? std::optional<double>(*peerMean * 100) : std::nullopt);
    }
    chart.series = { given, peers };
    if (!evaluators.isEmpty())
        table.chart = chart;
    table.note
        = ReportBuilder::tr("Minutes per evaluation: time the evaluator had the contact open, where recorded. "
                            "Peers' average: the scores the other evaluators gave in this report; a gap can also "
                            "come from evaluating different agents.")
        + QLatin1Char(' ')
        + ReportBuilder::tr("Calibration figures come from the revealed sessions of the period across the centre (see "
                            "the calibration report): agreement with the agreed answers, the mean deviation from the "
                            "reference in points (above 0 lenient), and drift of that deviation month by month.")
        + QLatin1Char(' ')
        + (scoped ? ReportBuilder::tr("Dispute figures are kept per evaluator for the whole centre: see this report "
                                      "for all teams, or the disputes page.")
                  : ReportBuilder::tr("Disputes as on the disputes page: raised in the period against the evaluator's "
                                      "first submissions in it; overturn rate: overturned of those resolved in the "
                                      "period."));
    return { table };
}

} // namespace qadesk::reports
