#pragma once

#include "people/Actor.h"
#include "storage/Database.h"

#include <QCommandLineParser>

#include <optional>

namespace qadesk::cli {

// The options of a command that acts as a named user: --user LOGIN, with the password from QADESK_PASSWORD or,
// with --password-stdin, from the first line of standard input.
void addSignInOptions(QCommandLineParser& parser);
// Reads one line of standard input (without its line end); the next call reads the next line. Empty at the end.
QString readStdinLine();
// Signs the user in. On failure prints why, waits as SignIn asks after a wrong password, and returns nullopt (the
// command then exits 1, or 2 when --user is missing).
std::optional<Actor> signIn(const QCommandLineParser& parser, const Database& database, int* exitCode);

} // namespace qadesk::cli
