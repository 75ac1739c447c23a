#include "ReportSource.h"

#include "people/AccessRules.h"
#include "storage/Aggregates.h"
#include "storage/SqlSupport.h"

#include <algorithm>

namespace qadesk {
namespace {

constexpr qsizetype s_chunk = 500; // ids per IN list: well under every driver's limit on bound text

// Calls fn with each slice of `ids` written as an SQL list ("4,8,15"). The ids are numbers, so inlining them is safe
// and spares one bound value per id.
template <typename Fn> void forEachChunk(const QList<qint64>& ids, Fn fn)
{
    for (qsizetype start = 0; start < ids.size(); start += s_chunk) {
        QStringList parts;
        for (qsizetype i = start; i < std::min(ids.size(), start + s_chunk); ++i)
            parts << QString::number(ids.at(i));
        fn(parts.join(QLatin1Char(',')));
    }
}

// " AND <agent> = ?" for an agent, else " AND <team> = ?" for a team, with the value appended.
QString scopeClause(const ScoreScope& scope, const QString& teamColumn, const QString& agentColumn, QVariantList* values)
{
    if (scope.agentId) {
        *values << scope.agentId;
        return QStringLiteral(" AND %1 = ?").arg(agentColumn);
    }
    if (scope.teamId) {
        *values << scope.teamId;
        return QStringLiteral(" AND %1 = ?").arg(teamColumn);
    }
    return {};
}

// scopeClause, then the actor's visibility of the agent column: what every read of the scope filters by.
QString scopedFilter(const Actor& actor, const ScoreScope& scope, const QString& teamColumn, const QString& agentColumn,
                     QVariantList* values)
{
    return scopeClause(scope, teamColumn, agentColumn, values) + QStringLiteral(" AND ")
        + AccessRules::visibleAgentsSql(actor, agentColumn);
}

template <typename T> QHash<qint64, T> byId(const QList<std::pair<qint64, T>>& rows)
{
    QHash<qint64, T> result;
    for (const auto& [id, value] : rows)
        result.insert(id, value);
    return result;
}

} // namespace

void ScoreTally::add(const EvaluationFact& evaluation)
{
    ++evaluations;
    if (evaluation.criticalFailed)
        ++criticalFailures;
    if (!evaluation.score)
        return;
    const double score = *evaluation.score;
    lowest = scored ? std::min(lowest, score) : score;
    highest = scored ? std::max(highest, score) : score;
    sum += score;
    ++scored;
}

void ScoreTally::add(const ScoreTally& other)
{
    if (other.scored) {
        lowest = scored ? std::min(lowest, other.lowest) : other.lowest;
        highest = scored ? std::max(highest, other.highest) : other.highest;
    }
    evaluations += other.evaluations;
    scored += other.scored;
    sum += other.sum;
    criticalFailures += other.criticalFailures;
}

std::optional<double> ScoreTally::mean() const
{
    return scored ? std::optional<double>(sum / scored) : std::nullopt;
}

void PassTally::add(const AnswerFact& answer)
{
    if (!answer.applicable)
        return;
    ++applicable;
    if (answer.failed)
        ++failed;
}

std::optional<double> PassTally::rate() const
{
    return applicable ? std::optional<double>(double(applicable - failed) / applicable) : std::nullopt;
}

std::optional<double> KpiTally::csat() const
{
    return surveys ? std::optional<double>(double(satisfied) / surveys) : std::nullopt;
}

std::optional<double> KpiTally::nps() const
{
    return npsAnswers ? std::optional<double>(100.0 * (promoters - detractors) / npsAnswers) : std::nullopt;
}

std::optional<double> KpiTally::fcr() const
{
    return fcrKnown ? std::optional<double>(double(fcrResolved) / fcrKnown) : std::nullopt;
}

std::optional<double> KpiTally::averageHandleSeconds() const
{
    return handleKnown ? std::optional<double>(handleSum / handleKnown) : std::nullopt;
}

QList<int> scoredInBands(const QList<EvaluationGroup>& groups)
{
    QList<int> counts(scoreBands().size(), 0);
    for (const EvaluationGroup& g : groups) {
        if (g.band >= 0)
            counts[g.band] += g.scores.scored;
    }
    return counts;
}

QList<QDate> monthsBetween(const QDate& from, const QDate& to)
{
    QList<QDate> months;
    for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1))
        months << month;
    return months;
}

ReportSource::ReportSource(const Database& database, const Actor& actor, PeriodBasis basis)
    : m_db(database)
    , m_actor(actor)
    , m_basis(basis)
{
    for (const auto& agent : selectRows<AgentInfo>(
             m_db,
             QStringLiteral("SELECT id, name, employee_id, team_id FROM agents WHERE %1")
                 .arg(AccessRules::visibleAgentsSql(actor, QStringLiteral("id"))),
             {}, QStringLiteral("read agents"),
             [](const QSqlQuery& q) {
                 return AgentInfo { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong() };
             }))
        m_agents.insert(agent.id, agent);
    const auto names = [this](const QString& sql) {
        return byId(selectRows<std::pair<qint64, QString>>(m_db, sql, {}, QStringLiteral("read names"), [](const QSqlQuery& q) {
            return std::pair { q.value(0).toLongLong(), q.value(1).toString() };
        }));
    };
    m_teams = names(QStringLiteral("SELECT id, name FROM teams"));
    if (actor.role == Role::Agent)
        m_teams = { { m_agents.value(actor.agentId).teamId, m_teams.value(m_agents.value(actor.agentId).teamId) } };
    else
        m_teams.removeIf([&actor](QHash<qint64, QString>::iterator team) {
            return !AccessRules::canSeeTeam(actor, team.key());
        });
    m_users = names(QStringLiteral("SELECT id, display_name FROM users"));
}

QString ReportSource::periodFilter(const QDate& from, const QDate& to, const ScoreScope& scope, QVariantList* values) const
{
    const PeriodSql period = PeriodSql::of(m_basis);
    *values += m_db.time().periodMs(from, to);
    return QStringLiteral("%1 >= ? AND %1 < ? AND e.superseded = 0 AND e.status <> 'draft' AND e.kind <> 'calibration'")
               .arg(period.instant)
        + scopedFilter(m_actor, scope, QStringLiteral("e.team_id"), QStringLiteral("e.agent_id"), values);
}

QString ReportSource::monthsFilter(const QDate& from, const QDate& to, const ScoreScope& scope, QVariantList* values,
                                   const QString& month) const
{
    *values << Aggregates::monthOf(from) << Aggregates::monthOf(to);
    return QStringLiteral("%1 >= ? AND %1 <= ?").arg(month)
        + scopedFilter(m_actor, scope, QStringLiteral("e.team_id"), QStringLiteral("e.agent_id"), values);
}

bool ReportSource::wholeCentre(const ScoreScope& scope) const
{
    return !scope.agentId && !scope.teamId && AccessRules::seesEveryAgent(m_actor);
}

QString ReportSource::countedEvaluations(const ScoreScope& scope) const
{
    // A team's or an agent's evaluations are few and their own indexes find them; the whole centre's span of
    // submissions is read from the covering index.
    return QStringLiteral("evaluations e")
        + (wholeCentre(scope) && m_basis == PeriodBasis::Evaluation ? periodIndexHint(m_db) : QString());
}

QList<EvaluationFact> ReportSource::evaluations(const QDate& from, const QDate& to, const ScoreScope& scope) const
{
    const CentreTime& time = m_db.time();
    QVariantList values;
    const QString filter = periodFilter(from, to, scope, &values);
    const PeriodSql period = PeriodSql::of(m_basis);
    return selectRows<EvaluationFact>(
        m_db,
        QStringLiteral("SELECT e.id, e.contact_id, e.agent_id, e.team_id, e.evaluator_id, %1, e.score, e.critical_failed, "
                       "e.seconds_spent, e.overall_comment FROM evaluations e%2 WHERE %3 ORDER BY %1, e.id")
            .arg(period.instant, period.join, filter),
        values, QStringLiteral("read the period's evaluations"), [&time](const QSqlQuery& q) {
            EvaluationFact f;
            f.id = q.value(0).toLongLong();
            f.contactId = q.value(1).toLongLong();
            f.agentId = q.value(2).toLongLong();
            f.teamId = q.value(3).toLongLong();
            f.evaluatorId = q.value(4).toLongLong();
            f.date = time.dateOf(timeFromDb(q.value(5)));
            f.score = optionalDoubleFromDb(q.value(6));
            f.criticalFailed = q.value(7).toBool();
            f.secondsSpent = q.value(8).toInt();
            f.overallComment = q.value(9).toString();
            return f;
        });
}

QList<EvaluationGroup> ReportSource::groups(const QDate& from, const QDate& to, const ScoreScope& scope,
                                            Grouping grouping) const
{
    QVariantList values;
    const QString filter = periodFilter(from, to, scope, &values);
    const PeriodSql period = PeriodSql::of(m_basis);
    const QString zero = QStringLiteral("0");
    const QStringList keys { grouping.agent ? QStringLiteral("e.agent_id") : zero,
                             grouping.team ? QStringLiteral("COALESCE(e.team_id, 0)") : zero,
                             grouping.evaluator ? QStringLiteral("e.evaluator_id") : zero,
                             grouping.band ? scoreBandSql(QStringLiteral("e.score")) : QStringLiteral("-1") };
    return selectRows<EvaluationGroup>(
        m_db,
        QStringLiteral("SELECT %1, COUNT(*), COUNT(e.score), COALESCE(SUM(e.score), 0), MIN(e.score), MAX(e.score), "
                       "SUM(CASE WHEN e.critical_failed <> 0 THEN 1 ELSE 0 END), SUM(CASE WHEN e.seconds_spent > 0 "
                       "THEN 1 ELSE 0 END), SUM(CASE WHEN e.seconds_spent > 0 THEN e.seconds_spent ELSE 0 END), "
                       "MAX(%2), MAX(e.id) FROM %3%4 WHERE %5 GROUP BY 1, 2, 3, 4")
            .arg(keys.join(QStringLiteral(", ")), period.instant, countedEvaluations(scope), period.join, filter),
        values, QStringLiteral("count the period's evaluations"), [](const QSqlQuery& q) {
            EvaluationGroup g;
            g.agentId = q.value(0).toLongLong();
            g.teamId = q.value(1).toLongLong();
            g.evaluatorId = q.value(2).toLongLong();
            g.band = q.value(3).toInt();
            g.scores.evaluations = q.value(4).toInt();
            g.scores.scored = q.value(5).toInt();
            g.scores.sum = q.value(6).toDouble();
            g.scores.lowest = q.value(7).toDouble(); // 0 when nothing is scored, as a tally starts
            g.scores.highest = q.value(8).toDouble();
            g.scores.criticalFailures = q.value(9).toInt();
            g.timed = q.value(10).toInt();
            g.seconds = q.value(11).toDouble();
            g.latestAt = q.value(12).toLongLong();
            g.latestId = q.value(13).toLongLong();
            return g;
        });
}

bool ReportSource::readsMonthAggregates(const QDate& from, const QDate& to) const
{
    return m_basis == PeriodBasis::Evaluation && Aggregates::coversWholeMonths(from, to);
}

QList<EvaluationGroup> ReportSource::monthTallies(const QDate& from, const QDate& to, const ScoreScope& scope) const
{
    if (!readsMonthAggregates(from, to))
        return groups(from, to, scope, { .agent = true, .team = true });
    QVariantList values;
    const QString filter = monthsFilter(from, to, scope, &values);
    return selectRows<EvaluationGroup>(
        m_db,
        QStringLiteral("SELECT e.agent_id, e.team_id, SUM(e.evaluations), SUM(e.scored), SUM(e.score_sum), "
                       "SUM(e.critical_failures), MIN(e.score_lowest), MAX(e.score_highest), MAX(e.latest_at), "
                       "MAX(e.latest_id) FROM agent_months e WHERE %1 GROUP BY 1, 2")
            .arg(filter),
        values, QStringLiteral("read the period's monthly aggregates"), [](const QSqlQuery& q) {
            EvaluationGroup g;
            g.agentId = q.value(0).toLongLong();
            g.teamId = q.value(1).toLongLong();
            g.scores.evaluations = q.value(2).toInt();
            g.scores.scored = q.value(3).toInt();
            g.scores.sum = q.value(4).toDouble();
            g.scores.criticalFailures = q.value(5).toInt();
            g.scores.lowest = q.value(6).toDouble(); // 0 when nothing is scored, as a tally starts
            g.scores.highest = q.value(7).toDouble();
            g.latestAt = q.value(8).toLongLong();
            g.latestId = q.value(9).toLongLong();
            return g;
        });
}

QList<EvaluationGroup> ReportSource::evaluatorTallies(const QDate& from, const QDate& to, const ScoreScope& scope) const
{
    // The kept cells have no team: a team's evaluators are counted from its evaluations, which its index finds.
    if (!readsMonthAggregates(from, to) || scope.teamId)
        return groups(from, to, scope, { .evaluator = true });
    QVariantList values;
    const QString filter = monthsFilter(from, to, scope, &values);
    return selectRows<EvaluationGroup>(
        m_db,
        QStringLiteral("SELECT e.evaluator_id, SUM(e.evaluations), SUM(e.scored), SUM(e.score_sum), SUM(e.timed), "
                       "SUM(e.seconds) FROM agent_month_evaluators e WHERE %1 GROUP BY 1")
            .arg(filter),
        values, QStringLiteral("read the period's evaluators from the monthly aggregates"), [](const QSqlQuery& q) {
            EvaluationGroup g;
            g.evaluatorId = q.value(0).toLongLong();
            g.scores.evaluations = q.value(1).toInt();
            g.scores.scored = q.value(2).toInt();
            g.scores.sum = q.value(3).toDouble();
            g.timed = q.value(4).toInt();
            g.seconds = q.value(5).toDouble();
            return g;
        });
}

QList<int> ReportSource::scoredByBand(const QDate& from, const QDate& to, const ScoreScope& scope) const
{
    if (!readsMonthAggregates(from, to))
        return scoredInBands(groups(from, to, scope, { .band = true }));
    QList<int> counts(scoreBands().size(), 0);
    QVariantList values;
    const QString filter = monthsFilter(from, to, scope, &values);
    for (const auto& [band, count] : selectRows<std::pair<int, int>>(
             m_db,
             QStringLiteral("SELECT e.band, SUM(e.contacts) FROM agent_month_outcomes e WHERE %1 GROUP BY e.band")
                 .arg(filter),
             values, QStringLiteral("count the period's scores by band"), [](const QSqlQuery& q) {
                 return std::pair { q.value(0).toInt(), q.value(1).toInt() };
             }))
        counts[band] = count;
    return counts;
}

QList<BandOutcomes> ReportSource::outcomesByBand(const QDate& from, const QDate& to, const ScoreScope& scope) const
{
    QVariantList values;
    QString sql;
    if (readsMonthAggregates(from, to)) {
        QStringList sums;
        for (const QString& column : Aggregates::outcomeColumns())
            sums << QStringLiteral("SUM(e.%1)").arg(column);
        // The whole centre's rows are read in the table's order, band by band, rather than looked up one by one
        // through the month index: a unary + keeps SQLite from using an index for the months (NOT INDEXED does not
        // on a table without rowid).
        const QString month = m_db.dialect() == SqlDialect::SQLite && wholeCentre(scope) ? QStringLiteral("+e.month")
                                                                                        : QStringLiteral("e.month");
        sql = QStringLiteral("SELECT e.band, %1 FROM agent_month_outcomes e WHERE %2 GROUP BY e.band")
                  .arg(sums.join(QStringLiteral(", ")), monthsFilter(from, to, scope, &values, month));
    } else {
        const QString filter = periodFilter(from, to, scope, &values);
        // The contact basis joins the contacts as c already; the outcomes come from the same row either way.
        // Otherwise SQLite reads them from their covering index rather than from the wide contact rows.
        const PeriodSql period = PeriodSql::of(m_basis);
        const QString outcomesIndex
            = m_db.dialect() == SqlDialect::SQLite ? QStringLiteral(" INDEXED BY contacts_outcomes") : QString();
        const QString join = period.join.isEmpty()
            ? QStringLiteral(" JOIN contacts c%1 ON c.id = e.contact_id").arg(outcomesIndex)
            : period.join;
        sql = QStringLiteral("SELECT %1, %2 FROM %3%4 WHERE %5 AND e.score IS NOT NULL GROUP BY 1")
                  .arg(scoreBandSql(QStringLiteral("e.score")), Aggregates::outcomeSumsSql(), countedEvaluations(scope),
                       join, filter);
    }
    const auto rows = selectRows<std::pair<int, BandOutcomes>>(
        m_db, sql, values, QStringLiteral("read the outcomes of the evaluated contacts"), [](const QSqlQuery& q) {
            BandOutcomes band;
            KpiTally& k = band.kpis;
            k.contacts = q.value(1).toInt();
            k.satisfied = q.value(2).toInt();
            k.promoters = q.value(3).toInt();
            k.detractors = q.value(4).toInt();
            k.fcrResolved = q.value(5).toInt();
            for (int o = 0; o < s_outcomeCount; ++o) {
                PearsonSums& p = band.withScore[o];
                const int at = 6 + o * 6;
                p.n = q.value(at).toLongLong();
                p.x = q.value(at + 1).toDouble();
                p.y = q.value(at + 2).toDouble();
                p.xx = q.value(at + 3).toDouble();
                p.yy = q.value(at + 4).toDouble();
                p.xy = q.value(at + 5).toDouble();
            }
            k.surveys = int(band.withScore[int(Outcome::Csat)].n);
            k.npsAnswers = int(band.withScore[int(Outcome::Nps)].n);
            k.fcrKnown = int(band.withScore[int(Outcome::FirstContactResolution)].n);
            k.handleKnown = int(band.withScore[int(Outcome::HandleSeconds)].n);
            k.handleSum = band.withScore[int(Outcome::HandleSeconds)].y;
            return std::pair { q.value(0).toInt(), band };
        });
    QList<BandOutcomes> bands(scoreBands().size());
    for (const auto& [band, outcomes] : rows)
        bands[band] = outcomes;
    return bands;
}

QList<AnswerFact> ReportSource::answers(const QList<EvaluationFact>& evaluations) const
{
    QList<qint64> ids;
    for (const auto& evaluation : evaluations)
        ids << evaluation.id;
    QList<AnswerFact> answers;
    forEachChunk(ids, [&](const QString& list) {
        answers << selectRows<AnswerFact>(
            m_db,
            QStringLiteral("SELECT a.evaluation_id, i.item_key, s.position * 1000 + i.position, CASE WHEN a.na = 0 AND "
                           "(a.option_index IS NOT NULL OR a.points IS NOT NULL) THEN 1 ELSE 0 END, a.failed, a.comment "
                           "FROM evaluation_answers a JOIN scorecard_items i ON i.id = a.item_id JOIN scorecard_sections "
                           "s ON s.id = i.section_id WHERE a.evaluation_id IN (%1)")
                .arg(list),
            {}, QStringLiteral("read answers"), [](const QSqlQuery& q) {
                return AnswerFact { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
                                    q.value(3).toBool(),         q.value(4).toBool(),   q.value(5).toString() };
            });
    });
    return answers;
}

QList<AssignmentFact> ReportSource::assignments(const QDate& from, const QDate& to, const ScoreScope& scope) const
{
    QVariantList values { dbDate(to), dbDate(from), dbDate(from), dbDate(to) };
    const QString filter = scopedFilter(m_actor, scope, QStringLiteral("ag.team_id"), QStringLiteral("c.agent_id"), &values);
    return selectRows<AssignmentFact>(
        m_db,
        QStringLiteral("SELECT a.plan_id, c.agent_id, a.evaluator_id, a.due, a.evaluation_id, e.status FROM assignments a "
                       "JOIN contacts c ON c.id = a.contact_id JOIN agents ag ON ag.id = c.agent_id LEFT JOIN "
                       "sampling_plans p ON p.id = a.plan_id LEFT JOIN evaluations e ON e.id = a.evaluation_id WHERE "
                       "((p.id IS NOT NULL AND p.period_start <= ? AND p.period_end >= ?) OR (a.plan_id IS NULL AND "
                       "a.due >= ? AND a.due <= ?))%1")
            .arg(filter),
        values, QStringLiteral("read the period's assignments"), [](const QSqlQuery& q) {
            const bool started = !q.value(4).isNull();
            return AssignmentFact { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                                    dateFromDb(q.value(3)), started,
                                    started && !q.value(5).isNull() && q.value(5).toString() != QLatin1String("draft") };
        });
}

QHash<qint64, QString> ReportSource::contactNames(const QList<qint64>& contactIds) const
{
    QHash<qint64, QString> names;
    forEachChunk(contactIds, [&](const QString& list) {
        names.insert(byId(selectRows<std::pair<qint64, QString>>(
            m_db, QStringLiteral("SELECT id, external_id FROM contacts WHERE id IN (%1)").arg(list), {},
            QStringLiteral("read contact ids"),
            [](const QSqlQuery& q) { return std::pair { q.value(0).toLongLong(), q.value(1).toString() }; })));
    });
    return names;
}

QHash<qint64, PlanInfo> ReportSource::plans(const QSet<qint64>& planIds) const
{
    QHash<qint64, PlanInfo> plans;
    forEachChunk(QList<qint64>(planIds.cbegin(), planIds.cend()), [&](const QString& list) {
        plans.insert(byId(selectRows<std::pair<qint64, PlanInfo>>(
            m_db, QStringLiteral("SELECT id, name, period_start, period_end FROM sampling_plans WHERE id IN (%1)").arg(list),
            {}, QStringLiteral("read sampling plans"), [](const QSqlQuery& q) {
                return std::pair { q.value(0).toLongLong(),
                                   PlanInfo { q.value(1).toString(), dateFromDb(q.value(2)), dateFromDb(q.value(3)) } };
            })));
    });
    return plans;
}

} // namespace qadesk
