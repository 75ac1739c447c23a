#include "ReportKinds.h"

#include "coaching/CoachingEffect.h"

namespace qadesk::reports {

QList<ReportTable> coachingReport(const Context& c)
{
    const ScoreScope& scope = c.request.scope;
    QList<SessionEffect> sessions;
    for (const auto& effect : CoachingEffect::held(c.database(), c.actor(), c.request.from, c.request.to, c.request.asOf)) {
        const qint64 agent = effect.session.agentId;
        if (scope.agentId ? agent == scope.agentId : !scope.teamId || c.source.agents().value(agent).teamId == scope.teamId)
            sessions << effect;
    }
    c.step(0.7);

    static const QList<FocusItemEffect::Verdict> s_verdicts { FocusItemEffect::Verdict::Improved,
                                                              FocusItemEffect::Verdict::NoClearChange,
                                                              FocusItemEffect::Verdict::Worse,
                                                              FocusItemEffect::Verdict::TooFewEvaluations };
    ReportTable sessionTable;
    sessionTable.key = QStringLiteral("sessions");
    sessionTable.title = ReportBuilder::tr("Sessions");
    sessionTable.columns = { dateColumn(ReportBuilder::tr("Date")), textColumn(ReportBuilder::tr("Agent")),
                             textColumn(ReportBuilder::tr("Team")), textColumn(ReportBuilder::tr("Coach")),
                             textColumn(ReportBuilder::tr("Focus items")) };
    for (const auto verdict : s_verdicts)
        sessionTable.columns << integerColumn(CoachingEffect::verdictName(verdict));

    ReportTable itemTable;
    itemTable.key = QStringLiteral("items");
    itemTable.title = ReportBuilder::tr("Focus items before and after");
    itemTable.columns = { dateColumn(ReportBuilder::tr("Date")),
                          textColumn(ReportBuilder::tr("Agent")),
                          textColumn(ReportBuilder::tr("Item")),
                          textColumn(ReportBuilder::tr("Question")),
                          integerColumn(ReportBuilder::tr("Answered before")),
                          percentColumn(ReportBuilder::tr("Pass rate before")),
                          integerColumn(ReportBuilder::tr("Answered after")),
                          percentColumn(ReportBuilder::tr("Pass rate after")),
                          decimalColumn(ReportBuilder::tr("Change (points)")),
                          decimalColumn(ReportBuilder::tr("p-value"), 3),
                          textColumn(ReportBuilder::tr("Verdict")) };
    QHash<FocusItemEffect::Verdict, int> totals;
    for (const auto& effect : sessions) {
        const CoachingSession& session = effect.session;
        const QDate held = c.database().time().dateOf(session.heldAt);
        QHash<FocusItemEffect::Verdict, int> counts;
        for (const auto& item : effect.items) {
            const auto verdict = item.verdict();
            ++counts[verdict];
            ++totals[verdict];
            itemTable.rows << QVariantList { held,
                                             effect.agentName,
                                             item.itemKey,
                                             item.question,
                                             item.beforeApplicable,
                                             value(item.beforeRate()),
                                             item.afterApplicable,
                                             value(item.afterRate()),
                                             value(item.change() ? std::optional(*item.change() * 100) : std::nullopt),
                                             value(item.pValue()),
                                             CoachingEffect::verdictName(verdict) };
        }
        QVariantList row { held, effect.agentName, c.teamName(c.source.agents().value(session.agentId).teamId),
                           c.userName(session.coachId), focusQuestions(effect) };
        for (const auto verdict : s_verdicts)
            row << counts.value(verdict);
        sessionTable.rows << row;
    }
    sessionTable.note = ReportBuilder::tr("Sessions held in the period, newest first; the counts are of their focus items "
                                          "by verdict.");

    ReportChart chart;
    chart.title = ReportBuilder::tr("Focus items by verdict");
    chart.valueTitle = ReportBuilder::tr("Focus items");
    chart.minimum = 0;
    ReportSeries bars { ReportBuilder::tr("Focus items"), {} };
    for (const auto verdict : s_verdicts) {
        chart.categories << CoachingEffect::verdictName(verdict);
        bars.values << double(totals.value(verdict));
    }
    chart.series = { bars };
    if (!itemTable.rows.isEmpty())
        itemTable.chart = chart;
    itemTable.note = ReportBuilder::tr("Pass rate of each focus item in the agent's evaluations in the %1 days before the "
                                       "session and up to %1 days after it (to %2). Verdict: a two-proportion test at "
                                       "p < %3 with at least %4 answers on each side.")
                         .arg(CoachingEffect::s_windowDays)
                         .arg(c.request.asOf.toString(Qt::ISODate))
                         .arg(CoachingEffect::s_significance)
                         .arg(CoachingEffect::s_minimumAnswers);
    return { sessionTable, itemTable };
}

} // namespace qadesk::reports
