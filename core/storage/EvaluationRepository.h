#pragma once

#include <QCoreApplication>

#include "Database.h"
#include "model/Evaluation.h"
#include "model/Scorecard.h"

#include <QList>
#include <QSqlQuery>

#include <optional>

namespace qadesk {

// Inserts evaluations with their answers and annotations through prepared statements kept for its lifetime, so
// bulk writers (the demo builder, imports) and the repository share one path. The caller owns the transaction.
class EvaluationWriter final {
public:
    // `version` must be the stored version the evaluations point at (its item ids resolve answer keys).
    EvaluationWriter(const Database& database, const ScorecardVersion& version);
    qint64 insert(const Evaluation& evaluation); // throws StorageError
    void replaceContent(const Evaluation& evaluation); // answers and annotations of an existing evaluation

private:
    void writeContent(qint64 evaluationId, const Evaluation& evaluation);
    const Database& m_db;
    const ScorecardVersion& m_version;
    QSqlQuery m_insertEvaluation;
    QSqlQuery m_insertAnswer;
    QSqlQuery m_insertAnnotation;
};

// Evaluations through their life: draft (autosaved), submitted (locked, scored), disputed, revised.
// A submitted evaluation never changes in place: revise() creates a new evaluation that supersedes it.
// Every step but draft autosaves is written to the audit log with its actor. Throws StorageError with a message
// that says why (e.g. which items lack an answer) when a step is not allowed.
class EvaluationRepository final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::EvaluationRepository)

public:
    explicit EvaluationRepository(const Database& database);

    // Agent and team are taken from the contact; a calibration scoring must belong to its session
    // (CalibrationRepository::checkScoring). Submitting a session's last scoring reveals the session.
    qint64 createDraft(const Evaluation& evaluation, const QString& actor) const;
    // Answers, annotations, comment, time spent; drafts only. A compare-and-set on evaluation.rowVersion: throws
    // ConflictError when the draft changed since it was read (by its evaluator on another desktop, or a submit).
    // Returns the draft's new row version.
    int saveDraft(const Evaluation& evaluation) const;
    // Stores `mine`, a form whose save was refused (ConflictError), as a new draft of the same contact beside the one
    // that changed, and audits it as kept after that conflict. Returns the new draft's id.
    qint64 keepAsNewDraft(const Evaluation& mine, const QString& actor) const;
    // Scores and locks a draft; refuses unanswered items and failed items that lack a required comment.
    void submit(qint64 evaluationId, const QString& actor) const;
    // Creates a submitted revision of `originalId` with `answers` (and the original's other content), marks the
    // original superseded, and returns the revision's id. The revision takes the original's place: same period
    // (submitted_at), evaluator and comment; `actor` is recorded as its reviser and `note` as the reviser's note.
    qint64 revise(qint64 originalId, const QList<Answer>& answers, const QString& note, const QString& actor) const;
    void setStatus(qint64 evaluationId, EvaluationStatus status, const QString& actor) const;

    std::optional<Evaluation> find(qint64 id) const;
    // The evaluator's draft of the contact outside calibration (CalibrationRepository::evaluationOf has those).
    std::optional<qint64> draftFor(qint64 contactId, qint64 evaluatorId) const;
    QList<Evaluation> forContact(qint64 contactId) const; // headers (no answers), newest first
    QList<Evaluation> recentForAgent(qint64 agentId, int limit) const; // submitted, latest revisions, headers
    qint64 count() const;

private:
    const Database& m_db;
};

} // namespace qadesk
