#pragma once

#include "Actor.h"
#include "model/Organization.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <optional>

namespace qadesk {

// Who is acting: a login and password checked against the workspace's Argon2id hashes.
class SignIn final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::SignIn)

public:
    // The active user with that login and password. Otherwise nullopt and *error says the sign-in was refused; an
    // unknown login and a wrong password get the same answer, so logins cannot be guessed. Throws StorageError when
    // the workspace cannot be read.
    static std::optional<Actor> authenticate(const Database& database, const QString& login, const QString& password,
                                             QString* error);
    // On a team server the server has authenticated the connection's login role: the active user of that login.
    // Otherwise nullopt and *error says that the login is no user of this workspace, or deactivated. Throws
    // StorageError.
    static std::optional<Actor> serverSession(const Database& database, QString* error);
    // The demo's "view as", for exploring: on a demo workspace, and only there, the active user with that login,
    // without a password. Otherwise nullopt and *error says why. Throws StorageError.
    static std::optional<Actor> viewDemoAs(const Database& database, const QString& login, QString* error);
    // Whether any active user has a password, so that opening the workspace can ask who is there. Throws StorageError.
    static bool anyoneCanSignIn(const Database& database);
    // The actor a stored user acts as, with the teams they lead (for the demo's "view as" and after authenticate()).
    static Actor actorFor(const Database& database, const User& user);
    // How long to refuse further attempts after `failures` wrong passwords in a row: 1 s, doubling, at most 30 s.
    static int retryDelayMs(int failures);
};

} // namespace qadesk
