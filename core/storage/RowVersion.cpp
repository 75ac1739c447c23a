#include "RowVersion.h"

#include "ConflictError.h"
#include "SqlSupport.h"

namespace qadesk {
namespace {

QString tableOf(VersionedRow row)
{
    switch (row) {
    case VersionedRow::Evaluation:
        return QStringLiteral("evaluations");
    case VersionedRow::Dispute:
        return QStringLiteral("disputes");
    case VersionedRow::CoachingSession:
        return QStringLiteral("coaching_sessions");
    case VersionedRow::ScorecardDraft:
        return QStringLiteral("scorecard_versions");
    case VersionedRow::SamplingPlan:
        return QStringLiteral("sampling_plans");
    }
    return {};
}

QString staleMessage(VersionedRow row, const QString& who, const QString& when)
{
    switch (row) {
    case VersionedRow::Evaluation:
        return RowVersion::tr("%1 changed this evaluation at %2 — reload, or keep yours as a new draft").arg(who, when);
    case VersionedRow::Dispute:
        return RowVersion::tr("%1 changed this dispute at %2 — reload to see their change").arg(who, when);
    case VersionedRow::CoachingSession:
        return RowVersion::tr("%1 changed this coaching session at %2 — reload to see their change").arg(who, when);
    case VersionedRow::ScorecardDraft:
        return RowVersion::tr("%1 changed this scorecard draft at %2 — reload to see their change").arg(who, when);
    case VersionedRow::SamplingPlan:
        return RowVersion::tr("%1 changed this sampling plan at %2 — reload to see their change").arg(who, when);
    }
    return {};
}

} // namespace

int RowVersion::update(const Database& db, VersionedRow row, qint64 id, int expected, const QString& assignments,
                       QVariantList values, const QString& actor, const QString& what)
{
    if (updateWhere(db, row, id, expected, assignments, {}, std::move(values), actor, what) == 0)
        throwStale(db, row, id);
    return expected + 1;
}

int RowVersion::updateWhere(const Database& db, VersionedRow row, qint64 id, int expected, const QString& assignments,
                            const QString& extraCondition, QVariantList values, const QString& actor,
                            const QString& what)
{
    const QString sql
        = QStringLiteral("UPDATE %1 SET %2, row_version = row_version + 1, updated_by = ?, updated_at = ? "
                         "WHERE id = ? AND row_version = ?%3")
              .arg(tableOf(row), assignments,
                   extraCondition.isEmpty() ? QString() : QStringLiteral(" AND ") + extraCondition);
    values << actor << db.time().nowMs() << id << expected;
    const auto query = reusableStatement(db, sql, what);
    bindAll(*query, values);
    execPrepared(*query, what);
    const int changed = query->numRowsAffected();
    query->finish();
    return changed;
}

void RowVersion::throwStale(const Database& db, VersionedRow row, qint64 id)
{
    const QString what = QStringLiteral("read who last changed %1 %2").arg(tableOf(row)).arg(id);
    const auto last = firstOf(selectRows<std::pair<QString, QDateTime>>(
        db, QStringLiteral("SELECT updated_by, updated_at FROM %1 WHERE id = ?").arg(tableOf(row)), { id }, what,
        [](const QSqlQuery& q) {
            return std::pair { q.value(0).toString(), timeFromDb(q.value(1)) };
        }));
    if (!last)
        throw StorageError(tr("This was deleted by another user (%1 %2 no longer exists).").arg(tableOf(row)).arg(id));
    const QString who = last->first.isEmpty() ? tr("Another user") : displayNameOf(db, last->first);
    throw ConflictError(staleMessage(row, who, timeOf(db, last->second)), who, last->second);
}

QString RowVersion::displayNameOf(const Database& db, const QString& login)
{
    const auto name = firstOf(selectRows<QString>(db, QStringLiteral("SELECT display_name FROM users WHERE login = ?"),
                                                  { login }, QStringLiteral("read the name of user %1").arg(login),
                                                  [](const QSqlQuery& q) { return q.value(0).toString(); }));
    return name && !name->isEmpty() ? *name : login;
}

QString RowVersion::timeOf(const Database& db, const QDateTime& instant)
{
    if (!instant.isValid())
        return tr("an unknown time");
    const QDateTime local = db.time().toCentre(instant);
    return local.date() == db.time().today() ? local.toString(QStringLiteral("HH:mm"))
                                             : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace qadesk
