#pragma once

#include "Database.h"
#include "model/Organization.h"

#include <QHash>
#include <QList>
#include <optional>

namespace qadesk {

// Teams, agents and users: the organisation a workspace evaluates. All methods throw StorageError on failure;
// adding a duplicate name, employee id or login fails with the database's unique-constraint message.
class TeamRepository final {
public:
    explicit TeamRepository(const Database& database);
    qint64 add(const Team& team) const;
    void update(const Team& team) const;
    std::optional<Team> find(qint64 id) const;
    QList<Team> all() const; // by name

private:
    const Database& m_db;
};

class AgentRepository final {
public:
    explicit AgentRepository(const Database& database);
    qint64 add(const Agent& agent) const;
    void update(const Agent& agent) const;
    std::optional<Agent> find(qint64 id) const;
    std::optional<Agent> findByEmployeeId(const QString& employeeId) const;
    QList<Agent> all() const; // by name
    QList<Agent> inTeam(qint64 teamId) const;

private:
    const Database& m_db;
};

class UserRepository final {
public:
    explicit UserRepository(const Database& database);
    qint64 add(const User& user) const;
    void update(const User& user) const;
    std::optional<User> find(qint64 id) const;
    std::optional<User> findByLogin(const QString& login) const;
    QList<User> all() const; // by display name
    QList<User> withRole(Role role) const;
    QList<qint64> teamsLedBy(qint64 userId) const; // the teams a team lead leads, by id
    QHash<qint64, QList<qint64>> teamsLedByUser() const; // teamsLedBy() of every user who leads a team, in one read

private:
    const Database& m_db;
};

} // namespace qadesk
