#pragma once

#include "Database.h"
#include "model/Enums.h"

#include <QCoreApplication>

namespace qadesk {

// The PostgreSQL side of a team server (server/team-server.sql): group roles qadesk_<role>, privileges, row-level
// security, the audit stamp, and one login role per QA Desk user. Every method throws StorageError (with the server's
// reason) when the server refuses; the login methods run in the caller's transaction, since PostgreSQL creates and
// alters roles transactionally, so a refused users row leaves no role behind.
class TeamServer final
{
    Q_DECLARE_TR_FUNCTIONS(qadesk::TeamServer)

public:
    // The group role of a QA Desk role, e.g. qadesk_lead for a team lead.
    static QString groupRole(Role role);
    // Installs the set-up into a PostgreSQL workspace opened by its owner, in the caller's transaction, and marks
    // the workspace as a team server (Database::isTeamServer()).
    static void install(Database& db);
    // The login role of a new user, in its group, with a SCRAM password (the server hashes it); a null password makes
    // a role without one, which the server lets sign in by no password method until one is set.
    static void addLogin(const Database& db, const QString& login, Role role, const QString& password);
    static void setPassword(const Database& db, const QString& login, const QString& password);
    // Moves the login to the group of `role` and lets it log in or not (NOLOGIN for a deactivated user).
    static void setAccess(const Database& db, const QString& login, Role role, bool mayLogIn);
    // The login role of this connection (current_user): on a team server, who signed in.
    static QString sessionLogin(const Database& db);
    // Splits the set-up script into statements: each ends with ';' at a line end outside a $$ body; comment lines
    // outside bodies are dropped.
    static QStringList statements(const QString& script);
};

} // namespace qadesk
