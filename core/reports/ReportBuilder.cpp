#include "ReportBuilder.h"

#include "ReportKinds.h"
#include "coaching/CoachingEffect.h"
#include "people/AccessRules.h"
#include "storage/StorageError.h"

#include <algorithm>

namespace qadesk {
namespace reports {

void Context::step(double fraction) const
{
    if (progress && !progress(fraction))
        throw Cancelled {};
}

bool Context::inPeriod(const EvaluationFact& evaluation) const
{
    return evaluation.date >= request.from && evaluation.date <= request.to;
}

QDate Context::historyStart() const
{
    const QDate periodStart(request.from.year(), request.from.month(), 1);
    return std::min(periodStart, QDate(request.to.year(), request.to.month(), 1).addMonths(1 - s_historyMonths));
}

QString Context::agentName(qint64 id) const
{
    return source.agents().value(id).name;
}

QString Context::teamName(qint64 id) const
{
    return id ? source.teams().value(id) : ReportBuilder::tr("No team");
}

QString Context::userName(qint64 id) const
{
    return source.users().value(id);
}

ReportColumn textColumn(const QString& title)
{
    return { title, ColumnType::Text, 0 };
}

ReportColumn integerColumn(const QString& title)
{
    return { title, ColumnType::Integer, 0 };
}

ReportColumn decimalColumn(const QString& title, int decimals)
{
    return { title, ColumnType::Decimal, decimals };
}

ReportColumn percentColumn(const QString& title, int decimals)
{
    return { title, ColumnType::Percent, decimals };
}

ReportColumn dateColumn(const QString& title)
{
    return { title, ColumnType::Date, 0 };
}

QVariant value(const std::optional<double>& number)
{
    return number ? QVariant(*number) : QVariant();
}

QVariant points(const std::optional<double>& fraction)
{
    return fraction ? QVariant(*fraction * 100.0) : QVariant();
}

std::optional<double> difference(const std::optional<double>& a, const std::optional<double>& b)
{
    return a && b ? std::optional<double>(*a - *b) : std::nullopt;
}

std::optional<double> share(int part, int whole)
{
    return whole ? std::optional<double>(double(part) / whole) : std::nullopt;
}

QString monthName(const QDate& month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

QString shortened(const QString& text, int length)
{
    return text.size() <= length ? text : text.left(length - 1).trimmed() + QStringLiteral("…");
}

QString focusQuestions(const SessionEffect& effect)
{
    QStringList questions;
    for (const FocusItemEffect& item : effect.items)
        questions << item.question;
    return questions.join(QStringLiteral("; "));
}

void PlanProgress::add(const AssignmentFact& assignment, const QDate& asOf)
{
    ++assigned;
    completed += assignment.completed ? 1 : 0;
    started += assignment.started && !assignment.completed ? 1 : 0;
    overdue += !assignment.completed && assignment.due.isValid() && assignment.due < asOf ? 1 : 0;
}

} // namespace reports

// The first is what the Reports page opens on: the team summary, which needs no choice of agent.
QList<ReportKind> ReportBuilder::kinds()
{
    return {
        { QStringLiteral("team"), tr("Team summary"),
          tr("Teams and their agents ranked by average score, the score distribution and sampling plan completion."),
          false },
        { QStringLiteral("agent"), tr("Agent report card"),
          tr("One agent: scores by month against the team, item pass rates, recent comments and coaching."), true },
        { QStringLiteral("items"), tr("Item analysis"),
          tr("Pass rate of every scorecard item, by team and by month: which criteria fail most."), false },
        { QStringLiteral("evaluators"), tr("Evaluator report"),
          tr("Evaluations done, time per evaluation, average score given against peers, dispute and overturn rates."),
          false },
        { QStringLiteral("kpi"), tr("QA vs KPIs"),
          tr("CSAT, NPS, first contact resolution and handle time by score band, with their correlation to QA "
             "scores."),
          false },
        { QStringLiteral("sampling"), tr("Sampling plan completion"),
          tr("Planned evaluations done, started and overdue, by plan, evaluator and agent."), false },
        { QStringLiteral("coaching"), tr("Coaching effectiveness"),
          tr("Coaching sessions held in the period and whether each focus item's pass rate changed after them."),
          false },
        { QStringLiteral("calibration"), tr("Calibration"),
          tr("Calibration sessions: spread of the totals, agreement by month, each evaluator's leniency and drift, and "
             "the items to clarify first."),
          false },
    };
}

std::optional<ReportKind> ReportBuilder::kind(const QString& id)
{
    for (const auto& kind : kinds()) {
        if (kind.id == id)
            return kind;
    }
    return std::nullopt;
}

std::optional<Report> ReportBuilder::build(const Database& database, const Actor& actor, const ReportRequest& request,
                                           const ReportProgress& progress, QString* error)
{
    const auto kind = ReportBuilder::kind(request.report);
    if (!kind) {
        QStringList ids;
        for (const auto& known : kinds())
            ids << known.id;
        *error = tr("There is no report \"%1\"; the reports are %2.").arg(request.report, ids.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (!request.from.isValid() || !request.to.isValid() || request.from > request.to) {
        *error = tr("The period must run from a valid day to the same or a later day.");
        return std::nullopt;
    }
    using Tables = QList<ReportTable> (*)(const reports::Context&);
    static const QHash<QString, Tables> s_contents {
        { QStringLiteral("agent"), &reports::agentCard },
        { QStringLiteral("team"), &reports::teamSummary },
        { QStringLiteral("items"), &reports::itemAnalysis },
        { QStringLiteral("evaluators"), &reports::evaluatorReport },
        { QStringLiteral("kpi"), &reports::kpiReport },
        { QStringLiteral("sampling"), &reports::samplingReport },
        { QStringLiteral("coaching"), &reports::coachingReport },
        { QStringLiteral("calibration"), &reports::calibrationReport },
    };
    try {
        ScoreHistory::requireVisible(database, actor, request.scope);
        const ReportSource source(database, actor, request.basis);
        ReportRequest scoped = request;
        if (!scoped.asOf.isValid())
            scoped.asOf = database.time().today();
        if (scoped.scope.agentId)
            scoped.scope.teamId = 0; // the agent's evaluations wherever they were made
        Report report;
        report.id = kind->id;
        report.title = kind->title;
        report.from = request.from;
        report.to = request.to;
        report.periodText = request.basis == PeriodBasis::Contact
            ? tr("%1, by contact date").arg(ReportText::period(request.from, request.to))
            : ReportText::period(request.from, request.to);
        report.generatedAt = database.time().toCentre(database.time().now());
        if (scoped.scope.agentId) {
            if (!source.agents().contains(scoped.scope.agentId)) {
                *error = tr("Agent %1 does not exist in this workspace.").arg(scoped.scope.agentId);
                return std::nullopt;
            }
            const AgentInfo agent = source.agents().value(scoped.scope.agentId);
            report.scopeText = tr("Agent: %1 (%2), %3")
                                   .arg(agent.name, agent.employeeId,
                                        agent.teamId ? source.teams().value(agent.teamId) : tr("no team"));
        } else if (scoped.scope.teamId) {
            if (!source.teams().contains(scoped.scope.teamId)) {
                *error = tr("Team %1 does not exist in this workspace.").arg(scoped.scope.teamId);
                return std::nullopt;
            }
            report.scopeText = tr("Team: %1").arg(source.teams().value(scoped.scope.teamId));
        } else {
            report.scopeText = tr("All teams");
        }
        if (kind->needsAgent && !scoped.scope.agentId) {
            *error = tr("The %1 is about one agent: choose an agent.").arg(kind->title.toLower());
            return std::nullopt;
        }
        const reports::Context context { source, scoped, progress };
        context.step(0.0);
        report.tables = s_contents.value(kind->id)(context);
        if (kind->id == QLatin1String("agent") || kind->id == QLatin1String("team") || kind->id == QLatin1String("kpi"))
            report.tables << reports::conversationTable(context, kind->id != QLatin1String("agent"));
        context.step(1.0);
        return report;
    } catch (const reports::Cancelled&) {
        *error = tr("The report was cancelled.");
    } catch (const StorageError& e) {
        *error = e.message();
    } catch (const AccessDenied& denied) {
        *error = denied.message();
    }
    return std::nullopt;
}

} // namespace qadesk
