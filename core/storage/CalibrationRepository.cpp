#include "CalibrationRepository.h"

#include "AuditLog.h"
#include "SqlSupport.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace qadesk {
namespace {

} // namespace

CalibrationRepository::CalibrationRepository(const Database& database)
    : m_db(database)
{
}

qint64 CalibrationRepository::add(const CalibrationSession& session, const QString& actor) const
{
    Transaction transaction(m_db);
    const qint64 id = insertWith(
        m_db,
        QStringLiteral("INSERT INTO calibration_sessions (title, contact_id, scorecard_version_id, "
                       "reference_evaluation_id, scheduled_at, revealed) VALUES (?, ?, ?, ?, ?, ?)"),
        { session.title, session.contactId, session.scorecardVersionId, dbId(session.referenceEvaluationId),
          dbTime(session.scheduledAt), int(session.revealed) },
        QStringLiteral("add calibration session %1").arg(session.title));
    for (const qint64 user : session.evaluatorIds)
        execWith(m_db, QStringLiteral("INSERT INTO calibration_participants (session_id, user_id) VALUES (?, ?)"),
                 { id, user }, QStringLiteral("add calibration participants"));
    AuditLog(m_db).record(actor, QStringLiteral("calibration_session"), id, QStringLiteral("create"), {},
                          QJsonObject { { QStringLiteral("title"), session.title },
                                        { QStringLiteral("contact_id"), session.contactId },
                                        { QStringLiteral("participants"), int(session.evaluatorIds.size()) } });
    transaction.commit();
    return id;
}

std::optional<CalibrationSession> CalibrationRepository::find(qint64 id) const
{
    const QString what = QStringLiteral("read calibration session %1").arg(id);
    auto session = firstOf(selectRows<CalibrationSession>(
        m_db,
        QStringLiteral("SELECT id, title, contact_id, scorecard_version_id, reference_evaluation_id, scheduled_at, "
                       "revealed FROM calibration_sessions WHERE id = ?"),
        { id }, what, [](const QSqlQuery& q) {
            CalibrationSession s;
            s.id = q.value(0).toLongLong();
            s.title = q.value(1).toString();
            s.contactId = q.value(2).toLongLong();
            s.scorecardVersionId = q.value(3).toLongLong();
            s.referenceEvaluationId = q.value(4).toLongLong();
            s.scheduledAt = timeFromDb(q.value(5));
            s.revealed = q.value(6).toBool();
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
    const auto ids = selectRows<qint64>(m_db,
                                        QStringLiteral("SELECT id FROM calibration_sessions ORDER BY scheduled_at DESC, id DESC"),
                                        {}, QStringLiteral("list calibration sessions"),
                                        [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
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
    const qint64 pending = selectRows<qint64>(
        m_db,
        QStringLiteral("SELECT COUNT(*) FROM calibration_participants p WHERE p.session_id = ? AND NOT EXISTS ("
                       "SELECT 1 FROM evaluations e WHERE e.calibration_session_id = p.session_id "
                       "AND e.evaluator_id = p.user_id AND e.submitted_at IS NOT NULL)"),
        { id }, QStringLiteral("check calibration session %1").arg(id),
        [](const QSqlQuery& q) { return q.value(0).toLongLong(); })
                               .value(0);
    if (pending > 0)
        return false;
    execWith(m_db, QStringLiteral("UPDATE calibration_sessions SET revealed = 1 WHERE id = ?"), { id },
             QStringLiteral("reveal calibration session %1").arg(id));
    AuditLog(m_db).record(actor, QStringLiteral("calibration_session"), id, QStringLiteral("reveal"),
                          QJsonObject { { QStringLiteral("revealed"), false } },
                          QJsonObject { { QStringLiteral("revealed"), true } });
    transaction.commit();
    return true;
}

} // namespace qadesk
