#include "SignIn.h"

#include "PasswordHash.h"
#include "demo/DemoWorkspaceBuilder.h"
#include "storage/OrganizationRepository.h"
#include "storage/SqlSupport.h"
#include "storage/TeamServer.h"

#include <algorithm>

namespace qadesk {

Actor SignIn::actorFor(const Database& database, const User& user)
{
    Actor actor { user.id, user.login, user.displayName, user.role, {}, user.role == Role::Agent ? user.agentId : 0 };
    if (user.role == Role::TeamLead)
        actor.teamIds = UserRepository(database).teamsLedBy(user.id);
    return actor;
}

bool SignIn::anyoneCanSignIn(const Database& database)
{
    return selectRows<qint64>(database,
                              QStringLiteral("SELECT COUNT(*) FROM users WHERE active = 1 AND password_hash IS NOT NULL "
                                             "AND password_hash <> ''"),
                              {}, QStringLiteral("count the users who can sign in"),
                              [](const QSqlQuery& q) { return q.value(0).toLongLong(); })
               .value(0)
        > 0;
}

std::optional<Actor> SignIn::authenticate(const Database& database, const QString& login, const QString& password,
                                          QString* error)
{
    struct Stored {
        User user;
        QString hash;
    };
    const auto rows = selectRows<Stored>(
        database,
        QStringLiteral("SELECT id, login, display_name, role, agent_id, active, password_hash FROM users WHERE login = ?"),
        { login.trimmed() }, QStringLiteral("sign in as %1").arg(login), [](const QSqlQuery& q) {
            return Stored { User { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                                   fromCode<Role>(q.value(3).toString()).value_or(Role::Agent), q.value(4).toLongLong(),
                                   q.value(5).toBool() },
                            q.value(6).toString() };
        });
    // Verify even for an unknown login, so both refusals take the same time.
    static const QString s_unknownLogin = PasswordHash::hash(QStringLiteral("no such user"));
    const bool known = !rows.isEmpty();
    const bool matches = PasswordHash::verify(known ? rows.first().hash : s_unknownLogin, password) && known;
    if (!matches) {
        *error = tr("Wrong login or password.");
        return std::nullopt;
    }
    const User& user = rows.first().user;
    if (!user.active) {
        *error = tr("%1 has been deactivated; an administrator can reactivate the account.").arg(user.login);
        return std::nullopt;
    }
    return actorFor(database, user);
}

std::optional<Actor> SignIn::serverSession(const Database& database, QString* error)
{
    const QString login = TeamServer::sessionLogin(database);
    const auto user = UserRepository(database).findByLogin(login);
    if (!user) {
        *error
            = tr("The server login %1 is not a user of the QA Desk workspace %2.").arg(login, database.displayName());
        return std::nullopt;
    }
    if (!user->active) {
        *error = tr("%1 has been deactivated; an administrator can reactivate the account.").arg(user->login);
        return std::nullopt;
    }
    return actorFor(database, *user);
}

std::optional<Actor> SignIn::viewDemoAs(const Database& database, const QString& login, QString* error)
{
    if (!DemoWorkspaceBuilder::isDemo(database)) {
        *error = tr("Only a demo workspace may be viewed as a user without a password.");
        return std::nullopt;
    }
    const auto user = UserRepository(database).findByLogin(login.trimmed());
    if (!user || !user->active) {
        *error = tr("The demo has no active user %1.").arg(login);
        return std::nullopt;
    }
    return actorFor(database, *user);
}

int SignIn::retryDelayMs(int failures)
{
    if (failures <= 0)
        return 0;
    constexpr int maximumMs = 30000;
    return failures > 5 ? maximumMs : std::min(maximumMs, 1000 << (failures - 1));
}

} // namespace qadesk
