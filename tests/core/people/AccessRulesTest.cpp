#include "people/AccessRules.h"

#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

// One workspace's people: two teams (1 and 2), agents 11 (team 1) and 21 (team 2).
Actor actor(Role role)
{
    Actor a { 100, QStringLiteral("me"), QStringLiteral("Me"), role, {}, 0 };
    if (role == Role::TeamLead)
        a.teamIds = { 1 };
    if (role == Role::Agent)
        a.agentId = 11;
    return a;
}

const Subject s_ownAgent { 11, 1, 200, 300 }; // agent 11 of team 1, evaluated by user 200, disputed by 300
const Subject s_otherAgent { 21, 2, 200, 300 };

struct Cell {
    Role role;
    Action action;
    bool own; // the subject is the actor's own agent / team
    bool allowed;
};

// The rules of DESIGN.md "People and permissions", written out cell by cell.
const Cell s_matrix[] = {
    // Evaluate: evaluators, managers and admins.
    { Role::Admin, Action::Evaluate, false, true },
    { Role::Manager, Action::Evaluate, false, true },
    { Role::Evaluator, Action::Evaluate, false, true },
    { Role::TeamLead, Action::Evaluate, true, false },
    { Role::Agent, Action::Evaluate, true, false },
    // Publish scorecards, save plans, manage people, reveal personal data: managers and admins.
    { Role::Admin, Action::PublishScorecard, false, true },
    { Role::Manager, Action::PublishScorecard, false, true },
    { Role::Evaluator, Action::PublishScorecard, false, false },
    { Role::TeamLead, Action::PublishScorecard, true, false },
    { Role::Agent, Action::PublishScorecard, true, false },
    { Role::Admin, Action::DefineRecordingRoots, false, true },
    { Role::Manager, Action::DefineRecordingRoots, false, true },
    { Role::Evaluator, Action::DefineRecordingRoots, false, false },
    { Role::TeamLead, Action::DefineRecordingRoots, true, false },
    { Role::Agent, Action::DefineRecordingRoots, true, false },
    { Role::Admin, Action::SavePlan, false, true },
    { Role::Manager, Action::SavePlan, false, true },
    { Role::Evaluator, Action::SavePlan, false, false },
    { Role::TeamLead, Action::SavePlan, true, false },
    { Role::Agent, Action::SavePlan, true, false },
    { Role::Admin, Action::SetReplyLimit, false, true },
    { Role::Manager, Action::SetReplyLimit, false, true },
    { Role::Evaluator, Action::SetReplyLimit, false, false },
    { Role::TeamLead, Action::SetReplyLimit, true, false },
    { Role::Agent, Action::SetReplyLimit, true, false },
    { Role::Admin, Action::ManagePeople, false, true },
    { Role::Manager, Action::ManagePeople, false, true },
    { Role::Evaluator, Action::ManagePeople, false, false },
    { Role::TeamLead, Action::ManagePeople, true, false },
    { Role::Agent, Action::ManagePeople, true, false },
    { Role::Admin, Action::ImportHistory, false, true },
    { Role::Manager, Action::ImportHistory, false, true },
    { Role::Evaluator, Action::ImportHistory, false, false },
    { Role::TeamLead, Action::ImportHistory, true, false },
    { Role::Agent, Action::ImportHistory, true, false },
    { Role::Admin, Action::RevealPersonalData, false, true },
    { Role::Manager, Action::RevealPersonalData, false, true },
    { Role::Evaluator, Action::RevealPersonalData, false, false },
    { Role::TeamLead, Action::RevealPersonalData, true, false },
    { Role::Agent, Action::RevealPersonalData, true, false },
    // Seeing an agent's records: QA and management everyone, a lead their teams, an agent themself.
    { Role::Admin, Action::ViewAgentRecords, false, true },
    { Role::Manager, Action::ViewAgentRecords, false, true },
    { Role::Evaluator, Action::ViewAgentRecords, false, true },
    { Role::TeamLead, Action::ViewAgentRecords, true, true },
    { Role::TeamLead, Action::ViewAgentRecords, false, false },
    { Role::Agent, Action::ViewAgentRecords, true, true },
    { Role::Agent, Action::ViewAgentRecords, false, false },
    // Raising a dispute: the agent on their own, the lead on their teams', managers on any; not QA.
    { Role::Admin, Action::RaiseDispute, false, true },
    { Role::Manager, Action::RaiseDispute, false, true },
    { Role::Evaluator, Action::RaiseDispute, true, false },
    { Role::TeamLead, Action::RaiseDispute, true, true },
    { Role::TeamLead, Action::RaiseDispute, false, false },
    { Role::Agent, Action::RaiseDispute, true, true },
    { Role::Agent, Action::RaiseDispute, false, false },
    // Deciding a dispute: QA and management, on evaluations others made and disputes others raised.
    { Role::Admin, Action::DecideDispute, false, true },
    { Role::Manager, Action::DecideDispute, false, true },
    { Role::Evaluator, Action::DecideDispute, false, true },
    { Role::TeamLead, Action::DecideDispute, true, false },
    { Role::Agent, Action::DecideDispute, true, false },
    // Acknowledging coaching: only the coached agent.
    { Role::Agent, Action::AcknowledgeCoaching, true, true },
    { Role::Agent, Action::AcknowledgeCoaching, false, false },
    { Role::TeamLead, Action::AcknowledgeCoaching, true, false },
    { Role::Manager, Action::AcknowledgeCoaching, true, false },
    // Organising calibration: QA and management (an evaluator may act as the QA lead).
    { Role::Admin, Action::OrganiseCalibration, false, true },
    { Role::Manager, Action::OrganiseCalibration, false, true },
    { Role::Evaluator, Action::OrganiseCalibration, false, true },
    { Role::TeamLead, Action::OrganiseCalibration, true, false },
    { Role::Agent, Action::OrganiseCalibration, true, false },
};

} // namespace

TEST_CASE("Every cell of the role × action × own/other matrix is decided as DESIGN.md says", "[people]")
{
    for (const Cell& cell : s_matrix) {
        const Decision decision = AccessRules::check(actor(cell.role), cell.action, cell.own ? s_ownAgent : s_otherAgent);
        INFO("role " << toCode(cell.role).toStdString() << ", action " << int(cell.action) << ", own " << cell.own);
        CHECK(decision.allowed == cell.allowed);
        // A refusal always says why; an approval has nothing to say.
        CHECK(decision.reason.isEmpty() == cell.allowed);
    }
}

TEST_CASE("Nobody decides a dispute on their own evaluation or one they raised", "[people]")
{
    const Actor evaluator = actor(Role::Evaluator);
    CHECK_FALSE(AccessRules::check(evaluator, Action::DecideDispute, Subject { 11, 1, evaluator.userId, 300 }));
    CHECK_FALSE(AccessRules::check(evaluator, Action::DecideDispute, Subject { 11, 1, 200, evaluator.userId }));
    const Actor manager = actor(Role::Manager);
    CHECK(AccessRules::check(manager, Action::DecideDispute, Subject { 11, 1, 200, 300 }).reason.isEmpty());
    CHECK_FALSE(AccessRules::check(manager, Action::RaiseDispute, Subject { 11, 1, manager.userId, 0 }));
}

TEST_CASE("require() throws the refusal's reason", "[people]")
{
    try {
        AccessRules::require(actor(Role::Agent), Action::Evaluate);
        FAIL("an agent was allowed to evaluate");
    } catch (const AccessDenied& refusal) {
        CHECK(refusal.message() == QStringLiteral("Only QA evaluators, managers and administrators evaluate contacts."));
    }
    CHECK_NOTHROW(AccessRules::require(actor(Role::Evaluator), Action::Evaluate));
}

TEST_CASE("A lead without teams and an agent without a record see nobody", "[people]")
{
    Actor lead = actor(Role::TeamLead);
    lead.teamIds.clear();
    CHECK_FALSE(AccessRules::canSeeAgent(lead, 11, 1));
    Actor agent = actor(Role::Agent);
    agent.agentId = 0;
    CHECK_FALSE(AccessRules::canSeeAgent(agent, 0, 0));
}

#include "people/PersonalDataReveal.h"
#include "storage/AuditLog.h"

#include "TestSupport.h"

TEST_CASE("Revealing personal data is for managers and admins, and each reveal is audited with the contact", "[people]")
{
    const auto db = test::memoryWorkspace();
    const qint64 contact = test::addSampleContact(*db);
    CHECK_THROWS_AS(PersonalDataReveal::reveal(*db, actor(Role::Evaluator), contact), AccessDenied);
    CHECK(test::auditActions(*db, QStringLiteral("contact"), contact).isEmpty());
    PersonalDataReveal::reveal(*db, actor(Role::Manager), contact);
    CHECK(test::auditActions(*db, QStringLiteral("contact"), contact) == QStringList { QStringLiteral("me:reveal") });
}
