#pragma once

#include "ServerSettings.h"
#include "time/CentreTime.h"

#include <QCoreApplication>

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace qadesk {

enum class SqlDialect { SQLite, PostgreSQL };

// One open workspace: a QA Desk SQLite file, or a schema on a PostgreSQL server.
//
// QtSql connections belong to the thread that opened them. A Database is used from the thread that opened it;
// background work calls openSibling() inside its worker thread to get its own connection to the same workspace.
class Database final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::Database)

public:
    struct Options {
        bool create = false; // create the file (and schema) when it does not exist or is empty (0 bytes)
        int busyTimeoutMs = 5000; // how long to wait for another program's lock before reporting it
        // Reading only (QSQLITE_OPEN_READONLY): no write lock, no journal switch, no upgrade, so it works on a
        // read-only file or folder and beside another program that writes. Siblings of it are read-only too.
        bool readOnly = false;
        // Read-only openings: called once when another program's lock makes the opening wait (up to
        // busyTimeoutMs), so the caller can say so instead of seeming to hang.
        std::function<void()> waiting;
        // quick_check reads the whole file; above this size it is left to verifyIntegrity() in the background,
        // so opening a large workspace stays fast.
        qint64 integrityCheckMaxBytes = 64LL * 1024 * 1024;
        // The time zone of a workspace created now, and of one opened for the first time by a QA Desk that knows
        // zones; from then on the zone stored in the workspace rules.
        QTimeZone timeZone = QTimeZone::systemTimeZone();
    };

    // Opens (and, where needed, migrates) a workspace file. On failure returns null and sets *error to a sentence
    // that names the file and says what is wrong: missing, not a database, another program's database, from a
    // newer QA Desk, read-only, locked, or damaged. Before migrating an existing file it writes a backup copy
    // beside it (backupPath()); a failed upgrade rolls back and removes that copy. A refused file is left
    // byte-identical: it is only read (through SQLite alone) until it is known to be a QA Desk workspace.
    static std::unique_ptr<Database> open(const QString& path, const Options& options, QString* error);
    static std::unique_ptr<Database> open(const QString& path, QString* error) { return open(path, Options {}, error); }
    // A private in-memory workspace, for tests and scratch work.
    static std::unique_ptr<Database> openInMemory(QString* error, const QTimeZone& zone = QTimeZone::systemTimeZone());
    // A workspace schema on a PostgreSQL server, created and migrated like a file; migrations run under a
    // transaction-level advisory lock, so two desktops opening a server at once migrate it once. Options::readOnly
    // makes every transaction of the session read-only (default_transaction_read_only) and never migrates; the other
    // options are for files. On failure *error says which part failed: host, port, TLS, password, login or database,
    // and *failure (when given) names it.
    static std::unique_ptr<Database> openServer(const ServerSettings& settings, const Options& options, QString* error,
                                                ServerFailure* failure = nullptr);
    static std::unique_ptr<Database> openServer(const ServerSettings& settings, QString* error)
    {
        return openServer(settings, Options {}, error);
    }
    // A file path or, when ServerSettings::isUrl(workspace), a team server URL.
    static std::unique_ptr<Database> openWorkspace(const QString& workspace, const Options& options, QString* error);

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // A second connection to the same workspace for the calling thread (not for in-memory workspaces).
    std::unique_ptr<Database> openSibling(QString* error) const;
    bool canOpenSibling() const { return m_dialect == SqlDialect::PostgreSQL || !m_path.isEmpty(); }

    QSqlDatabase sql() const;
    SqlDialect dialect() const { return m_dialect; }
    QString path() const { return m_path; } // empty for in-memory and server workspaces
    QString folder() const; // media paths are relative to it; empty when there is no file
    QString displayName() const;
    int schemaVersion() const { return m_schemaVersion; }
    QString backupPath() const { return m_backupPath; } // empty when no migration needed a backup
    bool isReadOnly() const { return m_readOnly; }
    // A PostgreSQL workspace set up by `server init` (TeamServer): its users are login roles, row-level security
    // restricts what each sees, and triggers stamp the audit log.
    bool isTeamServer() const { return m_teamServer; }
    const ServerSettings& server() const { return m_server; } // empty settings for a file

    // PRAGMA quick_check (pages and rows) or, Full, integrity_check (also every index against its table), of the
    // whole file or of `tables` and their indexes only. Returns false with *error naming the first problem found;
    // *problems (when given) gets every problem SQLite reported. Reads only.
    enum class IntegrityCheck { Quick, Full };
    bool verifyIntegrity(QString* error, IntegrityCheck depth = IntegrityCheck::Quick, const QStringList& tables = {},
                         QStringList* problems = nullptr) const;
    // True when opening skipped its quick_check because the file is larger than Options::integrityCheckMaxBytes:
    // the caller should run checkFile() in the background and show its result.
    bool integrityCheckSkipped() const { return m_integrityCheckSkipped; }
    // Opens `path` read-only on the calling thread (a worker's own connection) and runs the full integrity check.
    // Returns the problems found, empty when the file is sound; *summary gets a sentence naming the file and the first.
    static QStringList checkFile(const QString& path, QString* summary);

    static int latestSchemaVersion();

    // The centre's clock and time zone (workspace setting `time_zone`), shared with siblings.
    const CentreTime& time() const { return *m_time; }
    CentreTime& time() { return *m_time; }

private:
    friend class Transaction;
    friend class TeamServer;
    Database(QString connectionName, SqlDialect dialect, QString path);
    bool initialise(bool existedBefore, const Options& options, QString* error);
    bool readSchemaInfo(bool existedBefore, const Options& options, QString* error);
    bool waitForReading(const Options& options, QString* error);
    bool upgrade(const Options& options, QString* error);
    bool migrate(QString* error);
    int lockedServerSchemaVersion() const; // throws StorageError
    bool applyStep(int step, QString* error);
    void loadTimeZone(const QTimeZone& fallback);

    QString m_connectionName;
    SqlDialect m_dialect;
    QString m_path;
    ServerSettings m_server;
    int m_schemaVersion = 0;
    QString m_backupPath;
    std::shared_ptr<CentreTime> m_time = std::make_shared<CentreTime>();
    bool m_readOnly = false;
    bool m_teamServer = false;
    bool m_integrityCheckSkipped = false;
    friend std::shared_ptr<QSqlQuery> reusableStatement(const Database& db, const QString& sql, const QString& what);
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_statements; // by SQL text; SqlSupport's reusableStatement()
    mutable int m_transactionDepth = 0; // Transactions open on this connection; inner ones are savepoints
};

} // namespace qadesk
