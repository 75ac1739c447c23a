#include "DisputeRepository.h"

#include "AuditLog.h"
#include "ConflictError.h"
#include "EvaluationRepository.h"
#include "OrganizationRepository.h"
#include "RowVersion.h"
#include "SqlSupport.h"
#include "Transaction.h"
#include "WorkspaceChanges.h"
#include "people/AccessRules.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace qadesk {
namespace {

QJsonObject toJson(const Dispute& d)
{
    return QJsonObject { { QStringLiteral("evaluation_id"), d.evaluationId },
                         { QStringLiteral("item_key"), d.itemKey },
                         { QStringLiteral("reason"), d.reason },
                         { QStringLiteral("status"), toCode(d.status) },
                         { QStringLiteral("resolved_by"), d.resolvedBy },
                         { QStringLiteral("resolution_note"), d.resolutionNote },
                         { QStringLiteral("revision_id"), d.revisionId } };
}

const QLatin1String s_disputeColumns("id, evaluation_id, item_key, raised_by, raised_at, reason, status, resolved_by, "
                                     "resolved_at, resolution_note, revision_id, row_version");

Dispute toDispute(const QSqlQuery& q)
{
    return Dispute { q.value(0).toLongLong(),
                     q.value(1).toLongLong(),
                     q.value(2).toString(),
                     q.value(3).toLongLong(),
                     timeFromDb(q.value(4)),
                     q.value(5).toString(),
                     fromCode<DisputeStatus>(q.value(6).toString()).value_or(DisputeStatus::Open),
                     q.value(7).toLongLong(),
                     timeFromDb(q.value(8)),
                     q.value(9).toString(),
                     q.value(10).toLongLong(),
                     q.value(11).toInt() };
}

} // namespace

DisputeRepository::DisputeRepository(const Database& database)
    : m_db(database)
{
}

qint64 DisputeRepository::raise(const Dispute& dispute, const QString& actor) const
{
    Transaction transaction(m_db);
    EvaluationRepository evaluations(m_db);
    const auto evaluation = evaluations.find(dispute.evaluationId);
    if (!evaluation)
        throw StorageError(DisputeRepository::tr("Evaluation %1 does not exist.").arg(dispute.evaluationId));
    if (evaluation->status == EvaluationStatus::Draft || evaluation->superseded)
        throw StorageError(DisputeRepository::tr("Only the latest submitted version of an evaluation can be disputed (evaluation %1).")
                               .arg(dispute.evaluationId));
    if (evaluation->status == EvaluationStatus::InDispute)
        throw StorageError(DisputeRepository::tr("Evaluation %1 already has an open dispute.").arg(dispute.evaluationId));
    if (!dispute.itemKey.isEmpty() && !evaluation->answerFor(dispute.itemKey))
        throw StorageError(DisputeRepository::tr("Evaluation %1 has no item \"%2\" to dispute.").arg(dispute.evaluationId).arg(dispute.itemKey));
    if (dispute.reason.trimmed().isEmpty())
        throw StorageError(DisputeRepository::tr("A dispute needs a reason."));
    Dispute stored = dispute;
    stored.status = DisputeStatus::Open;
    stored.raisedAt = dispute.raisedAt.isValid() ? dispute.raisedAt : m_db.time().now();
    const qint64 id = insertWith(
        m_db,
        QStringLiteral("INSERT INTO disputes (evaluation_id, item_key, raised_by, raised_at, reason, status) "
                       "VALUES (?, ?, ?, ?, ?, 'open')"),
        { stored.evaluationId, stored.itemKey, stored.raisedBy, dbTime(stored.raisedAt), stored.reason },
        QStringLiteral("raise a dispute on evaluation %1").arg(stored.evaluationId));
    evaluations.setStatus(stored.evaluationId, EvaluationStatus::InDispute, actor);
    AuditLog(m_db).record(actor, QStringLiteral("dispute"), id, QStringLiteral("raise"), {}, toJson(stored));
    WorkspaceChanges::announce(m_db, Change::DisputeRaised, id);
    transaction.commit();
    return id;
}

Dispute DisputeRepository::resolvable(qint64 disputeId, qint64 resolverId) const
{
    const auto dispute = find(disputeId);
    if (!dispute)
        throw StorageError(DisputeRepository::tr("Dispute %1 does not exist.").arg(disputeId));
    if (dispute->status != DisputeStatus::Open)
        throwDecided(*dispute);
    const auto resolver = UserRepository(m_db).find(resolverId);
    if (!resolver)
        throw StorageError(DisputeRepository::tr("User %1 does not exist, so cannot resolve dispute %2.").arg(resolverId).arg(disputeId));
    // The resolver's own role and relation to the evaluation decide, whoever calls: no one decides on an
    // evaluation they made or a dispute they raised.
    const auto evaluation = EvaluationRepository(m_db).find(dispute->evaluationId);
    const Actor decider { resolver->id, resolver->login, resolver->displayName, resolver->role,
                          UserRepository(m_db).teamsLedBy(resolver->id), resolver->agentId };
    const Subject subject { evaluation ? evaluation->agentId : 0, evaluation ? evaluation->teamId : 0,
                            evaluation ? evaluation->evaluatorId : 0, dispute->raisedBy };
    if (const Decision decision = AccessRules::check(decider, Action::DecideDispute, subject); !decision)
        throw StorageError(DisputeRepository::tr("%1 cannot resolve dispute %2: %3")
                               .arg(resolver->displayName)
                               .arg(disputeId)
                               .arg(decision.reason));
    return *dispute;
}

void DisputeRepository::throwDecided(const Dispute& dispute) const
{
    const auto resolver = UserRepository(m_db).find(dispute.resolvedBy);
    const QString who = resolver ? resolver->displayName : tr("another reviewer");
    throw ConflictError(tr("This dispute was already decided by %1 at %2.").arg(who, RowVersion::timeOf(m_db, dispute.resolvedAt)),
                        who, dispute.resolvedAt);
}

void DisputeRepository::decideOnce(const Dispute& before, const Dispute& after, const QString& actor) const
{
    // The open state is the compare-and-set: of two reviewers pressing at once, the second finds it decided.
    const int changed = RowVersion::updateWhere(
        m_db, VersionedRow::Dispute, before.id, before.rowVersion,
        QStringLiteral("status = ?, resolved_by = ?, resolved_at = ?, resolution_note = ?"), QStringLiteral("status = 'open'"),
        { toCode(after.status), after.resolvedBy, dbTime(after.resolvedAt), after.resolutionNote }, actor,
        QStringLiteral("decide dispute %1").arg(before.id));
    if (changed == 1)
        return;
    const auto now = find(before.id);
    if (now && now->status != DisputeStatus::Open)
        throwDecided(*now);
    RowVersion::throwStale(m_db, VersionedRow::Dispute, before.id);
}

void DisputeRepository::uphold(qint64 disputeId, qint64 resolverId, const QString& note, const QString& actor) const
{
    Transaction transaction(m_db);
    const Dispute before = resolvable(disputeId, resolverId);
    Dispute after = before;
    after.status = DisputeStatus::Upheld;
    after.resolvedBy = resolverId;
    after.resolvedAt = m_db.time().now();
    after.resolutionNote = note;
    decideOnce(before, after, actor);
    EvaluationRepository(m_db).setStatus(before.evaluationId, EvaluationStatus::Submitted, actor);
    AuditLog(m_db).record(actor, QStringLiteral("dispute"), disputeId, QStringLiteral("uphold"), toJson(before),
                          toJson(after));
    WorkspaceChanges::announce(m_db, Change::DisputeDecided, disputeId);
    transaction.commit();
}

qint64 DisputeRepository::overturn(qint64 disputeId, qint64 resolverId, const QList<Answer>& answers,
                                   const QString& note, const QString& actor) const
{
    Transaction transaction(m_db);
    const Dispute before = resolvable(disputeId, resolverId);
    Dispute after = before;
    after.status = DisputeStatus::Overturned;
    after.resolvedBy = resolverId;
    after.resolvedAt = m_db.time().now();
    after.resolutionNote = note;
    // Decided first, so a second reviewer waits here and is refused before revising anything.
    decideOnce(before, after, actor);
    EvaluationRepository evaluations(m_db);
    // The original leaves the dispute as it was scored; the revision carries the corrected answers.
    evaluations.setStatus(before.evaluationId, EvaluationStatus::Submitted, actor);
    after.revisionId = evaluations.revise(before.evaluationId, answers, note, actor);
    execWith(m_db, QStringLiteral("UPDATE disputes SET revision_id = ? WHERE id = ?"), { after.revisionId, disputeId },
             QStringLiteral("link dispute %1 to its revision").arg(disputeId));
    AuditLog(m_db).record(actor, QStringLiteral("dispute"), disputeId, QStringLiteral("overturn"), toJson(before),
                          toJson(after));
    WorkspaceChanges::announce(m_db, Change::DisputeDecided, disputeId);
    transaction.commit();
    return after.revisionId;
}

std::optional<Dispute> DisputeRepository::find(qint64 id) const
{
    return firstOf(selectRows<Dispute>(m_db, QStringLiteral("SELECT %1 FROM disputes WHERE id = ?").arg(s_disputeColumns),
                                       { id }, QStringLiteral("read dispute %1").arg(id), toDispute));
}

QList<Dispute> DisputeRepository::open() const
{
    return selectRows<Dispute>(
        m_db, QStringLiteral("SELECT %1 FROM disputes WHERE status = 'open' ORDER BY raised_at, id").arg(s_disputeColumns),
        {}, QStringLiteral("list open disputes"), toDispute);
}

QList<Dispute> DisputeRepository::forEvaluation(qint64 evaluationId) const
{
    return selectRows<Dispute>(
        m_db, QStringLiteral("SELECT %1 FROM disputes WHERE evaluation_id = ? ORDER BY id").arg(s_disputeColumns),
        { evaluationId }, QStringLiteral("list the disputes of evaluation %1").arg(evaluationId), toDispute);
}

} // namespace qadesk
