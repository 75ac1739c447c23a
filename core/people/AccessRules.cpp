#include "AccessRules.h"

#include "storage/SqlSupport.h"

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

void AccessRules::requireAgentRecords(const Database& database, const Actor& actor, qint64 agentId)
{
    if (isQa(actor.role))
        return;
    const auto teams = selectRows<qint64>(database, QStringLiteral("SELECT team_id FROM agents WHERE id = ?"), { agentId },
                                          QStringLiteral("read the agent's team"),
                                          [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    require(actor, Action::ViewAgentRecords, Subject { agentId, teams.value(0), 0, 0 });
}

bool AccessRules::canSeeTeam(const Actor& actor, qint64 teamId)
{
    return isQa(actor.role) || (actor.role == Role::TeamLead && teamId != 0 && actor.teamIds.contains(teamId));
}

bool AccessRules::seesEveryAgent(const Actor& actor)
{
    return actor.role == Role::Admin || actor.role == Role::Manager || actor.role == Role::Evaluator;
}

QString AccessRules::visibleAgentsSql(const Actor& actor, const QString& agentColumn)
{
    if (seesEveryAgent(actor))
        return QStringLiteral("1 = 1");
    if (actor.role == Role::TeamLead) {
        QStringList teams;
        for (const qint64 team : actor.teamIds)
            teams << QString::number(team);
        if (teams.isEmpty())
            return QStringLiteral("1 = 0");
        return QStringLiteral("%1 IN (SELECT id FROM agents WHERE team_id IN (%2))")
            .arg(agentColumn, teams.join(QLatin1Char(',')));
    }
    if (actor.role == Role::Agent && actor.agentId != 0)
        return QStringLiteral("%1 = %2").arg(agentColumn).arg(actor.agentId);
    return QStringLiteral("1 = 0");
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
    case Action::SetReplyLimit:
        return isManagement(actor.role) ? allow()
                                        : refuse(tr("Only managers and administrators change the centre's reply limit."));
    case Action::ManagePeople:
        return isManagement(actor.role) ? allow() : refuse(tr("Only managers and administrators manage people."));
    case Action::ImportHistory:
        return isManagement(actor.role) ? allow()
                                        : refuse(tr("Only managers and administrators import past evaluations."));
    case Action::ImportContacts:
        return isQa(actor.role) ? allow()
                                : refuse(tr("Only QA evaluators, managers and administrators import contacts."));
    case Action::DefineRecordingRoots:
        return isManagement(actor.role) ? allow()
                                        : refuse(tr("Only managers and administrators name recordings roots."));
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
