#include "UserAccounts.h"

#include "AccessRules.h"
#include "PasswordHash.h"
#include "storage/AuditLog.h"
#include "storage/OrganizationRepository.h"
#include "storage/SqlSupport.h"
#include "storage/TeamServer.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

namespace qadesk {
namespace {

QJsonObject toAuditJson(const UserAccount& account)
{
    QJsonArray teams;
    for (const qint64 team : account.teamIds)
        teams << team;
    return { { QStringLiteral("login"), account.user.login },
             { QStringLiteral("display_name"), account.user.displayName },
             { QStringLiteral("role"), toCode(account.user.role) },
             { QStringLiteral("agent_id"), account.user.agentId },
             { QStringLiteral("active"), account.user.active },
             { QStringLiteral("teams"), teams } };
}

int activeAdministrators(const Database& db)
{
    const auto counts = selectRows<int>(db, QStringLiteral("SELECT COUNT(*) FROM users WHERE role = ? AND active = 1"),
                                        { toCode(Role::Admin) }, QStringLiteral("count administrators"),
                                        [](const QSqlQuery& q) { return q.value(0).toInt(); });
    return counts.value(0);
}

} // namespace

UserAccounts::UserAccounts(const Database& database, const Actor& actor)
    : m_db(database)
    , m_actor(actor)
{
}

QList<UserAccount> UserAccounts::list() const
{
    AccessRules::require(m_actor, Action::ManagePeople);
    const UserRepository users(m_db);
    const QHash<qint64, QList<qint64>> teams = users.teamsLedByUser();
    QList<UserAccount> accounts;
    for (const User& user : users.all())
        accounts << UserAccount { user, teams.value(user.id) };
    return accounts;
}

std::optional<UserAccount> UserAccounts::find(const QString& login) const
{
    AccessRules::require(m_actor, Action::ManagePeople);
    const auto user = UserRepository(m_db).findByLogin(login);
    if (!user)
        return std::nullopt;
    return UserAccount { *user, UserRepository(m_db).teamsLedBy(user->id) };
}

std::optional<UserAccount> UserAccounts::findById(qint64 userId) const
{
    const auto user = UserRepository(m_db).find(userId);
    if (!user)
        return std::nullopt;
    return UserAccount { *user, UserRepository(m_db).teamsLedBy(user->id) };
}

void UserAccounts::requireMayManage(const std::optional<UserAccount>& before, const UserAccount& after) const
{
    AccessRules::require(m_actor, Action::ManagePeople);
    const bool touchesAdministrator = after.user.role == Role::Admin || (before && before->user.role == Role::Admin);
    if (touchesAdministrator && m_actor.role != Role::Admin)
        throw AccessDenied(tr("Only an administrator adds, changes or deactivates an administrator."));
}

void UserAccounts::validate(const UserAccount& account, const std::optional<UserAccount>& before) const
{
    const User& user = account.user;
    static const QRegularExpression s_login(QStringLiteral("^[a-z][a-z0-9._-]{0,62}$"));
    if (!s_login.match(user.login).hasMatch())
        throw StorageError(tr("Login \"%1\": use 1 to 63 lower-case letters, digits, '.', '_' or '-', starting with a "
                              "letter.")
                               .arg(user.login));
    if (const auto other = UserRepository(m_db).findByLogin(user.login); other && other->id != user.id)
        throw StorageError(tr("Login \"%1\" is taken by %2.").arg(user.login, other->displayName));
    if (user.displayName.trimmed().isEmpty())
        throw StorageError(tr("Login \"%1\": the display name is empty.").arg(user.login));

    if (user.role == Role::Agent) {
        if (user.agentId == 0 || !AgentRepository(m_db).find(user.agentId))
            throw StorageError(tr("Login \"%1\": an agent user must be linked to an existing agent record.").arg(user.login));
        const auto users = UserRepository(m_db).all();
        const auto same = std::find_if(users.cbegin(), users.cend(), [&](const User& other) {
            return other.id != user.id && other.active && other.role == Role::Agent && other.agentId == user.agentId;
        });
        if (same != users.cend())
            throw StorageError(tr("Login \"%1\": %2 is already the user of that agent.").arg(user.login, same->login));
    } else if (user.agentId != 0) {
        throw StorageError(tr("Login \"%1\": only an agent user is linked to an agent record.").arg(user.login));
    }

    if (user.role == Role::TeamLead) {
        if (account.teamIds.isEmpty())
            throw StorageError(tr("Login \"%1\": a team lead needs at least one team.").arg(user.login));
        TeamRepository teams(m_db);
        for (const qint64 team : account.teamIds) {
            if (!teams.find(team))
                throw StorageError(tr("Login \"%1\": team %2 does not exist.").arg(user.login).arg(team));
        }
    } else if (!account.teamIds.isEmpty()) {
        throw StorageError(tr("Login \"%1\": only a team lead leads teams.").arg(user.login));
    }

    const bool wasActiveAdmin = before && before->user.role == Role::Admin && before->user.active;
    const bool staysActiveAdmin = user.role == Role::Admin && user.active;
    if (wasActiveAdmin && !staysActiveAdmin && activeAdministrators(m_db) <= 1)
        throw StorageError(tr("%1 is the last active administrator; make another administrator first.")
                               .arg(before->user.displayName));
    if (before && before->user.id == m_actor.userId && !user.active)
        throw StorageError(tr("You cannot deactivate yourself."));
}

void UserAccounts::write(const UserAccount& account, const std::optional<UserAccount>& before, const QString& action) const
{
    execWith(m_db, QStringLiteral("DELETE FROM user_teams WHERE user_id = ?"), { account.user.id },
             QStringLiteral("replace the teams of %1").arg(account.user.login));
    for (const qint64 team : account.teamIds)
        execWith(m_db, QStringLiteral("INSERT INTO user_teams (user_id, team_id) VALUES (?, ?)"), { account.user.id, team },
                 QStringLiteral("replace the teams of %1").arg(account.user.login));
    AuditLog(m_db).record(m_actor.login, QStringLiteral("user"), account.user.id, action,
                          before ? toAuditJson(*before) : QJsonObject(), toAuditJson(account));
}

void UserAccounts::checkPassword(const QString& login, const QString& password)
{
    if (password.size() < s_minimumPasswordLength)
        throw StorageError(tr("Login \"%1\": the password needs at least %2 characters.").arg(login).arg(s_minimumPasswordLength));
}

QString UserAccounts::hashedPassword(const QString& login, const QString& password)
{
    checkPassword(login, password);
    const QString hash = PasswordHash::hash(password);
    if (hash.isEmpty())
        throw StorageError(tr("The password of \"%1\" could not be hashed (out of memory).").arg(login));
    return hash;
}

qint64 UserAccounts::add(const UserAccount& account, const QString& password) const
{
    requireMayManage(std::nullopt, account);
    UserAccount stored = account;
    stored.user.id = 0;
    std::sort(stored.teamIds.begin(), stored.teamIds.end());
    validate(stored, std::nullopt);
    // On a team server the server authenticates: the user is a login role and no hash is kept in the workspace.
    const bool server = m_db.isTeamServer();
    checkPassword(stored.user.login, password);
    const QString hash = server ? QString() : hashedPassword(stored.user.login, password);
    Transaction transaction(m_db);
    stored.user.id = UserRepository(m_db).add(stored.user);
    if (server)
        TeamServer::addLogin(m_db, stored.user.login, stored.user.role, password);
    else
        execWith(m_db, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), { hash, stored.user.id },
                 QStringLiteral("set the password of %1").arg(stored.user.login));
    write(stored, std::nullopt, QStringLiteral("add"));
    transaction.commit();
    return stored.user.id;
}

void UserAccounts::edit(const UserAccount& account) const
{
    const auto before = findById(account.user.id);
    if (!before)
        throw StorageError(tr("User %1 does not exist.").arg(account.user.id));
    requireMayManage(before, account);
    UserAccount stored = account;
    std::sort(stored.teamIds.begin(), stored.teamIds.end());
    validate(stored, before);
    if (stored == *before)
        return;
    if (m_db.isTeamServer() && stored.user.login != before->user.login)
        throw StorageError(tr("Login \"%1\": on a team server a login is a server role and keeps its name; add a new "
                              "user instead.")
                               .arg(before->user.login));
    Transaction transaction(m_db);
    UserRepository(m_db).update(stored.user);
    if (m_db.isTeamServer() && (stored.user.role != before->user.role || stored.user.active != before->user.active))
        TeamServer::setAccess(m_db, stored.user.login, stored.user.role, stored.user.active);
    write(stored, before, before->user.active && !stored.user.active ? QStringLiteral("deactivate") : QStringLiteral("edit"));
    transaction.commit();
}

void UserAccounts::deactivate(qint64 userId) const
{
    auto account = findById(userId);
    if (!account)
        throw StorageError(tr("User %1 does not exist.").arg(userId));
    account->user.active = false;
    edit(*account);
}

void UserAccounts::setPassword(qint64 userId, const QString& password) const
{
    const auto account = findById(userId);
    if (!account)
        throw StorageError(tr("User %1 does not exist.").arg(userId));
    if (userId != m_actor.userId)
        requireMayManage(account, *account);
    Transaction transaction(m_db);
    if (m_db.isTeamServer()) {
        checkPassword(account->user.login, password);
        TeamServer::setPassword(m_db, account->user.login, password);
    } else {
        execWith(m_db, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"),
                 { hashedPassword(account->user.login, password), userId },
                 QStringLiteral("set the password of %1").arg(account->user.login));
    }
    // The audit says that the password changed and by whom; the hash itself stays out of the log.
    AuditLog(m_db).record(m_actor.login, QStringLiteral("user"), userId, QStringLiteral("password"), {}, {});
    transaction.commit();
}

qint64 UserAccounts::addFirstAdministrator(const Database& database, const User& admin, const QString& password)
{
    Actor bootstrap;
    bootstrap.login = admin.login;
    bootstrap.role = Role::Admin;
    UserAccount account { admin, {} };
    account.user.role = Role::Admin;
    account.user.active = true;
    return UserAccounts(database, bootstrap).add(account, password);
}

} // namespace qadesk
