#pragma once

#include "Correlation.h"
#include "people/Actor.h"
#include "scoring/ScoreBands.h"
#include "storage/Database.h"
#include "workspace/ScoreHistory.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <array>
#include <optional>

namespace qadesk {


// One evaluation as reports count it, by the rule the overview and the score history use: the latest revision of
// each submitted evaluation (superseded originals, drafts and calibration scorings left out), dated by the period
// basis in the centre's time zone.
struct EvaluationFact {
    qint64 id = 0;
    qint64 contactId = 0;
    qint64 agentId = 0;
    qint64 teamId = 0; // the agent's team when evaluated
    qint64 evaluatorId = 0;
    QDate date; // the centre's day of submission, or of the contact by PeriodBasis::Contact
    std::optional<double> score; // 0..1
    bool criticalFailed = false;
    int secondsSpent = 0; // time the evaluator had the contact open; 0 where not recorded
    QString overallComment;
};

struct AnswerFact {
    qint64 evaluationId = 0;
    QString itemKey;
    int position = 0; // of the item in its form, sections first
    bool applicable = false; // answered, not N/A (as the score history counts pass rates)
    bool failed = false;
    QString comment;
};

struct AgentInfo {
    qint64 id = 0;
    QString name;
    QString employeeId;
    qint64 teamId = 0; // current team
};

struct AssignmentFact {
    qint64 planId = 0; // 0: assigned by hand
    qint64 agentId = 0;
    qint64 evaluatorId = 0;
    QDate due;
    bool started = false; // an evaluation was started from it
    bool completed = false; // and submitted
};

struct PlanInfo {
    QString name;
    QDate start;
    QDate end; // inclusive
};

// Count, mean, lowest and highest of scores, with critical failures.
struct ScoreTally {
    int evaluations = 0;
    int scored = 0; // evaluations with a score (nothing applicable gives none)
    double sum = 0;
    double lowest = 0;
    double highest = 0;
    int criticalFailures = 0;

    void add(const EvaluationFact& evaluation);
    void add(const ScoreTally& other);
    std::optional<double> mean() const; // 0..1
};

// Applicable answers and failures of a set of answers.
struct PassTally : PassCounts {
    void add(const AnswerFact& answer);
    std::optional<double> rate() const; // passed / applicable, 0..1
};

// CSAT, NPS, FCR and handle time of a group of contacts, by the formulas of DESIGN.md's KPI section — for groups
// that no scope describes (the evaluated contacts of a score band); ScoreHistory::kpis sums a scope's.
struct KpiTally {
    int contacts = 0;
    int surveys = 0; // CSAT answers
    int satisfied = 0; // CSAT 4–5
    int npsAnswers = 0;
    int promoters = 0; // NPS 9–10
    int detractors = 0; // NPS 0–6
    int fcrKnown = 0;
    int fcrResolved = 0;
    int handleKnown = 0;
    double handleSum = 0;

    std::optional<double> csat() const; // share of 4–5, 0..1
    std::optional<double> nps() const; // % promoters − % detractors, −100..100
    std::optional<double> fcr() const; // 0..1
    std::optional<double> averageHandleSeconds() const;
};

// What a report groups a period's evaluations by; keys left out are 0 in the groups.
struct Grouping {
    bool agent = false;
    bool team = false; // the agent's team when evaluated
    bool evaluator = false;
    bool band = false; // the score band (scoreBands())
};

// A period's evaluations of one group, counted by the database.
struct EvaluationGroup {
    qint64 agentId = 0;
    qint64 teamId = 0;
    qint64 evaluatorId = 0;
    int band = -1; // -1: no score (or not grouped by band)
    ScoreTally scores;
    int timed = 0; // evaluations with the evaluator's time recorded
    double seconds = 0; // the time of those
    qint64 latestAt = 0; // the group's latest instant of the period basis (ms since the epoch)
    qint64 latestId = 0; // its highest evaluation id, which settles a tie of instants
};

// The contact outcomes a KPI report correlates with scores.
enum class Outcome { Csat, Nps, FirstContactResolution, HandleSeconds };
constexpr int s_outcomeCount = 4;

// The evaluated contacts with a score in one score band: their outcomes, and the sums Pearson's r needs between the
// score in points and each outcome, over the contacts where that outcome is known.
struct BandOutcomes {
    KpiTally kpis;
    std::array<PearsonSums, s_outcomeCount> withScore;
};

// The scored evaluations of groups by score band, one count a band of scoreBands(); groups without a band count
// nowhere.
QList<int> scoredInBands(const QList<EvaluationGroup>& groups);

// The first day of each month from `from`'s month to `to`'s.
QList<QDate> monthsBetween(const QDate& from, const QDate& to);

// Reads what reports need from a workspace, for the signed-in actor: only the agents the actor may see, their
// evaluations and assignments, and the teams the actor may see (an agent user's own team by name only). All methods
// throw StorageError. Periods are calendar days in the centre's time zone, both ends included.
class ReportSource final {
public:
    ReportSource(const Database& database, const Actor& actor, PeriodBasis basis = PeriodBasis::Evaluation);

    // A team scope means the team the agent was in when evaluated.
    QList<EvaluationFact> evaluations(const QDate& from, const QDate& to, const ScoreScope& scope) const;
    // The same evaluations counted in groups by the database (GROUP BY), not read one by one: for a year of a
    // large centre, a few thousand rows instead of half a million.
    QList<EvaluationGroup> groups(const QDate& from, const QDate& to, const ScoreScope& scope, Grouping grouping) const;
    // The same grouped by agent and team, without the evaluators' time: whole months by submission are read from the
    // per-month aggregates, a few rows an agent.
    QList<EvaluationGroup> monthTallies(const QDate& from, const QDate& to, const ScoreScope& scope) const;
    // The same grouped by evaluator, with counts, sums and the time spent only (no lowest, highest or critical
    // failures): whole months by submission for the whole centre or an agent are read from the per-month aggregates.
    QList<EvaluationGroup> evaluatorTallies(const QDate& from, const QDate& to, const ScoreScope& scope) const;
    // The period's scored evaluations counted in each score band (scoreBands()), from the aggregates for whole months.
    QList<int> scoredByBand(const QDate& from, const QDate& to, const ScoreScope& scope) const;
    // Whether the period is whole months by submission, which the per-month aggregates count.
    bool readsMonthAggregates(const QDate& from, const QDate& to) const;
    // The outcomes of the period's evaluated contacts, one entry a score band; contacts evaluated twice count twice.
    // Whole months by submission are read from the per-month aggregates.
    QList<BandOutcomes> outcomesByBand(const QDate& from, const QDate& to, const ScoreScope& scope) const;
    QList<AnswerFact> answers(const QList<EvaluationFact>& evaluations) const;
    // Assignments of sampling plans overlapping the period, and hand assignments due in it; a team scope means the
    // contact's agent's current team.
    QList<AssignmentFact> assignments(const QDate& from, const QDate& to, const ScoreScope& scope) const;
    QHash<qint64, QString> contactNames(const QList<qint64>& contactIds) const; // external ids
    QHash<qint64, PlanInfo> plans(const QSet<qint64>& planIds) const;

    // Names, loaded once.
    const QHash<qint64, AgentInfo>& agents() const { return m_agents; }
    const QHash<qint64, QString>& teams() const { return m_teams; }
    const QHash<qint64, QString>& users() const { return m_users; }
    const Database& database() const { return m_db; }
    const Actor& actor() const { return m_actor; }

private:
    // The WHERE clause shared by evaluations(), groups() and outcomesByBand(), its values appended.
    QString periodFilter(const QDate& from, const QDate& to, const ScoreScope& scope, QVariantList* values) const;
    // The same for the months of [from, to] in a per-month aggregate table (as e, with agent_id and team_id);
    // `month` is its month column as the query names it.
    QString monthsFilter(const QDate& from, const QDate& to, const ScoreScope& scope, QVariantList* values,
                         const QString& month = QStringLiteral("e.month")) const;
    // Whether the scope is every agent of the centre, and the actor sees them all.
    bool wholeCentre(const ScoreScope& scope) const;
    // "evaluations e" for counting the scope's evaluations, with the covering index named where it serves best.
    QString countedEvaluations(const ScoreScope& scope) const;

    const Database& m_db;
    Actor m_actor;
    PeriodBasis m_basis;
    QHash<qint64, AgentInfo> m_agents;
    QHash<qint64, QString> m_teams;
    QHash<qint64, QString> m_users;
};

} // namespace qadesk
