#include "AuditLog.h"

#include "SqlSupport.h"

#include <QJsonDocument>

namespace qadesk {
namespace {

QString compactJson(const QJsonObject& object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QList<AuditEntry> readEntries(QSqlQuery& query)
{
    QList<AuditEntry> entries;
    while (query.next()) {
        entries << AuditEntry { query.value(0).toLongLong(), timeFromDb(query.value(1)), query.value(2).toString(),
                                query.value(3).toString(),   query.value(4).toLongLong(), query.value(5).toString(),
                                query.value(6).toString(),   query.value(7).toString() };
    }
    return entries;
}

const QLatin1String s_columns("id, at, actor, entity, entity_id, action, before_json, after_json");

} // namespace

AuditLog::AuditLog(const Database& database)
    : m_db(database)
{
}

void AuditLog::record(const QString& actor, const QString& entity, qint64 entityId, const QString& action,
                      const QJsonObject& before, const QJsonObject& after) const
{
    const QString what = QStringLiteral("write the audit log");
    QSqlQuery query = prepareSql(m_db.sql(),
                                 QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, action, "
                                                "before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                 what);
    bindAll(query, { m_db.time().nowMs(), actor, entity, entityId, action, compactJson(before),
                     compactJson(after) });
    execPrepared(query, what);
}

QList<AuditEntry> AuditLog::entriesFor(const QString& entity, qint64 entityId) const
{
    const QString what = QStringLiteral("read the audit log");
    QSqlQuery query = prepareSql(
        m_db.sql(),
        QStringLiteral("SELECT %1 FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id").arg(s_columns), what);
    query.addBindValue(entity);
    query.addBindValue(entityId);
    execPrepared(query, what);
    return readEntries(query);
}

QList<AuditEntry> AuditLog::recent(int limit) const
{
    const QString what = QStringLiteral("read the audit log");
    QSqlQuery query
        = prepareSql(m_db.sql(), QStringLiteral("SELECT %1 FROM audit_log ORDER BY id DESC LIMIT ?").arg(s_columns), what);
    query.addBindValue(limit);
    execPrepared(query, what);
    return readEntries(query);
}

} // namespace qadesk
