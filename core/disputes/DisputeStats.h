#pragma once

#include "people/Actor.h"
#include "storage/Database.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace qadesk {

// How often evaluations are disputed and how often disputes succeed, for evaluator and scorecard reviews. Each count
// belongs to the period in which it happened, so a closed period's figures never change afterwards:
//  - evaluations: first submissions in the period (revisions are not new work; calibration and self evaluations are
//    never disputed, so they stay out);
//  - disputes: raised in the period; resolved and overturned: resolved in the period.
// Days are calendar days in the workspace's time zone, `from` and `to` inclusive.
struct DisputeCounts {
    int evaluations = 0;
    int disputes = 0;
    std::optional<double> disputeRate; // disputes / evaluations, 0..1; nullopt without evaluations
    int resolved = 0;
    int overturned = 0;
    std::optional<double> overturnRate; // overturned / resolved, 0..1; nullopt when none was resolved
    bool operator==(const DisputeCounts&) const = default;
};

struct EvaluatorDisputeStats {
    qint64 evaluatorId = 0; // a User
    QString evaluator; // display name
    DisputeCounts counts;
};

struct ItemDisputeStats {
    QString itemKey; // empty: disputes of a whole evaluation, out of every evaluation
    QString question; // from the newest scorecard version with this key; empty for the whole evaluation
    DisputeCounts counts; // evaluations: those whose scorecard version has the item
};

class DisputeStats final {
public:
    // One row per evaluator with an evaluation, a dispute or a resolution in the period, by name. The disputes of an
    // evaluation count against its evaluator, a revision's against the original's. Throws StorageError.
    static QList<EvaluatorDisputeStats> perEvaluator(const Database& database, const Actor& actor, const QDate& from,
                                                     const QDate& to);
    // One row per item key evaluated or disputed in the period, by key (the whole evaluation first). An item key
    // shared by several scorecards counts as one item. Throws StorageError.
    static QList<ItemDisputeStats> perItem(const Database& database, const Actor& actor, const QDate& from, const QDate& to);
};

} // namespace qadesk
