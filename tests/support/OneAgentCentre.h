#pragma once

#include "TestSupport.h"
#include "storage/OrganizationRepository.h"

namespace qadesk::test {

// A workspace of one team ("T") with one agent (A1, Kim), for tests about a single agent's contacts.
struct OneAgentCentre
{
    std::unique_ptr<Database> db = memoryWorkspace();
    qint64 agentId = 0;
    OneAgentCentre()
    {
        const qint64 team = TeamRepository(*db).add(Team { 0, QStringLiteral("T") });
        agentId = AgentRepository(*db).add(Agent { 0, QStringLiteral("A1"), QStringLiteral("Kim"), team });
    }
};

} // namespace qadesk::test
