#include "CliProcess.h"
#include "TestSupport.h"

#include "storage/SqlSupport.h"
#include "storage/TeamServer.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

#include <tuple>

using namespace qadesk;

// Moving up from a file: `qadesk-cli server push` copies a workspace file into an empty server database, and the
// server then answers as the file did.

namespace {

// The demo of the zone tests (tests/cli/CMakeLists.txt): six agents, three months up to 2026-11-20, in Seoul. Its
// logins end in `_suffix`: a pushed user becomes a role of the whole PostgreSQL server, which other test runs share.
QString demoFile(const QTemporaryDir& dir, const QString& suffix)
{
    const QString path = dir.filePath(QStringLiteral("centre.qadesk"));
    const test::CliRun demo = test::runCli(
        { QStringLiteral("demo"), QStringLiteral("--out"), path, QStringLiteral("--agents"), QStringLiteral("6"),
          QStringLiteral("--months"), QStringLiteral("3"), QStringLiteral("--recordings"), QStringLiteral("0"),
          QStringLiteral("--until"), QStringLiteral("2026-11-20"), QStringLiteral("--time-zone"),
          QStringLiteral("Asia/Seoul"), QStringLiteral("--quiet") });
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    const QString connection = QStringLiteral("rename-demo-logins");
    {
        QSqlDatabase file = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        file.setDatabaseName(path);
        REQUIRE(file.open());
        QSqlQuery rename(file);
        REQUIRE(rename.exec(QStringLiteral("UPDATE users SET login = login || '_%1'").arg(suffix)));
    }
    QSqlDatabase::removeDatabase(connection);
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

// `server push`, giving `admin` (when not empty) the password in QADESK_PASSWORD.
test::CliRun push(const QString& file, const ServerSettings& server, const QString& admin = {})
{
    QStringList arguments { QStringLiteral("server"), QStringLiteral("push"), file, test::urlOf(server) };
    if (!admin.isEmpty())
        arguments << QStringLiteral("--admin") << admin;
    return test::runCli(arguments, 300000);
}

} // namespace

TEST_CASE("server push of the demo makes a team server that gives the same overview and team report as the file, "
          "shows a pushed agent's psql session only their rows, and leaves the file byte-identical")
{
    const auto server = test::freshServerDatabase();
    if (!server)
        return;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString suffix = server->database.right(8).toLower();
    const auto login = [&](const QString& name) { return name + QLatin1Char('_') + suffix; };
    const QString file = demoFile(dir, suffix);
    // On the file, the administrator adds an agent user for the first agent and deactivates the third evaluator.
    QString agentEmployeeId;
    {
        const auto db = openReadOnly(file);
        agentEmployeeId = rowsOf(*db, QStringLiteral("SELECT employee_id FROM agents ORDER BY id LIMIT 1"), 1).value(0);
    }
    const test::CliRun addAgent = test::runCliWithInput(
        { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--workspace"), file, QStringLiteral("--user"),
          login(QStringLiteral("admin")), QStringLiteral("--login"), login(QStringLiteral("agent")),
          QStringLiteral("--role"), QStringLiteral("agent"), QStringLiteral("--agent"), agentEmployeeId },
        "file-password\n");
    INFO(addAgent.err.toStdString());
    REQUIRE(addAgent.exitCode == 0);
    const test::CliRun deactivate = test::runCli(
        { QStringLiteral("user"), QStringLiteral("deactivate"), QStringLiteral("--workspace"), file,
          QStringLiteral("--user"), login(QStringLiteral("admin")), QStringLiteral("--login"), login(QStringLiteral("qa3")) });
    INFO(deactivate.err.toStdString());
    REQUIRE(deactivate.exitCode == 0);
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

    // The administrator's password comes from QADESK_PASSWORD (test::startCli sets it).
    const test::CliRun pushed = push(file, *server, login(QStringLiteral("admin")));
    INFO(pushed.err.toStdString());
    REQUIRE(pushed.exitCode == 0);
    const QJsonObject result = QJsonDocument::fromJson(pushed.out.toUtf8()).object();
    const QJsonObject tables = result.value(QStringLiteral("tables")).toObject();
    CHECK(tables.value(QStringLiteral("evaluations")).toInteger() == fileEvaluations.size());
    CHECK(tables.value(QStringLiteral("audit_log")).toInteger() == fileAudit.size());
    CHECK(tables.value(QStringLiteral("contacts")).toInteger() == fileContacts);
    CHECK(result.value(QStringLiteral("schema_version")).toInt() == Database::latestSchemaVersion());
    CHECK(result.value(QStringLiteral("admin_workspace")).toString()
          == test::urlOf(*server, login(QStringLiteral("admin"))));
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

    // Every user is a login role in the group of their role; only the administrator has a password yet, and the
    // deactivated evaluator may not log in. The file's password hashes stayed behind.
    QStringList withoutPassword;
    for (const QJsonValue& value : result.value(QStringLiteral("logins_without_password")).toArray())
        withoutPassword << value.toString();
    withoutPassword.sort();
    QStringList expectedWithoutPassword;
    for (const char* name : { "agent", "lead1", "lead2", "lead3", "manager", "qa1", "qa2" })
        expectedWithoutPassword << login(QLatin1String(name));
    CHECK(withoutPassword == expectedWithoutPassword);
    const QString owner = test::urlOf(*server);
    const QString rolesOfUsers = QStringLiteral(
        "SELECT string_agg(r.rolname || ':' || g.rolname || ':' || CAST(r.rolcanlogin AS TEXT) || ':' || "
        "coalesce(left(a.rolpassword, 13), 'none'), ',' ORDER BY r.rolname COLLATE \"C\") FROM pg_roles r JOIN "
        "pg_authid a ON a.oid = r.oid JOIN pg_auth_members m ON m.member = r.oid JOIN pg_roles g ON g.oid = m.roleid "
        "WHERE r.rolname IN (SELECT login FROM users)");
    QStringList expectedRoles;
    for (const auto& [name, group, canLogIn, password] :
         { std::tuple { "admin", "admin", "true", "SCRAM-SHA-256" }, std::tuple { "agent", "agent", "true", "none" },
           std::tuple { "lead1", "lead", "true", "none" }, std::tuple { "lead2", "lead", "true", "none" },
           std::tuple { "lead3", "lead", "true", "none" }, std::tuple { "manager", "manager", "true", "none" },
           std::tuple { "qa1", "evaluator", "true", "none" }, std::tuple { "qa2", "evaluator", "true", "none" },
           std::tuple { "qa3", "evaluator", "false", "none" } })
        expectedRoles << QStringLiteral("%1:qadesk_%2:%3:%4")
                             .arg(login(QLatin1String(name)), QLatin1String(group), QLatin1String(canLogIn),
                                  QLatin1String(password));
    CHECK(test::psql(owner, { rolesOfUsers }).out == expectedRoles.join(QLatin1Char(',')));
    CHECK(test::psql(owner, { QStringLiteral("SELECT count(*) FROM users WHERE password_hash <> ''") }).out
          == QLatin1String("0"));

    // The administrator gives the agent a password; the agent's psql session then sees the agent's rows only, as
    // many as the owner counts for that agent.
    const QString agentUrl = test::urlOf(*server, login(QStringLiteral("agent")));
    const test::CliRun passwd = test::runCliWithInput(
        { QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("--workspace"),
          test::urlOf(*server, login(QStringLiteral("admin"))), QStringLiteral("--login"), login(QStringLiteral("agent")) },
        "agent-password\n");
    INFO(passwd.err.toStdString());
    CHECK(passwd.exitCode == 0);
    CHECK(test::psql(owner, { rolesOfUsers }).out.contains(login(QStringLiteral("agent")) + QStringLiteral(":qadesk_agent:true:SCRAM-SHA-256")));
    const QString whatAgentsSee = QStringLiteral(
        "SELECT (SELECT count(*) || '/' || count(DISTINCT agent_id) FROM contacts), (SELECT count(*) || '/' || "
        "count(DISTINCT agent_id) FROM evaluations), (SELECT count(*) || '/' || count(DISTINCT agent_id) FROM "
        "agent_months), (SELECT count(*) FROM evaluation_answers)");
    const QString agentRows = QStringLiteral(
        "SELECT (SELECT count(*) || '/1' FROM contacts WHERE agent_id = u.agent_id), (SELECT count(*) || '/1' FROM "
        "evaluations WHERE agent_id = u.agent_id), (SELECT count(*) || '/1' FROM agent_months WHERE agent_id = "
        "u.agent_id), (SELECT count(*) FROM evaluation_answers a JOIN evaluations e ON e.id = a.evaluation_id WHERE "
        "e.agent_id = u.agent_id) FROM users u WHERE u.login = '%1'")
                                    .arg(login(QStringLiteral("agent")));
    const test::PsqlRun seen = test::psql(agentUrl, { whatAgentsSee });
    INFO(seen.err.toStdString());
    const QString expectedSeen = test::psql(owner, { agentRows }).out;
    CHECK_FALSE(expectedSeen.startsWith(QLatin1String("0/")));
    CHECK(seen.out == expectedSeen);
    CHECK(test::psql(owner, { whatAgentsSee }).out != expectedSeen); // the owner sees every agent's
    CHECK(test::psql(test::urlOf(*server, login(QStringLiteral("qa3"))), { QStringLiteral("SELECT 1") })
              .err.contains(QLatin1String("not permitted to log in")));

    // The overview of each month and the team report, from the file and from the server, as the same manager.
    for (const QString& month : { QStringLiteral("2026-09"), QStringLiteral("2026-10"), QStringLiteral("2026-11") }) {
        // On the file the manager views the demo as themselves; on the server the manager's login signs in.
        const QStringList arguments { QStringLiteral("overview"), QStringLiteral("--month"), month,
                                      QStringLiteral("--workspace") };
        const test::CliRun fromFile
            = test::runCli(arguments + QStringList { file, QStringLiteral("--user"), login(QStringLiteral("manager")) });
        const test::CliRun fromServer
            = test::runCli(arguments + QStringList { test::urlOf(*server, login(QStringLiteral("manager"))) });
        INFO(month.toStdString() + ": " + fromServer.err.toStdString());
        REQUIRE(fromFile.exitCode == 0);
        REQUIRE(fromServer.exitCode == 0);
        CHECK(fromFile.out.contains(QLatin1String("\"evaluations_done\"")));
        CHECK(fromServer.out == fromFile.out);
    }
    const QStringList csvFiles { QStringLiteral("team-teams.csv"), QStringLiteral("team-agents.csv"),
                                 QStringLiteral("team-distribution.csv") };
    QStringList reportJson;
    for (const QString& workspace : { file, test::urlOf(*server, login(QStringLiteral("manager"))) }) {
        const QString out
            = dir.filePath(workspace == file ? QStringLiteral("from-file") : QStringLiteral("from-server"));
        REQUIRE(QDir().mkpath(out));
        const test::CliRun report
            = test::runCli({ QStringLiteral("report"), QStringLiteral("team"), QStringLiteral("--workspace"), workspace,
                             QStringLiteral("--period"), QStringLiteral("2026-10"), QStringLiteral("--user"),
                             login(QStringLiteral("manager")), QStringLiteral("--format"), QStringLiteral("csv"),
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
    const QString suffix = server->database.right(8).toLower();
    const QString file = demoFile(dir, suffix);
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

    // The same file pushed to another database of the PostgreSQL server: its logins are roles there already (of the
    // first database's users), so the push is refused, naming them, and the second database stays empty.
    const auto second = test::freshServerDatabase();
    REQUIRE(second);
    const test::CliRun again = push(file, *second);
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("the PostgreSQL server already has roles named admin_%1, lead1_%1, lead2_%1, "
                                            "lead3_%1, manager_%1, qa1_%1, qa2_%1, qa3_%1, and each user")
                                 .arg(suffix)));
    CHECK(test::psql(test::urlOf(*second), { QStringLiteral("SELECT count(*) FROM evaluations") }).out
          == QLatin1String("0"));
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
