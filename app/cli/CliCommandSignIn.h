#pragma once

#include "people/Actor.h"
#include "storage/Database.h"

#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace qadesk::cli {

// The options of a command that acts as a named user: --user LOGIN, with the password from QADESK_PASSWORD or,
// with --password-stdin, from the first line of standard input.
void addSignInOptions(QCommandLineParser& parser);
// Reads one line of standard input (without its line end); the next call reads the next line. Empty at the end.
QString readStdinLine();
// A workspace opened for a command and the user it acts as.
struct SignedIn {
    std::unique_ptr<Database> database;
    Actor actor;
};
// Opens the workspace at `path` (read-only when `reading`) and signs the --user in. On a team server URL the server
// authenticates the URL's login (password from the URL, PGPASSWORD or ~/.pgpass) and --user is not needed. On failure
// prints why (after the wait SignIn asks for a wrong password), sets *exitCode (1, or 2 when --user or the password is
// missing) and returns nullopt.
std::optional<SignedIn> openSignedIn(const QCommandLineParser& parser, const QString& path, bool reading, int* exitCode);

} // namespace qadesk::cli
