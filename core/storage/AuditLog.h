#pragma once

#include "Database.h"
#include "model/Planning.h"

#include <QJsonObject>
#include <QList>

namespace qadesk {

// The append-only record of who changed what. Repositories write to it inside the same transaction as the change,
// so a change without its audit entry cannot exist. The schema refuses UPDATE and DELETE on the table.
class AuditLog final {
public:
    explicit AuditLog(const Database& database);

    // Throws StorageError. before is empty for a creation.
    void record(const QString& actor, const QString& entity, qint64 entityId, const QString& action,
                const QJsonObject& before, const QJsonObject& after) const;
    QList<AuditEntry> entriesFor(const QString& entity, qint64 entityId) const; // oldest first
    QList<AuditEntry> recent(int limit) const; // newest first

private:
    const Database& m_db;
};

} // namespace qadesk
