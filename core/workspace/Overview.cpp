#include "Overview.h"

#include "people/AccessRules.h"
#include "stats/SampleSize.h"
#include "workspace/ScoreHistory.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace qadesk {
namespace {

constexpr double s_dropThreshold = 0.05; // five points
constexpr int s_criticalThreshold = 2;
constexpr int s_attentionLimit = 15;

QJsonValue json(const std::optional<double>& value)
{
    return value ? QJsonValue(*value * 100.0) : QJsonValue();
}

QString points(double fraction)
{
    return QString::number(fraction * 100.0, 'f', 1);
}

QString explain(const AttentionItem& item, double target)
{
    QStringList parts;
    for (const auto reason : item.reasons) {
        switch (reason) {
        case AttentionItem::Reason::BelowTarget:
            parts << QCoreApplication::translate("Overview", "below the target of %1").arg(points(target));
            break;
        case AttentionItem::Reason::Dropped:
            parts << QCoreApplication::translate("Overview", "down %1 points since last month")
                         .arg(points(*item.previousAverage - *item.average));
            break;
        case AttentionItem::Reason::CriticalFailures:
            parts << QCoreApplication::translate("Overview", "%n critical failure(s)", nullptr, item.criticalFailures);
            break;
        }
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

double targetScore(const Database& database)
{
    const auto values = selectRows<double>(database,
                                           QStringLiteral("SELECT value FROM workspace_settings WHERE key = 'target_score'"),
                                           {}, QStringLiteral("read the target score"),
                                           [](const QSqlQuery& q) { return q.value(0).toDouble(); });
    return values.isEmpty() || values.first() <= 0 || values.first() > 1 ? 0.85 : values.first();
}

Overview computeOverview(const Database& database, const Actor& actor, const QDate& day)
{
    const auto visible = [&actor](const QString& agentColumn) {
        return QStringLiteral(" AND ") + AccessRules::visibleAgentsSql(actor, agentColumn);
    };
    Overview overview;
    overview.month = QDate(day.year(), day.month(), 1);
    overview.target = targetScore(database);
    const QDate previous = overview.month.addMonths(-1);
    const QDate last = overview.month.addMonths(1).addDays(-1);
    const qint64 previousStart = database.time().dayStartMs(previous);
    const qint64 monthStart = database.time().dayStartMs(overview.month);
    const qint64 monthEnd = database.time().dayStartMs(overview.month.addMonths(1));

    // One pass over both months, by agent: everything else is summed from it, in the order of the agents' ids, so the
    // same workspace always gives the same sums to the last bit.
    struct AgentMonths {
        qint64 teamId = 0; // this month's team (the last by id when it changed), else last month's
        int teamMonth = -1;
        int count[2] = { 0, 0 }; // [previous, this month]
        qint64 billionths[2] = { 0, 0 };
        qint64 squareBillionths = 0;
        double sum[2] = { 0, 0 };
        double squares = 0; // this month, for the spread
        int critical = 0;
    };
    QMap<qint64, AgentMonths> byAgent;
    // The sums are of whole billionths: a sum of doubles depends on the order of its terms, which differs between
    // SQLite and PostgreSQL (and between the rows of an agent, which come in no set order: sorting them would cost a
    // server more than the grouping), and a workspace pushed to a server must give the same overview to the last digit.
    const auto billionths = [&database](const QString& value) {
        return database.dialect() == SqlDialect::SQLite
            ? QStringLiteral("SUM(CAST(%1 * 1000000000 + 0.5 AS INTEGER))").arg(value)
            : QStringLiteral("SUM(CAST(FLOOR(%1 * 1000000000 + 0.5) AS BIGINT))").arg(value);
    };
    QSqlQuery rows = prepareSql(database.sql(),
                                QStringLiteral("SELECT agent_id, team_id, current_month, COUNT(score), %3, "
                                               "SUM(critical_failed), %4 FROM (SELECT agent_id, team_id, score, "
                                               "critical_failed, CASE WHEN submitted_at >= ? THEN 1 ELSE 0 END AS "
                                               "current_month FROM evaluations %1 WHERE submitted_at >= ? AND "
                                               "submitted_at < ? AND superseded = 0 AND kind <> 'calibration'%2) AS e "
                                               "GROUP BY agent_id, team_id, current_month")
                                    .arg(periodIndexHint(database), visible(QStringLiteral("agent_id")),
                                         billionths(QStringLiteral("score")),
                                         billionths(QStringLiteral("score * score"))),
                                QStringLiteral("compute the overview"));
    bindAll(rows, { monthStart, previousStart, monthEnd });
    execPrepared(rows, QStringLiteral("compute the overview"));
    while (rows.next()) {
        AgentMonths& agent = byAgent[rows.value(0).toLongLong()];
        const int current = rows.value(2).toInt() ? 1 : 0;
        const qint64 team = rows.value(1).toLongLong();
        if (current > agent.teamMonth || (current == agent.teamMonth && team > agent.teamId)) {
            agent.teamId = team;
            agent.teamMonth = current;
        }
        agent.count[current] += rows.value(3).toInt();
        agent.billionths[current] += rows.value(4).toLongLong();
        if (current) {
            agent.critical += rows.value(5).toInt();
            agent.squareBillionths += rows.value(6).toLongLong();
        }
    }
    rows.finish();
    for (AgentMonths& agent : byAgent) {
        agent.sum[0] = agent.billionths[0] / 1e9;
        agent.sum[1] = agent.billionths[1] / 1e9;
        agent.squares = agent.squareBillionths / 1e9;
    }

    const auto names = [&](const QString& sql) {
        QHash<qint64, QString> result;
        for (const auto& [id, name] : selectRows<std::pair<qint64, QString>>(
                 database, sql, {}, QStringLiteral("read names"),
                 [](const QSqlQuery& q) { return std::pair { q.value(0).toLongLong(), q.value(1).toString() }; }))
            result.insert(id, name);
        return result;
    };
    const QHash<qint64, QString> teamNames = names(QStringLiteral("SELECT id, name FROM teams"));

    QMap<qint64, AgentMonths> byTeam;
    double sum[2] = { 0, 0 };
    int count[2] = { 0, 0 };
    QList<qint64> attentionAgents;
    for (auto it = byAgent.cbegin(); it != byAgent.cend(); ++it) {
        const AgentMonths& agent = it.value();
        AgentMonths& team = byTeam[agent.teamId];
        for (int m = 0; m < 2; ++m) {
            team.count[m] += agent.count[m];
            team.sum[m] += agent.sum[m];
            count[m] += agent.count[m];
            sum[m] += agent.sum[m];
        }
        overview.criticalFailures += agent.critical;
        overview.evaluationsDone += agent.count[1];
    }
    if (count[1])
        overview.average = sum[1] / count[1];
    if (count[0])
        overview.previousAverage = sum[0] / count[0];

    for (auto it = byTeam.cbegin(); it != byTeam.cend() && actor.role != Role::Agent; ++it) {
        TeamMonthScore team;
        team.teamId = it.key();
        team.team = teamNames.value(it.key());
        team.evaluations = it->count[1];
        if (it->count[1])
            team.average = it->sum[1] / it->count[1];
        if (it->count[0])
            team.previousAverage = it->sum[0] / it->count[0];
        overview.teams << team;
    }
    std::sort(overview.teams.begin(), overview.teams.end(),
              [](const TeamMonthScore& a, const TeamMonthScore& b) { return a.team < b.team; });

    for (auto it = byAgent.cbegin(); it != byAgent.cend(); ++it) {
        const AgentMonths& agent = it.value();
        if (agent.count[1] == 0)
            continue;
        AttentionItem item;
        item.agentId = it.key();
        item.team = teamNames.value(agent.teamId);
        item.evaluations = agent.count[1];
        item.average = agent.sum[1] / agent.count[1];
        if (agent.count[0])
            item.previousAverage = agent.sum[0] / agent.count[0];
        item.criticalFailures = agent.critical;
        if (*item.average < overview.target)
            item.reasons << AttentionItem::Reason::BelowTarget;
        if (item.previousAverage && *item.previousAverage - *item.average >= s_dropThreshold)
            item.reasons << AttentionItem::Reason::Dropped;
        if (item.criticalFailures >= s_criticalThreshold)
            item.reasons << AttentionItem::Reason::CriticalFailures;
        if (!item.reasons.isEmpty())
            overview.attention << item;
    }
    std::sort(overview.attention.begin(), overview.attention.end(), [](const AttentionItem& a, const AttentionItem& b) {
        return a.average != b.average ? a.average < b.average : a.agentId < b.agentId;
    });
    if (overview.attention.size() > s_attentionLimit)
        overview.attention.resize(s_attentionLimit);
    if (!overview.attention.isEmpty()) {
        QStringList ids;
        for (const auto& item : overview.attention)
            ids << QString::number(item.agentId);
        const QHash<qint64, QString> agentNames
            = names(QStringLiteral("SELECT id, name FROM agents WHERE id IN (%1)").arg(ids.join(QLatin1Char(','))));
        QHash<qint64, int> contacts;
        for (const auto& [id, count] : selectRows<std::pair<qint64, int>>(
                 database,
                 QStringLiteral("SELECT agent_id, COUNT(*) FROM contacts WHERE agent_id IN (%1) AND started_at >= ? AND "
                                "started_at < ? GROUP BY agent_id")
                     .arg(ids.join(QLatin1Char(','))),
                 { monthStart, monthEnd }, QStringLiteral("count the agents' contacts"),
                 [](const QSqlQuery& q) { return std::pair { q.value(0).toLongLong(), q.value(1).toInt() }; }))
            contacts.insert(id, count);
        for (auto& item : overview.attention) {
            item.agent = agentNames.value(item.agentId);
            item.explanation = explain(item, overview.target);
            const AgentMonths& agent = byAgent.value(item.agentId);
            if (agent.count[1] >= 2) {
                const double n = agent.count[1];
                const double spread = std::sqrt(std::max(0.0, (agent.squares - agent.sum[1] * agent.sum[1] / n) / (n - 1)));
                QString ignored;
                item.margin = SampleSize::meanMargin(agent.count[1], std::max(contacts.value(item.agentId), agent.count[1]),
                                                     zForConfidence(0.95), spread, &ignored);
            }
        }
    }

    const auto planned = selectRows<std::pair<int, int>>(
        database,
        QStringLiteral("SELECT COUNT(*), COUNT(a.evaluation_id) FROM assignments a LEFT JOIN sampling_plans p ON "
                       "p.id = a.plan_id WHERE ((p.id IS NOT NULL AND p.period_start <= ? AND p.period_end >= ?) OR "
                       "(a.plan_id IS NULL AND a.due >= ? AND a.due <= ?))%1")
            .arg(visible(QStringLiteral("(SELECT agent_id FROM contacts WHERE id = a.contact_id)"))),
        { dbDate(last), dbDate(overview.month), dbDate(overview.month), dbDate(last) },
        QStringLiteral("count planned evaluations"),
        [](const QSqlQuery& q) { return std::pair { q.value(0).toInt(), q.value(1).toInt() }; });
    overview.evaluationsPlanned = planned.value(0).first;
    overview.plannedDone = planned.value(0).second;
    overview.openDisputes = selectRows<int>(database,
                                            QStringLiteral("SELECT COUNT(*) FROM disputes d JOIN evaluations e ON e.id = "
                                                           "d.evaluation_id WHERE d.status = 'open'%1")
                                                .arg(visible(QStringLiteral("e.agent_id"))),
                                            {}, QStringLiteral("count open disputes"),
                                            [](const QSqlQuery& q) { return q.value(0).toInt(); })
                                .value(0);
    overview.followUpsDue = selectRows<int>(database,
                                            QStringLiteral("SELECT COUNT(*) FROM coaching_sessions WHERE follow_up IS NOT "
                                                           "NULL AND follow_up <= ? AND follow_up >= ?%1")
                                                .arg(visible(QStringLiteral("agent_id"))),
                                            { dbDate(last), dbDate(overview.month) },
                                            QStringLiteral("count coaching follow-ups"),
                                            [](const QSqlQuery& q) { return q.value(0).toInt(); })
                                .value(0);
    return overview;
}

QJsonObject Overview::toJson() const
{
    QJsonArray teamRows;
    for (const auto& team : teams)
        teamRows << QJsonObject { { QStringLiteral("team"), team.team },
                                  { QStringLiteral("evaluations"), team.evaluations },
                                  { QStringLiteral("average"), json(team.average) },
                                  { QStringLiteral("previous_average"), json(team.previousAverage) } };
    QJsonArray attentionRows;
    for (const auto& item : attention)
        attentionRows << QJsonObject { { QStringLiteral("agent_id"), item.agentId },
                                       { QStringLiteral("agent"), item.agent },
                                       { QStringLiteral("team"), item.team },
                                       { QStringLiteral("evaluations"), item.evaluations },
                                       { QStringLiteral("average"), json(item.average) },
                                       { QStringLiteral("previous_average"), json(item.previousAverage) },
                                       { QStringLiteral("margin"), json(item.margin) },
                                       { QStringLiteral("critical_failures"), item.criticalFailures },
                                       { QStringLiteral("reason"), item.explanation } };
    return QJsonObject { { QStringLiteral("month"), month.toString(QStringLiteral("yyyy-MM")) },
                         { QStringLiteral("target"), target * 100.0 },
                         { QStringLiteral("evaluations_done"), evaluationsDone },
                         { QStringLiteral("evaluations_planned"), evaluationsPlanned },
                         { QStringLiteral("planned_done"), plannedDone },
                         { QStringLiteral("average"), json(average) },
                         { QStringLiteral("previous_average"), json(previousAverage) },
                         { QStringLiteral("critical_failures"), criticalFailures },
                         { QStringLiteral("open_disputes"), openDisputes },
                         { QStringLiteral("coaching_follow_ups_due"), followUpsDue },
                         { QStringLiteral("teams"), teamRows },
                         { QStringLiteral("attention"), attentionRows } };
}

} // namespace qadesk
