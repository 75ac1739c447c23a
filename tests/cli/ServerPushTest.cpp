#include "CliProcess.h"
#include "TestSupport.h"

#include "storage/SqlSupport.h"
#include "storage/TeamServer.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace qadesk;

// Moving up from a file: `qadesk-cli server push` copies a workspace file into an empty server database, and the
// server then answers as the file did.

namespace {

QString urlOf(const ServerSettings& server)
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(server.user, server.host)
        .arg(server.port)
        .arg(server.database);
}

// The demo of the zone tests (tests/cli/CMakeLists.txt): six agents, three months up to 2026-11-20, in Seoul.
QString demoFile(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("centre.qadesk"));
    const test::CliRun demo = test::runCli(
        { QStringLiteral("demo"), QStringLiteral("--out"), path, QStringLiteral("--agents"), QStringLiteral("6"),
          QStringLiteral("--months"), QStringLiteral("3"), QStringLiteral("--recordings"), QStringLiteral("0"),
          QStringLiteral("--until"), QStringLiteral("2026-11-20"), QStringLiteral("--time-zone"),
          QStringLiteral("Asia/Seoul"), QStringLiteral("--quiet") });
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    return path;
}

// Rows of a query as text lines, to compare the file's and the server's tables value for value.
QStringList rowsOf(const Database& db, const QString& sql, int columns)
{
    return selectRows<QString>(db, sql, {}, QStringLiteral("read rows"), [columns](const QSqlQuery& q) {
        QStringList values;
        for (int i = 0; i < columns; ++i)
            values << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        return values.join(QLatin1Char('|'));
    });
}

std::unique_ptr<Database> openReadOnly(const QString& path)
{
    QString error;
    Database::Options options;
    options.readOnly = true;
    auto db = Database::open(path, options, &error);
    INFO(error.toStdString());
    REQUIRE(db);
    return db;
}

std::unique_ptr<Database> openServer(const ServerSettings& server)
{
    QString error;
    auto db = Database::openServer(server, &error);
    INFO(error.toStdString());
    REQUIRE(db);
    return db;
}

test::CliRun push(const QString& file, const ServerSettings& server)
{
    return test::runCli({ QStringLiteral("server"), QStringLiteral("push"), file, urlOf(server) }, 300000);
}

} // namespace

TEST_CASE("server push of the demo gives the same overview and team report from the server as from the file, and "
          "leaves the file byte-identical")
{
    const auto server = test::freshServerDatabase();
    if (!server)
        return;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = demoFile(dir);
    const QByteArray before = test::fileHash(file);
    QStringList fileEvaluations;
    QStringList fileAudit;
    qint64 fileContacts = 0;
    {
        const auto db = openReadOnly(file);
        fileEvaluations = rowsOf(*db,
                                 QStringLiteral("SELECT id, contact_id, agent_id, status, score, submitted_at, "
                                                "revision_of, superseded FROM evaluations ORDER BY id"),
                                 8);
        fileAudit = rowsOf(
            *db, QStringLiteral("SELECT id, at, actor, entity, entity_id, action FROM audit_log ORDER BY id"), 6);
        fileContacts = rowsOf(*db, QStringLiteral("SELECT id FROM contacts"), 1).size();
    }
    REQUIRE(fileEvaluations.size() > 100);
    REQUIRE_FALSE(fileAudit.isEmpty());

    const test::CliRun pushed = push(file, *server);
    INFO(pushed.err.toStdString());
    REQUIRE(pushed.exitCode == 0);
    const QJsonObject result = QJsonDocument::fromJson(pushed.out.toUtf8()).object();
    const QJsonObject tables = result.value(QStringLiteral("tables")).toObject();
    CHECK(tables.value(QStringLiteral("evaluations")).toInteger() == fileEvaluations.size());
    CHECK(tables.value(QStringLiteral("audit_log")).toInteger() == fileAudit.size());
    CHECK(tables.value(QStringLiteral("contacts")).toInteger() == fileContacts);
    CHECK(result.value(QStringLiteral("schema_version")).toInt() == Database::latestSchemaVersion());
    // Nothing in the file changed: not a byte, not even a journal switch.
    CHECK(test::fileHash(file) == before);

    {
        // Ids, revisions and the audit log as they were; new rows continue after the largest ids.
        const auto db = openServer(*server);
        CHECK(rowsOf(*db,
                     QStringLiteral("SELECT id, contact_id, agent_id, status, score, submitted_at, revision_of, "
                                    "superseded FROM evaluations ORDER BY id"),
                     8)
              == fileEvaluations);
        CHECK(
            rowsOf(*db, QStringLiteral("SELECT id, at, actor, entity, entity_id, action FROM audit_log ORDER BY id"), 6)
            == fileAudit);
        const qint64 team = insertWith(*db, QStringLiteral("INSERT INTO teams (name) VALUES ('새 팀')"), {},
                                       QStringLiteral("add a team"));
        CHECK(team == rowsOf(*db, QStringLiteral("SELECT COUNT(*) FROM teams"), 1).value(0).toLongLong());
    }

    // The overview of each month and the team report, from the file and from the server, as the same manager.
    for (const QString& month : { QStringLiteral("2026-09"), QStringLiteral("2026-10"), QStringLiteral("2026-11") }) {
        const QStringList arguments {
            QStringLiteral("overview"), QStringLiteral("--month"), month,
            QStringLiteral("--user"),   QStringLiteral("manager"), QStringLiteral("--workspace")
        };
        const test::CliRun fromFile = test::runCli(arguments + QStringList { file });
        const test::CliRun fromServer = test::runCli(arguments + QStringList { urlOf(*server) });
        INFO(month.toStdString() + ": " + fromServer.err.toStdString());
        REQUIRE(fromFile.exitCode == 0);
        REQUIRE(fromServer.exitCode == 0);
        CHECK(fromFile.out.contains(QLatin1String("\"evaluations_done\"")));
        CHECK(fromServer.out == fromFile.out);
    }
    const QStringList csvFiles { QStringLiteral("team-teams.csv"), QStringLiteral("team-agents.csv"),
                                 QStringLiteral("team-distribution.csv") };
    QStringList reportJson;
    for (const QString& workspace : { file, urlOf(*server) }) {
        const QString out
            = dir.filePath(workspace == file ? QStringLiteral("from-file") : QStringLiteral("from-server"));
        REQUIRE(QDir().mkpath(out));
        const test::CliRun report
            = test::runCli({ QStringLiteral("report"), QStringLiteral("team"), QStringLiteral("--workspace"), workspace,
                             QStringLiteral("--period"), QStringLiteral("2026-10"), QStringLiteral("--user"),
                             QStringLiteral("manager"), QStringLiteral("--format"), QStringLiteral("csv"),
                             QStringLiteral("--out"), out + QStringLiteral("/team.csv") });
        INFO(report.err.toStdString());
        REQUIRE(report.exitCode == 0);
        reportJson << QString(report.out).replace(out, QStringLiteral("OUT"));
    }
    CHECK(reportJson.at(0).contains(QLatin1String("\"rows\": 6")));
    CHECK(reportJson.at(1) == reportJson.at(0));
    for (const QString& name : csvFiles) {
        INFO(name.toStdString());
        const QByteArray fromFile = test::fileHash(dir.filePath(QStringLiteral("from-file/") + name));
        CHECK_FALSE(fromFile.isEmpty());
        CHECK(test::fileHash(dir.filePath(QStringLiteral("from-server/") + name)) == fromFile);
    }

    // A second push would overwrite what the server now holds: refused, and the server keeps its rows.
    const test::CliRun again = push(file, *server);
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QLatin1String("is not empty")));
    CHECK(rowsOf(*openServer(*server), QStringLiteral("SELECT COUNT(*) FROM evaluations"), 1).value(0).toInt()
          == fileEvaluations.size());
}

TEST_CASE("server push into a set-up team server keeps the file's audit log as it was written, not stamped by the "
          "server's trigger")
{
    const auto server = test::freshServerDatabase();
    if (!server)
        return;
    {
        // The privileges, policies and audit stamp of a team server, without a centre yet.
        const auto db = openServer(*server);
        Transaction transaction(*db);
        TeamServer::install(*db);
        transaction.commit();
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = demoFile(dir);
    const QStringList fileAudit
        = rowsOf(*openReadOnly(file), QStringLiteral("SELECT id, at, actor, action FROM audit_log ORDER BY id"), 4);
    REQUIRE_FALSE(fileAudit.isEmpty());
    const test::CliRun pushed = push(file, *server);
    INFO(pushed.err.toStdString());
    REQUIRE(pushed.exitCode == 0);
    const auto db = openServer(*server);
    CHECK(rowsOf(*db, QStringLiteral("SELECT id, at, actor, action FROM audit_log ORDER BY id"), 4) == fileAudit);
    // The stamp is on again for what happens on the server from now on: the login and the server's time.
    execWith(*db,
             QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, action) VALUES (1, 'claimed', "
                            "'team', 1, 'update')"),
             {}, QStringLiteral("write an audit entry"));
    CHECK(rowsOf(*db, QStringLiteral("SELECT actor FROM audit_log WHERE action = 'update' AND entity = 'team'"), 1)
          == QStringList { server->user });
}

TEST_CASE("server push refuses a file that is not a workspace and a server that cannot be reached, naming them")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString notes = dir.filePath(QStringLiteral("notes.qadesk"));
    {
        QFile text(notes);
        REQUIRE(text.open(QIODevice::WriteOnly));
        text.write("not a workspace\n");
    }
    const QByteArray before = test::fileHash(notes);
    const test::CliRun refused = test::runCli(
        { QStringLiteral("server"), QStringLiteral("push"), notes, QStringLiteral("postgresql://u@127.0.0.1:1/db") });
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QLatin1String("notes.qadesk")));
    CHECK(test::fileHash(notes) == before);
    const test::CliRun usage = test::runCli({ QStringLiteral("server"), QStringLiteral("push"), notes });
    CHECK(usage.exitCode == 2);
    CHECK(usage.err.contains(QLatin1String("push FILE URL")));
}
