#include "JobPool.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

namespace qadesk {

QThreadPool* jobPool()
{
    static QPointer<QThreadPool> pool; // a test's next application gets a new one
    if (!pool)
        pool = new QThreadPool(QCoreApplication::instance());
    return pool;
}

} // namespace qadesk
