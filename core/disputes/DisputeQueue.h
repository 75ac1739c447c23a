#pragma once

#include "model/Enums.h"
#include "people/Actor.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace qadesk {

// A dispute with what the QA queue and its history show beside it, read in one query.
struct DisputeRow {
    qint64 id = 0;
    qint64 evaluationId = 0;
    QString itemKey; // empty: the whole evaluation
    QString itemQuestion; // the disputed item's question in the evaluation's scorecard version
    QString reason;
    DisputeStatus status = DisputeStatus::Open;
    QDateTime raisedAt;
    QString raisedBy; // display names from here on
    QString agent;
    QString evaluator;
    QString contact; // the contact's external id
    std::optional<double> score; // of the disputed evaluation, 0..1
    QDateTime resolvedAt;
    QString resolvedBy;
    QString resolutionNote;
    qint64 revisionId = 0; // the revision an overturn created
    std::optional<double> revisedScore; // its score, 0..1
};

class DisputeQueue final {
public:
    // Open disputes of the agents the actor may see, oldest first: the order QA works through them. Throws StorageError.
    static QList<DisputeRow> open(const Database& database, const Actor& actor);
    // Resolved disputes of the agents the actor may see, the most recently resolved first, at most `limit`. Throws
    // StorageError.
    static QList<DisputeRow> resolved(const Database& database, const Actor& actor, int limit);
};

} // namespace qadesk
