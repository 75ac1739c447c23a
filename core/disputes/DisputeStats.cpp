#include "DisputeStats.h"

#include "people/AccessRules.h"
#include "storage/SqlSupport.h"
#include "workspace/ScoreHistory.h"

namespace qadesk {
namespace {

// Evaluations that can be disputed, first submissions only, of the agents the actor may see. Binds: period start,
// period end.
QString submittedInPeriod(const Actor& actor)
{
    return QStringLiteral("e.submitted_at >= ? AND e.submitted_at < ? AND e.revision_of IS NULL AND "
                          "e.kind IN ('regular', 'live') AND %1")
        .arg(AccessRules::visibleAgentsSql(actor, QStringLiteral("e.agent_id")));
}

// "evaluations e", read from the covering index when the actor's evaluations are the whole centre's.
QString periodEvaluations(const Database& database, const Actor& actor)
{
    return QStringLiteral("evaluations e") + (AccessRules::seesEveryAgent(actor) ? periodIndexHint(database) : QString());
}

// One row per event of the period: a submitted evaluation, a raised dispute, a resolved one, each under key k.
// `evaluationEvents` selects (k, 1, 0, 0, 0) from the submitted evaluations; `disputeKey` is the key of a dispute d
// of evaluation e. Both keep to the agents the actor may see. Binds: those of `evaluationEvents`, then start and end
// twice.
QString periodEvents(const Actor& actor, const QString& evaluationEvents, const QString& disputeKey)
{
    return QStringLiteral(
               "%1 UNION ALL "
               "SELECT %2, 0, 1, 0, 0 FROM disputes d JOIN evaluations e ON e.id = d.evaluation_id "
               "WHERE d.raised_at >= ? AND d.raised_at < ? AND e.kind IN ('regular', 'live') AND %3 UNION ALL "
               "SELECT %2, 0, 0, 1, CASE WHEN d.status = 'overturned' THEN 1 ELSE 0 END FROM disputes d "
               "JOIN evaluations e ON e.id = d.evaluation_id "
               "WHERE d.resolved_at >= ? AND d.resolved_at < ? AND e.kind IN ('regular', 'live') AND %3")
        .arg(evaluationEvents, disputeKey, AccessRules::visibleAgentsSql(actor, QStringLiteral("e.agent_id")));
}

// The events summed by key as s(k, evaluated, raised, resolved, overturned).
QString summedByKey(const QString& events)
{
    return QStringLiteral("(SELECT k, SUM(evaluated) AS evaluated, SUM(raised) AS raised, SUM(resolved) AS resolved, "
                          "SUM(overturned) AS overturned FROM (%1) x GROUP BY k) s")
        .arg(events);
}

// The counts and rates of s, read by countsFrom() from column 2 on. DOUBLE PRECISION means a double to both SQLite
// and PostgreSQL; NULLIF turns a rate without a denominator into NULL.
const QLatin1String s_countColumns(
    "s.evaluated, s.raised, CAST(s.raised AS DOUBLE PRECISION) / NULLIF(s.evaluated, 0), s.resolved, s.overturned, "
    "CAST(s.overturned AS DOUBLE PRECISION) / NULLIF(s.resolved, 0)");

DisputeCounts countsFrom(const QSqlQuery& q)
{
    return DisputeCounts { q.value(2).toInt(), q.value(3).toInt(), optionalDoubleFromDb(q.value(4)),
                           q.value(5).toInt(), q.value(6).toInt(), optionalDoubleFromDb(q.value(7)) };
}

} // namespace

QList<EvaluatorDisputeStats> DisputeStats::perEvaluator(const Database& database, const Actor& actor, const QDate& from,
                                                        const QDate& to)
{
    const QVariantList period = database.time().periodMs(from, to);
    const QString events = periodEvents(actor,
        QStringLiteral("SELECT e.evaluator_id AS k, COUNT(*) AS evaluated, 0 AS raised, 0 AS resolved, 0 AS overturned "
                       "FROM %1 WHERE %2 GROUP BY e.evaluator_id")
            .arg(periodEvaluations(database, actor), submittedInPeriod(actor)),
        QStringLiteral("e.evaluator_id"));
    return selectRows<EvaluatorDisputeStats>(
        database,
        QStringLiteral("SELECT s.k, u.display_name, %1 FROM %2 JOIN users u ON u.id = s.k ORDER BY u.display_name, s.k")
            .arg(s_countColumns, summedByKey(events)),
        period + period + period, QStringLiteral("count disputes by evaluator"), [](const QSqlQuery& q) {
            return EvaluatorDisputeStats { q.value(0).toLongLong(), q.value(1).toString(), countsFrom(q) };
        });
}

QList<ItemDisputeStats> DisputeStats::perItem(const Database& database, const Actor& actor, const QDate& from,
                                              const QDate& to)
{
    const QVariantList period = database.time().periodMs(from, to);
    // Every submitted evaluation answers every item of its version (submit refuses one that does not), so the
    // evaluations of an item are those of the versions that have it: counted by version, never reading the answers,
    // which on a large workspace are millions of rows.
    const QString events = periodEvents(
        actor,
        QStringLiteral("SELECT i.item_key AS k, v.n AS evaluated, 0 AS raised, 0 AS resolved, 0 AS overturned "
                       "FROM (SELECT e.scorecard_version_id AS id, COUNT(*) AS n FROM %2 WHERE %1 "
                       "GROUP BY e.scorecard_version_id) v JOIN scorecard_items i ON i.version_id = v.id UNION ALL "
                       "SELECT '', COUNT(*), 0, 0, 0 FROM %2 WHERE %1 HAVING COUNT(*) > 0")
            .arg(submittedInPeriod(actor), periodEvaluations(database, actor)),
        QStringLiteral("d.item_key"));
    return selectRows<ItemDisputeStats>(
        database,
        QStringLiteral("SELECT s.k, COALESCE((SELECT i.question FROM scorecard_items i WHERE i.item_key = s.k "
                       "ORDER BY i.version_id DESC LIMIT 1), ''), %1 FROM %2 ORDER BY s.k")
            .arg(s_countColumns, summedByKey(events)),
        period + period + period + period, QStringLiteral("count disputes by scorecard item"),
        [](const QSqlQuery& q) { return ItemDisputeStats { q.value(0).toString(), q.value(1).toString(), countsFrom(q) }; });
}

} // namespace qadesk
