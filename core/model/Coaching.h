#pragma once

#include "Enums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace qadesk {

struct ActionItem {
    qint64 id = 0;
    QString text;
    QDate due;
    bool done = false;
    QDateTime doneAt;
    bool operator==(const ActionItem&) const = default;
};

struct CoachingSession {
    qint64 id = 0;
    qint64 agentId = 0;
    qint64 coachId = 0; // a User
    QDateTime heldAt;
    QStringList focusItemKeys;
    QList<qint64> evaluationIds;
    QString notes;
    QList<ActionItem> actionItems;
    AcknowledgementStatus acknowledgement = AcknowledgementStatus::Pending;
    QString acknowledgementNote; // the agent's words, especially on a refusal
    QDate followUp;
    int rowVersion = 1; // the stored row's version when read; a save based on an older one is refused
    bool operator==(const CoachingSession&) const = default;
};

struct Dispute {
    qint64 id = 0;
    qint64 evaluationId = 0;
    QString itemKey; // empty: the whole evaluation
    qint64 raisedBy = 0; // a User
    QDateTime raisedAt;
    QString reason;
    DisputeStatus status = DisputeStatus::Open;
    qint64 resolvedBy = 0;
    QDateTime resolvedAt;
    QString resolutionNote;
    qint64 revisionId = 0; // the revised evaluation an overturn created
    int rowVersion = 1; // the stored row's version when read
    bool operator==(const Dispute&) const = default;
};

struct CalibrationSession {
    qint64 id = 0;
    QString title;
    qint64 contactId = 0;
    qint64 scorecardVersionId = 0;
    QList<qint64> evaluatorIds;
    qint64 referenceEvaluationId = 0; // the expert's evaluation, optional; set at the reveal
    QDateTime scheduledAt; // when the participants meet to discuss: their scores are due by then
    bool revealed = false; // results are shown once everyone has submitted, or when the organiser reveals them
    qint64 organiserId = 0; // a User; 0 in sessions made before schema step 5
    qint64 referenceUserId = 0; // the participant whose scoring is the reference (the expert); 0: the consensus
    qint64 draftVersionId = 0; // the draft scorecard version the session's clarified guidance went into
    QDateTime createdAt;
    bool operator==(const CalibrationSession&) const = default;
};

// What a calibration session concluded on one item: the discussion note and the agreed answer (the answer key).
struct CalibrationItem {
    QString itemKey;
    QString note;
    std::optional<int> agreedOption; // index into the item's options; nullopt: not agreed yet, or N/A
    bool agreedNa = false;
    QDateTime updatedAt;
    QString updatedBy; // login
    bool operator==(const CalibrationItem&) const = default;
};

} // namespace qadesk
