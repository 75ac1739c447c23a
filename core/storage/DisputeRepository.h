#pragma once

#include <QCoreApplication>

#include "Database.h"
#include "model/Coaching.h"
#include "model/Evaluation.h"

#include <QList>

#include <optional>

namespace qadesk {

// Disputes of evaluations: raise → in the QA queue → uphold (score stands) or overturn (a revision replaces it).
class DisputeRepository final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::DisputeRepository)

public:
    explicit DisputeRepository(const Database& database);

    // Opens a dispute and marks the evaluation "in dispute". Refuses drafts, superseded evaluations and a second open
    // dispute on the same evaluation.
    qint64 raise(const Dispute& dispute, const QString& actor) const;
    // A dispute is decided once: when another reviewer decided it first (even at the same moment, from another
    // desktop), uphold and overturn throw ConflictError "already decided by X at HH:mm" and change nothing.
    // The score stands: the dispute closes as upheld and the evaluation returns to "submitted".
    void uphold(qint64 disputeId, qint64 resolverId, const QString& note, const QString& actor) const;
    // Creates a revision of the evaluation with `answers` (EvaluationRepository::revise), closes the dispute as
    // overturned and links the revision; returns the revision id. The original stays, marked superseded.
    qint64 overturn(qint64 disputeId, qint64 resolverId, const QList<Answer>& answers, const QString& note,
                    const QString& actor) const;

    std::optional<Dispute> find(qint64 id) const;
    QList<Dispute> open() const; // oldest first: the QA queue
    QList<Dispute> forEvaluation(qint64 evaluationId) const;

private:
    // The open dispute, checked to be one `resolverId` may decide (AccessRules, Action::DecideDispute).
    Dispute resolvable(qint64 disputeId, qint64 resolverId) const;
    // Stores the decision `after` if `before` is still open at its row version; throws ConflictError otherwise.
    void decideOnce(const Dispute& before, const Dispute& after, const QString& actor) const;
    [[noreturn]] void throwDecided(const Dispute& decided) const;
    const Database& m_db;
};

} // namespace qadesk
