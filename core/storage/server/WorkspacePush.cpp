#include "WorkspacePush.h"

#include "storage/Database.h"
#include "storage/SqlSupport.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"

#include <QFileInfo>
#include <QHash>
#include <QSqlDriver>
#include <QSqlField>
#include <QTemporaryDir>

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
            if (std::all_of(table.parents.begin(), table.parents.end(),
                            [&](const QString& parent) { return placed.contains(parent) || !byName.contains(parent); })) {
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

// Copies one table in multi-row INSERTs (a round trip per row would take hours for a million evaluations), in id
// order so that a row referring to an older row of its own table finds it.
void copyTable(const Database& file, const Database& server, const FileTable& table)
{
    const QString what = WorkspacePush::tr("copy the table %1 to the server").arg(table.name);
    const QHash<QString, QMetaType> types = serverColumnTypes(server, table.name);
    for (const QString& column : table.columns)
        if (!types.contains(column))
            throw StorageError(WorkspacePush::tr("The server's table %1 has no column %2; the server's schema differs "
                                                 "from the file's.")
                                   .arg(table.name, column));
    QSqlQuery rows(file.sql());
    rows.setForwardOnly(true);
    const QString order = table.columns.contains(QStringLiteral("id")) ? QStringLiteral(" ORDER BY id") : QString();
    if (!rows.exec(QStringLiteral("SELECT %1 FROM %2%3").arg(table.columns.join(QStringLiteral(", ")), table.name, order)))
        throw StorageError(WorkspacePush::tr("Could not %1: %2").arg(what, rows.lastError().text()));

    const bool settings = table.name == QLatin1String("workspace_settings");
    const QString head = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table.name, table.columns.join(QStringLiteral(", ")));
    // The file's settings win over the zone the server's schema was created with.
    const QString tail = settings ? QStringLiteral(" ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value") : QString();
    const QSqlDriver* driver = server.sql().driver();
    constexpr int rowsPerStatement = 500;
    QString statement;
    int pending = 0;
    const auto flush = [&] {
        if (pending == 0)
            return;
        execSql(server.sql(), head + statement + tail, what);
        statement.clear();
        pending = 0;
    };
    QList<QSqlField> fields;
    for (const QString& column : table.columns)
        fields << QSqlField(column, types.value(column));
    while (rows.next()) {
        statement += pending == 0 ? QStringLiteral("(") : QStringLiteral(", (");
        for (int i = 0; i < fields.size(); ++i) {
            QSqlField& field = fields[i];
            QVariant value = rows.value(i);
            if (!value.isNull())
                value.convert(field.metaType());
            field.setValue(value);
            if (i > 0)
                statement += QLatin1Char(',');
            statement += driver->formatValue(field);
        }
        statement += QLatin1Char(')');
        if (++pending == rowsPerStatement)
            flush();
    }
    flush();
}

// The file itself when it is at this QA Desk's schema; otherwise an upgraded copy of it in `scratch`, so the file stays
// as it was.
std::unique_ptr<Database> openSource(const QString& path, const QTemporaryDir& scratch, QString* error)
{
    Database::Options options;
    options.readOnly = true;
    auto file = Database::open(path, options, error);
    if (!file || file->schemaVersion() == Database::latestSchemaVersion())
        return file;
    const QString copy = scratch.filePath(QStringLiteral("upgraded.qadesk"));
    QSqlQuery vacuum(file->sql());
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(copy);
    if (!vacuum.exec()) {
        *error = WorkspacePush::tr("Could not copy %1 to upgrade it: %2").arg(file->displayName(), vacuum.lastError().text());
        return nullptr;
    }
    file.reset();
    auto upgraded = Database::open(copy, error);
    if (!upgraded)
        return nullptr;
    upgraded.reset();
    return Database::open(copy, options, error);
}

} // namespace

std::optional<WorkspacePush::Result> WorkspacePush::push(const QString& path, const ServerSettings& settings,
                                                         QString* error)
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
        transaction.commit();
        execSql(file->sql(), QStringLiteral("ROLLBACK"), tr("read %1").arg(file->displayName()));
    } catch (const StorageError& problem) {
        *error = tr("%1 was not copied to %2: %3").arg(QFileInfo(path).fileName(), server->displayName(), problem.message());
        return std::nullopt;
    }
    return result;
}

} // namespace qadesk
