#include "ScoreHistory.h"

#include "Overview.h"
#include "people/AccessRules.h"
#include "storage/Aggregates.h"
#include "storage/SqlSupport.h"

#include <QHash>
#include <map>

namespace qadesk {
namespace {

// "AND e.agent_id = ?" or the team's, with its value appended to `values`, and the agents the actor may see.
QString scopeFilter(const Database& database, const Actor& actor, const ScoreScope& scope, const QString& table,
                    QVariantList* values)
{
    ScoreHistory::requireVisible(database, actor, scope);
    const QString visible
        = QStringLiteral(" AND ") + AccessRules::visibleAgentsSql(actor, QStringLiteral("%1.agent_id").arg(table));
    if (scope.agentId != 0) {
        values->append(scope.agentId);
        return QStringLiteral(" AND %1.agent_id = ?").arg(table) + visible;
    }
    if (scope.teamId != 0) {
        values->append(scope.teamId);
        return (table == QLatin1String("e")
                    ? QStringLiteral(" AND e.team_id = ?")
                    : QStringLiteral(" AND %1.agent_id IN (SELECT id FROM agents WHERE team_id = ?)").arg(table))
            + visible;
    }
    return visible;
}

// The latest revisions of submitted evaluations whose basis instant falls in [?, ?).
QString latestIn(const PeriodSql& period)
{
    return QStringLiteral("%1 >= ? AND %1 < ? AND e.superseded = 0 AND e.status <> 'draft' AND e.kind <> 'calibration'")
        .arg(period.instant);
}

} // namespace

void ScoreHistory::requireVisible(const Database& database, const Actor& actor, const ScoreScope& scope)
{
    if (scope.agentId != 0)
        AccessRules::requireAgentRecords(database, actor, scope.agentId);
    else if (scope.teamId != 0 && !AccessRules::canSeeTeam(actor, scope.teamId))
        AccessRules::require(actor, Action::ViewAgentRecords, Subject { 0, scope.teamId, 0, 0 });
}

PeriodSql PeriodSql::of(PeriodBasis basis)
{
    if (basis == PeriodBasis::Contact)
        return { QStringLiteral("c.started_at"), QStringLiteral(" JOIN contacts c ON c.id = e.contact_id") };
    return { QStringLiteral("e.submitted_at"), QString() };
}

QString periodIndexHint(const Database& database)
{
    return database.dialect() == SqlDialect::SQLite ? QStringLiteral(" INDEXED BY evaluations_period") : QString();
}

QString contactsByAgentIndexHint(const Database& database)
{
    return database.dialect() == SqlDialect::SQLite ? QStringLiteral(" INDEXED BY contacts_agent_outcomes") : QString();
}

QList<ScoredPoint> ScoreHistory::scores(const Database& database, const Actor& actor, const ScoreScope& scope,
                                        const QDate& from, const QDate& to, PeriodBasis basis)
{
    QVariantList values = database.time().periodMs(from, to);
    const QString filter = scopeFilter(database, actor, scope, QStringLiteral("e"), &values);
    const PeriodSql period = PeriodSql::of(basis);
    return selectRows<ScoredPoint>(
        database,
        QStringLiteral("SELECT %3, e.score FROM evaluations e%4 WHERE %1%2 AND e.score IS NOT NULL ORDER BY %3")
            .arg(latestIn(period), filter, period.instant, period.join),
        values, QStringLiteral("read the score history"), [&database](const QSqlQuery& q) {
            return ScoredPoint { database.time().dateOf(timeFromDb(q.value(0))), q.value(1).toDouble() * 100.0 };
        });
}

namespace {

enum class Grouping { Whole, ByTeam, ByAgent };

// One group of applicable answers: the group's key (team, agent or 0), the period's number, the item.
struct Group
{
    qint64 key;
    qsizetype period;
    qint64 itemId;
    int applicable;
    int failed;
    qint64 latestMs; // of the newest answer: its item's wording is the one shown
};

Group toGroup(const QSqlQuery& q)
{
    return Group { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                   q.value(3).toInt(),      q.value(4).toInt(),      q.value(5).toLongLong() };
}

QString groupKeySql(Grouping grouping)
{
    switch (grouping) {
    case Grouping::ByTeam:
        return QStringLiteral("COALESCE(e.team_id, 0)");
    case Grouping::ByAgent:
        return QStringLiteral("e.agent_id");
    case Grouping::Whole:
        break;
    }
    return QStringLiteral("0");
}

// Groups counted from the answers themselves, of the evaluations whose basis instant is in [fromMs, toMs).
QList<Group> answerGroups(const Database& database, const Actor& actor, const ScoreScope& scope, qint64 fromMs,
                          qint64 toMs, const QList<qint64>& startMs, PeriodBasis basis, Grouping grouping, bool detailed)
{
    QVariantList values { fromMs, toMs };
    const QString filter = scopeFilter(database, actor, scope, QStringLiteral("e"), &values);
    const PeriodSql dated = PeriodSql::of(basis);
    QList<qint64> numbers;
    for (qsizetype i = 0; i < startMs.size(); ++i)
        numbers << i;
    return selectRows<Group>(
        database,
        QStringLiteral("SELECT %5, %6, %7, COUNT(*), SUM(CASE WHEN a.failed <> 0 THEN 1 ELSE 0 END), MAX(%3) "
                       "FROM evaluations e%4 JOIN evaluation_answers a ON a.evaluation_id = e.id "
                       "WHERE %1%2 AND a.na = 0 AND (a.option_index IS NOT NULL OR a.points IS NOT NULL) "
                       "GROUP BY 1, 2, 3")
            .arg(latestIn(dated), filter, dated.instant, dated.join, groupKeySql(grouping),
                 detailed ? Aggregates::bucketSql(dated.instant, startMs, numbers) : QStringLiteral("0"),
                 detailed ? QStringLiteral("a.item_id") : QStringLiteral("0")),
        values, QStringLiteral("read item answers"), toGroup);
}

// Groups of whole months [firstMonth, lastMonth] read from the per-month aggregates, whose rows hold the evaluation's
// agent_id and team_id as the evaluations do (so they take the alias e and the same scope filter); month i after the
// first is period `firstPeriod + i`.
QList<Group> aggregateGroups(const Database& database, const Actor& actor, const ScoreScope& scope, const QDate& firstMonth,
                             const QDate& lastMonth, qsizetype firstPeriod, Grouping grouping, bool detailed)
{
    QVariantList values { Aggregates::monthOf(firstMonth), Aggregates::monthOf(lastMonth) };
    const QString filter = scopeFilter(database, actor, scope, QStringLiteral("e"), &values);
    QList<qint64> monthStarts;
    QList<qint64> periods;
    for (QDate month = firstMonth; month <= lastMonth; month = month.addMonths(1)) {
        monthStarts << Aggregates::monthOf(month);
        periods << firstPeriod + periods.size();
    }
    return selectRows<Group>(
        database,
        QStringLiteral("SELECT %2, %3, %4, SUM(e.answered), SUM(e.failed), MAX(e.latest_at) "
                       "FROM agent_month_items e WHERE e.month >= ? AND e.month <= ?%1 GROUP BY 1, 2, 3")
            .arg(filter, groupKeySql(grouping),
                 detailed ? Aggregates::bucketSql(QStringLiteral("e.month"), monthStarts, periods) : QStringLiteral("0"),
                 detailed ? QStringLiteral("e.item_id") : QStringLiteral("0")),
        values, QStringLiteral("read item aggregates"), toGroup);
}

// The first days of the periods that [from, to] touches.
QList<QDate> periodStartsOf(const QDate& from, const QDate& to, TrendPeriod period)
{
    QList<QDate> starts;
    for (QDate start = Trend::periodStart(from, period); start <= to;
         start = period == TrendPeriod::Month ? start.addMonths(1) : start.addDays(7))
        starts.append(start);
    return starts;
}

// The groups of applicable answers in [from, to], counted by the database (GROUP BY), never answer by answer, under
// the key of the grouping (0 for the whole scope): by period and item when `detailed`, else one group a key. Whole
// months by submission come from the per-month aggregates; a month the range cuts, the contact basis and weeks from
// the answers.
QList<Group> countedGroups(const Database& database, const Actor& actor, const ScoreScope& scope, const QDate& from,
                           const QDate& to, TrendPeriod period, PeriodBasis basis, Grouping grouping, bool detailed)
{
    const CentreTime& time = database.time();
    const QList<QDate> periodStarts = periodStartsOf(from, to, period);
    QList<qint64> startMs;
    for (const QDate& start : periodStarts)
        startMs.append(time.dayStartMs(start));
    const qint64 fromMs = time.dayStartMs(from);
    const qint64 endMs = time.dayStartMs(to.addDays(1));
    // The whole months inside [from, to]: from the first that starts on or after `from` to the last that ends by `to`.
    const QDate firstWhole = from.day() == 1 ? from : QDate(from.year(), from.month(), 1).addMonths(1);
    const QDate lastWhole = to.addDays(1).day() == 1 ? QDate(to.year(), to.month(), 1)
                                                     : QDate(to.year(), to.month(), 1).addMonths(-1);
    if (basis != PeriodBasis::Evaluation || period != TrendPeriod::Month || firstWhole > lastWhole)
        return answerGroups(database, actor, scope, fromMs, endMs, startMs, basis, grouping, detailed);
    QList<Group> groups = aggregateGroups(database, actor, scope, firstWhole, lastWhole,
                                          periodStarts.indexOf(firstWhole), grouping, detailed);
    if (fromMs < time.dayStartMs(firstWhole))
        groups << answerGroups(database, actor, scope, fromMs, time.dayStartMs(firstWhole), startMs, basis, grouping,
                               detailed);
    if (time.dayStartMs(lastWhole.addMonths(1)) < endMs)
        groups << answerGroups(database, actor, scope, time.dayStartMs(lastWhole.addMonths(1)), endMs, startMs, basis,
                               grouping, detailed);
    return groups;
}

// Item pass rates by period under the key of the grouping.
QHash<qint64, QList<ItemPeriodRate>> groupedItemRates(const Database& database, const Actor& actor,
                                                      const ScoreScope& scope, const QDate& from, const QDate& to,
                                                      TrendPeriod period, PeriodBasis basis, Grouping grouping)
{
    const QList<QDate> periodStarts = periodStartsOf(from, to, period);
    const QList<Group> groups = countedGroups(database, actor, scope, from, to, period, basis, grouping, true);
    if (groups.isEmpty())
        return {};
    QHash<qint64, std::pair<QString, QString>> items; // id → key, question
    for (const auto& [id, item] : selectRows<std::pair<qint64, std::pair<QString, QString>>>(
             database, QStringLiteral("SELECT id, item_key, question FROM scorecard_items"), {},
             QStringLiteral("read item questions"), [](const QSqlQuery& q) {
                 return std::pair { q.value(0).toLongLong(),
                                    std::pair { q.value(1).toString(), q.value(2).toString() } };
             }))
        items.insert(id, item);

    std::map<qint64, std::map<std::pair<QString, QDate>, ItemPeriodRate>> rates; // by group, then key and period
    QHash<qint64, QHash<QString, std::pair<qint64, qint64>>> newest; // group → key → (latest ms, item id)
    for (const Group& group : groups) {
        const QString key = items.value(group.itemId).first;
        ItemPeriodRate& rate = rates[group.key][{ key, periodStarts.at(group.period) }];
        rate.itemKey = key;
        rate.periodStart = periodStarts.at(group.period);
        rate.applicable += group.applicable;
        rate.passed += group.applicable - group.failed;
        auto& latest = newest[group.key][key];
        latest = std::max(latest, std::pair { group.latestMs, group.itemId });
    }
    QHash<qint64, QList<ItemPeriodRate>> result;
    for (auto& [groupKey, groupRates] : rates) {
        QList<ItemPeriodRate>& list = result[groupKey];
        for (auto& [key, rate] : groupRates) {
            rate.question = items.value(newest.value(groupKey).value(rate.itemKey).second).second;
            list.append(rate);
        }
    }
    return result;
}

} // namespace

QList<ItemPeriodRate> ScoreHistory::itemRates(const Database& database, const Actor& actor, const ScoreScope& scope,
                                              const QDate& from, const QDate& to, TrendPeriod period, PeriodBasis basis)
{
    return groupedItemRates(database, actor, scope, from, to, period, basis, Grouping::Whole).value(0);
}

QHash<qint64, QList<ItemPeriodRate>> ScoreHistory::itemRatesByTeam(const Database& database, const Actor& actor,
                                                                   const QDate& from, const QDate& to,
                                                                   TrendPeriod period, PeriodBasis basis)
{
    return groupedItemRates(database, actor, {}, from, to, period, basis, Grouping::ByTeam);
}

QHash<qint64, PassCounts> ScoreHistory::passCountsByAgent(const Database& database, const Actor& actor,
                                                         const ScoreScope& scope, const QDate& from, const QDate& to,
                                                         PeriodBasis basis)
{
    QHash<qint64, PassCounts> counts;
    for (const Group& group : countedGroups(database, actor, scope, from, to, TrendPeriod::Month, basis,
                                            Grouping::ByAgent, false)) {
        PassCounts& agent = counts[group.key];
        agent.applicable += group.applicable;
        agent.failed += group.failed;
    }
    return counts;
}

std::optional<double> ItemComparison::teamRate() const
{
    return teamApplicable > 0 ? std::optional(double(teamPassed) / teamApplicable) : std::nullopt;
}

QList<ItemComparison> ScoreHistory::weakestItems(const Database& database, const Actor& actor, qint64 agentId,
                                                 qint64 teamId, const QDate& from, const QDate& to, PeriodBasis basis)
{
    // Month buckets are summed back to the window: one grouped read per scope serves both this and the heat map.
    QHash<QString, ItemComparison> items;
    for (const ItemPeriodRate& rate : itemRates(database, actor, { agentId, 0 }, from, to, TrendPeriod::Month, basis)) {
        ItemComparison& item = items[rate.itemKey];
        item.itemKey = rate.itemKey;
        item.question = rate.question;
        item.agentApplicable += rate.applicable;
        item.agentPassed += rate.passed;
    }
    if (teamId != 0 && AccessRules::canSeeTeam(actor, teamId)) {
        for (const ItemPeriodRate& rate : itemRates(database, actor, { 0, teamId }, from, to, TrendPeriod::Month, basis)) {
            if (const auto it = items.find(rate.itemKey); it != items.end()) {
                it->teamApplicable += rate.applicable;
                it->teamPassed += rate.passed;
            }
        }
    }
    QList<ItemComparison> result = items.values();
    std::sort(result.begin(), result.end(), [](const ItemComparison& a, const ItemComparison& b) {
        if (a.agentRate() != b.agentRate())
            return a.agentRate() < b.agentRate();
        const int failuresA = a.agentApplicable - a.agentPassed;
        const int failuresB = b.agentApplicable - b.agentPassed;
        return failuresA != failuresB ? failuresA > failuresB : a.itemKey < b.itemKey;
    });
    return result;
}

QList<EvaluationSummary> ScoreHistory::recentEvaluations(const Database& database, const Actor& actor, qint64 agentId,
                                                         int limit)
{
    requireVisible(database, actor, { agentId, 0 });
    auto summaries = selectRows<EvaluationSummary>(
        database,
        QStringLiteral(
            "SELECT e.id, e.contact_id, c.external_id, c.channel, e.submitted_at, e.score, e.critical_failed, "
            "COALESCE(u.display_name, ''), e.status, e.overall_comment, COALESCE(e.revised_by, ''), e.revision_note "
            "FROM evaluations e "
            "JOIN contacts c ON c.id = e.contact_id LEFT JOIN users u ON u.id = e.evaluator_id "
            "WHERE e.agent_id = ? AND e.superseded = 0 AND e.status <> 'draft' AND e.kind <> 'calibration' "
            "ORDER BY e.submitted_at DESC, e.id DESC LIMIT ?"),
        { agentId, limit }, QStringLiteral("read recent evaluations"), [](const QSqlQuery& q) {
            EvaluationSummary s;
            s.evaluationId = q.value(0).toLongLong();
            s.contactId = q.value(1).toLongLong();
            s.externalId = q.value(2).toString();
            s.channel = q.value(3).toString();
            s.submittedAt = timeFromDb(q.value(4));
            if (!q.value(5).isNull())
                s.score = q.value(5).toDouble() * 100.0;
            s.criticalFailed = q.value(6).toBool();
            s.evaluator = q.value(7).toString();
            s.status = q.value(8).toString();
            s.overallComment = q.value(9).toString();
            s.revisedBy = q.value(10).toString();
            s.revisionNote = q.value(11).toString();
            return s;
        });
    if (summaries.isEmpty())
        return summaries;
    QStringList ids;
    QHash<qint64, qsizetype> positions;
    for (qsizetype i = 0; i < summaries.size(); ++i) {
        ids.append(QString::number(summaries.at(i).evaluationId));
        positions.insert(summaries.at(i).evaluationId, i);
    }
    const auto failures = selectRows<std::pair<qint64, QString>>(
        database,
        QStringLiteral("SELECT a.evaluation_id, i.question, a.comment FROM evaluation_answers a "
                       "JOIN scorecard_items i ON i.id = a.item_id WHERE a.failed = 1 AND a.evaluation_id IN (%1) "
                       "ORDER BY a.evaluation_id, i.position")
            .arg(ids.join(QLatin1Char(','))),
        {}, QStringLiteral("read failed items"), [](const QSqlQuery& q) {
            const QString comment = q.value(2).toString();
            return std::pair { q.value(0).toLongLong(), comment.isEmpty() ? q.value(1).toString()
                                                                           : QStringLiteral("%1: %2").arg(q.value(1).toString(), comment) };
        });
    for (const auto& [id, text] : failures)
        summaries[positions.value(id)].failedItems.append(text);
    return summaries;
}

namespace {

// Contact metrics of a scope's contacts in [from, to], by agent or (under 0) for the whole scope, in one grouped read.
QHash<qint64, ContactKpis> groupedKpis(const Database& database, const Actor& actor, const ScoreScope& scope,
                                       const QDate& from, const QDate& to, bool byAgent)
{
    QVariantList values = database.time().periodMs(from, to);
    const QString filter = scopeFilter(database, actor, scope, QStringLiteral("c"), &values);
    // Every column read is in contacts_agent_outcomes: SQLite reads that index alone, each agent's span of the period
    // in turn (the agents in id order, so the groups come in order).
    QHash<qint64, ContactKpis> result;
    for (const auto& [key, kpis] : selectRows<std::pair<qint64, ContactKpis>>(
             database,
             QStringLiteral("SELECT %2, COUNT(*), AVG(c.handle_s), AVG(c.fcr), "
                            "SUM(CASE WHEN c.csat >= 4 THEN 1 ELSE 0 END), COUNT(c.csat), "
                            "SUM(CASE WHEN c.nps >= 9 THEN 1 ELSE 0 END), SUM(CASE WHEN c.nps <= 6 THEN 1 ELSE 0 END), "
                            "COUNT(c.nps) FROM agents a JOIN contacts c%4 ON c.agent_id = a.id WHERE c.started_at >= ? "
                            "AND c.started_at < ?%1%3")
                 .arg(filter, byAgent ? QStringLiteral("a.id") : QStringLiteral("0"),
                      byAgent ? QStringLiteral(" GROUP BY a.id") : QString(), contactsByAgentIndexHint(database)),
             values, QStringLiteral("read contact metrics"), [](const QSqlQuery& q) {
                 ContactKpis k;
                 k.contacts = q.value(1).toInt();
                 if (!q.value(2).isNull())
                     k.averageHandleSeconds = q.value(2).toDouble();
                 if (!q.value(3).isNull())
                     k.firstContactResolution = q.value(3).toDouble();
                 k.csatResponses = q.value(5).toInt();
                 if (k.csatResponses > 0)
                     k.csat = q.value(4).toDouble() / k.csatResponses;
                 k.npsResponses = q.value(8).toInt();
                 if (k.npsResponses > 0)
                     k.nps = (q.value(6).toDouble() - q.value(7).toDouble()) * 100.0 / k.npsResponses;
                 return std::pair { q.value(0).toLongLong(), k };
             }))
        result.insert(key, kpis);
    return result;
}

} // namespace

ContactKpis ScoreHistory::kpis(const Database& database, const Actor& actor, const ScoreScope& scope, const QDate& from,
                               const QDate& to)
{
    return groupedKpis(database, actor, scope, from, to, false).value(0);
}

QHash<qint64, ContactKpis> ScoreHistory::kpisByAgent(const Database& database, const Actor& actor,
                                                     const ScoreScope& scope, const QDate& from, const QDate& to)
{
    return groupedKpis(database, actor, scope, from, to, true);
}

TrendAnalysis ScoreHistory::analyse(const Database& database, const Actor& actor, const ScoreScope& scope,
                                    const QDate& from, const QDate& to, TrendPeriod period, PeriodBasis basis)
{
    return Trend::analyse(scores(database, actor, scope, from, to, basis), period, targetScore(database) * 100.0);
}

} // namespace qadesk
