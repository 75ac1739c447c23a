#pragma once

#include "Database.h"
#include "model/Coaching.h"
#include "model/Evaluation.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace qadesk {

// Calibration sessions: several evaluators score one contact blind; results are revealed once all have submitted or
// when the organiser reveals them. Throws StorageError; every change is recorded in the audit log under `actor`.
// Who may do what is decided by CalibrationService, which is what pages and commands use.
class CalibrationRepository final
{
    Q_DECLARE_TR_FUNCTIONS(qadesk::CalibrationRepository)

public:
    explicit CalibrationRepository(const Database& database);

    qint64 add(const CalibrationSession& session, const QString& actor) const;
    std::optional<CalibrationSession> find(qint64 id) const;
    QList<CalibrationSession> all() const; // newest first
    // Marks the session revealed when every participant has a submitted calibration evaluation; returns whether it is.
    bool revealIfComplete(qint64 id, const QString& actor) const;
    // Marks the session revealed whoever has submitted (the organiser's decision); a revealed session stays so.
    void reveal(qint64 id, const QString& actor) const;

    // The participants' calibration evaluations in the session (the latest of each, complete), by evaluator id.
    QList<Evaluation> evaluations(qint64 sessionId) const;
    // The calibration evaluation `userId` has in the session (draft or submitted), if any.
    std::optional<qint64> evaluationOf(qint64 sessionId, qint64 userId) const;
    // Refuses (StorageError) a calibration evaluation that does not belong to its session: an unknown or revealed
    // session, an evaluator who is not a participant, another contact or scorecard version, or a second scoring.
    void checkScoring(const Evaluation& evaluation) const;

    QList<CalibrationItem> items(qint64 sessionId) const; // by item key
    // Stores the note and agreed answer of one item (replacing what was there), audited with before and after.
    void saveItem(qint64 sessionId, const CalibrationItem& item, const QString& actor) const;
    void setDraftVersion(qint64 sessionId, qint64 versionId, const QString& actor) const;

private:
    const Database& m_db;
};

} // namespace qadesk
