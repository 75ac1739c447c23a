#include "ReportKinds.h"

#include "coaching/CoachingEffect.h"
#include "io/PersonalDataMasker.h"
#include "people/AccessRules.h"
#include "storage/CoachingRepository.h"
#include "workspace/ScoreHistory.h"

#include <algorithm>

namespace qadesk::reports {
namespace {

constexpr int s_commentLimit = 20;

} // namespace

QList<ReportTable> agentCard(const Context& c)
{
    const AgentInfo agent = c.source.agents().value(c.request.scope.agentId);
    const QDate first = c.historyStart();
    const auto period = c.source.evaluations(c.request.from, c.request.to, ScoreScope { agent.id, 0 });
    // An agent user sees their own card without the team beside it: the team's figures are other agents' records.
    const qint64 teamId = AccessRules::canSeeTeam(c.actor(), agent.teamId) ? agent.teamId : 0;
    const auto teamPeriod = teamId ? c.source.evaluations(c.request.from, c.request.to, ScoreScope { 0, teamId })
                                         : QList<EvaluationFact> {};
    c.step(0.2);
    const TrendAnalysis trend = ScoreHistory::analyse(c.database(), c.actor(), ScoreScope { agent.id, 0 }, first, c.request.to,
                                                      TrendPeriod::Month, c.request.basis);
    const TrendAnalysis teamTrend = teamId ? ScoreHistory::analyse(c.database(), c.actor(), ScoreScope { 0, teamId }, first,
                                                                   c.request.to, TrendPeriod::Month, c.request.basis)
                                           : TrendAnalysis {};
    c.step(0.4);

    ScoreTally own;
    ScoreTally team;
    for (const auto& e : period)
        own.add(e);
    for (const auto& e : teamPeriod)
        team.add(e);

    ReportTable summary;
    summary.key = QStringLiteral("summary");
    summary.title = ReportBuilder::tr("Summary");
    summary.columns = { textColumn(ReportBuilder::tr("Agent")),           textColumn(ReportBuilder::tr("Employee ID")),
                        textColumn(ReportBuilder::tr("Team")),            integerColumn(ReportBuilder::tr("Evaluations")),
                        decimalColumn(ReportBuilder::tr("Average score")), decimalColumn(ReportBuilder::tr("Team average")),
                        decimalColumn(ReportBuilder::tr("Lowest")),        decimalColumn(ReportBuilder::tr("Highest")),
                        integerColumn(ReportBuilder::tr("Critical failures")) };
    summary.rows << QVariantList { agent.name,
                                   agent.employeeId,
                                   c.teamName(agent.teamId),
                                   own.evaluations,
                                   points(own.mean()),
                                   points(team.mean()),
                                   own.scored ? QVariant(own.lowest * 100) : QVariant(),
                                   own.scored ? QVariant(own.highest * 100) : QVariant(),
                                   own.criticalFailures };
    summary.note = ReportBuilder::tr("Scores are points out of 100; the team average is over the period's evaluations "
                                     "made in the agent's current team.");

    // The months of the history, with the least-squares trend through the agent's monthly means (Trend::analyse).
    ReportTable months;
    months.key = QStringLiteral("months");
    months.title = ReportBuilder::tr("Scores by month");
    months.columns = { textColumn(ReportBuilder::tr("Month")),         integerColumn(ReportBuilder::tr("Evaluations")),
                       decimalColumn(ReportBuilder::tr("Average score")), decimalColumn(ReportBuilder::tr("± 95 %")),
                       decimalColumn(ReportBuilder::tr("Team average")),  decimalColumn(ReportBuilder::tr("Trend")) };
    ReportChart chart;
    chart.kind = ReportChart::Kind::Lines;
    chart.title = ReportBuilder::tr("Average score by month");
    chart.valueTitle = ReportBuilder::tr("Score");
    ReportSeries ownLine { agent.name, {} };
    ReportSeries teamLine { ReportBuilder::tr("Team average"), {} };
    ReportSeries trendLine { ReportBuilder::tr("Trend"), {} };
    for (const QDate& month : monthsBetween(first, c.request.to)) {
        const auto found = std::find_if(trend.periods.cbegin(), trend.periods.cend(),
                                        [&month](const PeriodScore& p) { return p.start == month; });
        const auto teamFound = std::find_if(teamTrend.periods.cbegin(), teamTrend.periods.cend(),
                                            [&month](const PeriodScore& p) { return p.start == month; });
        std::optional<double> mean;
        std::optional<double> halfWidth;
        std::optional<double> fitted;
        int count = 0;
        if (found != trend.periods.cend()) {
            count = found->count;
            mean = found->mean;
            if (found->count >= 2)
                halfWidth = found->halfWidth;
            if (trend.fit.valid())
                fitted = trend.fit.intercept + trend.fit.slope * double(found - trend.periods.cbegin());
        }
        const std::optional<double> teamMean = teamFound != teamTrend.periods.cend() ? std::optional(teamFound->mean)
                                                                                     : std::nullopt;
        months.rows << QVariantList { monthName(month), count, value(mean), value(halfWidth), value(teamMean), value(fitted) };
        chart.categories << monthName(month);
        ownLine.values << mean;
        teamLine.values << teamMean;
        trendLine.values << fitted;
    }
    chart.series = { ownLine, teamLine };
    if (trend.fit.valid())
        chart.series << trendLine;
    months.chart = chart;
    QStringList findings;
    for (const auto& finding : trend.findings)
        findings << finding.reason;
    months.note = ReportBuilder::tr("The %n month(s) up to the end of the period. ± 95 %: half the confidence interval of "
                                    "the month's mean. Trend: least-squares line through the monthly means (three "
                                    "months or more).",
                                    nullptr, int(months.rows.size()))
        + QLatin1Char(' ')
        + (findings.isEmpty() ? ReportBuilder::tr("No significant trend or control-chart signal.")
                              : ReportBuilder::tr("Findings: %1.").arg(findings.join(QStringLiteral("; "))));

    ReportTable itemTable;
    itemTable.key = QStringLiteral("items");
    itemTable.title = ReportBuilder::tr("Item pass rates");
    itemTable.columns = { textColumn(ReportBuilder::tr("Item")),         textColumn(ReportBuilder::tr("Question")),
                          integerColumn(ReportBuilder::tr("Answered")),   integerColumn(ReportBuilder::tr("Failed")),
                          percentColumn(ReportBuilder::tr("Pass rate")), percentColumn(ReportBuilder::tr("Team pass rate")) };
    QHash<QString, QString> questions; // item key → question, for the comments
    for (const ItemComparison& item :
         ScoreHistory::weakestItems(c.database(), c.actor(), agent.id, agent.teamId, c.request.from, c.request.to, c.request.basis)) {
        itemTable.rows << QVariantList { item.itemKey,         item.question, item.agentApplicable,
                                         item.agentApplicable - item.agentPassed, item.agentRate(), value(item.teamRate()) };
        questions.insert(item.itemKey, item.question);
    }
    itemTable.note = ReportBuilder::tr("Lowest pass rate first. An item passes when the chosen answer is not a failing "
                                       "one; N/A answers do not count.");
    const auto answers = c.source.answers(period);
    c.step(0.6);

    ReportTable comments;
    comments.key = QStringLiteral("comments");
    comments.title = ReportBuilder::tr("Recent comments");
    comments.columns = { dateColumn(ReportBuilder::tr("Date")), textColumn(ReportBuilder::tr("Contact")), textColumn(ReportBuilder::tr("Evaluator")),
                         textColumn(ReportBuilder::tr("Item")), textColumn(ReportBuilder::tr("Comment")) };
    QHash<qint64, const EvaluationFact*> byId;
    QList<qint64> contactIds;
    for (const auto& e : period) {
        byId.insert(e.id, &e);
        contactIds << e.contactId;
    }
    struct Comment {
        const EvaluationFact* evaluation;
        QString item;
        QString text;
        int order;
    };
    QList<Comment> found;
    for (const auto& answer : answers) {
        if (!answer.comment.trimmed().isEmpty())
            found << Comment { byId.value(answer.evaluationId), questions.value(answer.itemKey, answer.itemKey),
                               answer.comment.trimmed(), answer.position };
    }
    for (const auto& e : period) {
        if (!e.overallComment.trimmed().isEmpty())
            found << Comment { &e, ReportBuilder::tr("Overall"), e.overallComment.trimmed(), -1 };
    }
    std::sort(found.begin(), found.end(), [](const Comment& a, const Comment& b) {
        return std::tuple(a.evaluation->date, a.evaluation->id, -a.order) > std::tuple(b.evaluation->date, b.evaluation->id, -b.order);
    });
    const auto contacts = c.source.contactNames(contactIds);
    for (const auto& comment : found.mid(0, s_commentLimit))
        comments.rows << QVariantList { comment.evaluation->date,
                                        PersonalDataMasker::mask(contacts.value(comment.evaluation->contactId)),
                                        c.userName(comment.evaluation->evaluatorId), comment.item,
                                        PersonalDataMasker::mask(comment.text) };
    // A report leaves the workspace (mail, print), so card numbers, phones and the like in comments are masked, and
    // so is a contact id that is the caller's number.
    comments.note = ReportBuilder::tr("The %1 most recent comments of the period's evaluations, newest first; personal "
                                      "data in them is masked.").arg(s_commentLimit);
    c.step(0.8);

    ReportTable coaching;
    coaching.key = QStringLiteral("coaching");
    coaching.title = ReportBuilder::tr("Coaching sessions");
    coaching.columns = { dateColumn(ReportBuilder::tr("Date")),           textColumn(ReportBuilder::tr("Coach")),
                         textColumn(ReportBuilder::tr("Focus items")),    integerColumn(ReportBuilder::tr("Actions done")),
                         integerColumn(ReportBuilder::tr("Actions")),     textColumn(ReportBuilder::tr("Acknowledgement")),
                         dateColumn(ReportBuilder::tr("Follow-up")) };
    for (const auto& session : CoachingRepository(c.database()).forAgent(c.actor(), agent.id)) {
        const QDate held = c.database().time().dateOf(session.heldAt);
        if (held < first || held > c.request.to)
            continue;
        const auto done = std::count_if(session.actionItems.cbegin(), session.actionItems.cend(),
                                        [](const ActionItem& action) { return action.done; });
        coaching.rows << QVariantList { held,
                                        c.userName(session.coachId),
                                        focusQuestions(CoachingEffect::of(c.database(), session, c.request.asOf)),
                                        qint64(done),
                                        qint64(session.actionItems.size()),
                                        displayName(session.acknowledgement),
                                        session.followUp.isValid() ? QVariant(session.followUp) : QVariant() };
    }
    coaching.note = ReportBuilder::tr("Sessions held in the %n month(s) up to the end of the period, newest first.",
                                      nullptr, int(months.rows.size()));
    return { summary, months, itemTable, comments, coaching };
}

} // namespace qadesk::reports
