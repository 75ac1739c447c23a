#pragma once

#include "Actor.h"
#include "model/Organization.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QList>

namespace qadesk {

// A user with the teams they lead (team leads only).
struct UserAccount {
    User user;
    QList<qint64> teamIds;
    bool operator==(const UserAccount&) const = default;
};

// Adding, editing and deactivating the people who use a workspace, on behalf of a signed-in manager or admin.
// Users are never deleted, so history keeps its names. Every change is audited under the actor's login, in the same
// transaction. Every method throws AccessDenied when the actor may not do it, and StorageError (with a sentence
// naming the field) when the account is not valid or the workspace cannot be written; nothing is written then.
class UserAccounts final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::UserAccounts)

public:
    UserAccounts(const Database& database, const Actor& actor);

    static constexpr int s_minimumPasswordLength = 8;

    QList<UserAccount> list() const; // every user, active or not, by display name
    std::optional<UserAccount> find(const QString& login) const;
    // Adds an account; its password is stored only as an Argon2id hash or, on a team server, given to the server for
    // the user's new login role (Database::isTeamServer()). Returns the new user id.
    qint64 add(const UserAccount& account, const QString& password) const;
    // Changes login, display name, role, agent, active flag and teams of an existing user (account.user.id).
    void edit(const UserAccount& account) const;
    void deactivate(qint64 userId) const;
    // Managers and admins set anyone's password they may manage; everyone may set their own.
    void setPassword(qint64 userId, const QString& password) const;

    // The first administrator of a new workspace, added without a signed-in actor (WorkspaceSetup only).
    static qint64 addFirstAdministrator(const Database& database, const User& admin, const QString& password);

private:
    void validate(const UserAccount& account, const std::optional<UserAccount>& before) const;
    void requireMayManage(const std::optional<UserAccount>& before, const UserAccount& after) const;
    void write(const UserAccount& account, const std::optional<UserAccount>& before, const QString& action) const;
    std::optional<UserAccount> findById(qint64 userId) const;
    static void checkPassword(const QString& login, const QString& password); // throws StorageError when too short
    static QString hashedPassword(const QString& login, const QString& password); // throws StorageError

    const Database& m_db;
    Actor m_actor;
};

} // namespace qadesk
