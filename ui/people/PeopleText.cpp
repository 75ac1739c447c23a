#include "PeopleText.h"

namespace qadesk {

QString PeopleText::roleName(Role role)
{
    switch (role) {
    case Role::Admin:
        return tr("Administrator");
    case Role::Manager:
        return tr("Manager");
    case Role::Evaluator:
        return tr("QA evaluator");
    case Role::TeamLead:
        return tr("Team lead");
    case Role::Agent:
        return tr("Agent");
    }
    return {};
}

QList<Role> PeopleText::roles()
{
    return { Role::Admin, Role::Manager, Role::Evaluator, Role::TeamLead, Role::Agent };
}

QString PeopleText::agentName(const Agent& agent)
{
    return QStringLiteral("%1 · %2").arg(agent.employeeId, agent.name);
}

} // namespace qadesk
