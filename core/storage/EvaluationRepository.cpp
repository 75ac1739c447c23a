#include "EvaluationRepository.h"

#include "Aggregates.h"
#include "AuditLog.h"
#include "CalibrationRepository.h"
#include "OrganizationRepository.h"
#include "RowVersion.h"
#include "ScorecardRepository.h"
#include "SqlSupport.h"
#include "RowStatements.h"
#include "Transaction.h"
#include "WorkspaceChanges.h"
#include "people/AccessRules.h"
#include "scoring/ScoringEngine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace qadesk {
namespace {

const QLatin1String s_columns(
    "id, contact_id, scorecard_version_id, evaluator_id, agent_id, team_id, kind, status, calibration_session_id, "
    "revision_of, superseded, overall_comment, created_at, updated_at, submitted_at, submitted_by, seconds_spent, "
    "score, raw_score, critical_failed, revised_by, revised_at, revision_note, row_version");

Evaluation toHeader(const QSqlQuery& q)
{
    Evaluation e;
    e.id = q.value(0).toLongLong();
    e.contactId = q.value(1).toLongLong();
    e.scorecardVersionId = q.value(2).toLongLong();
    e.evaluatorId = q.value(3).toLongLong();
    e.agentId = q.value(4).toLongLong();
    e.teamId = q.value(5).toLongLong();
    e.kind = fromCode<EvaluationKind>(q.value(6).toString()).value_or(EvaluationKind::Regular);
    e.status = fromCode<EvaluationStatus>(q.value(7).toString()).value_or(EvaluationStatus::Draft);
    e.calibrationSessionId = q.value(8).toLongLong();
    e.revisionOf = q.value(9).toLongLong();
    e.superseded = q.value(10).toBool();
    e.overallComment = q.value(11).toString();
    e.createdAt = timeFromDb(q.value(12));
    e.updatedAt = timeFromDb(q.value(13));
    e.submittedAt = timeFromDb(q.value(14));
    e.submittedBy = q.value(15).toString();
    e.secondsSpent = q.value(16).toInt();
    e.score = optionalDoubleFromDb(q.value(17));
    e.rawScore = optionalDoubleFromDb(q.value(18));
    e.criticalFailed = q.value(19).toBool();
    e.revisedBy = q.value(20).toString();
    e.revisedAt = timeFromDb(q.value(21));
    e.revisionNote = q.value(22).toString();
    e.rowVersion = q.value(23).toInt();
    return e;
}

QJsonObject toJson(const Evaluation& e)
{
    QJsonObject answers;
    for (const auto& a : e.answers) {
        answers.insert(a.itemKey,
                       QJsonObject { { QStringLiteral("option"), a.optionIndex ? QJsonValue(*a.optionIndex) : QJsonValue() },
                                     { QStringLiteral("na"), a.na },
                                     { QStringLiteral("comment"), a.comment } });
    }
    return QJsonObject { { QStringLiteral("status"), toCode(e.status) },
                         { QStringLiteral("score"), e.score ? QJsonValue(*e.score) : QJsonValue() },
                         { QStringLiteral("raw_score"), e.rawScore ? QJsonValue(*e.rawScore) : QJsonValue() },
                         { QStringLiteral("critical_failed"), e.criticalFailed },
                         { QStringLiteral("superseded"), e.superseded },
                         { QStringLiteral("overall_comment"), e.overallComment },
                         { QStringLiteral("submitted_at"),
                           e.submittedAt.isValid() ? QJsonValue(e.submittedAt.toMSecsSinceEpoch()) : QJsonValue() },
                         { QStringLiteral("revised_by"),
                           e.revisedBy.isEmpty() ? QJsonValue() : QJsonValue(e.revisedBy) },
                         { QStringLiteral("revision_note"), e.revisionNote },
                         { QStringLiteral("answers"), answers } };
}

// Applies the engine's result to an evaluation, refusing what a submit must not accept.
void scoreForSubmit(Evaluation& evaluation, const ScorecardVersion& version)
{
    const ScoreResult result = scoreEvaluation(version, evaluation.answers);
    if (!result.unanswered.isEmpty())
        throw StorageError(EvaluationRepository::tr("Cannot submit: these items have no answer: %1.").arg(result.unanswered.join(QStringLiteral(", "))));
    if (!result.missingComments.isEmpty())
        throw StorageError(EvaluationRepository::tr("Cannot submit: these failed items need a comment: %1.")
                               .arg(result.missingComments.join(QStringLiteral(", "))));
    evaluation.score = result.score;
    evaluation.rawScore = result.rawScore;
    evaluation.criticalFailed = result.criticalFailed;
}

ScorecardVersion loadVersion(const Database& db, qint64 versionId)
{
    const auto version = ScorecardRepository(db).version(versionId);
    if (!version)
        throw StorageError(EvaluationRepository::tr("Scorecard version %1 does not exist.").arg(versionId));
    return *version;
}

} // namespace

EvaluationWriter::EvaluationWriter(const Database& database, const ScorecardVersion& version)
    : m_db(database)
    , m_version(version)
    , m_insertEvaluation(prepareSql(
          database.sql(),
          insertGivingId(
              database,
              QStringLiteral(
                  "INSERT INTO evaluations (contact_id, scorecard_version_id, evaluator_id, agent_id, team_id, "
                  "kind, status, calibration_session_id, revision_of, superseded, overall_comment, created_at, "
                  "updated_at, submitted_at, submitted_by, seconds_spent, score, raw_score, critical_failed, "
                  "revised_by, revised_at, revision_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                  "?, ?, ?, ?, ?)")),
          QStringLiteral("prepare to write evaluations")))
    , m_insertAnswer(
          prepareSql(database.sql(),
                     QStringLiteral("INSERT INTO evaluation_answers (evaluation_id, item_id, option_index, na, "
                                    "points, failed, comment, anchor_ms, anchor_message) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     QStringLiteral("prepare to write answers")))
    , m_insertAnnotation(prepareSql(database.sql(),
                                    QStringLiteral("INSERT INTO annotations (evaluation_id, anchor_ms, anchor_message, "
                                                   "body, author, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                                    QStringLiteral("prepare to write annotations")))
{
}

qint64 EvaluationWriter::insert(const Evaluation& e)
{
    const QVariantList values { e.contactId,
                                e.scorecardVersionId,
                                e.evaluatorId,
                                e.agentId,
                                dbId(e.teamId),
                                toCode(e.kind),
                                toCode(e.status),
                                dbId(e.calibrationSessionId),
                                dbId(e.revisionOf),
                                int(e.superseded),
                                e.overallComment,
                                dbTime(e.createdAt),
                                dbTime(e.updatedAt.isValid() ? e.updatedAt : e.createdAt),
                                dbTime(e.submittedAt),
                                e.submittedBy,
                                e.secondsSpent,
                                dbOptional(e.score),
                                dbOptional(e.rawScore),
                                int(e.criticalFailed),
                                e.revisedBy.isEmpty() ? QVariant() : QVariant(e.revisedBy),
                                dbTime(e.revisedAt),
                                e.revisionNote };
    bindAll(m_insertEvaluation, values);
    const qint64 id = insertReturningId(m_insertEvaluation, QStringLiteral("write an evaluation"));
    writeContent(id, e);
    return id;
}

void EvaluationWriter::replaceContent(const Evaluation& e)
{
    const QString what = QStringLiteral("save evaluation %1").arg(e.id);
    execWith(m_db, QStringLiteral("DELETE FROM evaluation_answers WHERE evaluation_id = ?"), { e.id }, what);
    execWith(m_db, QStringLiteral("DELETE FROM annotations WHERE evaluation_id = ?"), { e.id }, what);
    writeContent(e.id, e);
}

void EvaluationWriter::writeContent(qint64 evaluationId, const Evaluation& e)
{
    const QString what = QStringLiteral("write the answers of evaluation %1").arg(evaluationId);
    for (const auto& answer : e.answers) {
        const ScorecardItem* item = m_version.findItem(answer.itemKey);
        if (!item)
            throw StorageError(EvaluationRepository::tr("Evaluation %1 answers item \"%2\", which version %3 of its scorecard does not have.")
                                   .arg(evaluationId)
                                   .arg(answer.itemKey)
                                   .arg(m_version.number));
        const ScorecardOption* option = answer.optionIndex && *answer.optionIndex >= 0
                && *answer.optionIndex < item->options.size()
            ? &item->options.at(*answer.optionIndex)
            : nullptr;
        bindAll(m_insertAnswer,
                { evaluationId, item->id, option ? QVariant(*answer.optionIndex) : QVariant(), int(answer.na),
                  option ? QVariant(option->points) : QVariant(), int(option && option->fails), answer.comment,
                  dbOptional(answer.anchor.positionMs), dbOptional(answer.anchor.messageSequence) });
        execPrepared(m_insertAnswer, what);
    }
    for (const auto& note : e.annotations) {
        bindAll(m_insertAnnotation,
                { evaluationId, dbOptional(note.anchor.positionMs), dbOptional(note.anchor.messageSequence), note.text,
                  note.author, dbTime(note.createdAt.isValid() ? note.createdAt : m_db.time().now()) });
        execPrepared(m_insertAnnotation, what);
    }
}

EvaluationRepository::EvaluationRepository(const Database& database)
    : m_db(database)
{
}

qint64 EvaluationRepository::createDraft(const Evaluation& evaluation, const QString& actor) const
{
    Transaction transaction(m_db);
    const auto owner = selectRows<std::pair<qint64, qint64>>(
        m_db, QStringLiteral("SELECT c.agent_id, a.team_id FROM contacts c JOIN agents a ON a.id = c.agent_id WHERE c.id = ?"),
        { evaluation.contactId }, QStringLiteral("read contact %1").arg(evaluation.contactId),
        [](const QSqlQuery& q) { return std::pair { q.value(0).toLongLong(), q.value(1).toLongLong() }; });
    if (owner.isEmpty())
        throw StorageError(EvaluationRepository::tr("Contact %1 does not exist.").arg(evaluation.contactId));
    // Whoever calls, the evaluation is in the evaluator's name, so the evaluator's own role decides.
    const auto evaluator = UserRepository(m_db).find(evaluation.evaluatorId);
    if (!evaluator)
        throw StorageError(EvaluationRepository::tr("User %1 does not exist, so cannot evaluate.").arg(evaluation.evaluatorId));
    const Actor author { evaluator->id, evaluator->login, evaluator->displayName, evaluator->role, {}, evaluator->agentId };
    if (const Decision decision = AccessRules::check(author, Action::Evaluate); !decision)
        throw StorageError(EvaluationRepository::tr("%1 cannot evaluate: %2").arg(evaluator->displayName, decision.reason));
    const ScorecardVersion version = loadVersion(m_db, evaluation.scorecardVersionId);
    if (version.status != VersionStatus::Published)
        throw StorageError(EvaluationRepository::tr("Version %1 of this scorecard is a draft; evaluations use published versions only.")
                               .arg(version.number));
    if (evaluation.kind == EvaluationKind::Calibration)
        CalibrationRepository(m_db).checkScoring(evaluation);
    Evaluation draft = evaluation;
    draft.agentId = owner.first().first;
    draft.teamId = owner.first().second;
    draft.status = EvaluationStatus::Draft;
    draft.createdAt = draft.updatedAt = m_db.time().now();
    draft.submittedAt = {};
    const qint64 id = EvaluationWriter(m_db, version).insert(draft);
    AuditLog(m_db).record(actor, QStringLiteral("evaluation"), id, QStringLiteral("create"), {}, toJson(draft));
    transaction.commit();
    return id;
}

int EvaluationRepository::saveDraft(const Evaluation& evaluation) const
{
    Transaction transaction(m_db);
    const auto stored = find(evaluation.id);
    if (!stored)
        throw StorageError(EvaluationRepository::tr("Evaluation %1 does not exist.").arg(evaluation.id));
    // Someone else's save (or submit) since this form was read wins; saying so beats "locked".
    if (stored->rowVersion != evaluation.rowVersion)
        RowVersion::throwStale(m_db, VersionedRow::Evaluation, evaluation.id);
    if (stored->status != EvaluationStatus::Draft)
        throw StorageError(EvaluationRepository::tr("Evaluation %1 was submitted and is locked; change it through a dispute or a revision.")
                               .arg(evaluation.id));
    const ScorecardVersion version = loadVersion(m_db, stored->scorecardVersionId);
    // A draft is its evaluator's alone, so whichever desktop saved it, the evaluator did.
    const auto evaluator = UserRepository(m_db).find(stored->evaluatorId);
    const QString actor = evaluator ? evaluator->login : QString();
    const int saved = RowVersion::update(m_db, VersionedRow::Evaluation, evaluation.id, evaluation.rowVersion,
                                         QStringLiteral("overall_comment = ?, seconds_spent = ?"),
                                         { evaluation.overallComment, evaluation.secondsSpent }, actor,
                                         QStringLiteral("save evaluation %1").arg(evaluation.id));
    EvaluationWriter(m_db, version).replaceContent(evaluation);
    transaction.commit();
    return saved;
}

qint64 EvaluationRepository::keepAsNewDraft(const Evaluation& mine, const QString& actor) const
{
    Transaction transaction(m_db);
    Evaluation copy = mine;
    copy.id = 0;
    copy.revisionOf = 0;
    copy.superseded = false;
    const qint64 id = createDraft(copy, actor);
    AuditLog(m_db).record(actor, QStringLiteral("evaluation"), id, QStringLiteral("keep_after_conflict"),
                          QJsonObject { { QStringLiteral("conflicting_evaluation"), mine.id } }, toJson(copy));
    transaction.commit();
    return id;
}

void EvaluationRepository::submit(qint64 evaluationId, const QString& actor) const
{
    Transaction transaction(m_db);
    auto evaluation = find(evaluationId);
    if (!evaluation)
        throw StorageError(EvaluationRepository::tr("Evaluation %1 does not exist.").arg(evaluationId));
    if (evaluation->status != EvaluationStatus::Draft)
        throw StorageError(EvaluationRepository::tr("Evaluation %1 is already submitted.").arg(evaluationId));
    const Evaluation before = *evaluation;
    scoreForSubmit(*evaluation, loadVersion(m_db, evaluation->scorecardVersionId));
    evaluation->status = EvaluationStatus::Submitted;
    const QDateTime now = m_db.time().now();
    evaluation->rowVersion = RowVersion::update(
        m_db, VersionedRow::Evaluation, evaluationId, evaluation->rowVersion,
        QStringLiteral("status = 'submitted', submitted_at = ?, submitted_by = ?, score = ?, raw_score = ?, "
                       "critical_failed = ?"),
        { dbTime(now), actor, dbOptional(evaluation->score), dbOptional(evaluation->rawScore),
          int(evaluation->criticalFailed) },
        actor, QStringLiteral("submit evaluation %1").arg(evaluationId));
    if (evaluation->kind != EvaluationKind::Calibration) // a planned contact is done once it is evaluated
        execWith(m_db, QStringLiteral("UPDATE assignments SET evaluation_id = ? WHERE contact_id = ? AND evaluation_id IS NULL"),
                 { evaluationId, evaluation->contactId }, QStringLiteral("mark the assignment of evaluation %1 done").arg(evaluationId));
    Aggregates::refresh(m_db, Aggregates::monthsOf(m_db, { evaluationId }));
    AuditLog(m_db).record(actor, QStringLiteral("evaluation"), evaluationId, QStringLiteral("submit"), toJson(before),
                          toJson(*evaluation));
    if (evaluation->kind == EvaluationKind::Calibration && evaluation->calibrationSessionId) // the last one reveals
        CalibrationRepository(m_db).revealIfComplete(evaluation->calibrationSessionId, actor);
    WorkspaceChanges::announce(m_db, Change::Evaluation, evaluationId);
    transaction.commit();
}

qint64 EvaluationRepository::revise(qint64 originalId, const QList<Answer>& answers, const QString& note,
                                    const QString& actor) const
{
    Transaction transaction(m_db);
    const auto original = find(originalId);
    if (!original)
        throw StorageError(EvaluationRepository::tr("Evaluation %1 does not exist.").arg(originalId));
    if (original->status == EvaluationStatus::Draft)
        throw StorageError(EvaluationRepository::tr("Evaluation %1 is a draft; edit it instead of revising it.").arg(originalId));
    if (original->superseded)
        throw StorageError(EvaluationRepository::tr("Evaluation %1 was already revised; revise its latest revision.").arg(originalId));
    const ScorecardVersion version = loadVersion(m_db, original->scorecardVersionId);
    Evaluation revision = *original;
    revision.id = 0;
    revision.revisionOf = originalId;
    revision.status = EvaluationStatus::Revised;
    revision.superseded = false;
    revision.answers = answers;
    scoreForSubmit(revision, version);
    // The revision takes the original's place: its period (submitted_at), evaluator and comment stay; the reviser
    // and the note are the reviser's own.
    revision.createdAt = revision.updatedAt = revision.revisedAt = m_db.time().now();
    revision.revisedBy = actor;
    revision.revisionNote = note;
    const qint64 id = EvaluationWriter(m_db, version).insert(revision);
    RowVersion::update(m_db, VersionedRow::Evaluation, originalId, original->rowVersion, QStringLiteral("superseded = 1"),
                       {}, actor, QStringLiteral("supersede evaluation %1").arg(originalId));
    Aggregates::refresh(m_db, Aggregates::monthsOf(m_db, { originalId, id }));
    Evaluation supersededOriginal = *original;
    supersededOriginal.superseded = true;
    AuditLog audit(m_db);
    audit.record(actor, QStringLiteral("evaluation"), originalId, QStringLiteral("supersede"), toJson(*original),
                 toJson(supersededOriginal));
    audit.record(actor, QStringLiteral("evaluation"), id, QStringLiteral("revise"), toJson(*original), toJson(revision));
    WorkspaceChanges::announce(m_db, Change::Evaluation, id);
    transaction.commit();
    return id;
}

void EvaluationRepository::setStatus(qint64 evaluationId, EvaluationStatus status, const QString& actor) const
{
    Transaction transaction(m_db);
    const auto before = find(evaluationId);
    if (!before)
        throw StorageError(EvaluationRepository::tr("Evaluation %1 does not exist.").arg(evaluationId));
    if (before->status == EvaluationStatus::Draft || status == EvaluationStatus::Draft)
        throw StorageError(EvaluationRepository::tr("Evaluation %1: a draft is submitted, never set to another status.").arg(evaluationId));
    RowVersion::update(m_db, VersionedRow::Evaluation, evaluationId, before->rowVersion, QStringLiteral("status = ?"),
                       { toCode(status) }, actor, QStringLiteral("change the status of evaluation %1").arg(evaluationId));
    Evaluation after = *before;
    after.status = status;
    AuditLog(m_db).record(actor, QStringLiteral("evaluation"), evaluationId, QStringLiteral("status"), toJson(*before),
                          toJson(after));
    transaction.commit();
}

std::optional<Evaluation> EvaluationRepository::find(qint64 id) const
{
    const QString what = QStringLiteral("read evaluation %1").arg(id);
    auto evaluation = firstOf(selectRows<Evaluation>(
        m_db, QStringLiteral("SELECT %1 FROM evaluations WHERE id = ?").arg(s_columns), { id }, what, toHeader));
    if (!evaluation)
        return std::nullopt;
    evaluation->answers = selectRows<Answer>(
        m_db,
        QStringLiteral("SELECT i.item_key, a.option_index, a.na, a.comment, a.anchor_ms, a.anchor_message "
                       "FROM evaluation_answers a JOIN scorecard_items i ON i.id = a.item_id "
                       "WHERE a.evaluation_id = ? ORDER BY i.section_id, i.position"),
        { id }, what, [](const QSqlQuery& q) {
            return Answer { q.value(0).toString(), optionalIntFromDb(q.value(1)), q.value(2).toBool(),
                            q.value(3).toString(),
                            Anchor { optionalInt64FromDb(q.value(4)), optionalIntFromDb(q.value(5)) } };
        });
    evaluation->annotations = selectRows<Annotation>(
        m_db,
        QStringLiteral("SELECT id, anchor_ms, anchor_message, body, author, created_at FROM annotations "
                       "WHERE evaluation_id = ? ORDER BY id"),
        { id }, what, [](const QSqlQuery& q) {
            return Annotation { q.value(0).toLongLong(),
                                Anchor { optionalInt64FromDb(q.value(1)), optionalIntFromDb(q.value(2)) },
                                q.value(3).toString(), q.value(4).toString(), timeFromDb(q.value(5)) };
        });
    return evaluation;
}

std::optional<qint64> EvaluationRepository::draftFor(qint64 contactId, qint64 evaluatorId) const
{
    return firstOf(selectRows<qint64>(
        m_db,
        QStringLiteral("SELECT id FROM evaluations WHERE contact_id = ? AND evaluator_id = ? AND status = 'draft' "
                       "AND kind <> 'calibration' ORDER BY id DESC LIMIT 1"),
        { contactId, evaluatorId }, QStringLiteral("look for a draft of contact %1").arg(contactId),
        [](const QSqlQuery& q) { return q.value(0).toLongLong(); }));
}

QList<Evaluation> EvaluationRepository::forContact(qint64 contactId) const
{
    return selectRows<Evaluation>(
        m_db, QStringLiteral("SELECT %1 FROM evaluations WHERE contact_id = ? ORDER BY id DESC").arg(s_columns),
        { contactId }, QStringLiteral("list the evaluations of contact %1").arg(contactId), toHeader);
}

QList<Evaluation> EvaluationRepository::recentForAgent(qint64 agentId, int limit) const
{
    return selectRows<Evaluation>(
        m_db,
        QStringLiteral("SELECT %1 FROM evaluations WHERE agent_id = ? AND submitted_at IS NOT NULL AND superseded = 0 "
                       "ORDER BY submitted_at DESC LIMIT ?")
            .arg(s_columns),
        { agentId, limit }, QStringLiteral("list the evaluations of agent %1").arg(agentId), toHeader);
}

qint64 EvaluationRepository::count() const
{
    return selectRows<qint64>(m_db, QStringLiteral("SELECT COUNT(*) FROM evaluations"), {},
                              QStringLiteral("count evaluations"), [](const QSqlQuery& q) { return q.value(0).toLongLong(); })
        .value(0);
}

} // namespace qadesk
