#include "WorkspacePush.h"

#include "storage/Database.h"
#include "storage/SqlSupport.h"
#include "storage/StorageError.h"
#include "storage/TeamServer.h"
#include "storage/Transaction.h"

#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSqlDriver>
#include <QSqlError>
#include <QTemporaryDir>

#include <libpq-fe.h>

#include <algorithm>

namespace qadesk {

namespace {

// What the file has that the server gets: each table's columns, and the tables it refers to.
struct FileTable
{
    QString name;
    QStringList columns;
    QStringList parents;
    qint64 rows = 0;
};

QStringList stringsOf(const Database& db, const QString& sql, int column, const QString& what)
{
    QSqlQuery query = prepareSql(db.sql(), sql, what);
    execPrepared(query, what);
    QStringList values;
    while (query.next())
        values << query.value(column).toString();
    return values;
}

qint64 countOf(const Database& db, const QString& table, const QString& what)
{
    QSqlQuery query = prepareSql(db.sql(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(table), what);
    execPrepared(query, what);
    return query.next() ? query.value(0).toLongLong() : 0;
}

// The file's tables, parents before children, so that every foreign key finds its row (PostgreSQL checks them at
// once; a table's references to itself point to older rows, which go first by id).
QList<FileTable> fileTables(const Database& file)
{
    const QString what = WorkspacePush::tr("read the tables of %1").arg(file.displayName());
    QHash<QString, FileTable> byName;
    for (const QString& name : stringsOf(file,
                                         QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                                                        "NOT LIKE 'sqlite_%' AND name <> 'schema_info' ORDER BY name"),
                                         0, what)) {
        FileTable table { name, stringsOf(file, QStringLiteral("PRAGMA table_info(%1)").arg(name), 1, what), {}, 0 };
        for (const QString& parent : stringsOf(file, QStringLiteral("PRAGMA foreign_key_list(%1)").arg(name), 2, what))
            if (parent != name && !table.parents.contains(parent))
                table.parents << parent;
        // The server already has its zone setting: the file's replaces it, or it stays beside the file's settings.
        table.rows = name == QLatin1String("workspace_settings")
            ? countOf(file, QStringLiteral("workspace_settings WHERE key <> 'time_zone'"), what) + 1
            : countOf(file, name, what);
        byName.insert(name, table);
    }
    QList<FileTable> ordered;
    QStringList placed;
    QStringList names = byName.keys();
    names.sort();
    while (placed.size() < names.size()) {
        const qsizetype before = placed.size();
        for (const QString& name : std::as_const(names)) {
            if (placed.contains(name))
                continue;
            const FileTable& table = byName[name];
            if (std::all_of(table.parents.begin(), table.parents.end(), [&](const QString& parent) {
                    return placed.contains(parent) || !byName.contains(parent);
                })) {
                ordered << table;
                placed << name;
            }
        }
        if (placed.size() == before)
            throw StorageError(WorkspacePush::tr("The tables of %1 refer to each other in a circle; they cannot be "
                                                 "copied in order.")
                                   .arg(file.displayName()));
    }
    return ordered;
}

// PostgreSQL's type of each column of `table`, as the type its values are converted to before they are written (a
// SQLite column keeps whatever type a value had when it was stored).
QHash<QString, QMetaType> serverColumnTypes(const Database& server, const QString& table)
{
    const QString what = WorkspacePush::tr("read the columns of %1 on the server").arg(table);
    QSqlQuery query = prepareSql(server.sql(),
                                 QStringLiteral("SELECT column_name, data_type FROM information_schema.columns WHERE "
                                                "table_schema = current_schema() AND table_name = ?"),
                                 what);
    query.addBindValue(table);
    execPrepared(query, what);
    QHash<QString, QMetaType> types;
    while (query.next()) {
        const QString type = query.value(1).toString();
        QMetaType meta(QMetaType::QString);
        if (type == QLatin1String("bigint") || type == QLatin1String("integer") || type == QLatin1String("smallint"))
            meta = QMetaType(QMetaType::LongLong);
        else if (type == QLatin1String("double precision") || type == QLatin1String("real"))
            meta = QMetaType(QMetaType::Double);
        else if (type == QLatin1String("bytea"))
            meta = QMetaType(QMetaType::QByteArray);
        types.insert(query.value(0).toString(), meta);
    }
    return types;
}

// An empty server database has no rows but its schema record and the zone it was created with.
void requireEmpty(const Database& server, const QList<FileTable>& tables)
{
    const QString what = WorkspacePush::tr("check that %1 is empty").arg(server.displayName());
    QStringList holding;
    for (const FileTable& table : tables) {
        const QString sql = table.name == QLatin1String("workspace_settings")
            ? QStringLiteral("SELECT 1 FROM workspace_settings WHERE key <> 'time_zone' LIMIT 1")
            : QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table.name);
        if (!stringsOf(server, sql, 0, what).isEmpty())
            holding << table.name;
    }
    if (!holding.isEmpty())
        throw StorageError(WorkspacePush::tr("%1 is not empty (%2 hold rows); server push copies a workspace into an "
                                             "empty database only, so that nothing on the server is overwritten.")
                               .arg(server.displayName(), holding.join(QStringLiteral(", "))));
}

// A value in COPY's text format: \N for NULL, and the backslash, tab, newline and carriage return escaped. False
// when a number column of the server holds something in the file that is no number (SQLite keeps what it is given).
bool appendCopyValue(QByteArray& line, const QVariant& value, QMetaType::Type type)
{
    if (value.isNull()) {
        line += "\\N";
        return true;
    }
    bool number = true;
    switch (type) {
    case QMetaType::LongLong:
        line += QByteArray::number(value.toLongLong(&number));
        return number;
    case QMetaType::Double:
        // The shortest text that reads back as the same double: a score arrives to the last bit.
        line += QString::number(value.toDouble(&number), 'g', QLocale::FloatingPointShortest).toLatin1();
        return number;
    case QMetaType::QByteArray:
        line += "\\\\x" + value.toByteArray().toHex();
        return true;
    default:
        break;
    }
    for (const char c : value.toString().toUtf8()) {
        switch (c) {
        case '\\':
            line += "\\\\";
            break;
        case '\t':
            line += "\\t";
            break;
        case '\n':
            line += "\\n";
            break;
        case '\r':
            line += "\\r";
            break;
        default:
            line += c;
        }
    }
    return true;
}

// libpq's connection under Qt's QPSQL driver, for COPY, which QtSql does not offer.
PGconn* libpqConnection(const Database& server)
{
    const QVariant handle = server.sql().driver()->handle();
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        throw StorageError(WorkspacePush::tr("This build's PostgreSQL driver gives no connection to copy through."));
    return *static_cast<PGconn* const*>(handle.data());
}

// Streams one table with COPY (a million evaluations and ten million answers in minutes, where INSERTs took hours), in
// id order so that a row referring to an older row of its own table finds it. The settings are upserted instead:
// the server's schema already stored its zone.
void copyTable(const Database& file, const Database& server, const FileTable& table)
{
    const QString what = WorkspacePush::tr("copy the table %1 to the server").arg(table.name);
    const QHash<QString, QMetaType> types = serverColumnTypes(server, table.name);
    QList<QMetaType::Type> columnTypes;
    for (const QString& column : table.columns) {
        if (!types.contains(column))
            throw StorageError(WorkspacePush::tr("The server's table %1 has no column %2; the server's schema differs "
                                                 "from the file's.")
                                   .arg(table.name, column));
        columnTypes << QMetaType::Type(types.value(column).id());
    }
    QSqlQuery rows(file.sql());
    rows.setForwardOnly(true);
    const QString columns = table.columns.join(QStringLiteral(", "));
    const QString order = table.columns.contains(QStringLiteral("id")) ? QStringLiteral(" ORDER BY id") : QString();
    if (!rows.exec(QStringLiteral("SELECT %1 FROM %2%3").arg(columns, table.name, order)))
        throw StorageError(WorkspacePush::tr("Could not %1: %2").arg(what, rows.lastError().text()));

    if (table.name == QLatin1String("workspace_settings")) {
        while (rows.next())
            execWith(server,
                     QStringLiteral("INSERT INTO workspace_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO "
                                    "UPDATE SET value = EXCLUDED.value"),
                     { rows.value(0).toString(), rows.value(1).toString() }, what);
        return;
    }
    PGconn* connection = libpqConnection(server);
    const auto check = [&](PGresult* result, ExecStatusType expected) {
        const bool ok = PQresultStatus(result) == expected;
        const QString message = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        PQclear(result);
        if (!ok)
            throw StorageError(WorkspacePush::tr("Could not %1: %2").arg(what, message));
    };
    check(PQexec(connection, QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table.name, columns).toUtf8().constData()),
          PGRES_COPY_IN);
    QByteArray chunk;
    const auto send = [&] {
        if (PQputCopyData(connection, chunk.constData(), int(chunk.size())) != 1)
            throw StorageError(WorkspacePush::tr("Could not %1: %2")
                                   .arg(what, QString::fromUtf8(PQerrorMessage(connection)).trimmed()));
        chunk.clear();
    };
    while (rows.next()) {
        for (int i = 0; i < columnTypes.size(); ++i) {
            if (i > 0)
                chunk += '\t';
            if (!appendCopyValue(chunk, rows.value(i), columnTypes.at(i)))
                throw StorageError(WorkspacePush::tr("%1, column %2: \"%3\" is not a number, and the server's column "
                                                     "holds numbers only.")
                                       .arg(table.name, table.columns.at(i), rows.value(i).toString()));
        }
        chunk += '\n';
        if (chunk.size() > 1 << 20)
            send();
    }
    if (!chunk.isEmpty())
        send();
    if (PQputCopyEnd(connection, nullptr) != 1)
        throw StorageError(
            WorkspacePush::tr("Could not %1: %2").arg(what, QString::fromUtf8(PQerrorMessage(connection)).trimmed()));
    check(PQgetResult(connection), PGRES_COMMAND_OK);
    // COPY ends with one result, then none.
    while (PGresult* rest = PQgetResult(connection))
        PQclear(rest);
}

// Makes the copied workspace a team server: the set-up of `server init`, and a login role for each user in the group
// of their role. The server authenticates from now on, so the file's password hashes stay behind and the roles get no
// password (such a role cannot sign in by password) but the administrator's, when one is given; a deactivated user's
// role is NOLOGIN. Returns the active users whose login has no password yet.
QStringList makeTeamServer(Database& server, const std::optional<WorkspacePush::Administrator>& admin)
{
    const QString what = WorkspacePush::tr("make %1 a team server").arg(server.displayName());
    TeamServer::install(server);
    execWith(server, QStringLiteral("UPDATE users SET password_hash = ''"), {}, what);
    // Roles belong to the whole PostgreSQL cluster: a login that is already a role there (of another database's
    // users, or anyone's) is not taken over.
    const QStringList taken = stringsOf(server,
                                        QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname IN (SELECT login "
                                                       "FROM users) ORDER BY rolname"),
                                        0, what);
    if (!taken.isEmpty())
        throw StorageError(WorkspacePush::tr("the PostgreSQL server already has roles named %1, and each user of a "
                                             "team server is a role of the whole PostgreSQL server. Give these users "
                                             "other logins in the file, or drop the roles if nobody uses them, and "
                                             "push again.")
                               .arg(taken.join(QStringLiteral(", "))));
    struct Login
    {
        QString login;
        Role role = Role::Agent;
        bool active = false;
    };
    const QList<Login> logins = selectRows<Login>(
        server, QStringLiteral("SELECT login, role, active FROM users ORDER BY login"), {}, what,
        [](const QSqlQuery& q) {
            return Login { q.value(0).toString(), fromCode<Role>(q.value(1).toString()).value_or(Role::Agent),
                           q.value(2).toBool() };
        });
    if (admin
        && std::none_of(logins.begin(), logins.end(), [&](const Login& user) {
               return user.login == admin->login && user.role == Role::Admin && user.active;
           }))
        throw StorageError(
            WorkspacePush::tr("the file has no active administrator %1 to give the password to.").arg(admin->login));
    QStringList passwordless;
    for (const Login& user : logins) {
        const bool isAdmin = admin && user.login == admin->login;
        TeamServer::addLogin(server, user.login, user.role, isAdmin ? admin->password : QString());
        if (!user.active)
            TeamServer::setAccess(server, user.login, user.role, false);
        else if (!isAdmin)
            passwordless << user.login;
    }
    return passwordless;
}

// A copy of the file at `copy`, made by SQLite through a read-only connection (a consistent snapshot, the file
// untouched), when the file is a workspace at an older schema step than this QA Desk's; false otherwise.
bool copyOlderWorkspace(const QString& path, const QString& copy)
{
    const QString connection = QStringLiteral("workspace-push-source");
    bool copied = false;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        raw.setDatabaseName(path);
        raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (QFileInfo(path).isFile() && raw.open()) {
            QSqlQuery query(raw);
            if (query.exec(QStringLiteral("SELECT value FROM schema_info WHERE key = 'schema_version'")) && query.next()
                && query.value(0).toInt() > 0 && query.value(0).toInt() < Database::latestSchemaVersion()) {
                query.finish();
                query.prepare(QStringLiteral("VACUUM INTO ?"));
                query.addBindValue(copy);
                copied = query.exec();
            }
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return copied;
}

// The file itself, read-only, when it is at this QA Desk's schema; otherwise an upgraded copy of it in `scratch`, so
// the file stays as it was.
std::unique_ptr<Database> openSource(const QString& path, const QTemporaryDir& scratch, QString* error)
{
    Database::Options options;
    options.readOnly = true;
    const QString copy = scratch.filePath(QStringLiteral("upgraded.qadesk"));
    if (!copyOlderWorkspace(path, copy))
        return Database::open(path, options, error);
    if (!Database::open(copy, error)) // migrates the copy
        return nullptr;
    return Database::open(copy, options, error);
}

} // namespace

std::optional<WorkspacePush::Result> WorkspacePush::push(const QString& path, const ServerSettings& settings,
                                                         const std::optional<Administrator>& admin, QString* error)
{
    const QTemporaryDir scratch;
    if (!scratch.isValid()) {
        *error = tr("Could not make a temporary folder: %1").arg(scratch.errorString());
        return std::nullopt;
    }
    const auto file = openSource(path, scratch, error);
    if (!file)
        return std::nullopt;
    const auto server = Database::openServer(settings, error);
    if (!server)
        return std::nullopt;
    Result result;
    result.server = settings.displayUrl();
    result.schemaVersion = server->schemaVersion();
    try {
        if (server->schemaVersion() != file->schemaVersion())
            throw StorageError(tr("%1 is at schema step %2 and the file at step %3; both must be at this QA Desk's.")
                                   .arg(server->displayName())
                                   .arg(server->schemaVersion())
                                   .arg(file->schemaVersion()));
        // One snapshot of the file, however long the copy takes.
        execSql(file->sql(), QStringLiteral("BEGIN"), tr("read %1").arg(file->displayName()));
        const QList<FileTable> tables = fileTables(*file);
        Transaction transaction(*server);
        requireEmpty(*server, tables);
        const QString what = tr("copy %1 to %2").arg(QFileInfo(path).fileName(), server->displayName());
        // Server triggers (a team server's audit stamp) would rewrite the history being copied; only the owner may
        // switch them off, and only inside this transaction.
        for (const FileTable& table : tables)
            execSql(server->sql(), QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(table.name), what);
        for (const FileTable& table : tables)
            copyTable(*file, *server, table);
        for (const FileTable& table : tables) {
            execSql(server->sql(), QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(table.name), what);
            if (table.columns.contains(QStringLiteral("id")))
                execSql(server->sql(),
                        QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE(MAX(id), 0) + 1, "
                                       "false) FROM %1")
                            .arg(table.name),
                        what);
            const qint64 onServer = countOf(*server, table.name, what);
            if (onServer != table.rows)
                throw StorageError(tr("%1 holds %2 rows of %3 after the copy, the file %4; nothing was kept.")
                                       .arg(server->displayName())
                                       .arg(onServer)
                                       .arg(table.name)
                                       .arg(table.rows));
            result.tables << Table { table.name, onServer };
            result.totalRows += onServer;
        }
        result.loginsWithoutPassword = makeTeamServer(*server, admin);
        transaction.commit();
        execSql(file->sql(), QStringLiteral("ROLLBACK"), tr("read %1").arg(file->displayName()));
    } catch (const StorageError& problem) {
        *error = tr("%1 was not copied to %2: %3")
                     .arg(QFileInfo(path).fileName(), server->displayName(), problem.message());
        return std::nullopt;
    }
    // The planner's statistics and the visibility map of the new rows now, rather than whenever autovacuum comes by:
    // the overview reads its covering index alone only where the map says every row is visible. The copy is committed
    // already; should this fail, autovacuum does it later.
    QSqlQuery(server->sql()).exec(QStringLiteral("VACUUM (ANALYZE)"));
    return result;
}

} // namespace qadesk
