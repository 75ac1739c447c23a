#include "ReportSource.h"

#include "people/AccessRules.h"
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

void KpiTally::add(const ContactMetrics& contact)
{
    ++contacts;
    if (contact.csat) {
        ++surveys;
        satisfied += *contact.csat >= 4 ? 1 : 0;
    }
    if (contact.nps) {
        ++npsAnswers;
        promoters += *contact.nps >= 9 ? 1 : 0;
        detractors += *contact.nps <= 6 ? 1 : 0;
    }
    if (contact.firstContactResolution) {
        ++fcrKnown;
        fcrResolved += *contact.firstContactResolution ? 1 : 0;
    }
    if (contact.handleSeconds) {
        ++handleKnown;
        handleSum += *contact.handleSeconds;
    }
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

QList<ScoreBand> scoreBands()
{
    return { { QStringLiteral("0–60"), 0, 60 },
             { QStringLiteral("60–70"), 60, 70 },
             { QStringLiteral("70–80"), 70, 80 },
             { QStringLiteral("80–90"), 80, 90 },
             { QStringLiteral("90–100"), 90, 100 } };
}

int scoreBandOf(double points)
{
    const auto bands = scoreBands();
    for (int b = int(bands.size()) - 1; b > 0; --b) {
        if (points >= bands.at(b).from)
            return b;
    }
    return 0;
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

QList<EvaluationFact> ReportSource::evaluations(const QDate& from, const QDate& to, const ScoreScope& scope) const
{
    const CentreTime& time = m_db.time();
    QVariantList values { time.dayStartMs(from), time.dayStartMs(to.addDays(1)) };
    const QString filter = scopeClause(scope, QStringLiteral("e.team_id"), QStringLiteral("e.agent_id"), &values)
        + QStringLiteral(" AND ") + AccessRules::visibleAgentsSql(m_actor, QStringLiteral("e.agent_id"));
    const PeriodSql period = PeriodSql::of(m_basis);
    return selectRows<EvaluationFact>(
        m_db,
        QStringLiteral(
            "SELECT e.id, e.contact_id, e.agent_id, e.team_id, e.evaluator_id, %1, e.score, e.critical_failed, "
            "e.seconds_spent, e.overall_comment FROM evaluations e%2 WHERE %1 >= ? AND %1 < ? AND "
            "e.superseded = 0 AND e.status <> 'draft' AND e.kind <> 'calibration'%3 ORDER BY %1, e.id")
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
    const QString filter = scopeClause(scope, QStringLiteral("ag.team_id"), QStringLiteral("c.agent_id"), &values)
        + QStringLiteral(" AND ") + AccessRules::visibleAgentsSql(m_actor, QStringLiteral("c.agent_id"));
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

QHash<qint64, ContactMetrics> ReportSource::contactMetrics(const QList<qint64>& contactIds) const
{
    QHash<qint64, ContactMetrics> metrics;
    forEachChunk(contactIds, [&](const QString& list) {
        for (const auto& [id, m] : selectRows<std::pair<qint64, ContactMetrics>>(
                 m_db, QStringLiteral("SELECT id, handle_s, fcr, csat, nps FROM contacts WHERE id IN (%1)").arg(list), {},
                 QStringLiteral("read contact metrics"), [](const QSqlQuery& q) {
                     const auto fcr = optionalIntFromDb(q.value(2));
                     return std::pair { q.value(0).toLongLong(),
                                        ContactMetrics { optionalIntFromDb(q.value(1)),
                                                         fcr ? std::optional<bool>(*fcr != 0) : std::nullopt,
                                                         optionalIntFromDb(q.value(3)), optionalIntFromDb(q.value(4)) } };
                 }))
            metrics.insert(id, m);
    });
    return metrics;
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
