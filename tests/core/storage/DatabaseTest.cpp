#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"
#include "storage/StorageError.h"
#include "workspace/WorkspaceCounts.h"

#include <catch2/catch.hpp>

#include <QFile>
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

// Turns a current workspace file back into what schema step 1 made, as a workspace of the first release would be.
void downgradeToStep1(const QString& path)
{
    {
        QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
        old.setDatabaseName(path);
        REQUIRE(old.open());
        QSqlQuery query(old);
        REQUIRE(query.exec(QStringLiteral("DROP TABLE user_teams")));
        REQUIRE(query.exec(QStringLiteral("ALTER TABLE users DROP COLUMN password_hash")));
        REQUIRE(query.exec(QStringLiteral("DROP INDEX evaluations_month_summary")));
        REQUIRE(query.exec(QStringLiteral("DROP INDEX assignments_contact")));
        REQUIRE(query.exec(QStringLiteral("CREATE INDEX evaluations_submitted ON evaluations(submitted_at)")));
        for (const char* column : { "revised_by", "revised_at", "revision_note" })
            REQUIRE(query.exec(QStringLiteral("ALTER TABLE evaluations DROP COLUMN %1").arg(QLatin1String(column))));
        REQUIRE(query.exec(QStringLiteral("UPDATE schema_info SET value = '1' WHERE key = 'schema_version'")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
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

TEST_CASE("a new workspace file gets every migration and every table of the domain")
{
    QTemporaryDir dir;
    const auto db = test::fileWorkspace(dir);
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
    const QStringList tables = tableNames(*db);
    for (const char* table : { "teams", "agents", "users", "contacts", "recordings", "chat_messages", "scorecards",
                               "scorecard_versions", "scorecard_sections", "scorecard_items", "scorecard_options",
                               "evaluations", "evaluation_answers", "annotations", "assignments", "sampling_plans",
                               "coaching_sessions", "action_items", "disputes", "calibration_sessions",
                               "calibration_participants", "audit_log", "user_teams" }) {
        INFO(table);
        CHECK(tables.contains(QString::fromLatin1(table)));
    }
    const auto mode = selectRows<QString>(*db, QStringLiteral("PRAGMA journal_mode"), {}, QStringLiteral("read mode"),
                                          [](const QSqlQuery& q) { return q.value(0).toString(); });
    CHECK(mode.value(0) == QLatin1String("wal"));
    const auto foreignKeys = selectRows<int>(*db, QStringLiteral("PRAGMA foreign_keys"), {}, QStringLiteral("read fk"),
                                             [](const QSqlQuery& q) { return q.value(0).toInt(); });
    CHECK(foreignKeys.value(0) == 1);
    CHECK(db->schemaVersion() == 4);
    CHECK(indexNames(*db).contains(QStringLiteral("evaluations_month_summary")));
    CHECK_FALSE(indexNames(*db).contains(QStringLiteral("evaluations_submitted")));
    CHECK(db->backupPath().isEmpty()); // a new file has nothing to back up
}

TEST_CASE("an older workspace is backed up, then upgraded step by step, keeping its data")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.qadesk"));
    {
        const auto db = test::fileWorkspace(dir, QStringLiteral("old.qadesk"));
        test::addSampleContact(*db);
    }
    downgradeToStep1(path);
    QString error;
    const auto db = Database::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(db);
    CHECK(db->schemaVersion() == 4);
    CHECK(indexNames(*db).contains(QStringLiteral("evaluations_month_summary")));
    CHECK(countWorkspace(*db).contacts == 1);
    REQUIRE_FALSE(db->backupPath().isEmpty());
    CHECK(db->backupPath().endsWith(QStringLiteral("old.qadesk.schema-1.bak")));
    CHECK(storedSchemaVersion(db->backupPath()) == 1); // the copy is the file as it was
}

TEST_CASE("a migration step that fails changes nothing and says which step")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("odd.qadesk"));
    test::fileWorkspace(dir, QStringLiteral("odd.qadesk"));
    downgradeToStep1(path);
    {
        // Step 2 drops this index; without it the step fails halfway.
        QSqlDatabase odd = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("odd"));
        odd.setDatabaseName(path);
        REQUIRE(odd.open());
        REQUIRE(QSqlQuery(odd).exec(QStringLiteral("DROP INDEX evaluations_submitted")));
        odd.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("odd"));
    const QString error = openError(path);
    CHECK(error.contains(QStringLiteral("odd.qadesk")));
    CHECK(error.contains(QStringLiteral("schema 2 failed, nothing was changed")));
    CHECK(storedSchemaVersion(path) == 1);
    Database::Options options;
    QString ignored;
    CHECK_FALSE(Database::open(path, options, &ignored)); // and it stays refused, not half-upgraded
}

TEST_CASE("re-opening an existing workspace keeps its data and needs no backup")
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

TEST_CASE("opening names the file and the problem for every bad file")
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
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            other.setDatabaseName(path);
            REQUIRE(other.open());
            REQUIRE(QSqlQuery(other).exec(QStringLiteral("CREATE TABLE songs (title TEXT)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        const QString error = openError(path);
        CHECK(error.contains(QLatin1String("foreign.db")));
        CHECK(error.contains(QLatin1String("another program")));
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
