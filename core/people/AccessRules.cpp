#include "AccessRules.h"

namespace qadesk {
namespace {

bool isQa(Role role)
{
    return role == Role::Evaluator || role == Role::Manager || role == Role::Admin;
}

bool isManagement(Role role)
{
    return role == Role::Manager || role == Role::Admin;
}

Decision allow()
{
    return { true, {} };
}

Decision refuse(const QString& reason)
{
    return { false, reason };
}

} // namespace

AccessDenied::AccessDenied(const QString& reason)
    : std::runtime_error(reason.toStdString())
    , m_message(reason)
{
}

bool AccessRules::canSeeAgent(const Actor& actor, qint64 agentId, qint64 teamId)
{
    switch (actor.role) {
    case Role::Admin:
    case Role::Manager:
    case Role::Evaluator:
        return true;
    case Role::TeamLead:
        return teamId != 0 && actor.teamIds.contains(teamId);
    case Role::Agent:
        return agentId != 0 && agentId == actor.agentId;
    }
    return false;
}

Decision AccessRules::check(const Actor& actor, Action action, const Subject& subject)
{
    switch (action) {
    case Action::Evaluate:
        return isQa(actor.role) ? allow() : refuse(tr("Only QA evaluators, managers and administrators evaluate contacts."));
    case Action::PublishScorecard:
        return isManagement(actor.role) ? allow()
                                        : refuse(tr("Only managers and administrators publish or retire scorecards."));
    case Action::SavePlan:
        return isManagement(actor.role) ? allow() : refuse(tr("Only managers and administrators save sampling plans."));
    case Action::ManagePeople:
        return isManagement(actor.role) ? allow() : refuse(tr("Only managers and administrators manage people."));
    case Action::ImportHistory:
        return isManagement(actor.role) ? allow()
                                        : refuse(tr("Only managers and administrators import past evaluations."));
    case Action::RevealPersonalData:
        return isManagement(actor.role) ? allow()
                                        : refuse(tr("Only managers and administrators may reveal personal data."));
    case Action::ViewAgentRecords:
        if (canSeeAgent(actor, subject.agentId, subject.teamId))
            return allow();
        return refuse(actor.role == Role::Agent ? tr("Agents see only their own records.")
                                                : tr("Team leads see only the agents of the teams they lead."));
    case Action::RaiseDispute:
        if (subject.evaluatorId != 0 && subject.evaluatorId == actor.userId)
            return refuse(tr("Nobody disputes an evaluation they made."));
        if (isManagement(actor.role))
            return allow();
        if (actor.role == Role::TeamLead)
            return canSeeAgent(actor, subject.agentId, subject.teamId)
                ? allow()
                : refuse(tr("Team leads dispute only evaluations of the teams they lead."));
        if (actor.role == Role::Agent)
            return canSeeAgent(actor, subject.agentId, subject.teamId)
                ? allow()
                : refuse(tr("Agents dispute only their own evaluations."));
        return refuse(tr("Disputes are raised by the agent, their team lead or a manager."));
    case Action::DecideDispute:
        if (!isQa(actor.role))
            return refuse(tr("Only QA evaluators, managers and administrators decide disputes."));
        if (subject.evaluatorId != 0 && subject.evaluatorId == actor.userId)
            return refuse(tr("Nobody decides a dispute on an evaluation they made."));
        if (subject.raisedBy != 0 && subject.raisedBy == actor.userId)
            return refuse(tr("Nobody decides a dispute they raised."));
        return allow();
    case Action::AcknowledgeCoaching:
        return actor.role == Role::Agent && subject.agentId != 0 && subject.agentId == actor.agentId
            ? allow()
            : refuse(tr("Only the coached agent acknowledges a coaching session."));
    case Action::OrganiseCalibration:
        // Evaluators may lead calibration too: there is no separate QA-lead role.
        return isQa(actor.role) ? allow()
                                : refuse(tr("Only QA evaluators, managers and administrators organise calibration."));
    }
    return refuse(tr("This action is not allowed."));
}

void AccessRules::require(const Actor& actor, Action action, const Subject& subject)
{
    if (const Decision decision = check(actor, action, subject); !decision)
        throw AccessDenied(decision.reason);
}

} // namespace qadesk
