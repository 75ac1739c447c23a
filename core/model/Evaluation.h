#pragma once

#include "Enums.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace qadesk {

// Where in a contact something refers to: a position in the recording or a message of a transcript.
struct Anchor {
    std::optional<qint64> positionMs;
    std::optional<int> messageSequence;
    bool operator==(const Anchor&) const = default;
    bool isSet() const { return positionMs || messageSequence; }
};

struct Answer {
    QString itemKey;
    std::optional<int> optionIndex; // index into the item's options; nullopt with na == false: not answered yet
    bool na = false;
    QString comment;
    Anchor anchor;
    bool operator==(const Answer&) const = default;
};

// A timestamped remark that belongs to no item.
struct Annotation {
    qint64 id = 0;
    Anchor anchor;
    QString text;
    QString author;
    QDateTime createdAt;
    bool operator==(const Annotation&) const = default;
};

struct Evaluation {
    qint64 id = 0;
    qint64 contactId = 0;
    qint64 scorecardVersionId = 0;
    qint64 evaluatorId = 0; // a User
    qint64 agentId = 0; // copied from the contact when created, so reports need no join
    qint64 teamId = 0; // the agent's team when evaluated
    EvaluationKind kind = EvaluationKind::Regular;
    EvaluationStatus status = EvaluationStatus::Draft;
    qint64 calibrationSessionId = 0;
    qint64 revisionOf = 0; // the evaluation this one revises
    bool superseded = false; // a later revision replaces it in reports
    QList<Answer> answers;
    QList<Annotation> annotations;
    QString overallComment;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime submittedAt; // the period instant: a revision keeps the one of the evaluation it replaces
    QString submittedBy; // a revision keeps the original's
    QString revisedBy; // a revision's author (login), empty otherwise
    QDateTime revisedAt;
    QString revisionNote; // the reviser's reason, e.g. a dispute decision
    int secondsSpent = 0; // time the evaluator had the contact open
    // Computed by the scoring engine at submit; 0..1 fractions at full precision, nullopt when nothing applied.
    std::optional<double> score;
    std::optional<double> rawScore;
    bool criticalFailed = false;
    int rowVersion = 1; // the stored row's version when read; a save based on an older one is refused
    bool operator==(const Evaluation&) const = default;

    const Answer* answerFor(const QString& itemKey) const;
};

} // namespace qadesk
