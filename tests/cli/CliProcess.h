#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include "storage/ServerSettings.h"

namespace qadesk {
class Database;
}

namespace qadesk::test {

// Adds the manager "cli" with a password to a workspace that is not a demo, for the commands that sign in; every run
// gets that password in QADESK_PASSWORD (a demo needs none). Returns the arguments that sign in as it.
QStringList addCliManager(const Database& db);

// One run of qadesk-cli as a separate process, as a user's shell or a scheduled job starts it.
struct CliRun
{
    int exitCode = -1;
    bool crashed = false; // ended by a signal (abort, segfault) rather than exit()
    bool timedOut = false; // still running after the time limit, then killed: it hung
    QString out;
    QString err;
};

// Runs qadesk-cli with `arguments` and waits up to `timeoutMs` for it to end.
CliRun runCli(const QStringList& arguments, int timeoutMs = 60000);
// Starts qadesk-cli without waiting; the caller waits on the process.
void startCli(QProcess& process, const QStringList& arguments);

// qadesk-cli with `input` on standard input (the new passwords of `user add` and `user passwd`).
CliRun runCliWithInput(const QStringList& arguments, const QByteArray& input);

// The URL of `server`'s database (or of `database` on it) for `login`, by default the server settings' user.
QString urlOf(const ServerSettings& server, const QString& login = {}, const QString& database = {});

struct PsqlRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
// psql as an agent or a lead would run it: quiet, unaligned, tuples only, stopping at the first error.
QStringList psqlArguments(const QString& url);
// psql as a separate process. Each statement is its own -c, all in one session.
PsqlRun psql(const QString& url, const QStringList& statements);

// SHA-256 of a file's bytes, read while no connection of this process has it open.
QByteArray fileHash(const QString& path);

} // namespace qadesk::test
