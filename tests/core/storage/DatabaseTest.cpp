#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"
#include "storage/StorageError.h"
#include "workspace/WorkspaceCounts.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace qadesk;

namespace {

QString openError(const QString& path, int busyTimeoutMs = 5000)
{
    Database::Options options;
    options.busyTimeoutMs = busyTimeoutMs;
    QString error;
    const auto db = Database::open(path, options, &error);
    CHECK_FALSE(db);
    return error;
}

QStringList tableNames(const Database& db)
{
    return selectRows<QString>(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"), {},
                               QStringLiteral("list tables"), [](const QSqlQuery& q) { return q.value(0).toString(); });
}

QStringList indexNames(const Database& db)
{
    return selectRows<QString>(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index'"), {},
                               QStringLiteral("list indexes"), [](const QSqlQuery& q) { return q.value(0).toString(); });
}

// An SQLite file as another program makes it (rollback journal, no QA Desk schema), with one statement run in it.
void writeOtherDatabase(const QString& path, const QString& statement)
{
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        REQUIRE(QSqlQuery(other).exec(statement));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

int storedSchemaVersion(const QString& path)
{
    int version = 0;
    {
        QSqlDatabase file = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        file.setDatabaseName(path);
        REQUIRE(file.open());
        QSqlQuery query(file);
        REQUIRE(query.exec(QStringLiteral("SELECT value FROM schema_info WHERE key = 'schema_version'")));
        REQUIRE(query.next());
        version = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return version;
}

} // namespace

TEST_CASE("a new workspace file gets every migration and every table of the domain", "[sqlite-only]")
{
    QTemporaryDir dir;
    const auto db = test::fileWorkspace(dir);
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
    const QStringList tables = tableNames(*db);
    for (const char* table : { "teams", "agents", "users", "contacts", "recordings", "chat_messages", "scorecards",
                               "scorecard_versions", "scorecard_sections", "scorecard_items", "scorecard_options",
                               "evaluations", "evaluation_answers", "annotations", "assignments", "sampling_plans",
                               "coaching_sessions", "action_items", "disputes", "calibration_sessions",
                               "calibration_participants", "calibration_items", "audit_log", "user_teams",
                               "auto_qa_suggestions", "auto_qa_checks", "auto_qa_agreements", "agent_months",
                               "agent_month_items", "agent_month_outcomes", "agent_month_evaluators" }) {
        INFO(table);
        CHECK(tables.contains(QString::fromLatin1(table)));
    }
    CHECK(tables.contains(QStringLiteral("agent_month_conversations")));
    const auto mode = selectRows<QString>(*db, QStringLiteral("PRAGMA journal_mode"), {}, QStringLiteral("read mode"),
                                          [](const QSqlQuery& q) { return q.value(0).toString(); });
    CHECK(mode.value(0) == QLatin1String("wal"));
    const auto foreignKeys = selectRows<int>(*db, QStringLiteral("PRAGMA foreign_keys"), {}, QStringLiteral("read fk"),
                                             [](const QSqlQuery& q) { return q.value(0).toInt(); });
    CHECK(foreignKeys.value(0) == 1);
    CHECK(db->schemaVersion() == 9);
    CHECK(indexNames(*db).contains(QStringLiteral("evaluations_period")));
    CHECK(indexNames(*db).contains(QStringLiteral("contacts_outcomes")));
    CHECK(indexNames(*db).contains(QStringLiteral("contacts_agent_outcomes")));
    CHECK_FALSE(indexNames(*db).contains(QStringLiteral("contacts_agent_time")));
    CHECK_FALSE(indexNames(*db).contains(QStringLiteral("evaluations_month_summary")));
    CHECK_FALSE(indexNames(*db).contains(QStringLiteral("evaluations_submitted")));
    CHECK(db->backupPath().isEmpty()); // a new file has nothing to back up
}

TEST_CASE("an older workspace is backed up, then upgraded step by step, keeping its data", "[sqlite-only]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.qadesk"));
    {
        const auto db = test::fileWorkspace(dir, QStringLiteral("old.qadesk"));
        test::addSampleContact(*db);
    }
    test::downgradeSchema(path, 1);
    QString error;
    const auto db = Database::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(db);
    CHECK(db->schemaVersion() == 9);
    CHECK(indexNames(*db).contains(QStringLiteral("evaluations_period")));
    CHECK(indexNames(*db).contains(QStringLiteral("contacts_outcomes")));
    CHECK(indexNames(*db).contains(QStringLiteral("contacts_agent_outcomes")));
    CHECK_FALSE(indexNames(*db).contains(QStringLiteral("contacts_agent_time")));
    CHECK_FALSE(indexNames(*db).contains(QStringLiteral("evaluations_month_summary")));
    CHECK(countWorkspace(*db).contacts == 1);
    REQUIRE_FALSE(db->backupPath().isEmpty());
    CHECK(db->backupPath().endsWith(QStringLiteral("old.qadesk.schema-1.bak")));
    CHECK(storedSchemaVersion(db->backupPath()) == 1); // the copy is the file as it was
}

TEST_CASE("a migration step that fails changes nothing and says which step", "[sqlite-only]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("odd.qadesk"));
    test::fileWorkspace(dir, QStringLiteral("odd.qadesk"));
    test::downgradeSchema(path, 1);
    {
        // Step 2 drops this index; without it the step fails halfway.
        QSqlDatabase odd = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("odd"));
        odd.setDatabaseName(path);
        REQUIRE(odd.open());
        REQUIRE(QSqlQuery(odd).exec(QStringLiteral("DROP INDEX evaluations_submitted")));
        odd.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("odd"));
    const QByteArray before = fileBytes(path);
    const QString error = openError(path);
    CHECK(error.contains(QStringLiteral("odd.qadesk")));
    CHECK(error.contains(QStringLiteral("schema 2 failed, nothing was changed")));
    CHECK(storedSchemaVersion(path) == 1);
    Database::Options options;
    QString ignored;
    CHECK_FALSE(Database::open(path, options, &ignored)); // and it stays refused, not half-upgraded
    // "Nothing was changed" is true: the file is as it was, and no backup of each attempt piles up beside it.
    CHECK(fileBytes(path) == before);
    CHECK(QDir(dir.path()).entryList({ QStringLiteral("*.bak") }, QDir::Files).isEmpty());
}

TEST_CASE("re-opening an existing workspace keeps its data and needs no backup", "[sqlite-only]")
{
    QTemporaryDir dir;
    {
        const auto db = test::fileWorkspace(dir);
        execWith(*db, QStringLiteral("INSERT INTO teams (name) VALUES (?)"), { QStringLiteral("상담 1팀") },
                 QStringLiteral("add team"));
    }
    QString error;
    const auto db = Database::open(dir.filePath(QStringLiteral("test.qadesk")), &error);
    REQUIRE(db);
    CHECK(db->backupPath().isEmpty());
    CHECK(countWorkspace(*db).teams == 1);
}

TEST_CASE("opening names the file and the problem for every bad file", "[sqlite-only]")
{
    QTemporaryDir dir;

    SECTION("missing file")
    {
        const QString error = openError(dir.filePath(QStringLiteral("nowhere.qadesk")));
        CHECK(error.contains(QLatin1String("nowhere.qadesk")));
        CHECK(error.contains(QLatin1String("does not exist")));
    }

    SECTION("a file that is not a database")
    {
        const QString path = dir.filePath(QStringLiteral("notes.qadesk"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("상담 메모: this is a text file, not a workspace\n");
        file.close();
        const QString error = openError(path);
        CHECK(error.contains(QLatin1String("notes.qadesk")));
        CHECK(error.contains(QLatin1String("not an SQLite database")));
    }

    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("foreign.db"));
        writeOtherDatabase(path, QStringLiteral("CREATE TABLE songs (title TEXT)"));
        const QByteArray before = fileBytes(path);
        const QString error = openError(path);
        CHECK(error.contains(QLatin1String("foreign.db")));
        CHECK(error.contains(QLatin1String("another program")));
        // Refused before anything is written: still in its rollback-journal mode (header bytes 18 and 19 are 1, not
        // the 2 of WAL), byte for byte.
        CHECK(fileBytes(path) == before);
        CHECK(before.at(18) == 1);
    }

    SECTION("an empty file is not made into a workspace unless creating one was asked for")
    {
        const QString path = dir.filePath(QStringLiteral("empty.qadesk"));
        {
            QFile file(path);
            REQUIRE(file.open(QIODevice::WriteOnly));
        }
        const QString error = openError(path);
        CHECK(error.contains(QLatin1String("empty.qadesk")));
        CHECK(error.contains(QLatin1String("is empty (0 bytes), not a QA Desk workspace")));
        CHECK(QFileInfo(path).size() == 0);
        Database::Options options;
        options.create = true;
        QString createError;
        CHECK(Database::open(path, options, &createError));
    }

    SECTION("an SQLite database without tables")
    {
        const QString path = dir.filePath(QStringLiteral("blank.db"));
        writeOtherDatabase(path, QStringLiteral("PRAGMA user_version = 7"));
        const QByteArray before = fileBytes(path);
        const QString error = openError(path);
        CHECK(error.contains(QLatin1String("blank.db is an empty SQLite database, not a QA Desk workspace")));
        CHECK(fileBytes(path) == before);
    }

    SECTION("a workspace from a newer QA Desk")
    {
        const QString path = dir.filePath(QStringLiteral("future.qadesk"));
        {
            const auto db = test::fileWorkspace(dir, QStringLiteral("future.qadesk"));
            execWith(*db, QStringLiteral("UPDATE schema_info SET value = '999' WHERE key = 'schema_version'"), {},
                     QStringLiteral("pretend"));
        }
        const QString error = openError(path);
        CHECK(error.contains(QLatin1String("future.qadesk")));
        CHECK(error.contains(QLatin1String("newer version")));
        CHECK(error.contains(QLatin1String("999")));
    }

    SECTION("a read-only file")
    {
        const QString path = dir.filePath(QStringLiteral("readonly.qadesk"));
        test::fileWorkspace(dir, QStringLiteral("readonly.qadesk"));
        REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const QString error = openError(path);
        CHECK(error.contains(QLatin1String("readonly.qadesk")));
        CHECK(error.contains(QLatin1String("read-only")));
    }

    SECTION("a file locked by another program")
    {
        const QString path = dir.filePath(QStringLiteral("locked.qadesk"));
        test::fileWorkspace(dir, QStringLiteral("locked.qadesk"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
            other.setDatabaseName(path);
            REQUIRE(other.open());
            QSqlQuery lock(other);
            REQUIRE(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            REQUIRE(lock.exec(QStringLiteral("INSERT INTO teams (name) VALUES ('holding the lock')")));
            const QString error = openError(path, 200);
            CHECK(error.contains(QLatin1String("locked.qadesk")));
            CHECK(error.contains(QLatin1String("locked by another program")));
            lock.exec(QStringLiteral("ROLLBACK"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        QString error;
        CHECK(Database::open(path, &error)); // usable again once the other program lets go
    }

    SECTION("a damaged file")
    {
        const QString path = dir.filePath(QStringLiteral("damaged.qadesk"));
        {
            const auto db = test::fileWorkspace(dir, QStringLiteral("damaged.qadesk"));
            for (int i = 0; i < 200; ++i)
                execWith(*db, QStringLiteral("INSERT INTO teams (name, site) VALUES (?, ?)"),
                         { QStringLiteral("team %1").arg(i), QString(200, QLatin1Char('x')) }, QStringLiteral("fill"));
            execSql(db->sql(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), QStringLiteral("checkpoint"));
        }
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        const qint64 pageSize = 4096;
        REQUIRE(file.size() > 8 * pageSize);
        for (qint64 page = 2; page < file.size() / pageSize; page += 2) {
            file.seek(page * pageSize);
            file.write(QByteArray(int(pageSize / 2), '\x5a'));
        }
        file.close();
        const QString error = openError(path);
        CHECK(error.contains(QLatin1String("damaged.qadesk")));
        CHECK((error.contains(QLatin1String("damaged")) || error.contains(QLatin1String("not an SQLite"))));
    }
}

TEST_CASE("the audit log refuses to be changed")
{
    const auto db = test::memoryWorkspace();
    execWith(*db,
             QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, action) VALUES (1, 'kim', 'x', 1, 'create')"),
             {}, QStringLiteral("audit"));
    CHECK_THROWS_AS(execWith(*db, QStringLiteral("UPDATE audit_log SET actor = 'lee'"), {}, QStringLiteral("tamper")),
                    StorageError);
    CHECK_THROWS_AS(execWith(*db, QStringLiteral("DELETE FROM audit_log"), {}, QStringLiteral("tamper")), StorageError);
}

TEST_CASE("a read-only opening reads beside a writer, writes nothing and takes no write lock", "[sqlite-only]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("test.qadesk"));
    test::addSampleContact(*test::fileWorkspace(dir));
    QString error;
    const auto writer = Database::open(path, &error);
    REQUIRE(writer);
    QSqlQuery write(writer->sql());
    REQUIRE(write.exec(QStringLiteral("BEGIN IMMEDIATE")));
    REQUIRE(write.exec(QStringLiteral("INSERT INTO teams (name) VALUES ('not yet committed')")));

    Database::Options options;
    options.readOnly = true;
    options.busyTimeoutMs = 200;
    bool waited = false;
    options.waiting = [&waited] { waited = true; };
    const auto reader = Database::open(path, options, &error);
    INFO(error.toStdString());
    REQUIRE(reader);
    CHECK(reader->isReadOnly());
    CHECK_FALSE(waited); // a WAL reader does not wait for a writer
    CHECK(countWorkspace(*reader).contacts == 1);
    CHECK(countWorkspace(*reader).teams == 1); // not the uncommitted one
    CHECK_THROWS_AS(
        execWith(*reader, QStringLiteral("INSERT INTO teams (name) VALUES ('x')"), {}, QStringLiteral("write")),
        StorageError);
    const auto sibling = reader->openSibling(&error);
    REQUIRE(sibling);
    CHECK(sibling->isReadOnly());
    REQUIRE(write.exec(QStringLiteral("ROLLBACK")));
}

TEST_CASE("a read-only opening refuses a workspace that needs an upgrade and leaves it as it was", "[sqlite-only]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.qadesk"));
    test::fileWorkspace(dir, QStringLiteral("old.qadesk"));
    test::downgradeSchema(path, 1);
    const QByteArray before = fileBytes(path);
    Database::Options options;
    options.readOnly = true;
    QString error;
    CHECK_FALSE(Database::open(path, options, &error));
    CHECK(error.contains(QLatin1String("old.qadesk needs an upgrade (workspace schema 1 to 9)")));
    CHECK(fileBytes(path) == before);
    CHECK(QDir(dir.path()).entryList({ QStringLiteral("*.bak") }, QDir::Files).isEmpty());
}
