#include "CalibrationRepository.h"

#include "AuditLog.h"
#include "EvaluationRepository.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace qadesk {
namespace {

QJsonObject toJson(const CalibrationItem& item)
{
    QJsonObject json { { QStringLiteral("item"), item.itemKey },
                       { QStringLiteral("note"), item.note },
                       { QStringLiteral("agreed_na"), item.agreedNa } };
    json.insert(QStringLiteral("agreed_option"), item.agreedOption ? QJsonValue(*item.agreedOption) : QJsonValue());
    return json;
}

QJsonObject revealedJson(bool revealed)
{
    return QJsonObject { { QStringLiteral("revealed"), revealed } };
}

} // namespace

CalibrationRepository::CalibrationRepository(const Database& database)
    : m_db(database)
{
}

qint64 CalibrationRepository::add(const CalibrationSession& session, const QString& actor) const
{
    Transaction transaction(m_db);
    const QDateTime created = session.createdAt.isValid() ? session.createdAt : m_db.time().now();
    const qint64 id = insertWith(
        m_db,
        QStringLiteral("INSERT INTO calibration_sessions (title, contact_id, scorecard_version_id, "
                       "reference_evaluation_id, scheduled_at, revealed, organiser_id, reference_user_id, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { session.title, session.contactId, session.scorecardVersionId, dbId(session.referenceEvaluationId),
          dbTime(session.scheduledAt), int(session.revealed), dbId(session.organiserId), dbId(session.referenceUserId),
          dbTime(created) },
        QStringLiteral("add calibration session %1").arg(session.title));
    for (const qint64 user : session.evaluatorIds)
        execWith(m_db, QStringLiteral("INSERT INTO calibration_participants (session_id, user_id) VALUES (?, ?)"),
                 { id, user }, QStringLiteral("add calibration participants"));
    AuditLog(m_db).record(actor, QStringLiteral("calibration_session"), id, QStringLiteral("create"), {},
                          QJsonObject { { QStringLiteral("title"), session.title },
                                        { QStringLiteral("contact_id"), session.contactId },
                                        { QStringLiteral("scorecard_version_id"), session.scorecardVersionId },
                                        { QStringLiteral("participants"), int(session.evaluatorIds.size()) },
                                        { QStringLiteral("reference_user_id"), session.referenceUserId } });
    transaction.commit();
    return id;
}

std::optional<CalibrationSession> CalibrationRepository::find(qint64 id) const
{
    const QString what = QStringLiteral("read calibration session %1").arg(id);
    auto session = firstOf(selectRows<CalibrationSession>(
        m_db,
        QStringLiteral("SELECT id, title, contact_id, scorecard_version_id, reference_evaluation_id, scheduled_at, "
                       "revealed, organiser_id, reference_user_id, draft_version_id, created_at "
                       "FROM calibration_sessions WHERE id = ?"),
        { id }, what, [](const QSqlQuery& q) {
            CalibrationSession s;
            s.id = q.value(0).toLongLong();
            s.title = q.value(1).toString();
            s.contactId = q.value(2).toLongLong();
            s.scorecardVersionId = q.value(3).toLongLong();
            s.referenceEvaluationId = q.value(4).toLongLong();
            s.scheduledAt = timeFromDb(q.value(5));
            s.revealed = q.value(6).toBool();
            s.organiserId = q.value(7).toLongLong();
            s.referenceUserId = q.value(8).toLongLong();
            s.draftVersionId = q.value(9).toLongLong();
            s.createdAt = timeFromDb(q.value(10));
            return s;
        }));
    if (session)
        session->evaluatorIds = selectRows<qint64>(
            m_db, QStringLiteral("SELECT user_id FROM calibration_participants WHERE session_id = ? ORDER BY user_id"),
            { id }, what, [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    return session;
}

QList<CalibrationSession> CalibrationRepository::all() const
{
    const auto ids = selectRows<qint64>(
        m_db, QStringLiteral("SELECT id FROM calibration_sessions ORDER BY scheduled_at DESC, id DESC"), {},
        QStringLiteral("list calibration sessions"), [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    QList<CalibrationSession> sessions;
    for (const qint64 id : ids)
        sessions << *find(id);
    return sessions;
}

bool CalibrationRepository::revealIfComplete(qint64 id, const QString& actor) const
{
    Transaction transaction(m_db);
    const auto session = find(id);
    if (!session)
        throw StorageError(CalibrationRepository::tr("Calibration session %1 does not exist.").arg(id));
    if (session->revealed)
        return true;
    // +e.evaluator_id: see evaluations().
    const qint64 pending
        = selectRows<qint64>(
              m_db,
              QStringLiteral("SELECT COUNT(*) FROM calibration_participants p WHERE p.session_id = ? AND NOT EXISTS ("
                             "SELECT 1 FROM evaluations e WHERE e.calibration_session_id = p.session_id "
                             "AND +e.evaluator_id = p.user_id AND e.submitted_at IS NOT NULL)"),
              { id }, QStringLiteral("check calibration session %1").arg(id),
              [](const QSqlQuery& q) { return q.value(0).toLongLong(); })
              .value(0);
    if (pending > 0)
        return false;
    reveal(id, actor);
    transaction.commit();
    return true;
}

void CalibrationRepository::reveal(qint64 id, const QString& actor) const
{
    Transaction transaction(m_db);
    const auto session = find(id);
    if (!session)
        throw StorageError(CalibrationRepository::tr("Calibration session %1 does not exist.").arg(id));
    if (session->revealed)
        return;
    // The reference participant's submitted scoring becomes the session's reference evaluation.
    const auto reference = session->referenceUserId ? evaluationOf(id, session->referenceUserId) : std::nullopt;
    const auto submitted = reference ? EvaluationRepository(m_db).find(*reference) : std::nullopt;
    execWith(m_db,
             QStringLiteral("UPDATE calibration_sessions SET revealed = 1, reference_evaluation_id = ? WHERE id = ?"),
             { dbId(submitted && submitted->submittedAt.isValid() ? submitted->id : 0), id },
             QStringLiteral("reveal calibration session %1").arg(id));
    AuditLog(m_db).record(actor, QStringLiteral("calibration_session"), id, QStringLiteral("reveal"),
                          revealedJson(false), revealedJson(true));
    transaction.commit();
}

QList<Evaluation> CalibrationRepository::evaluations(qint64 sessionId) const
{
    // +e.evaluator_id here and in the other scoring look-ups: the calibration index finds a session's few rows,
    // but SQLite's statistics (the column is NULL on almost every row) make it pick the evaluator index instead and
    // walk all of that evaluator's evaluations. The unary plus keeps the term out of index use.
    const auto ids = selectRows<qint64>(
        m_db,
        QStringLiteral("SELECT e.id FROM evaluations e JOIN calibration_participants p ON p.session_id = "
                       "e.calibration_session_id AND p.user_id = +e.evaluator_id WHERE e.calibration_session_id = ? "
                       "AND e.kind = 'calibration' AND e.superseded = 0 ORDER BY e.evaluator_id, e.id"),
        { sessionId }, QStringLiteral("read the scorings of calibration session %1").arg(sessionId),
        [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    EvaluationRepository repository(m_db);
    QList<Evaluation> evaluations;
    for (const qint64 id : ids) {
        if (auto evaluation = repository.find(id))
            evaluations << *evaluation;
    }
    return evaluations;
}

std::optional<qint64> CalibrationRepository::evaluationOf(qint64 sessionId, qint64 userId) const
{
    return firstOf(selectRows<qint64>(
        m_db,
        QStringLiteral("SELECT id FROM evaluations WHERE calibration_session_id = ? AND +evaluator_id = ? "
                       "AND kind = 'calibration' AND superseded = 0 ORDER BY id DESC LIMIT 1"),
        { sessionId, userId }, QStringLiteral("look for a scoring in calibration session %1").arg(sessionId),
        [](const QSqlQuery& q) { return q.value(0).toLongLong(); }));
}

void CalibrationRepository::checkScoring(const Evaluation& evaluation) const
{
    const auto session = find(evaluation.calibrationSessionId);
    if (!session)
        throw StorageError(
            CalibrationRepository::tr("A calibration scoring needs its session; session %1 does not exist.")
                .arg(evaluation.calibrationSessionId));
    if (session->revealed)
        throw StorageError(
            CalibrationRepository::tr("The calibration session \"%1\" is revealed: nobody scores it any more.")
                .arg(session->title));
    if (!session->evaluatorIds.contains(evaluation.evaluatorId))
        throw StorageError(CalibrationRepository::tr("Only the participants of \"%1\" score it.").arg(session->title));
    if (evaluation.contactId != session->contactId || evaluation.scorecardVersionId != session->scorecardVersionId)
        throw StorageError(
            CalibrationRepository::tr("The calibration session \"%1\" scores one contact on one scorecard version.")
                .arg(session->title));
    if (evaluationOf(session->id, evaluation.evaluatorId))
        throw StorageError(CalibrationRepository::tr("This evaluator already scores \"%1\".").arg(session->title));
}

QList<CalibrationItem> CalibrationRepository::items(qint64 sessionId) const
{
    return selectRows<CalibrationItem>(
        m_db,
        QStringLiteral("SELECT item_key, note, agreed_option, agreed_na, updated_at, updated_by FROM calibration_items "
                       "WHERE session_id = ? ORDER BY item_key"),
        { sessionId }, QStringLiteral("read the answer key of calibration session %1").arg(sessionId),
        [](const QSqlQuery& q) {
            CalibrationItem item;
            item.itemKey = q.value(0).toString();
            item.note = q.value(1).toString();
            if (!q.value(2).isNull())
                item.agreedOption = q.value(2).toInt();
            item.agreedNa = q.value(3).toBool();
            item.updatedAt = timeFromDb(q.value(4));
            item.updatedBy = q.value(5).toString();
            return item;
        });
}

void CalibrationRepository::saveItem(qint64 sessionId, const CalibrationItem& item, const QString& actor) const
{
    Transaction transaction(m_db);
    const QString what = QStringLiteral("save the answer key of calibration session %1").arg(sessionId);
    std::optional<CalibrationItem> before;
    for (const auto& stored : items(sessionId)) {
        if (stored.itemKey == item.itemKey)
            before = stored;
    }
    execWith(m_db, QStringLiteral("DELETE FROM calibration_items WHERE session_id = ? AND item_key = ?"),
             { sessionId, item.itemKey }, what);
    execWith(m_db,
             QStringLiteral("INSERT INTO calibration_items (session_id, item_key, note, agreed_option, agreed_na, "
                            "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             { sessionId, item.itemKey, item.note, item.agreedOption ? QVariant(*item.agreedOption) : QVariant(),
               int(item.agreedNa), m_db.time().nowMs(), actor },
             what);
    AuditLog(m_db).record(actor, QStringLiteral("calibration_session"), sessionId, QStringLiteral("answer_key"),
                          before ? toJson(*before) : QJsonObject {}, toJson(item));
    transaction.commit();
}

void CalibrationRepository::setDraftVersion(qint64 sessionId, qint64 versionId, const QString& actor) const
{
    Transaction transaction(m_db);
    execWith(m_db, QStringLiteral("UPDATE calibration_sessions SET draft_version_id = ? WHERE id = ?"),
             { versionId, sessionId }, QStringLiteral("link calibration session %1 to its draft").arg(sessionId));
    AuditLog(m_db).record(actor, QStringLiteral("calibration_session"), sessionId, QStringLiteral("draft_version"), {},
                          QJsonObject { { QStringLiteral("draft_version_id"), versionId } });
    transaction.commit();
}

} // namespace qadesk
