#include "CliProcess.h"
#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"
#include "workspace/WorkspaceCounts.h"
#include "demo/DemoWorkspaceBuilder.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace qadesk;
using namespace qadesk::test;

TEST_CASE("other programs reading and importing leave this process's open workspace whole")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.qadesk"));
    auto db = fileWorkspace(dir, QStringLiteral("shared.qadesk"));
    addSampleContact(*db); // agent A001, whom the manifest names
    const QStringList signIn = addCliManager(*db);
    {
        // A background worker's own connection, opened and closed as the import wizard and the reports page do.
        QString error;
        REQUIRE(db->openSibling(&error));
    }

    const CliRun info = runCli({ QStringLiteral("info"), QStringLiteral("--workspace"), path });
    INFO(info.err.toStdString());
    REQUIRE(info.exitCode == 0);
    CHECK(QJsonDocument::fromJson(info.out.toUtf8()).object().value(QStringLiteral("contacts")).toInt() == 1);
    CHECK(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK(QFileInfo::exists(path + QStringLiteral("-shm")));

    const CliRun import = runCli(QStringList { QStringLiteral("import"), dataPath(QStringLiteral("import/contacts-cp949.csv")),
                                               QStringLiteral("--workspace"), path, QStringLiteral("--time-zone"),
                                               QStringLiteral("Asia/Seoul"), QStringLiteral("--create-agents") }
                                 + signIn);
    INFO(import.err.toStdString());
    REQUIRE(import.exitCode == 0);
    CHECK(QFileInfo::exists(path + QStringLiteral("-wal")));
    CHECK(QFileInfo::exists(path + QStringLiteral("-shm")));

    // This process goes on writing and reading the same file (a disk I/O error would throw here).
    execWith(*db, QStringLiteral("INSERT INTO teams (name) VALUES (?)"), { QStringLiteral("after the import") },
             QStringLiteral("add a team"));
    CHECK(countWorkspace(*db).contacts == 1 + 3);
    CHECK(countWorkspace(*db).teams == 1 + 1 + 1); // the sample's, the manifest's 채팅2팀, and this one
    db.reset();
    QString error;
    const auto reopened = Database::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(reopened);
    CHECK(reopened->verifyIntegrity(&error));
    CHECK(countWorkspace(*reopened).contacts == 4);
}

namespace {

// A small demo workspace of January 2026 (a fixed month: nothing depends on today).
QString demoFile(const QTemporaryDir& dir)
{
    DemoOptions options;
    options.agents = 3;
    options.months = 1;
    options.until = QDate(2026, 1, 31);
    options.recordings = 0;
    options.contactsPerAgentMonth = 6;
    options.evaluationsPerAgentMonth = 3;
    demoWorkspace(dir, options);
    return dir.filePath(QStringLiteral("centre.qadesk"));
}

// The read-only commands, each with what its output must hold.
void checkReadingCommands(const QString& workspace, const QString& outFolder)
{
    const CliRun info = runCli({ QStringLiteral("info"), QStringLiteral("--workspace"), workspace });
    INFO(info.err.toStdString());
    CHECK(info.exitCode == 0);
    CHECK(QJsonDocument::fromJson(info.out.toUtf8()).object().value(QStringLiteral("agents")).toInt() == 3);

    const CliRun overview = runCli({ QStringLiteral("overview"), QStringLiteral("--workspace"), workspace,
                                     QStringLiteral("--user"), QStringLiteral("manager"),
                                     QStringLiteral("--month"), QStringLiteral("2026-01") });
    INFO(overview.err.toStdString());
    CHECK(overview.exitCode == 0);
    CHECK(QJsonDocument::fromJson(overview.out.toUtf8()).isObject());

    const CliRun trend = runCli({ QStringLiteral("trend"), QStringLiteral("--workspace"), workspace,
                                  QStringLiteral("--user"), QStringLiteral("manager"), QStringLiteral("--agent"),
                                  QStringLiteral("A0001"), QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                                  QStringLiteral("--to"), QStringLiteral("2026-01-31") });
    INFO(trend.err.toStdString());
    CHECK(trend.exitCode == 0);
    CHECK(QJsonDocument::fromJson(trend.out.toUtf8()).object().value(QStringLiteral("agent")).toString()
          == QStringLiteral("A0001"));

    const QString out = outFolder + QStringLiteral("/team.csv");
    const CliRun report
        = runCli({ QStringLiteral("report"), QStringLiteral("team"), QStringLiteral("--workspace"), workspace,
                   QStringLiteral("--user"), QStringLiteral("manager"),
                   QStringLiteral("--period"), QStringLiteral("2026-01"), QStringLiteral("--out"), out });
    INFO(report.err.toStdString());
    CHECK(report.exitCode == 0);
    CHECK(report.out.contains(QStringLiteral("team")));
}

} // namespace

TEST_CASE("info, overview, trend and report read a read-only workspace and leave it byte-identical")
{
    QTemporaryDir dir;
    QTemporaryDir outDir;
    const QString path = demoFile(dir);
    const QByteArray before = fileHash(path);
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));

    SECTION("a read-only file")
    {
        checkReadingCommands(path, outDir.path());
    }
    SECTION("a read-only file in a read-only folder: nothing is created beside it")
    {
        const auto folderMode = QFile::permissions(dir.path());
        REQUIRE(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        checkReadingCommands(path, outDir.path());
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));
        QFile::setPermissions(dir.path(), folderMode);
    }
    CHECK(fileHash(path) == before);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_CASE("info, overview, trend and report work while another program holds a write transaction")
{
    QTemporaryDir dir;
    QTemporaryDir outDir;
    const QString path = demoFile(dir);
    QString error;
    const auto writer = Database::open(path, &error);
    REQUIRE(writer);
    QSqlQuery write(writer->sql());
    REQUIRE(write.exec(QStringLiteral("BEGIN IMMEDIATE")));
    REQUIRE(write.exec(QStringLiteral("INSERT INTO teams (name) VALUES ('importing')")));
    checkReadingCommands(path, outDir.path());
    REQUIRE(write.exec(QStringLiteral("COMMIT")));
}

TEST_CASE("a reading command waits with a message while another program holds an exclusive lock")
{
    QTemporaryDir dir;
    const QString path = demoFile(dir);
    const QString connection = QStringLiteral("exclusive-holder");
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        holder.setDatabaseName(path);
        REQUIRE(holder.open());
        QSqlQuery lock(holder);
        REQUIRE(lock.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        REQUIRE(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        REQUIRE(lock.exec(QStringLiteral("INSERT INTO teams (name) VALUES ('holding')")));

        QProcess info;
        startCli(info, { QStringLiteral("info"), QStringLiteral("--workspace"), path });
        QString err;
        for (int i = 0; i < 100 && !err.contains(QStringLiteral("waiting")); ++i) {
            info.waitForReadyRead(100);
            err += QString::fromUtf8(info.readAllStandardError());
        }
        INFO(err.toStdString());
        CHECK(err.contains(QStringLiteral("locked by another program; waiting for it")));
        CHECK(info.state() == QProcess::Running);

        REQUIRE(lock.exec(QStringLiteral("COMMIT")));
        lock.finish();
        holder.close(); // an exclusive-mode connection keeps its lock until it closes
        REQUIRE(info.waitForFinished(60000));
        CHECK(info.exitStatus() == QProcess::NormalExit);
        CHECK(info.exitCode() == 0);
        CHECK(QJsonDocument::fromJson(info.readAllStandardOutput()).object().value(QStringLiteral("teams")).toInt()
              >= 1);
    }
    QSqlDatabase::removeDatabase(connection);
}
