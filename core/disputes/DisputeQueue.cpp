#include "DisputeQueue.h"

#include "people/AccessRules.h"
#include "storage/SqlSupport.h"

namespace qadesk {
namespace {

QList<DisputeRow> disputeRows(const Database& database, const QString& whereAndOrder, const QVariantList& values,
                              const QString& what)
{
    return selectRows<DisputeRow>(
        database,
        QStringLiteral("SELECT d.id, d.evaluation_id, d.item_key, COALESCE(i.question, ''), d.reason, d.status, "
                       "d.raised_at, COALESCE(raiser.display_name, ''), a.name, COALESCE(evaluator.display_name, ''), "
                       "c.external_id, e.score, d.resolved_at, COALESCE(resolver.display_name, ''), d.resolution_note, "
                       "d.revision_id, r.score "
                       "FROM disputes d JOIN evaluations e ON e.id = d.evaluation_id "
                       "JOIN contacts c ON c.id = e.contact_id JOIN agents a ON a.id = e.agent_id "
                       "LEFT JOIN scorecard_items i ON i.version_id = e.scorecard_version_id AND i.item_key = d.item_key "
                       "LEFT JOIN users raiser ON raiser.id = d.raised_by "
                       "LEFT JOIN users evaluator ON evaluator.id = e.evaluator_id "
                       "LEFT JOIN users resolver ON resolver.id = d.resolved_by "
                       "LEFT JOIN evaluations r ON r.id = d.revision_id %1")
            .arg(whereAndOrder),
        values, what, [](const QSqlQuery& q) {
            return DisputeRow { q.value(0).toLongLong(),
                                q.value(1).toLongLong(),
                                q.value(2).toString(),
                                q.value(3).toString(),
                                q.value(4).toString(),
                                fromCode<DisputeStatus>(q.value(5).toString()).value_or(DisputeStatus::Open),
                                timeFromDb(q.value(6)),
                                q.value(7).toString(),
                                q.value(8).toString(),
                                q.value(9).toString(),
                                q.value(10).toString(),
                                optionalDoubleFromDb(q.value(11)),
                                timeFromDb(q.value(12)),
                                q.value(13).toString(),
                                q.value(14).toString(),
                                q.value(15).toLongLong(),
                                optionalDoubleFromDb(q.value(16)) };
        });
}

} // namespace

QList<DisputeRow> DisputeQueue::open(const Database& database, const Actor& actor)
{
    return disputeRows(database,
                       QStringLiteral("WHERE d.status = 'open' AND %1 ORDER BY d.raised_at, d.id")
                           .arg(AccessRules::visibleAgentsSql(actor, QStringLiteral("e.agent_id"))),
                       {},
                       QStringLiteral("list open disputes"));
}

QList<DisputeRow> DisputeQueue::resolved(const Database& database, const Actor& actor, int limit)
{
    return disputeRows(database,
                       QStringLiteral("WHERE d.status <> 'open' AND %1 ORDER BY d.resolved_at DESC, d.id DESC LIMIT ?")
                           .arg(AccessRules::visibleAgentsSql(actor, QStringLiteral("e.agent_id"))),
                       { limit }, QStringLiteral("list resolved disputes"));
}

} // namespace qadesk
