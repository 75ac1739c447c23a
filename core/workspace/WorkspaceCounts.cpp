#include "WorkspaceCounts.h"

#include "storage/SqlSupport.h"

namespace qadesk {

QJsonObject WorkspaceCounts::toJson() const
{
    return QJsonObject { { QStringLiteral("schema_version"), schemaVersion },
                         { QStringLiteral("time_zone"), timeZone },
                         { QStringLiteral("teams"), teams },
                         { QStringLiteral("agents"), agents },
                         { QStringLiteral("users"), users },
                         { QStringLiteral("contacts"), contacts },
                         { QStringLiteral("evaluations"), evaluations },
                         { QStringLiteral("scorecards"), scorecards },
                         { QStringLiteral("coaching_sessions"), coachingSessions },
                         { QStringLiteral("disputes"), disputes } };
}

WorkspaceCounts countWorkspace(const Database& database)
{
    WorkspaceCounts counts;
    counts.schemaVersion = database.schemaVersion();
    counts.timeZone = database.time().zoneId();
    const std::pair<const char*, qint64*> tables[] = {
        { "teams", &counts.teams },
        { "agents", &counts.agents },
        { "users", &counts.users },
        { "contacts", &counts.contacts },
        { "evaluations", &counts.evaluations },
        { "scorecards", &counts.scorecards },
        { "coaching_sessions", &counts.coachingSessions },
        { "disputes", &counts.disputes },
    };
    for (const auto& [table, count] : tables) {
        const QString name = QString::fromLatin1(table);
        *count = selectRows<qint64>(database, QStringLiteral("SELECT COUNT(*) FROM %1").arg(name), {},
                                    QStringLiteral("count %1").arg(name),
                                    [](const QSqlQuery& q) { return q.value(0).toLongLong(); })
                     .value(0);
    }
    return counts;
}

} // namespace qadesk
