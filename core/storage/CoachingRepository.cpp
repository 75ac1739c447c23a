#include "CoachingRepository.h"

#include "AuditLog.h"
#include "RowVersion.h"
#include "SqlSupport.h"
#include "Transaction.h"
#include "people/AccessRules.h"
#include "WorkspaceChanges.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace qadesk {
namespace {

QJsonObject toJson(const CoachingSession& s)
{
    QJsonArray actions;
    for (const auto& a : s.actionItems)
        actions << QJsonObject { { QStringLiteral("text"), a.text },
                                 { QStringLiteral("due"), a.due.toString(Qt::ISODate) },
                                 { QStringLiteral("done"), a.done } };
    return QJsonObject { { QStringLiteral("agent_id"), s.agentId },
                         { QStringLiteral("coach_id"), s.coachId },
                         { QStringLiteral("held_at"), s.heldAt.toString(Qt::ISODate) },
                         { QStringLiteral("focus"), QJsonArray::fromStringList(s.focusItemKeys) },
                         { QStringLiteral("notes"), s.notes },
                         { QStringLiteral("acknowledgement"), toCode(s.acknowledgement) },
                         { QStringLiteral("acknowledgement_note"), s.acknowledgementNote },
                         { QStringLiteral("follow_up"), s.followUp.toString(Qt::ISODate) },
                         { QStringLiteral("action_items"), actions } };
}

} // namespace

CoachingRepository::CoachingRepository(const Database& database)
    : m_db(database)
{
}

qint64 CoachingRepository::add(const CoachingSession& session, const QString& actor) const
{
    Transaction transaction(m_db);
    const qint64 id = insertWith(
        m_db,
        QStringLiteral("INSERT INTO coaching_sessions (agent_id, coach_id, held_at, notes, acknowledgement, "
                       "acknowledgement_note, follow_up) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { session.agentId, session.coachId, dbTime(session.heldAt), session.notes, toCode(session.acknowledgement),
          session.acknowledgementNote, dbDate(session.followUp) },
        QStringLiteral("add a coaching session"));
    writeChildren(id, session);
    AuditLog(m_db).record(actor, QStringLiteral("coaching_session"), id, QStringLiteral("create"), {}, toJson(session));
    WorkspaceChanges::announce(m_db, Change::Coaching, id);
    transaction.commit();
    return id;
}

int CoachingRepository::update(const CoachingSession& session, const QString& actor) const
{
    Transaction transaction(m_db);
    const auto before = find(session.id);
    if (!before)
        throw StorageError(CoachingRepository::tr("Coaching session %1 does not exist.").arg(session.id));
    const QString what = QStringLiteral("update coaching session %1").arg(session.id);
    const int saved = RowVersion::update(
        m_db, VersionedRow::CoachingSession, session.id, session.rowVersion,
        QStringLiteral("agent_id = ?, coach_id = ?, held_at = ?, notes = ?, acknowledgement = ?, "
                       "acknowledgement_note = ?, follow_up = ?"),
        { session.agentId, session.coachId, dbTime(session.heldAt), session.notes, toCode(session.acknowledgement),
          session.acknowledgementNote, dbDate(session.followUp) },
        actor, what);
    for (const char* table : { "coaching_focus_items", "coaching_evaluations", "action_items" })
        execWith(m_db, QStringLiteral("DELETE FROM %1 WHERE session_id = ?").arg(QLatin1String(table)), { session.id },
                 what);
    writeChildren(session.id, session);
    AuditLog(m_db).record(actor, QStringLiteral("coaching_session"), session.id, QStringLiteral("update"),
                          toJson(*before), toJson(session));
    WorkspaceChanges::announce(m_db, Change::Coaching, session.id);
    transaction.commit();
    return saved;
}

void CoachingRepository::writeChildren(qint64 sessionId, const CoachingSession& session) const
{
    const QString what = QStringLiteral("write coaching session %1").arg(sessionId);
    for (int i = 0; i < session.focusItemKeys.size(); ++i)
        execWith(m_db, QStringLiteral("INSERT INTO coaching_focus_items (session_id, position, item_key) VALUES (?, ?, ?)"),
                 { sessionId, i, session.focusItemKeys.at(i) }, what);
    for (const qint64 evaluationId : session.evaluationIds)
        execWith(m_db, QStringLiteral("INSERT INTO coaching_evaluations (session_id, evaluation_id) VALUES (?, ?)"),
                 { sessionId, evaluationId }, what);
    for (int i = 0; i < session.actionItems.size(); ++i) {
        const auto& a = session.actionItems.at(i);
        execWith(m_db,
                 QStringLiteral("INSERT INTO action_items (session_id, position, body, due, done, done_at) "
                                "VALUES (?, ?, ?, ?, ?, ?)"),
                 { sessionId, i, a.text, dbDate(a.due), int(a.done), dbTime(a.doneAt) }, what);
    }
}

std::optional<CoachingSession> CoachingRepository::find(qint64 id) const
{
    const QString what = QStringLiteral("read coaching session %1").arg(id);
    auto session = firstOf(selectRows<CoachingSession>(
        m_db,
        QStringLiteral("SELECT id, agent_id, coach_id, held_at, notes, acknowledgement, acknowledgement_note, follow_up, "
                       "row_version FROM coaching_sessions WHERE id = ?"),
        { id }, what, [](const QSqlQuery& q) {
            CoachingSession s;
            s.id = q.value(0).toLongLong();
            s.agentId = q.value(1).toLongLong();
            s.coachId = q.value(2).toLongLong();
            s.heldAt = timeFromDb(q.value(3));
            s.notes = q.value(4).toString();
            s.acknowledgement
                = fromCode<AcknowledgementStatus>(q.value(5).toString()).value_or(AcknowledgementStatus::Pending);
            s.acknowledgementNote = q.value(6).toString();
            s.followUp = dateFromDb(q.value(7));
            s.rowVersion = q.value(8).toInt();
            return s;
        }));
    if (!session)
        return std::nullopt;
    session->focusItemKeys = QStringList(selectRows<QString>(
        m_db, QStringLiteral("SELECT item_key FROM coaching_focus_items WHERE session_id = ? ORDER BY position"), { id },
        what, [](const QSqlQuery& q) { return q.value(0).toString(); }));
    session->evaluationIds = selectRows<qint64>(
        m_db, QStringLiteral("SELECT evaluation_id FROM coaching_evaluations WHERE session_id = ? ORDER BY evaluation_id"),
        { id }, what, [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    session->actionItems = selectRows<ActionItem>(
        m_db,
        QStringLiteral("SELECT id, body, due, done, done_at FROM action_items WHERE session_id = ? ORDER BY position"),
        { id }, what, [](const QSqlQuery& q) {
            return ActionItem { q.value(0).toLongLong(), q.value(1).toString(), dateFromDb(q.value(2)),
                                q.value(3).toBool(), timeFromDb(q.value(4)) };
        });
    return session;
}

QList<CoachingSession> CoachingRepository::forAgent(const Actor& actor, qint64 agentId) const
{
    AccessRules::requireAgentRecords(m_db, actor, agentId);
    return sessions(QStringLiteral("agent_id = ?"), { agentId }, QStringLiteral("list the coaching sessions of agent %1").arg(agentId));
}

QList<CoachingSession> CoachingRepository::heldBetween(const Actor& actor, const QDateTime& from, const QDateTime& to) const
{
    return sessions(QStringLiteral("held_at >= ? AND held_at < ? AND %1")
                        .arg(AccessRules::visibleAgentsSql(actor, QStringLiteral("agent_id"))),
                    { dbTime(from), dbTime(to) },
                    QStringLiteral("list coaching sessions"));
}

QList<CoachingSession> CoachingRepository::sessions(const QString& where, const QVariantList& values, const QString& what) const
{
    const auto ids = selectRows<qint64>(
        m_db, QStringLiteral("SELECT id FROM coaching_sessions WHERE %1 ORDER BY held_at DESC, id DESC").arg(where), values,
        what, [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    QList<CoachingSession> result;
    for (const qint64 id : ids)
        result << *find(id);
    return result;
}

} // namespace qadesk
