#pragma once

#include "people/Actor.h"
#include "storage/Database.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace qadesk {

// Scores are 0..1 fractions. A month is a calendar month in the workspace's time zone; a revision counts in the
// month of the evaluation it replaces.

struct TeamMonthScore {
    qint64 teamId = 0;
    QString team;
    int evaluations = 0;
    std::optional<double> average;
    std::optional<double> previousAverage; // the month before
};

struct AttentionItem {
    enum class Reason { BelowTarget, Dropped, CriticalFailures };
    qint64 agentId = 0;
    QString agent;
    QString team;
    int evaluations = 0;
    std::optional<double> average;
    std::optional<double> previousAverage;
    // ± around the average at 95 %, from the agent's score spread and its contacts this month (docs/planning.md).
    std::optional<double> margin;
    int criticalFailures = 0;
    QList<Reason> reasons;
    QString explanation; // the reasons in words, with the figures
};

// The first screen: this month's QA activity.
struct Overview {
    QDate month; // the first day
    double target = 0.85; // workspace setting "target_score"
    int evaluationsDone = 0; // submitted this month (latest revisions, calibration excluded)
    int evaluationsPlanned = 0; // assignments of sampling plans covering this month
    int plannedDone = 0; // of those, evaluated
    std::optional<double> average;
    std::optional<double> previousAverage;
    int criticalFailures = 0;
    int openDisputes = 0;
    int followUpsDue = 0; // coaching follow-ups up to the end of the month
    QList<TeamMonthScore> teams; // by name
    QList<AttentionItem> attention; // worst first

    QJsonObject toJson() const;
};

// Computes the overview for the month containing `day` over the agents the actor may see: a lead's teams, an agent's
// own record (without the team rows, which would be the agent's own again). Throws StorageError. Reads only the month
// and the one before through the submitted_at index, so it stays fast on a million evaluations.
Overview computeOverview(const Database& database, const Actor& actor, const QDate& day);

// The workspace's target score (0..1), 0.85 when unset.
double targetScore(const Database& database);

} // namespace qadesk
