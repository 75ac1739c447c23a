#include "CliProcess.h"

#include "model/Organization.h"
#include "people/PasswordHash.h"
#include "storage/OrganizationRepository.h"
#include "storage/SqlSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcessEnvironment>
#include <catch2/catch.hpp>

namespace qadesk::test {
namespace {

const QString s_cliPassword = QStringLiteral("cli-password");

} // namespace

QStringList addCliManager(const Database& db)
{
    const qint64 id = UserRepository(db).add(User { 0, QStringLiteral("cli"), QStringLiteral("CLI"), Role::Manager, 0, true });
    execWith(db, QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), { PasswordHash::hash(s_cliPassword), id },
             QStringLiteral("give the cli manager a password"));
    return { QStringLiteral("--user"), QStringLiteral("cli") };
}

void startCli(QProcess& process, const QStringList& arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QADESK_PASSWORD"), s_cliPassword);
    process.setProcessEnvironment(environment);
    process.setProgram(QStringLiteral(QADESK_CLI));
    process.setArguments(arguments);
    process.start();
    process.waitForStarted();
}

CliRun runCli(const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    startCli(process, arguments);
    CliRun run;
    if (!process.waitForFinished(timeoutMs)) {
        run.timedOut = true;
        process.kill();
        process.waitForFinished();
    }
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

CliRun runCliWithInput(const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    startCli(process, arguments);
    process.write(input);
    process.closeWriteChannel();
    CliRun run;
    run.timedOut = !process.waitForFinished(60000);
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString urlOf(const ServerSettings& server, const QString& login, const QString& database)
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(login.isEmpty() ? server.user : login, server.host)
        .arg(server.port)
        .arg(database.isEmpty() ? server.database : database);
}

QStringList psqlArguments(const QString& url)
{
    return { url,
             QStringLiteral("-X"),
             QStringLiteral("-q"),
             QStringLiteral("-A"),
             QStringLiteral("-t"),
             QStringLiteral("-v"),
             QStringLiteral("ON_ERROR_STOP=1") };
}

PsqlRun psql(const QString& url, const QStringList& statements)
{
    QStringList arguments = psqlArguments(url);
    for (const QString& statement : statements)
        arguments << QStringLiteral("-c") << statement;
    QProcess process;
    process.start(QStringLiteral("psql"), arguments);
    REQUIRE(process.waitForFinished(60000));
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
             QString::fromUtf8(process.readAllStandardError()) };
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace qadesk::test
