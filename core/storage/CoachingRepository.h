#pragma once

#include <QCoreApplication>

#include "Database.h"
#include "model/Coaching.h"
#include "people/Actor.h"

#include <QList>

#include <optional>

namespace qadesk {

// 1:1 coaching sessions with their focus items, linked evaluations and action items. Every change is audited under
// `actor`; throws StorageError.
class CoachingRepository final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::CoachingRepository)

public:
    explicit CoachingRepository(const Database& database);

    qint64 add(const CoachingSession& session, const QString& actor) const; // returns the new id; action item ids set
    // Replaces focus, links and action items. A compare-and-set on session.rowVersion: throws ConflictError when the
    // session changed since it was read. Returns its new row version.
    int update(const CoachingSession& session, const QString& actor) const;
    std::optional<CoachingSession> find(qint64 id) const;
    // Newest first, complete; refused with AccessDenied when the actor may not see the agent.
    QList<CoachingSession> forAgent(const Actor& actor, qint64 agentId) const;
    // [from, to), newest first, of the agents the actor may see.
    QList<CoachingSession> heldBetween(const Actor& actor, const QDateTime& from, const QDateTime& to) const;

private:
    QList<CoachingSession> sessions(const QString& where, const QVariantList& values, const QString& what) const;
    void writeChildren(qint64 sessionId, const CoachingSession& session) const;
    const Database& m_db;
};

} // namespace qadesk
