#pragma once

#include "model/Evaluation.h"
#include "model/Scorecard.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace qadesk {

struct SectionScore {
    QString title;
    double earned = 0;
    double possible = 0; // over applicable items; 0 means the section has no score
    double weight = 0; // the weight used in the total: the section's own, or its possible points
    std::optional<double> rawScore; // 0..1 before critical failures
    std::optional<double> score; // 0..1 after a failed section-scope critical item
    bool criticalFailed = false;
};

struct ScoreResult {
    std::optional<double> score; // 0..1, full precision; nullopt when nothing applied
    std::optional<double> rawScore; // 0..1 before any critical failure
    bool criticalFailed = false; // any critical item failed (section or evaluation scope)
    bool evaluationCriticalFailed = false;
    QList<SectionScore> sections;
    QStringList unanswered; // item keys with neither an option nor N/A; they count as not applicable
    QStringList failedItems; // item keys whose chosen option fails
    QStringList missingComments; // failed items that require a comment and have none
};

// The scoring contract of DESIGN.md, for one evaluation on one scorecard version:
//  1. an answered item earns its option's points (yes = max, no = 0); N/A leaves earned and possible sums;
//  2. section score = earned / possible over applicable items; a section with nothing applicable drops out;
//  3. total = weighted mean of section scores (weight: the section's, else its possible points);
//  4. a failed critical item zeroes its section (scope section) or the total (scope evaluation); raw keeps the score
//     before critical failures;
//  5. nothing applicable: no score.
// An answer whose option index is out of range or N/A on an item that does not allow it is treated as unanswered:
// callers validate input first (ScorecardJson, the evaluation form), so the engine itself never fails.
ScoreResult scoreEvaluation(const ScorecardVersion& version, const QList<Answer>& answers);

} // namespace qadesk
