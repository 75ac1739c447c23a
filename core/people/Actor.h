#pragma once

#include "model/Enums.h"

#include <QList>
#include <QString>

namespace qadesk {

// The signed-in user on whose behalf a service reads or writes. Services refuse or filter by it; the audit log
// names its login.
struct Actor {
    qint64 userId = 0;
    QString login;
    QString displayName;
    Role role = Role::Agent;
    QList<qint64> teamIds; // the teams a team lead leads; empty for other roles
    qint64 agentId = 0; // the agent record an agent user is; 0 for other roles
    bool operator==(const Actor&) const = default;
};

} // namespace qadesk
