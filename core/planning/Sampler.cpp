#include "Sampler.h"

#include "people/AccessRules.h"
#include "stats/SampleSize.h"
#include "stats/SeededRandom.h"
#include "storage/AuditLog.h"
#include "storage/SqlSupport.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"
#include "storage/WorkspaceChanges.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

#include <algorithm>
#include <array>
#include <cmath>

namespace qadesk {
namespace {

struct Candidate {
    qint64 contactId = 0;
    qint64 agentId = 0;
    int week = 0;
    double weight = 1;
    bool matchesReserve = false;
};

const QString s_chosenByReserve = QStringLiteral("reserve");
const QString s_chosenByRandom = QStringLiteral("random");

} // namespace

QJsonObject SamplingRule::toJson() const
{
    return QJsonObject { { QStringLiteral("size"), size == Size::Fixed ? QStringLiteral("fixed") : QStringLiteral("statistical") },
                         { QStringLiteral("per_agent"), perAgent },
                         { QStringLiteral("confidence"), confidence },
                         { QStringLiteral("margin"), margin },
                         { QStringLiteral("proportion"), proportion },
                         { QStringLiteral("channel"), channel ? QJsonValue(toCode(*channel)) : QJsonValue() },
                         { QStringLiteral("queue"), queue },
                         { QStringLiteral("min_duration_s"), minDurationSeconds },
                         { QStringLiteral("max_duration_s"), maxDurationSeconds },
                         { QStringLiteral("include_evaluated"), includeEvaluated },
                         { QStringLiteral("low_csat_weight"), lowCsatWeight },
                         { QStringLiteral("repeat_weight"), repeatWeight },
                         { QStringLiteral("reserve"),
                           reserveShare > 0 ? QJsonValue(QJsonObject { { QStringLiteral("share"), reserveShare },
                                                                       { QStringLiteral("filter"), reserveFilter.toJson() } })
                                            : QJsonValue() } };
}

std::optional<SamplingRule> SamplingRule::fromJson(const QJsonObject& json, QString* error)
{
    SamplingRule rule;
    const QString size = json.value(QStringLiteral("size")).toString(QStringLiteral("fixed"));
    if (size != QLatin1String("fixed") && size != QLatin1String("statistical")) {
        *error = Sampler::tr("size: must be fixed or statistical, not \"%1\"").arg(size);
        return std::nullopt;
    }
    rule.size = size == QLatin1String("fixed") ? Size::Fixed : Size::Statistical;
    rule.perAgent = json.value(QStringLiteral("per_agent")).toInt(rule.perAgent);
    rule.confidence = json.value(QStringLiteral("confidence")).toDouble(rule.confidence);
    rule.margin = json.value(QStringLiteral("margin")).toDouble(rule.margin);
    rule.proportion = json.value(QStringLiteral("proportion")).toDouble(rule.proportion);
    if (json.value(QStringLiteral("channel")).isString()) {
        rule.channel = fromCode<Channel>(json.value(QStringLiteral("channel")).toString());
        if (!rule.channel) {
            *error = Sampler::tr("channel: must be call, chat or email");
            return std::nullopt;
        }
    }
    rule.queue = json.value(QStringLiteral("queue")).toString();
    rule.minDurationSeconds = json.value(QStringLiteral("min_duration_s")).toInt();
    rule.maxDurationSeconds = json.value(QStringLiteral("max_duration_s")).toInt();
    rule.includeEvaluated = json.value(QStringLiteral("include_evaluated")).toBool();
    rule.lowCsatWeight = json.value(QStringLiteral("low_csat_weight")).toDouble(1.0);
    rule.repeatWeight = json.value(QStringLiteral("repeat_weight")).toDouble(1.0);
    const QJsonObject reserve = json.value(QStringLiteral("reserve")).toObject();
    if (!reserve.isEmpty()) {
        rule.reserveShare = reserve.value(QStringLiteral("share")).toDouble(-1);
        if (rule.reserveShare < 0 || rule.reserveShare > 1) {
            *error = Sampler::tr("reserve.share: must be from 0 to 1");
            return std::nullopt;
        }
        QString filterError;
        const auto filter = MetricsFilter::fromJson(reserve.value(QStringLiteral("filter")).toObject(), &filterError);
        if (!filter) {
            *error = QStringLiteral("reserve.filter.%1").arg(filterError);
            return std::nullopt;
        }
        rule.reserveFilter = *filter;
    }
    return rule;
}

QJsonObject SamplePlan::toJson() const
{
    QJsonArray agentRows;
    for (const auto& agent : agents)
        agentRows << QJsonObject { { QStringLiteral("agent_id"), agent.agentId },
                                   { QStringLiteral("agent"), agent.agent },
                                   { QStringLiteral("eligible"), agent.eligible },
                                   { QStringLiteral("target"), agent.target },
                                   { QStringLiteral("drawn"), agent.drawn },
                                   { QStringLiteral("reserved"), agent.reserved },
                                   { QStringLiteral("short"), agent.short_ } };
    QJsonArray assignmentRows;
    for (const auto& a : assignments)
        assignmentRows << QJsonObject { { QStringLiteral("contact_id"), a.contactId },
                                        { QStringLiteral("agent_id"), a.agentId },
                                        { QStringLiteral("evaluator_id"), a.evaluatorId },
                                        { QStringLiteral("week"), a.week + 1 },
                                        { QStringLiteral("due"), a.due.toString(Qt::ISODate) },
                                        { QStringLiteral("chosen_by"), a.reserved ? s_chosenByReserve : s_chosenByRandom } };
    return QJsonObject { { QStringLiteral("plan_id"), plan.id },
                         { QStringLiteral("name"), plan.name },
                         { QStringLiteral("period_start"), plan.periodStart.toString(Qt::ISODate) },
                         { QStringLiteral("period_end"), plan.periodEnd.toString(Qt::ISODate) },
                         { QStringLiteral("seed"), QString::number(plan.seed) },
                         { QStringLiteral("weeks"), weeks },
                         { QStringLiteral("rule"), rule.toJson() },
                         { QStringLiteral("planned"), int(assignments.size()) },
                         { QStringLiteral("agents"), agentRows },
                         { QStringLiteral("assignments"), assignmentRows } };
}

std::optional<SamplePlan> Sampler::draw(const Database& database, const QDate& first, const QDate& last,
                                        const SamplingRule& rule, quint64 seed, QString* error)
{
    if (!first.isValid() || !last.isValid() || last < first) {
        *error = tr("The period must have a first day on or before its last day.");
        return std::nullopt;
    }
    if (rule.size == SamplingRule::Size::Fixed && rule.perAgent < 1) {
        *error = tr("per_agent: must be at least 1, not %1").arg(rule.perAgent);
        return std::nullopt;
    }
    if (rule.lowCsatWeight <= 0 || rule.repeatWeight <= 0) {
        *error = tr("Over-sampling weights must be more than 0.");
        return std::nullopt;
    }
    if (rule.reserveShare < 0 || rule.reserveShare > 1) {
        *error = tr("The reserved share must be from 0 to 100 %.");
        return std::nullopt;
    }
    if (rule.reserveShare > 0 && rule.reserveFilter.isEmpty()) {
        *error = tr("A reserved share needs a filter saying which contacts it is for (dead air, overtalk, reply "
                    "waits).");
        return std::nullopt;
    }
    const double z = rule.size == SamplingRule::Size::Statistical ? zForConfidence(rule.confidence) : 0;
    if (rule.size == SamplingRule::Size::Statistical
        && !SampleSize::proportion(100, z, rule.margin, rule.proportion, error))
        return std::nullopt;

    const auto evaluators = selectRows<qint64>(database,
                                               QStringLiteral("SELECT id FROM users WHERE role = 'evaluator' AND active = 1 "
                                                              "ORDER BY id"),
                                               {}, QStringLiteral("list evaluators"),
                                               [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    if (evaluators.isEmpty()) {
        *error = tr("The workspace has no active evaluators to assign the sample to.");
        return std::nullopt;
    }

    const QVariantList period = database.time().periodMs(first, last);
    QString ruleFilter;
    QVariantList ruleValues;
    if (rule.channel) {
        ruleFilter += QStringLiteral(" AND c.channel = ?");
        ruleValues << toCode(*rule.channel);
    }
    if (!rule.queue.isEmpty()) {
        ruleFilter += QStringLiteral(" AND c.queue = ?");
        ruleValues << rule.queue;
    }
    if (rule.minDurationSeconds > 0) {
        ruleFilter += QStringLiteral(" AND c.duration_s >= ?");
        ruleValues << rule.minDurationSeconds;
    }
    if (rule.maxDurationSeconds > 0) {
        ruleFilter += QStringLiteral(" AND c.duration_s <= ?");
        ruleValues << rule.maxDurationSeconds;
    }
    QString filter = ruleFilter;
    if (!rule.includeEvaluated)
        filter += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM evaluations e WHERE e.contact_id = c.id)");
    // A contact already in another plan is not drawn twice.
    filter += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM assignments s WHERE s.contact_id = c.id)");

    QMap<qint64, QList<Candidate>> byAgent; // ordered by agent id: the draw does not depend on hash order
    QHash<qint64, QString> names;
    QVariantList reserveValues;
    const QString matchesReserve = rule.reserveShare > 0
        ? QStringLiteral("CASE WHEN %1 THEN 1 ELSE 0 END").arg(rule.reserveFilter.sql(QStringLiteral("m"), &reserveValues))
        : QStringLiteral("0");
    QSqlQuery query = prepareSql(database.sql(),
                                 QStringLiteral("SELECT c.id, c.agent_id, c.started_at, c.csat, c.fcr, a.name, %2 "
                                                "FROM contacts c JOIN agents a ON a.id = c.agent_id "
                                                "LEFT JOIN contact_metrics m ON m.contact_id = c.id WHERE a.active = 1 "
                                                "AND c.started_at >= ? AND c.started_at < ?%1 ORDER BY c.agent_id, c.id")
                                     .arg(filter, matchesReserve),
                                 QStringLiteral("find eligible contacts"));
    bindAll(query, reserveValues + period + ruleValues);
    execPrepared(query, QStringLiteral("find eligible contacts"));
    while (query.next()) {
        Candidate candidate;
        candidate.contactId = query.value(0).toLongLong();
        candidate.agentId = query.value(1).toLongLong();
        const QDate day = database.time().dateOf(timeFromDb(query.value(2)));
        candidate.week = int(first.daysTo(day) / 7);
        if (!query.value(3).isNull() && query.value(3).toInt() <= 2)
            candidate.weight *= rule.lowCsatWeight;
        if (!query.value(4).isNull() && !query.value(4).toBool())
            candidate.weight *= rule.repeatWeight;
        candidate.matchesReserve = query.value(6).toBool();
        byAgent[candidate.agentId] << candidate;
        names.insert(candidate.agentId, query.value(5).toString());
    }
    query.finish();
    if (byAgent.isEmpty()) {
        *error = emptySampleReason(database, first, last, ruleFilter, ruleValues, rule.includeEvaluated);
        return std::nullopt;
    }

    SamplePlan result;
    result.rule = rule;
    result.weeks = int(first.daysTo(last) / 7) + 1;
    result.plan.periodStart = first;
    result.plan.periodEnd = last;
    result.plan.seed = seed;
    result.plan.name = tr("Sample %1 – %2").arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate));
    result.plan.ruleJson = QString::fromUtf8(QJsonDocument(rule.toJson()).toJson(QJsonDocument::Compact));
    SeededRandom random(seed);

    for (auto it = byAgent.cbegin(); it != byAgent.cend(); ++it) {
        const QList<Candidate>& candidates = it.value();
        AgentSample agent;
        agent.agentId = it.key();
        agent.agent = names.value(it.key());
        agent.eligible = int(candidates.size());
        agent.target = rule.size == SamplingRule::Size::Fixed
            ? rule.perAgent
            : SampleSize::proportion(agent.eligible, z, rule.margin, rule.proportion, error)->n;
        agent.short_ = agent.eligible <= agent.target;
        const int n = std::min(agent.target, agent.eligible);
        const auto assign = [&](const Candidate& candidate, bool throughReserve) {
            PlannedAssignment assignment;
            assignment.contactId = candidate.contactId;
            assignment.agentId = agent.agentId;
            assignment.week = candidate.week;
            assignment.due = std::min(first.addDays(7 * candidate.week + 6), last).addDays(3);
            assignment.reserved = throughReserve;
            result.assignments << assignment;
        };

        // The reserve first: weighted sampling without replacement among the contacts matching its filter.
        QList<const Candidate*> reserved;
        if (rule.reserveShare > 0) {
            QList<std::pair<double, const Candidate*>> keyed;
            for (const auto& candidate : candidates) {
                if (candidate.matchesReserve)
                    keyed << std::pair { std::pow(random.uniform(), 1.0 / candidate.weight), &candidate };
            }
            std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
            const qsizetype wanted = std::min<qsizetype>(std::lround(n * rule.reserveShare), keyed.size());
            for (qsizetype k = 0; k < wanted; ++k) {
                reserved << keyed[k].second;
                assign(*keyed[k].second, true);
            }
        }
        agent.reserved = int(reserved.size());
        const int drawRandomly = n - agent.reserved;

        // Share the rest across the weeks as evenly as their contacts allow: hand out one at a time, week by week.
        QList<QList<Candidate>> weeks(result.weeks);
        for (const auto& candidate : candidates) {
            if (!reserved.contains(&candidate))
                weeks[candidate.week] << candidate;
        }
        QList<int> quota(result.weeks, 0);
        for (int given = 0; given < drawRandomly;) {
            for (int w = 0; w < result.weeks && given < drawRandomly; ++w) {
                if (quota[w] < weeks[w].size()) {
                    ++quota[w];
                    ++given;
                }
            }
        }
        // Within a week: weighted sampling without replacement (Efraimidis–Spirakis: the k largest u^(1/w)).
        for (int w = 0; w < result.weeks; ++w) {
            QList<std::pair<double, const Candidate*>> keyed;
            for (const auto& candidate : weeks[w])
                keyed << std::pair { std::pow(random.uniform(), 1.0 / candidate.weight), &candidate };
            std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
            for (int k = 0; k < quota[w]; ++k)
                assign(*keyed[k].second, false);
        }
        agent.drawn = n;
        result.agents << agent;
    }

    // Balance evaluators: each contact, in a stable order, to the least-loaded evaluator.
    QList<int> loads(evaluators.size(), 0);
    for (auto& assignment : result.assignments) {
        const int least = int(std::min_element(loads.begin(), loads.end()) - loads.begin());
        assignment.evaluatorId = evaluators.at(least);
        ++loads[least];
    }
    return result;
}

// Why nothing could be drawn, from the widest cause to the narrowest: no contacts in the period, none of an active
// agent, none the rule accepts, or all of those already evaluated or planned.
QString Sampler::emptySampleReason(const Database& database, const QDate& first, const QDate& last,
                                   const QString& ruleFilter, const QVariantList& ruleValues, bool includeEvaluated)
{
    const auto counts = selectRows<std::array<qint64, 3>>(
        database,
        QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN a.active = 1 THEN 1 ELSE 0 END), 0), "
                       "COALESCE(SUM(CASE WHEN a.active = 1%1 THEN 1 ELSE 0 END), 0) FROM contacts c "
                       "JOIN agents a ON a.id = c.agent_id WHERE c.started_at >= ? AND c.started_at < ?")
            .arg(ruleFilter),
        ruleValues + database.time().periodMs(first, last),
        QStringLiteral("count the period's contacts"), [](const QSqlQuery& q) {
            return std::array<qint64, 3> { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong() };
        });
    const auto [inPeriod, ofActiveAgents, matchingRule] = counts.value(0, std::array<qint64, 3> {});
    const QString period = QStringLiteral("%1 – %2").arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate));
    if (inPeriod == 0)
        return tr("Nothing to draw: the workspace has no contacts in %1. Import that period's contacts first.")
            .arg(period);
    if (ofActiveAgents == 0)
        return tr("Nothing to draw: the %n contact(s) in %1 belong to inactive agents only.", nullptr, int(inPeriod))
            .arg(period);
    if (matchingRule == 0)
        return tr("Nothing to draw: none of the %n contact(s) in %1 meets the rule (channel, queue, duration).",
                  nullptr, int(ofActiveAgents))
            .arg(period);
    return includeEvaluated
        ? tr("Nothing to draw: the %n contact(s) in %1 that meet the rule are all in another plan already.", nullptr,
             int(matchingRule))
              .arg(period)
        : tr("Nothing to draw: the %n contact(s) in %1 that meet the rule are all evaluated or in another plan "
             "already.",
             nullptr, int(matchingRule))
              .arg(period);
}

qint64 Sampler::save(const Database& database, SamplePlan& plan, const Actor& actor)
{
    AccessRules::require(actor, Action::SavePlan);
    if (plan.assignments.isEmpty())
        throw StorageError(tr("An empty sample is not saved: it assigns no contact to anyone."));
    Transaction transaction(database);
    plan.plan.createdAt = database.time().now();
    plan.plan.createdBy = actor.login;
    plan.plan.id = insertWith(database,
                              QStringLiteral("INSERT INTO sampling_plans (name, period_start, period_end, rule_json, seed, "
                                             "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                              { plan.plan.name, dbDate(plan.plan.periodStart), dbDate(plan.plan.periodEnd),
                                plan.plan.ruleJson, qint64(plan.plan.seed), dbTime(plan.plan.createdAt), actor.login },
                              QStringLiteral("save the sampling plan"));
    QSqlQuery insert = prepareSql(database.sql(),
                                  QStringLiteral("INSERT INTO assignments (plan_id, contact_id, evaluator_id, due, "
                                                 "chosen_by) VALUES (?, ?, ?, ?, ?)"),
                                  QStringLiteral("save the plan's assignments"));
    for (const auto& a : plan.assignments) {
        bindAll(insert, { plan.plan.id, a.contactId, a.evaluatorId, dbDate(a.due),
                          a.reserved ? s_chosenByReserve : s_chosenByRandom });
        execPrepared(insert, QStringLiteral("save the plan's assignments"));
    }
    AuditLog(database).record(actor.login, QStringLiteral("sampling_plan"), plan.plan.id, QStringLiteral("create"), {},
                              QJsonObject { { QStringLiteral("name"), plan.plan.name },
                                            { QStringLiteral("assignments"), int(plan.assignments.size()) },
                                            { QStringLiteral("seed"), QString::number(plan.plan.seed) } });
    WorkspaceChanges::announce(database, Change::Plan, plan.plan.id);
    transaction.commit();
    return plan.plan.id;
}

QList<PlanProgress> Sampler::progress(const Database& database)
{
    return selectRows<PlanProgress>(
        database,
        QStringLiteral("SELECT p.id, p.name, p.period_start, p.period_end, p.seed, COUNT(a.id), COUNT(a.evaluation_id), "
                       "COALESCE(SUM(CASE WHEN a.chosen_by = 'reserve' THEN 1 ELSE 0 END), 0) "
                       "FROM sampling_plans p LEFT JOIN assignments a ON a.plan_id = p.id "
                       "GROUP BY p.id, p.name, p.period_start, p.period_end, p.seed ORDER BY p.period_start DESC, p.id DESC"),
        {}, QStringLiteral("list sampling plans"), [](const QSqlQuery& q) {
            PlanProgress row;
            row.plan.id = q.value(0).toLongLong();
            row.plan.name = q.value(1).toString();
            row.plan.periodStart = dateFromDb(q.value(2));
            row.plan.periodEnd = dateFromDb(q.value(3));
            row.plan.seed = quint64(q.value(4).toLongLong());
            row.planned = q.value(5).toInt();
            row.done = q.value(6).toInt();
            row.reserved = q.value(7).toInt();
            return row;
        });
}

std::optional<double> Sampler::scoreStandardDeviation(const Database& database, const QDate& until, int months)
{
    const QDate from = until.addMonths(-months);
    const auto rows = selectRows<std::tuple<qint64, double, double>>(
        database,
        QStringLiteral(
            "SELECT COUNT(score), SUM(score), SUM(score * score) FROM evaluations WHERE submitted_at >= ? AND "
            "submitted_at < ? AND superseded = 0 AND score IS NOT NULL"),
        database.time().periodMs(from, until),
        QStringLiteral("measure the spread of scores"), [](const QSqlQuery& q) {
            return std::tuple { q.value(0).toLongLong(), q.value(1).toDouble(), q.value(2).toDouble() };
        });
    const auto [n, sum, squares] = rows.value(0);
    if (n < 2)
        return std::nullopt;
    return std::sqrt(std::max(0.0, (squares - sum * sum / n) / (n - 1)));
}

} // namespace qadesk
