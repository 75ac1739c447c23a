#include "CliProcess.h"

#include <QCryptographicHash>
#include <QFile>

namespace qadesk::test {

void startCli(QProcess& process, const QStringList& arguments)
{
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
