#pragma once

#include "Enums.h"

#include <QDate>
#include <QString>

namespace qadesk {

// Ids are the workspace's row ids; 0 means "not stored yet".

struct Team {
    qint64 id = 0;
    QString name;
    QString site;
    bool operator==(const Team&) const = default;
};

struct Agent {
    qint64 id = 0;
    QString employeeId; // the centre's own id, unique in a workspace
    QString name;
    qint64 teamId = 0;
    QDate hireDate;
    bool active = true;
    bool operator==(const Agent&) const = default;
};

struct User {
    qint64 id = 0;
    QString login; // unique in a workspace
    QString displayName;
    Role role = Role::Evaluator;
    qint64 agentId = 0; // set only for Role::Agent
    bool active = true;
    bool operator==(const User&) const = default;
};

} // namespace qadesk
