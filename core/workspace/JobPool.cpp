#include "JobPool.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace qadesk {
namespace {

// The application's pool kept in `pool`, made at first use; a test's next application gets a new one.
QThreadPool* applicationPool(QPointer<QThreadPool>& pool)
{
    if (!pool)
        pool = new QThreadPool(QCoreApplication::instance());
    return pool;
}

} // namespace

QThreadPool* jobPool()
{
    static QPointer<QThreadPool> pool;
    return applicationPool(pool);
}

QThreadPool* housekeepingPool()
{
    static QPointer<QThreadPool> pool;
    return applicationPool(pool);
}

namespace {

void lowerThreadPriority([[maybe_unused]] int niceness)
{
#ifdef Q_OS_LINUX
    // Linux gives each thread its own nice value; a failure leaves the thread as it was, which is only slower.
    setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), niceness);
#endif
}

} // namespace

void yieldToForegroundWork()
{
    lowerThreadPriority(10);
}

void yieldToTheWindow()
{
    lowerThreadPriority(5);
}

} // namespace qadesk
