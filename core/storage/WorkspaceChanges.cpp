#include "WorkspaceChanges.h"

#include "Database.h"
#include "SqlSupport.h"

#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

namespace qadesk {
namespace {

// Stable names in notifications, which other versions of QA Desk read: never renamed.
constexpr std::pair<Change, const char*> s_kinds[] {
    { Change::Evaluation, "evaluation" },
    { Change::DisputeRaised, "dispute-raised" },
    { Change::DisputeDecided, "dispute-decided" },
    { Change::Import, "import" },
    { Change::Plan, "plan" },
    { Change::Coaching, "coaching" },
    { Change::Scorecard, "scorecard" },
    { Change::OtherProgram, "other" },
};

constexpr int s_pollMs = 1500; // within the 2 s another desktop may wait to see a change

// What one connection announced in its open transaction, and where each of its nested transactions began.
struct Connection
{
    std::shared_ptr<WorkspaceChanges> changes = std::make_shared<WorkspaceChanges>();
    QList<std::pair<Change, qint64>> announced;
    QList<qsizetype> marks;
};

// Connections live on many threads (workers, imports): one lock guards the book of them all.
QMutex s_lock;
QHash<const Database*, Connection>& connections()
{
    static QHash<const Database*, Connection> all;
    return all;
}

} // namespace

WorkspaceChanges& WorkspaceChanges::of(const Database& database)
{
    const QMutexLocker locker(&s_lock);
    return *connections()[&database].changes;
}

void WorkspaceChanges::announce(const Database& database, Change change, qint64 id)
{
    if (database.dialect() == SqlDialect::PostgreSQL)
        execWith(database, QStringLiteral("SELECT pg_notify(?, ?)"), { channel(), of(database).payload(change, id) },
                 QStringLiteral("tell other desktops about a change"));
    const QMutexLocker locker(&s_lock);
    Connection& connection = connections()[&database];
    Q_ASSERT(!connection.marks.isEmpty()); // inside a Transaction
    connection.announced.append({ change, id });
}

void WorkspaceChanges::begun(const Database& database)
{
    const QMutexLocker locker(&s_lock);
    Connection& connection = connections()[&database];
    connection.marks.append(connection.announced.size());
}

void WorkspaceChanges::committed(const Database& database, bool outermost)
{
    std::shared_ptr<WorkspaceChanges> changes;
    QList<std::pair<Change, qint64>> announced;
    {
        const QMutexLocker locker(&s_lock);
        Connection& connection = connections()[&database];
        if (!connection.marks.isEmpty())
            connection.marks.removeLast();
        if (!outermost)
            return;
        changes = connection.changes;
        announced = std::exchange(connection.announced, {});
    }
    for (const auto& [change, id] : announced) // durable only now: say so, unlocked, as receivers may read
        emit changes->changed(change, id);
}

void WorkspaceChanges::rolledBack(const Database& database)
{
    const QMutexLocker locker(&s_lock);
    Connection& connection = connections()[&database];
    if (!connection.marks.isEmpty())
        connection.announced.resize(connection.marks.takeLast()); // what was rolled back did not happen
}

void WorkspaceChanges::share(const Database& database, const Database& sibling)
{
    const QMutexLocker locker(&s_lock);
    connections()[&sibling].changes = connections()[&database].changes;
}

void WorkspaceChanges::forget(const Database& database)
{
    const QMutexLocker locker(&s_lock);
    connections().remove(&database);
}

WorkspaceChanges::WorkspaceChanges()
    : m_origin(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

QString WorkspaceChanges::channel()
{
    return QStringLiteral("qadesk_changes");
}

QString WorkspaceChanges::payload(Change change, qint64 id) const
{
    for (const auto& [kind, name] : s_kinds) {
        if (kind == change)
            return QStringLiteral("%1:%2:%3").arg(QLatin1String(name)).arg(id).arg(m_origin);
    }
    return {};
}

bool WorkspaceChanges::parse(const QString& payload, Change* change, qint64* id, QString* origin)
{
    const QStringList parts = payload.split(QLatin1Char(':'));
    if (parts.size() != 3)
        return false;
    bool numeric = false;
    *id = parts.at(1).toLongLong(&numeric);
    if (!numeric)
        return false;
    *origin = parts.at(2);
    for (const auto& [kind, name] : s_kinds) {
        if (parts.at(0) == QLatin1String(name)) {
            *change = kind;
            return true;
        }
    }
    return false;
}

OtherProgramWatcher::OtherProgramWatcher(const Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
    if (database.dialect() == SqlDialect::PostgreSQL) {
        // A connection of its own: the workspace's connection runs transactions, and a LISTEN there would hear
        // nothing while one is open.
        QString error;
        m_listener = database.openSibling(&error);
        if (!m_listener)
            return;
        QSqlDriver* driver = m_listener->sql().driver();
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                    Change change = Change::OtherProgram;
                    qint64 id = 0;
                    QString origin;
                    if (name != WorkspaceChanges::channel())
                        return;
                    if (!WorkspaceChanges::parse(payload.toString(), &change, &id, &origin))
                        change = Change::OtherProgram; // a newer QA Desk's kind: read everything again
                    if (origin != WorkspaceChanges::of(m_database).origin())
                        emit WorkspaceChanges::of(m_database).changed(change, id);
                });
        if (!driver->subscribeToNotification(WorkspaceChanges::channel()))
            m_listener.reset();
        return;
    }
    if (database.path().isEmpty())
        return; // in memory: no other program can reach it
    m_timer = new QTimer(this);
    m_timer->setInterval(s_pollMs);
    connect(m_timer, &QTimer::timeout, this, &OtherProgramWatcher::poll);
    poll();
    m_timer->start();
}

OtherProgramWatcher::~OtherProgramWatcher()
{
    if (m_listener)
        m_listener->sql().driver()->unsubscribeFromNotification(WorkspaceChanges::channel());
}

bool OtherProgramWatcher::isListening() const
{
    return m_listener != nullptr || (m_timer && m_timer->isActive());
}

void OtherProgramWatcher::poll()
{
    QSqlQuery query(m_database.sql());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return; // busy or closing: the next tick asks again
    const qint64 version = query.value(0).toLongLong();
    const bool changed = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    if (changed)
        emit WorkspaceChanges::of(m_database).changed(Change::OtherProgram, 0);
}

} // namespace qadesk
