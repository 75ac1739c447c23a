#include "CliProcess.h"
#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace qadesk;
using namespace qadesk::test;

namespace {

// A refusal as the issue demands it: a clear message, exit 1 (or 2), never a signal or a hang.
void checkRefused(const CliRun& run, const QString& message)
{
    INFO("stdout: " << run.out.toStdString() << "\nstderr: " << run.err.toStdString());
    CHECK_FALSE(run.timedOut);
    CHECK_FALSE(run.crashed);
    CHECK(run.exitCode == 1);
    CHECK((run.err + run.out).contains(message));
}

QStringList importArguments(const QString& manifest, const QString& workspace)
{
    return { QStringLiteral("import"),      manifest,
             QStringLiteral("--workspace"), workspace,
             QStringLiteral("--time-zone"), QStringLiteral("Asia/Seoul"),
             QStringLiteral("--user"),      QStringLiteral("cli") };
}

// A workspace with the sample contact and the manager "cli" (addCliManager); `prepare` then damages it, and the connection closes before the test runs.
template <typename Prepare> QString brokenWorkspace(const QTemporaryDir& dir, Prepare prepare)
{
    {
        const auto db = fileWorkspace(dir);
        addSampleContact(*db);
        addCliManager(*db);
        prepare(*db);
        execSql(db->sql(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), QStringLiteral("checkpoint"));
    }
    return dir.filePath(QStringLiteral("test.qadesk"));
}

} // namespace

TEST_CASE("import and every other command report a workspace that lacks a table, and change nothing")
{
    QTemporaryDir dir;
    const QString path = brokenWorkspace(dir, [](const Database& db) {
        execSql(db.sql(), QStringLiteral("PRAGMA foreign_keys = OFF"), QStringLiteral("allow the drop"));
        execSql(db.sql(), QStringLiteral("DROP TABLE contacts"), QStringLiteral("lose a table"));
    });
    const QByteArray before = fileHash(path);
    const QString manifest = dataPath(QStringLiteral("import/contacts-cp949.csv"));

    checkRefused(runCli(importArguments(manifest, path) << QStringLiteral("--check")),
                 QStringLiteral("no such table: contacts"));
    checkRefused(runCli(importArguments(manifest, path)), QStringLiteral("no such table: contacts"));
    checkRefused(runCli({ QStringLiteral("info"), QStringLiteral("--workspace"), path }),
                 QStringLiteral("no such table: contacts"));
    CHECK(fileHash(path) == before);
}

TEST_CASE("a damaged page in a workspace over 64 MB (not checked at opening) is reported by import, info and check")
{
    QTemporaryDir dir;
    const QString path = brokenWorkspace(dir, [](const Database& db) {
        // 65 MB of other data first, so the opening skips its check; then the contacts table's first page is
        // overwritten.
        execSql(db.sql(), QStringLiteral("CREATE TABLE filler (data BLOB)"), QStringLiteral("make room"));
        for (int i = 0; i < 65; ++i)
            execSql(db.sql(), QStringLiteral("INSERT INTO filler VALUES (zeroblob(1048576))"), QStringLiteral("fill"));
    });
    QList<int> contactsPages; // the table's and its indexes', as import and info read either
    {
        QString error;
        const auto db = Database::open(path, &error);
        REQUIRE(db);
        contactsPages
            = selectRows<int>(*db, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE tbl_name = 'contacts'"), {},
                              QStringLiteral("find the table"), [](const QSqlQuery& q) { return q.value(0).toInt(); });
    }
    REQUIRE(QFileInfo(path).size() > 64LL * 1024 * 1024);
    REQUIRE(contactsPages.size() == 5); // the table, its unique key and three indexes
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        for (const int page : contactsPages) {
            REQUIRE(file.seek((page - 1) * 4096LL));
            REQUIRE(file.write(QByteArray(4096, '\x5a')) == 4096);
        }
    }
    const QByteArray before = fileHash(path);
    const QString manifest = dataPath(QStringLiteral("import/contacts-cp949.csv"));

    checkRefused(runCli(importArguments(manifest, path) << QStringLiteral("--check")), QStringLiteral("malformed"));
    checkRefused(runCli(importArguments(manifest, path) << QStringLiteral("--create-agents")),
                 QStringLiteral("malformed"));
    checkRefused(runCli({ QStringLiteral("info"), QStringLiteral("--workspace"), path }), QStringLiteral("malformed"));

    const CliRun check = runCli({ QStringLiteral("check"), QStringLiteral("--workspace"), path });
    checkRefused(check, QStringLiteral("is damaged"));
    const QJsonObject result = QJsonDocument::fromJson(check.out.toUtf8()).object();
    CHECK(result.value(QStringLiteral("ok")) == false);
    CHECK_FALSE(result.value(QStringLiteral("problems")).toArray().isEmpty());
    CHECK(fileHash(path) == before);
}

TEST_CASE("check says a sound workspace is sound, and a missing option is a usage error")
{
    QTemporaryDir dir;
    const QString path = brokenWorkspace(dir, [](const Database&) {});
    const CliRun check = runCli({ QStringLiteral("check"), QStringLiteral("--workspace"), path });
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 0);
    const QJsonObject result = QJsonDocument::fromJson(check.out.toUtf8()).object();
    CHECK(result.value(QStringLiteral("ok")) == true);
    CHECK(result.value(QStringLiteral("problems")).toArray().isEmpty());
    CHECK(runCli({ QStringLiteral("check") }).exitCode == 2);
}

TEST_CASE("info reads an older workspace only to say it needs an upgrade, and info --upgrade upgrades it, backed up")
{
    QTemporaryDir dir;
    const QString path = brokenWorkspace(dir, [](const Database&) {});
    test::downgradeSchema(path, 8);
    const QByteArray before = fileHash(path);
    const CliRun read = runCli({ QStringLiteral("info"), QStringLiteral("--workspace"), path });
    CHECK(read.exitCode == 1);
    CHECK_THAT(read.err.toStdString(), Catch::Contains("needs an upgrade (workspace schema 8 to 9)"));
    CHECK(fileHash(path) == before);

    const CliRun upgrade = runCli({ QStringLiteral("info"), QStringLiteral("--workspace"), path, QStringLiteral("--upgrade") });
    INFO(upgrade.err.toStdString());
    REQUIRE(upgrade.exitCode == 0);
    const QJsonObject result = QJsonDocument::fromJson(upgrade.out.toUtf8()).object();
    CHECK(result.value(QStringLiteral("schema_version")).toInt() == 9);
    CHECK(result.value(QStringLiteral("backup")).toString() == path + QStringLiteral(".schema-8.bak"));
    CHECK(QFileInfo::exists(path + QStringLiteral(".schema-8.bak")));
    const CliRun again = runCli({ QStringLiteral("info"), QStringLiteral("--workspace"), path });
    CHECK(again.exitCode == 0);
    CHECK(QJsonDocument::fromJson(again.out.toUtf8()).object().value(QStringLiteral("schema_version")).toInt() == 9);
}

TEST_CASE("a pipe or a device as the manifest is refused at once")
{
    QTemporaryDir dir;
    const QString path = brokenWorkspace(dir, [](const Database&) {});
    const QString fifo = dir.filePath(QStringLiteral("manifest.fifo"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QByteArray before = fileHash(path);
    checkRefused(runCli(importArguments(fifo, path) << QStringLiteral("--check"), 20000),
                 QStringLiteral("not a regular file"));
    checkRefused(runCli(importArguments(QStringLiteral("/dev/zero"), path), 20000),
                 QStringLiteral("not a regular file"));
    CHECK(fileHash(path) == before);
}

TEST_CASE("a pipe or a device as a scorecard file is refused at once")
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("input.fifo"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    checkRefused(runCli({ QStringLiteral("scorecard"), QStringLiteral("validate"), fifo }, 20000),
                 QStringLiteral("not a regular file"));
    checkRefused(runCli({ QStringLiteral("scorecard"), QStringLiteral("validate"), QStringLiteral("/dev/zero") }, 20000),
                 QStringLiteral("not a regular file"));
}

TEST_CASE("a pipe or a device as a ratings file is refused at once")
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("ratings.fifo"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const auto agreement = [](const QString& ratings) {
        return runCli({ QStringLiteral("agreement"), QStringLiteral("--ratings"), ratings, QStringLiteral("--metric"),
                        QStringLiteral("fleiss") },
                      20000);
    };
    checkRefused(agreement(fifo), QStringLiteral("not a regular file"));
    checkRefused(agreement(QStringLiteral("/dev/zero")), QStringLiteral("not a regular file"));
}

TEST_CASE("an empty file and another program's database are refused unchanged")
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.qadesk"));
    {
        QFile file(empty);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    checkRefused(runCli(importArguments(dataPath(QStringLiteral("import/contacts-cp949.csv")), empty)),
                 QStringLiteral("is empty (0 bytes), not a QA Desk workspace"));
    checkRefused(runCli({ QStringLiteral("info"), QStringLiteral("--workspace"), empty }),
                 QStringLiteral("is empty (0 bytes)"));
    CHECK(QFileInfo(empty).size() == 0);

    const QString foreign = dir.filePath(QStringLiteral("music.db"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("music"));
        other.setDatabaseName(foreign);
        REQUIRE(other.open());
        REQUIRE(QSqlQuery(other).exec(QStringLiteral("CREATE TABLE songs (title TEXT)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("music"));
    const QByteArray before = fileHash(foreign);
    checkRefused(runCli(importArguments(dataPath(QStringLiteral("import/contacts-cp949.csv")), foreign)),
                 QStringLiteral("is a database of another program"));
    CHECK(fileHash(foreign) == before); // still in its own journal mode: byte 18 of the header says so
}
