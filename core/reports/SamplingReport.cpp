#include "ReportKinds.h"

#include <algorithm>

namespace qadesk::reports {
namespace {

QVariantList cells(const PlanProgress& progress)
{
    return { progress.assigned, progress.completed, progress.started,
             value(share(progress.completed, progress.assigned)), progress.overdue };
}

QList<ReportColumn> progressColumns()
{
    return { integerColumn(ReportBuilder::tr("Assigned")), integerColumn(ReportBuilder::tr("Completed")),
             integerColumn(ReportBuilder::tr("In progress")), percentColumn(ReportBuilder::tr("Completion")),
             integerColumn(ReportBuilder::tr("Overdue")) };
}

// Groups assignments by `key` and orders the groups by `name`.
template <typename Key, typename Name>
QList<std::pair<qint64, PlanProgress>> grouped(const QList<AssignmentFact>& assignments, const QDate& asOf, Key key, Name name)
{
    QHash<qint64, PlanProgress> groups;
    for (const auto& assignment : assignments)
        groups[key(assignment)].add(assignment, asOf);
    QList<std::pair<qint64, PlanProgress>> ordered;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        ordered << std::pair { it.key(), it.value() };
    std::sort(ordered.begin(), ordered.end(), [&](const auto& a, const auto& b) { return name(a.first) < name(b.first); });
    return ordered;
}

} // namespace

QList<ReportTable> samplingReport(const Context& c)
{
    const auto assignments = c.source.assignments(c.request.from, c.request.to, c.request.scope);
    QSet<qint64> planIds;
    for (const auto& assignment : assignments)
        planIds.insert(assignment.planId);
    const auto plans = c.source.plans(planIds);
    c.step(0.6);
    const QDate asOf = c.request.asOf;
    const auto planName = [&](qint64 id) { return id ? plans.value(id).name : ReportBuilder::tr("Assigned by hand"); };

    ReportTable planTable;
    planTable.key = QStringLiteral("plans");
    planTable.title = ReportBuilder::tr("Sampling plans");
    planTable.columns = QList<ReportColumn> { textColumn(ReportBuilder::tr("Plan")), dateColumn(ReportBuilder::tr("From")),
                                              dateColumn(ReportBuilder::tr("To")) }
        + progressColumns();
    for (const auto& [id, progress] : grouped(assignments, asOf, [](const AssignmentFact& a) { return a.planId; }, planName)) {
        const PlanInfo plan = plans.value(id);
        planTable.rows << QVariantList { planName(id), plan.start.isValid() ? QVariant(plan.start) : QVariant(),
                                         plan.end.isValid() ? QVariant(plan.end) : QVariant() }
                + cells(progress);
    }
    planTable.note = ReportBuilder::tr("Plans whose period overlaps the report's, and hand assignments due in it. "
                                       "Completed: the evaluation was submitted; overdue: not completed and due before "
                                       "%1.")
                         .arg(asOf.toString(Qt::ISODate));

    ReportTable evaluatorTable;
    evaluatorTable.key = QStringLiteral("evaluators");
    evaluatorTable.title = ReportBuilder::tr("By evaluator");
    evaluatorTable.columns = QList<ReportColumn> { textColumn(ReportBuilder::tr("Evaluator")) } + progressColumns();
    ReportChart chart;
    chart.title = ReportBuilder::tr("Plan completion by evaluator");
    chart.valueTitle = ReportBuilder::tr("Completion (%)");
    chart.minimum = 0;
    chart.maximum = 100;
    ReportSeries completion { ReportBuilder::tr("Completion (%)"), {} };
    for (const auto& [id, progress] : grouped(assignments, asOf, [](const AssignmentFact& a) { return a.evaluatorId; },
                                              [&](qint64 id) { return c.userName(id); })) {
        evaluatorTable.rows << QVariantList { c.userName(id) } + cells(progress);
        chart.categories << c.userName(id);
        completion.values << *share(progress.completed, progress.assigned) * 100;
    }
    chart.series = { completion };
    if (!chart.categories.isEmpty())
        evaluatorTable.chart = chart;

    ReportTable agentTable;
    agentTable.key = QStringLiteral("agents");
    agentTable.title = ReportBuilder::tr("By agent");
    agentTable.columns = QList<ReportColumn> { textColumn(ReportBuilder::tr("Agent")), textColumn(ReportBuilder::tr("Team")) }
        + progressColumns();
    for (const auto& [id, progress] : grouped(assignments, asOf, [](const AssignmentFact& a) { return a.agentId; },
                                              [&](qint64 id) { return c.agentName(id); }))
        agentTable.rows << QVariantList { c.agentName(id), c.teamName(c.source.agents().value(id).teamId) }
                + cells(progress);
    return { planTable, evaluatorTable, agentTable };
}

} // namespace qadesk::reports
