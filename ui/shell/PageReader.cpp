#include "PageReader.h"

#include "BusyBar.h"

#include "storage/Database.h"
#include "workspace/JobPool.h"

#include <QEvent>
#include <QHash>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace qadesk {
namespace {

// Only the GUI thread registers and looks up.
QHash<const Database*, BackgroundReads*>& registry()
{
    static QHash<const Database*, BackgroundReads*> readers;
    return readers;
}

} // namespace

BackgroundReads::BackgroundReads(const Database& database)
    : m_database(database)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    registry().insert(&database, this);
}

BackgroundReads::~BackgroundReads()
{
    registry().remove(&m_database);
    // The connection closes on the thread that opened it, after the reads already queued.
    m_pool.start([this] { m_connection.reset(); });
    m_pool.waitForDone();
}

BackgroundReads* BackgroundReads::of(const Database& database)
{
    return registry().value(&database);
}

QFuture<void> BackgroundReads::run(std::function<void(const Database&)> work,
                                   std::function<void(const QString&)> cannotOpen)
{
    // The worker reads at the window's clock (a test's fixed one, too), as it stands when the read is asked for.
    return QtConcurrent::run(
        &m_pool, [this, time = m_database.time(), work = std::move(work), cannotOpen = std::move(cannotOpen)] {
            if (!m_connection) {
                yieldToTheWindow(); // the pool's one thread, made for these reads and kept
                QString error;
                Database::Options options;
                options.readOnly = true; // never the write lock, never an upgrade
                options.integrityCheckMaxBytes = 0; // the window's own connection checked the file
                m_connection = m_database.dialect() == SqlDialect::PostgreSQL
                    ? Database::openServer(m_database.server(), options, &error)
                    : Database::open(m_database.path(), options, &error);
                if (!m_connection) {
                    cannotOpen(error);
                    return;
                }
            }
            m_connection->time() = time;
            work(*m_connection);
        });
}

PageReader::PageReader(const Database& database, QWidget* page)
    : QObject(page)
    , m_database(database)
    , m_page(page)
{
}

void PageReader::setReading(bool reading)
{
    m_reading = reading;
    if (!m_busy) {
        m_busy = new BusyBar(m_page);
        m_busy->setObjectName(QStringLiteral("pageBusyBar"));
        m_busy->setAccessibleName(tr("Reading the workspace…"));
        m_busy->setFixedHeight(4);
        m_page->installEventFilter(this);
    }
    m_busy->setGeometry(0, 0, m_page->width(), m_busy->height());
    m_busy->raise();
    m_busy->setVisible(reading);
}

bool PageReader::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_page && event->type() == QEvent::Resize && m_busy)
        m_busy->setGeometry(0, 0, m_page->width(), m_busy->height());
    return QObject::eventFilter(watched, event);
}

} // namespace qadesk
