#pragma once

#include "model/Enums.h"
#include "model/Organization.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace qadesk {

// How people appear in the UI: translated role names (never the stored codes such as team_lead) and agents as
// "employee id · name".
class PeopleText final
{
    Q_DECLARE_TR_FUNCTIONS(qadesk::PeopleText)

public:
    static QString roleName(Role role);
    // Every role, most powerful first, in the order a role chooser lists them.
    static QList<Role> roles();
    static QString agentName(const Agent& agent);
};

} // namespace qadesk
