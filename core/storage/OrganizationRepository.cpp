#include "OrganizationRepository.h"

#include "SqlSupport.h"
#include "RowStatements.h"

namespace qadesk {
namespace {

Team toTeam(const QSqlQuery& q)
{
    return Team { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString() };
}

Agent toAgent(const QSqlQuery& q)
{
    return Agent { q.value(0).toLongLong(), q.value(1).toString(),  q.value(2).toString(),
                   q.value(3).toLongLong(), dateFromDb(q.value(4)), q.value(5).toBool() };
}

User toUser(const QSqlQuery& q)
{
    return User { q.value(0).toLongLong(), q.value(1).toString(),
                  q.value(2).toString(),   fromCode<Role>(q.value(3).toString()).value_or(Role::Evaluator),
                  q.value(4).toLongLong(), q.value(5).toBool() };
}

const QLatin1String s_teamSelect("SELECT id, name, site FROM teams");
const QLatin1String s_agentSelect("SELECT id, employee_id, name, team_id, hire_date, active FROM agents");
const QLatin1String s_userSelect("SELECT id, login, display_name, role, agent_id, active FROM users");

} // namespace

TeamRepository::TeamRepository(const Database& database)
    : m_db(database)
{
}

qint64 TeamRepository::add(const Team& team) const
{
    return insertWith(m_db, QStringLiteral("INSERT INTO teams (name, site) VALUES (?, ?)"), { team.name, team.site },
                      QStringLiteral("add team %1").arg(team.name));
}

void TeamRepository::update(const Team& team) const
{
    execWith(m_db, QStringLiteral("UPDATE teams SET name = ?, site = ? WHERE id = ?"), { team.name, team.site, team.id },
             QStringLiteral("update team %1").arg(team.name));
}

std::optional<Team> TeamRepository::find(qint64 id) const
{
    return firstOf(selectRows<Team>(m_db, s_teamSelect + QStringLiteral(" WHERE id = ?"), { id },
                                    QStringLiteral("read team %1").arg(id), toTeam));
}

QList<Team> TeamRepository::all() const
{
    return selectRows<Team>(m_db, s_teamSelect + QStringLiteral(" ORDER BY name"), {}, QStringLiteral("list teams"),
                            toTeam);
}

AgentRepository::AgentRepository(const Database& database)
    : m_db(database)
{
}

qint64 AgentRepository::add(const Agent& agent) const
{
    // An import may add a hundred thousand agents: named placeholders (see bindNamed).
    static const QString s_insert = QStringLiteral("INSERT INTO agents (employee_id, name, team_id, hire_date, active) "
                                                   "VALUES (%1)")
                                        .arg(namedMarks(5));
    const QString what = QStringLiteral("add agent %1").arg(agent.employeeId);
    const auto query = reusableStatement(m_db, insertGivingId(m_db, s_insert), what);
    bindNamed(*query,
              { agent.employeeId, agent.name, dbId(agent.teamId), dbDate(agent.hireDate), int(agent.active) });
    return insertReturningId(*query, what);
}

void AgentRepository::update(const Agent& agent) const
{
    execWith(m_db,
             QStringLiteral("UPDATE agents SET employee_id = ?, name = ?, team_id = ?, hire_date = ?, active = ? "
                            "WHERE id = ?"),
             { agent.employeeId, agent.name, dbId(agent.teamId), dbDate(agent.hireDate), int(agent.active), agent.id },
             QStringLiteral("update agent %1").arg(agent.employeeId));
}

std::optional<Agent> AgentRepository::find(qint64 id) const
{
    return firstOf(selectRows<Agent>(m_db, s_agentSelect + QStringLiteral(" WHERE id = ?"), { id },
                                     QStringLiteral("read agent %1").arg(id), toAgent));
}

std::optional<Agent> AgentRepository::findByEmployeeId(const QString& employeeId) const
{
    return firstOf(selectRows<Agent>(m_db, s_agentSelect + QStringLiteral(" WHERE employee_id = ?"), { employeeId },
                                     QStringLiteral("read agent %1").arg(employeeId), toAgent));
}

QList<Agent> AgentRepository::all() const
{
    return selectRows<Agent>(m_db, s_agentSelect + QStringLiteral(" ORDER BY name"), {}, QStringLiteral("list agents"),
                             toAgent);
}

QList<Agent> AgentRepository::inTeam(qint64 teamId) const
{
    return selectRows<Agent>(m_db, s_agentSelect + QStringLiteral(" WHERE team_id = ? ORDER BY name"), { teamId },
                             QStringLiteral("list the agents of team %1").arg(teamId), toAgent);
}

UserRepository::UserRepository(const Database& database)
    : m_db(database)
{
}

qint64 UserRepository::add(const User& user) const
{
    return insertWith(m_db,
                      QStringLiteral("INSERT INTO users (login, display_name, role, agent_id, active) "
                                     "VALUES (?, ?, ?, ?, ?)"),
                      { user.login, user.displayName, toCode(user.role), dbId(user.agentId), int(user.active) },
                      QStringLiteral("add user %1").arg(user.login));
}

void UserRepository::update(const User& user) const
{
    execWith(m_db,
             QStringLiteral("UPDATE users SET login = ?, display_name = ?, role = ?, agent_id = ?, active = ? "
                            "WHERE id = ?"),
             { user.login, user.displayName, toCode(user.role), dbId(user.agentId), int(user.active), user.id },
             QStringLiteral("update user %1").arg(user.login));
}

std::optional<User> UserRepository::find(qint64 id) const
{
    return firstOf(selectRows<User>(m_db, s_userSelect + QStringLiteral(" WHERE id = ?"), { id },
                                    QStringLiteral("read user %1").arg(id), toUser));
}

std::optional<User> UserRepository::findByLogin(const QString& login) const
{
    return firstOf(selectRows<User>(m_db, s_userSelect + QStringLiteral(" WHERE login = ?"), { login },
                                    QStringLiteral("read user %1").arg(login), toUser));
}

QList<User> UserRepository::all() const
{
    return selectRows<User>(m_db, s_userSelect + QStringLiteral(" ORDER BY display_name"), {},
                            QStringLiteral("list users"), toUser);
}

QList<User> UserRepository::withRole(Role role) const
{
    return selectRows<User>(m_db, s_userSelect + QStringLiteral(" WHERE role = ? ORDER BY display_name"),
                            { toCode(role) }, QStringLiteral("list users"), toUser);
}

QList<qint64> UserRepository::teamsLedBy(qint64 userId) const
{
    return selectRows<qint64>(m_db, QStringLiteral("SELECT team_id FROM user_teams WHERE user_id = ? ORDER BY team_id"),
                              { userId }, QStringLiteral("read the teams of user %1").arg(userId),
                              [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
}

QHash<qint64, QList<qint64>> UserRepository::teamsLedByUser() const
{
    QHash<qint64, QList<qint64>> teams;
    for (const auto& [user, team] : selectRows<std::pair<qint64, qint64>>(
             m_db, QStringLiteral("SELECT user_id, team_id FROM user_teams ORDER BY user_id, team_id"), {},
             QStringLiteral("read the teams of every lead"),
             [](const QSqlQuery& q) { return std::pair { q.value(0).toLongLong(), q.value(1).toLongLong() }; }))
        teams[user] << team;
    return teams;
}

} // namespace qadesk
