#pragma once

#include "people/Actor.h"
#include "stats/Trend.h"
#include "storage/Database.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace qadesk {

// Which day puts an evaluation in a period: its submission (a revision keeps the submission of what it replaces), as
// the overview and trends count, or the start of the evaluated contact.
enum class PeriodBasis { Evaluation, Contact };

// The SQL of a basis over `evaluations e`: the instant column, and the join it needs (empty for the evaluation's own).
struct PeriodSql {
    QString instant;
    QString join;
    static PeriodSql of(PeriodBasis basis);
};

// "INDEXED BY evaluations_period" on SQLite, for a query that counts the whole centre's evaluations of a span of
// submissions: SQLite would rather skip-scan a per-agent, per-team or per-evaluator index (hundreds of table rows a
// key) than read the covering index made for such counts, and on a million evaluations that costs seconds. Empty on
// PostgreSQL, which plans such queries well by itself.
QString periodIndexHint(const Database& database);

// "INDEXED BY contacts_agent_outcomes" on SQLite (schema step 8), for `agents a JOIN contacts c` over a period: each
// agent's contacts of the period, with their outcomes, from one span of that index, where SQLite would read every
// contact row of the period through contacts_time. Empty on PostgreSQL.
QString contactsByAgentIndexHint(const Database& database);

// Whose history: one agent, one team, or the whole centre (both ids 0).
struct ScoreScope {
    qint64 agentId = 0;
    qint64 teamId = 0;
};

// How often an item passed in one period: failed answers count against it, N/A ones not at all.
struct ItemPeriodRate {
    QString itemKey;
    QString question; // as worded in the newest version scored
    QDate periodStart;
    int applicable = 0;
    int passed = 0;
    double rate() const { return applicable > 0 ? double(passed) / applicable : 0.0; }
};

// Applicable answers (answered, not N/A) and the failed among them.
struct PassCounts {
    int applicable = 0;
    int failed = 0;
};

// One item over a whole window, for an agent beside the agent's team.
struct ItemComparison {
    QString itemKey;
    QString question;
    int agentApplicable = 0;
    int agentPassed = 0;
    int teamApplicable = 0;
    int teamPassed = 0;
    double agentRate() const { return agentApplicable > 0 ? double(agentPassed) / agentApplicable : 0.0; }
    std::optional<double> teamRate() const;
};

// A submitted evaluation as a team lead scans them: what was scored, by whom, and what the evaluator wrote.
struct EvaluationSummary {
    qint64 evaluationId = 0;
    qint64 contactId = 0;
    QString externalId;
    QString channel;
    QDateTime submittedAt;
    std::optional<double> score; // 0..100
    bool criticalFailed = false;
    QString evaluator;
    QString status;
    QString overallComment; // the evaluator's
    QString revisedBy; // login of a revision's author, empty otherwise
    QString revisionNote; // the reviser's
    QStringList failedItems; // "question: comment" of each failed item
};

// Contact metrics of a scope's contacts in a date range (DESIGN.md: CSAT = % of 4–5, NPS = % 9–10 − % 0–6).
struct ContactKpis {
    int contacts = 0;
    std::optional<double> averageHandleSeconds;
    std::optional<double> firstContactResolution; // 0..1 of contacts with the flag set
    std::optional<double> csat; // 0..1
    std::optional<double> nps; // −100..100
    int csatResponses = 0;
    int npsResponses = 0;
};

// The evaluation history trends are drawn from: the latest revision of each submitted evaluation (drafts,
// superseded originals and calibration scorings left out), dated in the workspace's time zone by submission (a
// revision by the submission of what it replaces) or, where a basis is given, by the contact; scores 0..100.
// Every function reads on behalf of the signed-in actor: a scope the actor may not see is refused with AccessDenied,
// and the whole centre means the agents the actor may see (a lead's teams, an agent's own record). All functions
// throw StorageError.
class ScoreHistory final {
public:
    // Refuses an agent or team the actor may not see; an agent user may not ask for a team either.
    static void requireVisible(const Database& database, const Actor& actor, const ScoreScope& scope);
    static QList<ScoredPoint> scores(const Database& database, const Actor& actor, const ScoreScope& scope, const QDate& from, const QDate& to,
                                     PeriodBasis basis = PeriodBasis::Evaluation);
    static QList<ItemPeriodRate> itemRates(const Database& database, const Actor& actor, const ScoreScope& scope, const QDate& from,
                                           const QDate& to, TrendPeriod period,
                                           PeriodBasis basis = PeriodBasis::Evaluation);
    // The same for every team the actor may see, by the team the agent was in when evaluated, in one read; a team
    // without answers has no entry.
    static QHash<qint64, QList<ItemPeriodRate>> itemRatesByTeam(const Database& database, const Actor& actor,
                                                                const QDate& from, const QDate& to, TrendPeriod period,
                                                                PeriodBasis basis = PeriodBasis::Evaluation);
    // Applicable and failed answers over [from, to] of every agent of the scope the actor may see, counted as the item
    // rates are, in one read; an agent without answers has no entry.
    static QHash<qint64, PassCounts> passCountsByAgent(const Database& database, const Actor& actor,
                                                       const ScoreScope& scope, const QDate& from, const QDate& to,
                                                       PeriodBasis basis = PeriodBasis::Evaluation);
    // The agent's items, weakest first (by pass rate, then by failures), each beside the same item in the team when the
    // actor may see the team.
    static QList<ItemComparison> weakestItems(const Database& database, const Actor& actor, qint64 agentId, qint64 teamId, const QDate& from,
                                              const QDate& to, PeriodBasis basis = PeriodBasis::Evaluation);
    static QList<EvaluationSummary> recentEvaluations(const Database& database, const Actor& actor, qint64 agentId,
                                                      int limit);
    static ContactKpis kpis(const Database& database, const Actor& actor, const ScoreScope& scope, const QDate& from, const QDate& to);
    // The same for each agent of the scope the actor may see, in one read; an agent without contacts has no entry.
    static QHash<qint64, ContactKpis> kpisByAgent(const Database& database, const Actor& actor, const ScoreScope& scope,
                                                  const QDate& from, const QDate& to);
    static TrendAnalysis analyse(const Database& database, const Actor& actor, const ScoreScope& scope, const QDate& from, const QDate& to,
                                 TrendPeriod period, PeriodBasis basis = PeriodBasis::Evaluation);
};

} // namespace qadesk
