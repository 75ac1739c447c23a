#pragma once

#include "analytics/ConversationMetrics.h"
#include "model/Enums.h"
#include "model/Planning.h"
#include "people/Actor.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace qadesk {

// How a period's evaluation sample is drawn. Stored with the plan as JSON, so a plan can be redrawn exactly.
struct SamplingRule {
    enum class Size { Fixed, Statistical };
    Size size = Size::Fixed;
    int perAgent = 8; // Size::Fixed
    double confidence = 0.95; // Size::Statistical: Cochran per agent, population = the agent's eligible contacts
    double margin = 0.10;
    double proportion = 0.5;
    std::optional<Channel> channel; // eligibility
    QString queue; // empty: any queue
    int minDurationSeconds = 0;
    int maxDurationSeconds = 0; // 0: no maximum
    bool includeEvaluated = false; // contacts already evaluated are normally not drawn again
    double lowCsatWeight = 1.0; // > 1 over-samples contacts with CSAT 1–2
    double repeatWeight = 1.0; // > 1 over-samples contacts not resolved the first time (FCR = no)
    // The share (0..1) of each agent's n drawn first from the eligible contacts that match reserveFilter (long dead
    // air, slow replies, …), beside the random draw of the rest; rounded to the nearest contact. When fewer contacts
    // match, the random draw takes the difference. 0: no reserve.
    double reserveShare = 0;
    MetricsFilter reserveFilter;

    QJsonObject toJson() const;
    static std::optional<SamplingRule> fromJson(const QJsonObject& json, QString* error);
};

struct AgentSample {
    qint64 agentId = 0;
    QString agent;
    int eligible = 0; // contacts that met the rule
    int target = 0; // n from the rule
    int drawn = 0;
    int reserved = 0; // of drawn, chosen through the reserve
    bool short_ = false; // fewer eligible contacts than n: all of them were drawn
};

struct PlannedAssignment {
    qint64 contactId = 0;
    qint64 agentId = 0;
    qint64 evaluatorId = 0;
    int week = 0; // 0-based week of the period the contact falls in
    QDate due;
    bool reserved = false; // chosen through the reserve (matched its filter), not by the random draw
};

struct SamplePlan {
    SamplingPlan plan; // id set once saved
    SamplingRule rule;
    int weeks = 0;
    QList<AgentSample> agents;
    QList<PlannedAssignment> assignments;
    QJsonObject toJson() const;
};

// A saved plan and how far it has come.
struct PlanProgress {
    SamplingPlan plan;
    int planned = 0;
    int done = 0; // assignments whose contact has been evaluated
    int reserved = 0; // assignments chosen through the plan's reserve
};

// Draws and saves evaluation samples. Random choices come from the stored seed through SeededRandom, so the same
// workspace, period, rule and seed give the same plan on every machine.
class Sampler final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::Sampler)

public:
    // Per agent: n from the rule, drawn without replacement from the eligible contacts, spread as evenly as the
    // contacts allow over the period's weeks (weighted by the over-sampling weights within a week), then assigned to
    // the active evaluators so their loads differ by at most one. Throws StorageError; returns nullopt with *error
    // when the rule or period cannot work (no evaluators, bad dates) or nothing can be drawn (the error says why: no
    // contacts in the period, none the rule accepts, all already evaluated or planned).
    static std::optional<SamplePlan> draw(const Database& database, const QDate& first, const QDate& last,
                                          const SamplingRule& rule, quint64 seed, QString* error);
    // Stores the plan and its assignments in one transaction, in the actor's name; returns the plan id. Throws
    // AccessDenied, writing nothing, unless AccessRules allow the actor Action::SavePlan; StorageError, also for a
    // plan without assignments.
    static qint64 save(const Database& database, SamplePlan& plan, const Actor& actor);
    // Every saved plan, newest period first, with planned, done and reserved counts. Throws StorageError.
    static QList<PlanProgress> progress(const Database& database);
    // The standard deviation of submitted scores (0..1) over the last `months` months up to `until`, for the
    // mean-score method; nullopt with fewer than two scores.
    static std::optional<double> scoreStandardDeviation(const Database& database, const QDate& until, int months);

private:
    static QString emptySampleReason(const Database& database, const QDate& first, const QDate& last,
                                     const QString& ruleFilter, const QVariantList& ruleValues, bool includeEvaluated);
};

} // namespace qadesk
