#include "ReportKinds.h"
#include "calibration/EvaluatorQuality.h"
#include "people/AccessRules.h"

namespace qadesk::reports {
QList<ReportTable> calibrationReport(const Context& c)
{
    if (!AccessRules::check(c.actor(), Action::OrganiseCalibration)) // it is about evaluators, not agents
        throw AccessDenied(ReportBuilder::tr("The calibration report is for QA evaluators, managers and administrators."));
    const EvaluatorQuality quality = EvaluatorQuality::analyse(c.database(), c.request.from, c.request.to);
    c.step(0.5);
    const auto productivity = EvaluatorQuality::productivity(c.database(), c.request.from, c.request.to);
    QHash<qint64, PeerDeviation> peers;
    for (const auto& row : EvaluatorQuality::peerDeviation(c.database(), c.request.from, c.request.to))
        peers.insert(row.evaluatorId, row);
    c.step(0.7);

    ReportTable sessions;
    sessions.key = QStringLiteral("sessions");
    sessions.title = ReportBuilder::tr("Sessions");
    sessions.columns = { textColumn(ReportBuilder::tr("Session")),
                         dateColumn(ReportBuilder::tr("Date")),
                         integerColumn(ReportBuilder::tr("Participants")),
                         integerColumn(ReportBuilder::tr("Submitted")),
                         decimalColumn(ReportBuilder::tr("Mean score")),
                         decimalColumn(ReportBuilder::tr("Range (points)")),
                         decimalColumn(ReportBuilder::tr("Standard deviation (points)")),
                         integerColumn(ReportBuilder::tr("Items in disagreement")),
                         decimalColumn(ReportBuilder::tr("Fleiss' kappa"), 2),
                         decimalColumn(ReportBuilder::tr("Krippendorff's alpha"), 2) };
    for (const CalibrationReveal& reveal : quality.reveals) {
        int submitted = 0;
        for (const auto& participant : reveal.participants)
            submitted += participant.evaluationId ? 1 : 0;
        sessions.rows << QVariantList { reveal.session.title,
                                        EvaluatorQuality::sessionDay(c.database(), reveal.session),
                                        int(reveal.participants.size()),
                                        submitted,
                                        points(reveal.mean),
                                        points(reveal.range),
                                        points(reveal.standardDeviation),
                                        reveal.disagreements(),
                                        value(reveal.kappa),
                                        value(reveal.alpha) };
    }
    sessions.note = ReportBuilder::tr("Revealed sessions scheduled in the period; a session still blind does not "
                                      "count. Kappa and alpha treat the items as units, the participants as raters "
                                      "and the options as categories. Calibration sessions are centre-wide: a team or "
                                      "agent choice does not narrow them.");

    ReportTable months;
    months.key = QStringLiteral("months");
    months.title = ReportBuilder::tr("Agreement by month");
    months.columns
        = { textColumn(ReportBuilder::tr("Month")), integerColumn(ReportBuilder::tr("Sessions")),
            percentColumn(ReportBuilder::tr("Agreement")), decimalColumn(ReportBuilder::tr("Krippendorff's alpha"), 2),
            decimalColumn(ReportBuilder::tr("Spread (points)")) };
    ReportChart chart;
    chart.kind = ReportChart::Kind::Lines;
    chart.title = ReportBuilder::tr("Agreement over time");
    chart.valueTitle = ReportBuilder::tr("Agreement (%)");
    chart.minimum = 0;
    chart.maximum = 100;
    ReportSeries agreement { ReportBuilder::tr("Agreement"), {} };
    ReportSeries alpha { ReportBuilder::tr("Krippendorff's alpha × 100"), {} };
    for (const MonthAgreement& month : quality.months) {
        months.rows << QVariantList { monthName(month.month), month.sessions, month.meanAgreement, value(month.alpha),
                                      month.meanSpread * 100.0 };
        chart.categories << monthName(month.month);
        agreement.values << month.meanAgreement * 100.0;
        alpha.values << (month.alpha ? std::optional<double>(std::max(0.0, *month.alpha) * 100.0) : std::nullopt);
    }
    chart.series = { agreement, alpha };
    if (!quality.months.isEmpty())
        months.chart = chart;
    months.note = ReportBuilder::tr("Agreement: the share of participant pairs who chose the same answer, averaged "
                                    "over the items and sessions of the month. Spread: the mean standard deviation of "
                                    "the participants' totals. Alpha under 0.667 is too low to rely on (Krippendorff); "
                                    "the chart shows negative alpha as 0.");

    ReportTable evaluators;
    evaluators.key = QStringLiteral("evaluators");
    evaluators.title = ReportBuilder::tr("Evaluators");
    evaluators.columns = { textColumn(ReportBuilder::tr("Evaluator")),
                           integerColumn(ReportBuilder::tr("Sessions")),
                           decimalColumn(ReportBuilder::tr("Deviation (points)")),
                           percentColumn(ReportBuilder::tr("Agreement with the key")),
                           textColumn(ReportBuilder::tr("Drift")),
                           decimalColumn(ReportBuilder::tr("Deviation from peers (points)")),
                           integerColumn(ReportBuilder::tr("Evaluations")),
                           decimalColumn(ReportBuilder::tr("Evaluations per working day"), 2),
                           decimalColumn(ReportBuilder::tr("Median minutes per evaluation")) };
    QHash<qint64, EvaluatorProductivity> output;
    for (const auto& row : productivity)
        output.insert(row.evaluatorId, row);
    for (const EvaluatorCalibration& evaluator : quality.evaluators) {
        if (!evaluator.sessions && !evaluator.targetItems)
            continue; // only ever the reference
        const EvaluatorProductivity done = output.value(evaluator.evaluatorId);
        evaluators.rows << QVariantList { evaluator.name,
                                          evaluator.sessions,
                                          points(evaluator.meanDeviation),
                                          value(evaluator.agreement()),
                                          EvaluatorQuality::driftText(evaluator),
                                          peers.contains(evaluator.evaluatorId)
                                              ? QVariant(peers.value(evaluator.evaluatorId).meanDeviation * 100.0)
                                              : QVariant(),
                                          done.evaluations,
                                          done.perWorkingDay,
                                          value(done.medianMinutes) };
    }
    evaluators.note = ReportBuilder::tr("Deviation: the evaluator's total minus the reference's (or, without a "
                                        "reference, the participants' mean), averaged over sessions; above 0 is "
                                        "lenient, below 0 severe. Agreement with the key: items on which the evaluator "
                                        "chose the agreed answer, else the reference's, else the most common one. "
                                        "Drift: the monthly deviation on a control chart, with the rules of agents' "
                                        "trends. Deviation from peers: each regular evaluation's score minus the mean "
                                        "score the other evaluators gave the same agent in the same month, averaged. "
                                        "Evaluations: regular ones submitted in the period, per weekday.");

    ReportTable items;
    items.key = QStringLiteral("items");
    items.title = ReportBuilder::tr("Items to clarify first");
    items.columns = { textColumn(ReportBuilder::tr("Item")), integerColumn(ReportBuilder::tr("Sessions")),
                      integerColumn(ReportBuilder::tr("Sessions in disagreement")),
                      percentColumn(ReportBuilder::tr("Agreement")) };
    for (const ItemAgreementRank& item : quality.items)
        items.rows << QVariantList { shortened(item.question, 80), item.sessions, item.disagreements,
                                     item.meanAgreement };
    items.note = ReportBuilder::tr("The items with the lowest agreement first: their guidance needs clarifying most.");
    return { sessions, months, evaluators, items };
}

} // namespace qadesk::reports
