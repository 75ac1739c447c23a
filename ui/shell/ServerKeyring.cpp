#include "ServerKeyring.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace qadesk {
namespace {

const QString s_service = QStringLiteral("QA Desk team server");

// QtKeychain's jobs are asynchronous; the few calls here wait for theirs (the keyring answers at once, or its D-Bus
// call fails at once when there is no keyring).
bool run(QKeychain::Job& job, QString* error)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound)
        return true;
    *error = job.error() == QKeychain::NoBackendAvailable
        ? ServerKeyring::tr("this desktop has no keyring (%1)").arg(job.errorString())
        : job.errorString();
    return false;
}

} // namespace

std::optional<QString> ServerKeyring::read(const QString& url, QString* error)
{
    error->clear();
    QKeychain::ReadPasswordJob job(s_service);
    job.setKey(url);
    if (!run(job, error) || job.error() == QKeychain::EntryNotFound)
        return std::nullopt;
    return job.textData();
}

bool ServerKeyring::write(const QString& url, const QString& password, QString* error)
{
    QKeychain::WritePasswordJob job(s_service);
    job.setKey(url);
    job.setTextData(password);
    return run(job, error);
}

bool ServerKeyring::remove(const QString& url, QString* error)
{
    QKeychain::DeletePasswordJob job(s_service);
    job.setKey(url);
    return run(job, error);
}

} // namespace qadesk
