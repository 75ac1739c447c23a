#include "CliProcess.h"
#include "TestSupport.h"

#include <QProcess>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace qadesk;

// A team server set up by `qadesk-cli server init`, seen through plain psql sessions as PostgreSQL sees them: the
// server, not QA Desk, decides which rows each login role reads and what it may change. scripts/test's throwaway
// server trusts every loopback connection (pg_hba "trust"), so these tests check the roles, grants and policies, not
// the SCRAM passwords; the password test checks that the server stored a SCRAM verifier.

namespace {

struct PsqlRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// psql as a separate process, as an agent or a lead would run it: quiet, unaligned, tuples only, stopping at the first
// error. Each statement is its own -c, all in one session.
PsqlRun psql(const QString& url, const QStringList& statements)
{
    QStringList arguments { url,
                            QStringLiteral("-X"),
                            QStringLiteral("-q"),
                            QStringLiteral("-A"),
                            QStringLiteral("-t"),
                            QStringLiteral("-v"),
                            QStringLiteral("ON_ERROR_STOP=1") };
    for (const QString& statement : statements)
        arguments << QStringLiteral("-c") << statement;
    QProcess process;
    process.start(QStringLiteral("psql"), arguments);
    REQUIRE(process.waitForFinished(60000));
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
             QString::fromUtf8(process.readAllStandardError()) };
}

// qadesk-cli with `input` on standard input (the new passwords of `user add` and `user passwd`).
test::CliRun runCliWithInput(const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    test::startCli(process, arguments);
    process.write(input);
    process.closeWriteChannel();
    test::CliRun run;
    run.timedOut = !process.waitForFinished(60000);
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString urlOf(const ServerSettings& server, const QString& login, const QString& database = {})
{
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(login, server.host)
        .arg(server.port)
        .arg(database.isEmpty() ? server.database : database);
}

// Three teams with one agent each (A1 in 1팀, B1 in 2팀, C1 in 3팀), each agent with a call, an evaluation with one
// answer, a dispute and a coaching session whose reason and notes name the agent; written by the owner.
QStringList seedStatements(const QString& evaluator)
{
    QStringList statements {
        QStringLiteral("INSERT INTO teams (name) VALUES ('1팀'), ('2팀'), ('3팀')"),
        QStringLiteral("INSERT INTO scorecards (name) VALUES ('form')"),
        QStringLiteral("INSERT INTO scorecard_versions (scorecard_id, number, status, created_at) "
                       "SELECT id, 1, 'published', 0 FROM scorecards"),
        QStringLiteral(
            "INSERT INTO scorecard_sections (version_id, position, title) SELECT id, 0, 'S' FROM scorecard_versions"),
        QStringLiteral(
            "INSERT INTO scorecard_items (section_id, version_id, position, item_key, question, kind, max_points) "
            "SELECT id, version_id, 0, 'greeting', 'Q', 'yes_no', 10 FROM scorecard_sections"),
    };
    for (const auto& [agent, team] :
         { std::pair { "A1", "1팀" }, std::pair { "B1", "2팀" }, std::pair { "C1", "3팀" } }) {
        const QString a = QString::fromUtf8(agent);
        statements
            << QStringLiteral("INSERT INTO agents (employee_id, name, team_id) SELECT '%1', '%1', id FROM teams "
                              "WHERE name = '%2'")
                   .arg(a, QString::fromUtf8(team))
            << QStringLiteral(
                   "INSERT INTO contacts (channel, external_id, agent_id, started_at, duration_s, direction) "
                   "SELECT 'call', 'CALL-%1', id, 0, 60, 'inbound' FROM agents WHERE employee_id = '%1'")
                   .arg(a)
            << QStringLiteral("INSERT INTO evaluations (contact_id, scorecard_version_id, evaluator_id, agent_id, "
                              "team_id, kind, status, created_at, updated_at) SELECT c.id, v.id, u.id, a.id, "
                              "a.team_id, 'regular', 'submitted', 0, 0 FROM contacts c JOIN agents a ON a.id = "
                              "c.agent_id, scorecard_versions v, users u WHERE c.external_id = 'CALL-%1' AND "
                              "u.login = '%2'")
                   .arg(a, evaluator)
            << QStringLiteral("INSERT INTO evaluation_answers (evaluation_id, item_id, option_index) SELECT e.id, "
                              "i.id, 0 FROM evaluations e JOIN contacts c ON c.id = e.contact_id, scorecard_items i "
                              "WHERE c.external_id = 'CALL-%1'")
                   .arg(a)
            << QStringLiteral("INSERT INTO disputes (evaluation_id, raised_by, raised_at, reason, status) SELECT "
                              "e.id, u.id, 0, '%1', 'open' FROM evaluations e JOIN contacts c ON c.id = "
                              "e.contact_id, users u WHERE c.external_id = 'CALL-%1' AND u.login = '%2'")
                   .arg(a, evaluator)
            << QStringLiteral("INSERT INTO coaching_sessions (agent_id, coach_id, held_at, notes) SELECT a.id, "
                              "u.id, 0, '%1' FROM agents a, users u WHERE a.employee_id = '%1' AND u.login = '%2'")
                   .arg(a, evaluator);
    }
    return statements;
}

// What a session sees: its contacts, the agents of its evaluations, its answers, disputes and coaching sessions.
const QString s_whatISee
    = QStringLiteral("SELECT (SELECT string_agg(external_id, ',' ORDER BY external_id) FROM contacts), "
                     "(SELECT string_agg(a.employee_id, ',' ORDER BY a.employee_id) FROM evaluations e JOIN agents a "
                     "ON a.id = e.agent_id), "
                     "(SELECT count(*) FROM evaluation_answers), "
                     "(SELECT string_agg(reason, ',' ORDER BY reason) FROM disputes), "
                     "(SELECT string_agg(notes, ',' ORDER BY notes) FROM coaching_sessions)");

} // namespace

TEST_CASE("a team server shows an agent's psql session only that agent's rows and a lead's only their teams', and "
          "keeps the audit log for the owner")
{
    const auto server = test::freshServerDatabase();
    if (!server)
        return;
    // Roles belong to the whole PostgreSQL cluster, which outlives one test run: logins of this run are unique.
    const QString suffix = server->database.right(8).toLower();
    const QString admin = QStringLiteral("adm_") + suffix;
    const QString agent = QStringLiteral("agent_") + suffix;
    const QString lead = QStringLiteral("lead_") + suffix;
    const QString owner = urlOf(*server, server->user);

    const test::CliRun init
        = test::runCli({ QStringLiteral("server"), QStringLiteral("init"), owner, QStringLiteral("--centre"),
                         QStringLiteral("서울 센터"), QStringLiteral("--time-zone"), QStringLiteral("Asia/Seoul"),
                         QStringLiteral("--admin"), admin, QStringLiteral("--no-scorecards") });
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("\"admin_workspace\": \"%1\"").arg(urlOf(*server, admin))));
    // A second init is refused: the database holds a centre now.
    const test::CliRun again = test::runCli(
        { QStringLiteral("server"), QStringLiteral("init"), owner, QStringLiteral("--centre"), QStringLiteral("x"),
          QStringLiteral("--time-zone"), QStringLiteral("Asia/Seoul"), QStringLiteral("--admin"),
          QStringLiteral("other_") + suffix, QStringLiteral("--no-scorecards") });
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QLatin1String("already holds a QA Desk centre")));

    const PsqlRun seeded = psql(owner, seedStatements(admin));
    INFO(seeded.err.toStdString());
    REQUIRE(seeded.exitCode == 0);

    // The administrator adds an agent user and a lead of 1팀 and 3팀 through the CLI, connected as their own login.
    const QString adminUrl = urlOf(*server, admin);
    const test::CliRun addAgent
        = runCliWithInput({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--workspace"), adminUrl,
                            QStringLiteral("--login"), agent, QStringLiteral("--role"), QStringLiteral("agent"),
                            QStringLiteral("--agent"), QStringLiteral("A1") },
                          "agent-password\n");
    INFO(addAgent.err.toStdString());
    REQUIRE(addAgent.exitCode == 0);
    const test::CliRun addLead = runCliWithInput(
        { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--workspace"), adminUrl,
          QStringLiteral("--login"), lead, QStringLiteral("--role"), QStringLiteral("team_lead"),
          QStringLiteral("--team"), QStringLiteral("1팀"), QStringLiteral("--team"), QStringLiteral("3팀") },
        "lead-password\n");
    INFO(addLead.err.toStdString());
    REQUIRE(addLead.exitCode == 0);

    const QString agentUrl = urlOf(*server, agent);
    const QString leadUrl = urlOf(*server, lead);
    CHECK(psql(agentUrl, { s_whatISee }).out == QLatin1String("CALL-A1|A1|1|A1|A1"));
    CHECK(psql(leadUrl, { s_whatISee }).out == QLatin1String("CALL-A1,CALL-C1|A1,C1|2|A1,C1|A1,C1"));
    CHECK(psql(adminUrl, { s_whatISee }).out == QLatin1String("CALL-A1,CALL-B1,CALL-C1|A1,B1,C1|3|A1,B1,C1|A1,B1,C1"));
    // Writing outside one's rows is refused too: the policy checks the new row.
    const PsqlRun foreignCoaching = psql(agentUrl,
                                         { QStringLiteral("INSERT INTO coaching_sessions (agent_id, coach_id, "
                                                          "held_at) SELECT a.id, 1, 0 FROM agents a WHERE "
                                                          "a.employee_id = 'B1'") });
    CHECK(foreignCoaching.exitCode != 0);
    CHECK(foreignCoaching.err.contains(QLatin1String("row-level security")));
    // A score is not the agent's or the lead's to change.
    CHECK(psql(agentUrl, { QStringLiteral("UPDATE evaluations SET score = 1") })
              .err.contains(QLatin1String("permission denied")));
    CHECK(psql(leadUrl, { QStringLiteral("UPDATE evaluations SET score = 1") })
              .err.contains(QLatin1String("permission denied")));

    // The CLI signs in as the URL's login: the server authenticated it, and core filters by the same user.
    const test::CliRun overview = test::runCli({ QStringLiteral("overview"), QStringLiteral("--workspace"), leadUrl });
    INFO(overview.err.toStdString());
    CHECK(overview.exitCode == 0);
    const test::CliRun impostor = test::runCli(
        { QStringLiteral("overview"), QStringLiteral("--workspace"), leadUrl, QStringLiteral("--user"), admin });
    CHECK(impostor.exitCode == 2);
    CHECK(impostor.err.contains(QStringLiteral("you act as the login of the URL (%1)").arg(lead)));

    // No group role changes or empties the audit log, not even the administrators'.
    for (const QString& url : { agentUrl, leadUrl, adminUrl }) {
        for (const QString& statement :
             { QStringLiteral("UPDATE audit_log SET actor = 'nobody'"), QStringLiteral("DELETE FROM audit_log"),
               QStringLiteral("TRUNCATE audit_log") }) {
            const PsqlRun refused = psql(url, { statement });
            INFO(url.toStdString() << ": " << statement.toStdString());
            CHECK(refused.exitCode != 0);
            CHECK(refused.err.contains(QLatin1String("permission denied for table audit_log")));
        }
    }
    // An entry names the login that wrote it and the server's time, whatever the client claims; and only managers
    // and administrators read the log.
    const PsqlRun claim = psql(agentUrl,
                               { QStringLiteral("BEGIN"),
                                 QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, action) VALUES "
                                                "(0, '%1', 'test', 1, 'claim')")
                                     .arg(admin),
                                 QStringLiteral("SELECT CAST(floor(extract(epoch FROM now()) * 1000) AS BIGINT)"),
                                 QStringLiteral("COMMIT") });
    INFO(claim.err.toStdString());
    REQUIRE(claim.exitCode == 0);
    CHECK(psql(owner, { QStringLiteral("SELECT actor || '|' || at FROM audit_log WHERE action = 'claim'") }).out
          == agent + QLatin1Char('|') + claim.out);
    for (const QString& url : { agentUrl, leadUrl })
        CHECK(psql(url, { QStringLiteral("SELECT count(*) FROM audit_log") })
                  .err.contains(QLatin1String("permission denied")));
    // The users the CLI added are audited under the administrator's login.
    CHECK(psql(owner,
               { QStringLiteral("SELECT string_agg(DISTINCT actor, ',') FROM audit_log WHERE entity = 'user' AND "
                                "action = 'add' AND after_json LIKE '%\"login\":\"%1\"%'")
                     .arg(agent) })
              .out
          == admin);

    // A user's password is the server's SCRAM verifier, set by the user themselves too.
    const test::CliRun passwd
        = runCliWithInput({ QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("--workspace"), agentUrl },
                          "a-new-password\n");
    INFO(passwd.err.toStdString());
    CHECK(passwd.exitCode == 0);
    CHECK(psql(owner,
               { QStringLiteral("SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = '%1'")
                     .arg(agent) })
              .out
          == QLatin1String("t"));
    CHECK(psql(owner, { QStringLiteral("SELECT users.password_hash FROM users WHERE login = '%1'").arg(agent) })
              .out.isEmpty());

    // A deactivated user's role may no longer log in, in psql or in QA Desk.
    const test::CliRun deactivate
        = test::runCli({ QStringLiteral("user"), QStringLiteral("deactivate"), QStringLiteral("--workspace"), adminUrl,
                         QStringLiteral("--login"), agent });
    INFO(deactivate.err.toStdString());
    CHECK(deactivate.exitCode == 0);
    CHECK(psql(agentUrl, { QStringLiteral("SELECT 1") }).err.contains(QLatin1String("not permitted to log in")));
    const test::CliRun refusedSignIn
        = test::runCli({ QStringLiteral("overview"), QStringLiteral("--workspace"), agentUrl });
    CHECK(refusedSignIn.exitCode == 1);
    CHECK(refusedSignIn.err.contains(QStringLiteral("the login %1 has been deactivated").arg(agent)));
}

TEST_CASE("a team server URL that is malformed or names a host or port where nothing answers is refused with exit 1")
{
    const auto expectRefusal = [](const QString& url, const QString& message) {
        const test::CliRun run = test::runCli({ QStringLiteral("info"), QStringLiteral("--workspace"), url });
        INFO(url.toStdString() << "\n" << run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(message));
    };
    expectRefusal(QStringLiteral("postgresql://127.0.0.1:5432/centre"), QStringLiteral("the login is missing"));
    expectRefusal(QStringLiteral("postgresql://kim@127.0.0.1:5432/centre?sslmode=sometimes"),
                  QStringLiteral("sslmode must be one of"));
    expectRefusal(QStringLiteral("postgresql://kim@no-such-host.invalid:5432/centre"),
                  QStringLiteral("the host no-such-host.invalid is not known"));
    // check reads files only: a URL is the wrong argument for it, and the password in it is not echoed.
    const test::CliRun check = test::runCli(
        { QStringLiteral("check"), QStringLiteral("--workspace"), QStringLiteral("postgresql://kim:pw-1@h/db") });
    CHECK(check.exitCode == 2);
    CHECK(check.err.contains(QLatin1String("pg_amcheck")));
    CHECK_FALSE(check.err.contains(QLatin1String("pw-1")));
    // Port 1 (tcpmux) is closed on loopback.
    expectRefusal(QStringLiteral("postgresql://kim@127.0.0.1:1/centre"),
                  QStringLiteral("nothing answers on port 1 of 127.0.0.1"));
}

TEST_CASE("a team server without the database, or without TLS when TLS is required, is refused saying so")
{
    const auto server = test::freshServerDatabase();
    if (!server)
        return;
    const test::CliRun noDatabase = test::runCli({ QStringLiteral("info"), QStringLiteral("--workspace"),
                                                   urlOf(*server, server->user, QStringLiteral("no_such_db")) });
    CHECK(noDatabase.exitCode == 1);
    CHECK(noDatabase.err.contains(QLatin1String("the server has no database no_such_db")));
    // The throwaway server has no certificate, so it cannot speak TLS.
    const test::CliRun noTls = test::runCli({ QStringLiteral("info"), QStringLiteral("--workspace"),
                                              urlOf(*server, server->user) + QStringLiteral("?sslmode=require") });
    CHECK(noTls.exitCode == 1);
    CHECK(noTls.err.contains(QLatin1String("the TLS connection failed (sslmode=require)")));
    // An empty database is no workspace yet: a reading command does not create one.
    const test::CliRun empty
        = test::runCli({ QStringLiteral("info"), QStringLiteral("--workspace"), urlOf(*server, server->user) });
    CHECK(empty.exitCode == 1);
    CHECK(empty.err.contains(QLatin1String("holds no QA Desk workspace yet")));
}
