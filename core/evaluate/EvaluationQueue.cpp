#include "EvaluationQueue.h"

#include "people/AccessRules.h"
#include "storage/SqlSupport.h"

namespace qadesk {

QList<QueueRow> EvaluationQueue::rows(const Database& database, const Actor& actor, const QueueFilter& filter)
{
    QString where = AccessRules::visibleAgentsSql(actor, QStringLiteral("c.agent_id"));
    QVariantList values { actor.userId, actor.userId };
    if (filter.channel) {
        where += QStringLiteral(" AND c.channel = ?");
        values << toCode(*filter.channel);
    }
    if (filter.agentId) {
        where += QStringLiteral(" AND c.agent_id = ?");
        values << filter.agentId;
    }
    if (filter.teamId) {
        where += QStringLiteral(" AND a.team_id = ?");
        values << filter.teamId;
    }
    if (filter.from.isValid()) {
        where += QStringLiteral(" AND c.started_at >= ?");
        values << database.time().dayStartMs(filter.from);
    }
    if (filter.to.isValid()) {
        where += QStringLiteral(" AND c.started_at < ?");
        values << database.time().dayStartMs(filter.to.addDays(1));
    }
    if (!filter.metrics.isEmpty())
        where += QStringLiteral(" AND %1").arg(filter.metrics.sql(QStringLiteral("m"), &values));
    switch (filter.status) {
    case QueueFilter::Status::Any:
        break;
    case QueueFilter::Status::NotEvaluated:
        where += QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM evaluations e WHERE e.contact_id = c.id AND "
                                "e.submitted_at IS NOT NULL)");
        break;
    case QueueFilter::Status::MyDraft:
        where += QStringLiteral(" AND d.id IS NOT NULL");
        break;
    case QueueFilter::Status::Submitted:
        where += QStringLiteral(" AND EXISTS (SELECT 1 FROM evaluations e WHERE e.contact_id = c.id AND "
                                "e.submitted_at IS NOT NULL)");
        break;
    case QueueFilter::Status::AssignedToMe:
        where += QStringLiteral(" AND s.id IS NOT NULL");
        break;
    }
    values << filter.limit;
    return selectRows<QueueRow>(
        database,
        QStringLiteral("SELECT c.id, c.external_id, c.channel, a.name, t.name, c.started_at, c.duration_s, c.queue, "
                       "r.contact_id IS NOT NULL, s.id IS NOT NULL, s.due, d.id, "
                       "(SELECT COUNT(*) FROM evaluations e WHERE e.contact_id = c.id AND e.submitted_at IS NOT NULL) "
                       "FROM contacts c JOIN agents a ON a.id = c.agent_id LEFT JOIN teams t ON t.id = a.team_id "
                       "LEFT JOIN recordings r ON r.contact_id = c.id "
                       "LEFT JOIN contact_metrics m ON m.contact_id = c.id "
                       "LEFT JOIN assignments s ON s.contact_id = c.id AND s.evaluator_id = ? "
                       "LEFT JOIN evaluations d ON d.contact_id = c.id AND d.evaluator_id = ? AND d.status = 'draft' "
                       "WHERE %1 ORDER BY (s.id IS NULL), c.started_at DESC LIMIT ?")
            .arg(where),
        values, QStringLiteral("list the evaluation queue"), [](const QSqlQuery& q) {
            QueueRow row;
            row.contactId = q.value(0).toLongLong();
            row.externalId = q.value(1).toString();
            row.channel = fromCode<Channel>(q.value(2).toString()).value_or(Channel::Call);
            row.agent = q.value(3).toString();
            row.team = q.value(4).toString();
            row.startedAt = timeFromDb(q.value(5));
            row.durationSeconds = q.value(6).toInt();
            row.queue = q.value(7).toString();
            row.hasRecording = q.value(8).toBool();
            row.assignedToMe = q.value(9).toBool();
            row.due = dateFromDb(q.value(10));
            row.myDraftId = q.value(11).toLongLong();
            row.submitted = q.value(12).toInt();
            return row;
        });
}

} // namespace qadesk
