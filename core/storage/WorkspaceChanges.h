#pragma once

#include <QObject>
#include <QString>
#include <memory>

class QTimer;

namespace qadesk {

class Database;

// What changed in a workspace, as pages need to know it to read again.
enum class Change {
    Evaluation, // an evaluation submitted or revised
    DisputeRaised,
    DisputeDecided,
    Import, // contacts or evaluations imported
    Plan, // a sampling plan saved
    Coaching, // a coaching session saved
    Scorecard, // a scorecard version published
    OtherProgram, // another program committed something QA Desk cannot name (SQLite tells no more)
};

// Says what changed in one workspace, after the change is committed. A Database and its siblings share one (of());
// core services announce() inside their Transaction, and the signal is emitted once the outermost transaction
// commits, never for a rolled-back one. Emitted on the thread that committed: receivers in another thread get it
// queued.
class WorkspaceChanges final : public QObject
{
    Q_OBJECT

public:
    WorkspaceChanges();

    // The changes of this connection's workspace, made at its first use; valid while the Database lives.
    static WorkspaceChanges& of(const Database& database);
    // Called by a core service inside its Transaction on `database`. On PostgreSQL it also NOTIFYs, in the same
    // transaction, so other desktops hear it. Throws StorageError.
    static void announce(const Database& database, Change change, qint64 id);

    // Identifies this process in a PostgreSQL notification, so its own changes are not taken for another's.
    QString origin() const { return m_origin; }
    // The channel that PostgreSQL workspaces NOTIFY and LISTEN on.
    static QString channel();
    // "kind:id:origin", the notification's payload; parse() reads one back (false for an unknown kind).
    QString payload(Change change, qint64 id) const;
    static bool parse(const QString& payload, Change* change, qint64* id, QString* origin);

signals:
    void changed(qadesk::Change change, qint64 id);

private:
    friend class Transaction;
    friend class Database;
    // Transaction's and Database's bookkeeping: a transaction or savepoint begins, commits (the outermost one emits
    // what was announced) or rolls back (forgets what was announced since it began); siblings share; a closed
    // connection is forgotten.
    static void begun(const Database& database);
    static void committed(const Database& database, bool outermost);
    static void rolledBack(const Database& database);
    static void share(const Database& database, const Database& sibling);
    static void forget(const Database& database);

    QString m_origin;
};

// Hears changes that other programs (another desktop, the command line) commit to the workspace, and emits them on
// its WorkspaceChanges. On PostgreSQL it LISTENs on a dedicated connection (the payload names the change); on SQLite
// it asks the given connection, about every 1.5 s, whether another connection committed (PRAGMA data_version: cheap,
// and blind to that connection's own commits). Lives on the thread of `database`, which must outlive it.
class OtherProgramWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit OtherProgramWatcher(const Database& database, QObject* parent = nullptr);
    ~OtherProgramWatcher() override;

    bool isListening() const; // PostgreSQL: the LISTEN connection is up; SQLite: the poll runs

private:
    void poll();

    const Database& m_database;
    std::unique_ptr<Database> m_listener; // PostgreSQL only
    QTimer* m_timer = nullptr; // SQLite only
    qint64 m_dataVersion = -1;
};

} // namespace qadesk

Q_DECLARE_METATYPE(qadesk::Change)
