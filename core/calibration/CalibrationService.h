#pragma once

#include "CalibrationReveal.h"
#include "people/Actor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace qadesk {

class Database;

// A line of the sessions list: what anyone may know before the reveal (who has submitted, not what they chose).
struct CalibrationSummary
{
    CalibrationSession session;
    QString contactText; // the contact's external id
    QString agentName;
    QString scorecardText; // "Call form v3"
    QString organiserName;
    int submitted = 0; // participants with a submitted scoring
    bool participating = false; // the actor is a participant
    bool submittedByActor = false;
    bool organising = false; // the organiser, a manager or an administrator: reveals early, keeps the answer key
    bool mayReveal = false; // organising and not revealed yet
};

// What an organiser sets up.
struct CalibrationPlan
{
    QString title;
    qint64 contactId = 0;
    qint64 scorecardVersionId = 0;
    QList<qint64> participantIds; // users who may evaluate; at least two
    qint64 referenceUserId = 0; // one of the participants, or 0 for none (deviations from the consensus)
    QDateTime deadline; // when the participants meet to discuss
};

// Calibration sessions for the signed-in actor (DESIGN.md, "Calibration session"). Participants score blind through
// EvaluationRepository with kind calibration; until the session is revealed nobody gets another participant's answers
// from here, whatever their role: reveal() refuses. Throws AccessDenied when the actor may not do something and
// StorageError when the workspace refuses (both with a sentence for the user).
class CalibrationService final
{
    Q_DECLARE_TR_FUNCTIONS(qadesk::CalibrationService)

public:
    CalibrationService(const Database& database, const Actor& actor);

    // Sessions the actor may see: all for QA and management, none for team leads and agents. Newest first.
    QList<CalibrationSummary> sessions() const;
    // Creates a session (Action::OrganiseCalibration); returns its id.
    qint64 create(const CalibrationPlan& plan) const;
    // The actor's own scoring of the session: stored (draft or submitted) or, before the first answer, a fresh
    // unsaved calibration evaluation. Refuses a non-participant.
    Evaluation myScoring(qint64 sessionId) const;
    // The revealed grid. Refuses before the reveal, and refuses people outside the session who do not organise
    // calibration.
    CalibrationReveal reveal(qint64 sessionId) const;
    // Reveals the session now, whoever has submitted: its organiser, a manager or an administrator.
    void revealNow(qint64 sessionId) const;
    // Stores one item's discussion note and agreed answer, audited: organiser, manager or administrator, after the
    // reveal. `agreedOption` must be an option of the item.
    void saveConclusion(qint64 sessionId, const CalibrationItem& conclusion) const;
    // Turns the clarified guidance into a draft of the session's scorecard: each item's discussion note is appended
    // to its guidance, and the draft's change note names the session. An open draft of the scorecard is reused
    // (there is only ever one). Returns the draft's version id. Refuses when no item has a note.
    qint64 createDraftVersion(qint64 sessionId) const;

private:
    CalibrationSession load(qint64 sessionId) const;
    bool leads(const CalibrationSession& session) const; // organiser, manager or administrator
    // The session, when the actor leads it; else AccessDenied with `refusal`, its %1 the session's title.
    CalibrationSession loadLed(qint64 sessionId, const QString& refusal) const;
    const Database& m_db;
    const Actor m_actor;
};

} // namespace qadesk
