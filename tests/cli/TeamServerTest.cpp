#include "CliProcess.h"
#include "ServerSchema.h"
#include "TestSupport.h"

#include "storage/Aggregates.h"
#include "storage/RecordingRoots.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>
#include <catch2/catch.hpp>

using namespace qadesk;

// A team server set up by `qadesk-cli server init`, seen through plain psql sessions as PostgreSQL sees them: the
// server, not QA Desk, decides which rows each login role reads and what it may change. scripts/test's throwaway
// server trusts every loopback connection (pg_hba "trust"), so these tests check the roles, grants and policies, not
// the SCRAM passwords; the password test checks that the server stored a SCRAM verifier.

namespace {


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

// `server init` of the 서울 센터 (Asia/Seoul, no scorecards) by the owner, with `admin` as its administrator.
test::CliRun serverInit(const QString& owner, const QString& admin)
{
    return test::runCli({ QStringLiteral("server"), QStringLiteral("init"), owner, QStringLiteral("--centre"),
                          QStringLiteral("서울 센터"), QStringLiteral("--time-zone"), QStringLiteral("Asia/Seoul"),
                          QStringLiteral("--admin"), admin, QStringLiteral("--no-scorecards") });
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
    const QString owner = test::urlOf(*server, server->user);

    const test::CliRun init = serverInit(owner, admin);
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("\"admin_workspace\": \"%1\"").arg(test::urlOf(*server, admin))));
    // A second init is refused: the database holds a centre now.
    const test::CliRun again = test::runCli(
        { QStringLiteral("server"), QStringLiteral("init"), owner, QStringLiteral("--centre"), QStringLiteral("x"),
          QStringLiteral("--time-zone"), QStringLiteral("Asia/Seoul"), QStringLiteral("--admin"),
          QStringLiteral("other_") + suffix, QStringLiteral("--no-scorecards") });
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QLatin1String("already holds a QA Desk centre")));

    const test::PsqlRun seeded = test::psql(owner, seedStatements(admin));
    INFO(seeded.err.toStdString());
    REQUIRE(seeded.exitCode == 0);

    // The administrator adds an agent user and a lead of 1팀 and 3팀 through the CLI, connected as their own login.
    const QString adminUrl = test::urlOf(*server, admin);
    const test::CliRun addAgent
        = test::runCliWithInput({ QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--workspace"), adminUrl,
                            QStringLiteral("--login"), agent, QStringLiteral("--role"), QStringLiteral("agent"),
                            QStringLiteral("--agent"), QStringLiteral("A1") },
                          "agent-password\n");
    INFO(addAgent.err.toStdString());
    REQUIRE(addAgent.exitCode == 0);
    const test::CliRun addLead = test::runCliWithInput(
        { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--workspace"), adminUrl,
          QStringLiteral("--login"), lead, QStringLiteral("--role"), QStringLiteral("team_lead"),
          QStringLiteral("--team"), QStringLiteral("1팀"), QStringLiteral("--team"), QStringLiteral("3팀") },
        "lead-password\n");
    INFO(addLead.err.toStdString());
    REQUIRE(addLead.exitCode == 0);

    const QString agentUrl = test::urlOf(*server, agent);
    const QString leadUrl = test::urlOf(*server, lead);
    CHECK(test::psql(agentUrl, { s_whatISee }).out == QLatin1String("CALL-A1|A1|1|A1|A1"));
    CHECK(test::psql(leadUrl, { s_whatISee }).out == QLatin1String("CALL-A1,CALL-C1|A1,C1|2|A1,C1|A1,C1"));
    CHECK(test::psql(adminUrl, { s_whatISee }).out == QLatin1String("CALL-A1,CALL-B1,CALL-C1|A1,B1,C1|3|A1,B1,C1|A1,B1,C1"));
    // Writing outside one's rows is refused too: the policy checks the new row.
    const test::PsqlRun foreignCoaching = test::psql(agentUrl,
                                         { QStringLiteral("INSERT INTO coaching_sessions (agent_id, coach_id, "
                                                          "held_at) SELECT a.id, 1, 0 FROM agents a WHERE "
                                                          "a.employee_id = 'B1'") });
    CHECK(foreignCoaching.exitCode != 0);
    CHECK(foreignCoaching.err.contains(QLatin1String("row-level security")));
    // A score is not the agent's or the lead's to change.
    CHECK(test::psql(agentUrl, { QStringLiteral("UPDATE evaluations SET score = 1") })
              .err.contains(QLatin1String("permission denied")));
    CHECK(test::psql(leadUrl, { QStringLiteral("UPDATE evaluations SET score = 1") })
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
            const test::PsqlRun refused = test::psql(url, { statement });
            INFO(url.toStdString() << ": " << statement.toStdString());
            CHECK(refused.exitCode != 0);
            CHECK(refused.err.contains(QLatin1String("permission denied for table audit_log")));
        }
    }
    // An entry names the login that wrote it and the server's time, whatever the client claims; and only managers
    // and administrators read the log.
    const test::PsqlRun claim = test::psql(agentUrl,
                               { QStringLiteral("BEGIN"),
                                 QStringLiteral("INSERT INTO audit_log (at, actor, entity, entity_id, action) VALUES "
                                                "(0, '%1', 'test', 1, 'claim')")
                                     .arg(admin),
                                 QStringLiteral("SELECT CAST(floor(extract(epoch FROM now()) * 1000) AS BIGINT)"),
                                 QStringLiteral("COMMIT") });
    INFO(claim.err.toStdString());
    REQUIRE(claim.exitCode == 0);
    CHECK(test::psql(owner, { QStringLiteral("SELECT actor || '|' || at FROM audit_log WHERE action = 'claim'") }).out
          == agent + QLatin1Char('|') + claim.out);
    for (const QString& url : { agentUrl, leadUrl })
        CHECK(test::psql(url, { QStringLiteral("SELECT count(*) FROM audit_log") })
                  .err.contains(QLatin1String("permission denied")));
    // The users the CLI added are audited under the administrator's login.
    CHECK(test::psql(owner,
               { QStringLiteral("SELECT string_agg(DISTINCT actor, ',') FROM audit_log WHERE entity = 'user' AND "
                                "action = 'add' AND after_json LIKE '%\"login\":\"%1\"%'")
                     .arg(agent) })
              .out
          == admin);

    // A user's password is the server's SCRAM verifier, set by the user themselves too.
    const test::CliRun passwd
        = test::runCliWithInput({ QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("--workspace"), agentUrl },
                          "a-new-password\n");
    INFO(passwd.err.toStdString());
    CHECK(passwd.exitCode == 0);
    CHECK(test::psql(owner,
               { QStringLiteral("SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = '%1'")
                     .arg(agent) })
              .out
          == QLatin1String("t"));
    CHECK(test::psql(owner, { QStringLiteral("SELECT users.password_hash FROM users WHERE login = '%1'").arg(agent) })
              .out.isEmpty());

    // A deactivated user's role may no longer log in, in psql or in QA Desk.
    const test::CliRun deactivate
        = test::runCli({ QStringLiteral("user"), QStringLiteral("deactivate"), QStringLiteral("--workspace"), adminUrl,
                         QStringLiteral("--login"), agent });
    INFO(deactivate.err.toStdString());
    CHECK(deactivate.exitCode == 0);
    CHECK(test::psql(agentUrl, { QStringLiteral("SELECT 1") }).err.contains(QLatin1String("not permitted to log in")));
    const test::CliRun refusedSignIn
        = test::runCli({ QStringLiteral("overview"), QStringLiteral("--workspace"), agentUrl });
    CHECK(refusedSignIn.exitCode == 1);
    CHECK(refusedSignIn.err.contains(QStringLiteral("the login %1 has been deactivated").arg(agent)));
}

namespace {

// What a session sees of the tables schema step 6 added, each row named by the employee id of the agent it belongs to
// (agents are visible to every login): agent_months, agent_month_items, auto_qa_suggestions, auto_qa_checks,
// auto_qa_agreements and contact_metrics (computed_at holds the agent's number, 1 for A1 to 3 for C1); then step 8's
// agent_month_outcomes and agent_month_evaluators, and step 9's agent_month_conversations.
const QString s_whatISeeOfStepSix = QStringLiteral(
    "SELECT (SELECT string_agg(a.employee_id, ',' ORDER BY a.employee_id) FROM agent_months m JOIN agents a ON a.id = "
    "m.agent_id), (SELECT string_agg(a.employee_id, ',' ORDER BY a.employee_id) FROM agent_month_items m JOIN agents a "
    "ON a.id = m.agent_id), (SELECT string_agg(item_key, ',' ORDER BY item_key) FROM auto_qa_suggestions), "
    "(SELECT string_agg(rules_fingerprint, ',' ORDER BY rules_fingerprint) FROM auto_qa_checks), "
    "(SELECT string_agg(item_key, ',' ORDER BY item_key) FROM auto_qa_agreements), "
    "(SELECT string_agg(CAST(computed_at AS TEXT), ',' ORDER BY computed_at) FROM contact_metrics), "
    "(SELECT string_agg(a.employee_id, ',' ORDER BY a.employee_id) FROM agent_month_outcomes m JOIN agents a ON a.id = "
    "m.agent_id), (SELECT string_agg(a.employee_id, ',' ORDER BY a.employee_id) FROM agent_month_evaluators m JOIN "
    "agents a ON a.id = m.agent_id), (SELECT string_agg(a.employee_id, ',' ORDER BY a.employee_id) FROM "
    "agent_month_conversations m JOIN agents a ON a.id = m.agent_id)");

// One row of each step-6 table for each seeded agent, written by the owner.
QStringList stepSixRows()
{
    QStringList statements { QStringLiteral("DELETE FROM agent_month_items"),
                             QStringLiteral("DELETE FROM agent_months"),
                             QStringLiteral("DELETE FROM agent_month_outcomes"),
                             QStringLiteral("DELETE FROM agent_month_evaluators"),
                             QStringLiteral("DELETE FROM agent_month_conversations") };
    const QStringList outcomeColumns = Aggregates::outcomeColumns();
    const QStringList conversationColumns = Aggregates::conversationColumns();
    int number = 0;
    for (const QString& agent : { QStringLiteral("A1"), QStringLiteral("B1"), QStringLiteral("C1") }) {
        ++number;
        statements
            << QStringLiteral("INSERT INTO agent_months (agent_id, month, team_id, evaluations, scored, score_sum, "
                              "score_squares, critical_failures) SELECT id, 202611, team_id, 1, 1, 1, 1, 0 FROM agents "
                              "WHERE employee_id = '%1'")
                   .arg(agent)
            << QStringLiteral("INSERT INTO agent_month_items (agent_id, month, team_id, item_id, answered, failed, "
                              "points, max_points, latest_at) SELECT a.id, 202611, a.team_id, i.id, 1, 0, 10, 10, 0 "
                              "FROM agents a, scorecard_items i WHERE a.employee_id = '%1'")
                   .arg(agent)
            << QStringLiteral("INSERT INTO auto_qa_suggestions (contact_id, scorecard_version_id, item_key, "
                              "option_index, passed, evidence, rule_fingerprint, checked_at) SELECT c.id, v.id, '%1', "
                              "0, 1, '[]', 'r', 0 FROM contacts c, scorecard_versions v WHERE c.external_id = "
                              "'CALL-%1'")
                   .arg(agent)
            << QStringLiteral("INSERT INTO auto_qa_checks (contact_id, scorecard_version_id, rules_fingerprint, "
                              "checked_at) SELECT c.id, v.id, '%1', 0 FROM contacts c, scorecard_versions v WHERE "
                              "c.external_id = 'CALL-%1'")
                   .arg(agent)
            << QStringLiteral("INSERT INTO auto_qa_agreements (evaluation_id, item_key, suggested_option, "
                              "chosen_option, agreed, rule_fingerprint) SELECT e.id, '%1', 0, 0, 1, 'r' FROM "
                              "evaluations e JOIN contacts c ON c.id = e.contact_id WHERE c.external_id = 'CALL-%1'")
                   .arg(agent)
            << QStringLiteral("INSERT INTO contact_metrics (contact_id, computed_at) SELECT id, %2 FROM contacts "
                              "WHERE external_id = 'CALL-%1'")
                   .arg(agent)
                   .arg(number)
            << QStringLiteral(
                   "INSERT INTO agent_month_outcomes (agent_id, month, team_id, band, %2) SELECT id, 202611, "
                   "team_id, 4, %3 FROM agents WHERE employee_id = '%1'")
                   .arg(agent, outcomeColumns.join(QStringLiteral(", ")),
                        QStringList(outcomeColumns.size(), QStringLiteral("1")).join(QStringLiteral(", ")))
            << QStringLiteral(
                   "INSERT INTO agent_month_evaluators (agent_id, month, evaluator_id, evaluations, scored, "
                   "score_sum, timed, seconds, compared, deviation_sum) SELECT a.id, 202611, (SELECT MIN(id) "
                   "FROM users), 1, 1, 1, 0, 0, 0, 0 FROM agents a WHERE a.employee_id = '%1'")
                   .arg(agent)
            << QStringLiteral("INSERT INTO agent_month_conversations (agent_id, month, %2) SELECT id, 202611, %3 FROM "
                              "agents WHERE employee_id = '%1'")
                   .arg(agent, conversationColumns.join(QStringLiteral(", ")),
                        QStringList(conversationColumns.size(), QStringLiteral("1")).join(QStringLiteral(", ")));
    }
    return statements;
}

} // namespace

TEST_CASE("a team server set up at schema step 5 and upgraded by its owner shows an agent's and a lead's psql "
          "sessions only their rows of the tables the later steps added")
{
    const auto server = test::freshServerDatabase();
    if (!server)
        return;
    const QString suffix = server->database.right(8).toLower();
    const QString admin = QStringLiteral("adm_") + suffix;
    const QString agent = QStringLiteral("agent_") + suffix;
    const QString lead = QStringLiteral("lead_") + suffix;
    const QString owner = test::urlOf(*server, server->user);
    const test::CliRun init = serverInit(owner, admin);
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    const test::PsqlRun seeded = test::psql(owner, seedStatements(admin));
    INFO(seeded.err.toStdString());
    REQUIRE(seeded.exitCode == 0);
    const QString adminUrl = test::urlOf(*server, admin);
    for (const QStringList& user :
         { QStringList { agent, QStringLiteral("agent"), QStringLiteral("--agent"), QStringLiteral("A1") },
           QStringList { lead, QStringLiteral("team_lead"), QStringLiteral("--team"), QStringLiteral("1팀"),
                         QStringLiteral("--team"), QStringLiteral("3팀") } }) {
        const test::CliRun added = test::runCliWithInput(QStringList { QStringLiteral("user"), QStringLiteral("add"),
                                                                 QStringLiteral("--workspace"), adminUrl,
                                                                 QStringLiteral("--login"), user.at(0),
                                                                 QStringLiteral("--role"), user.at(1) }
                                                       + user.mid(2),
                                                   "initial-password\n");
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
    }

    // The server as a step-5 set-up left it: the tables of step 6 are not there, nor their grants and policies.
    test::downgradeServerSchema(*server, 5);
    REQUIRE(test::psql(owner, { QStringLiteral("SELECT to_regclass('agent_months') IS NULL AND to_regclass('contact_metrics') "
                                         "IS NULL AND to_regclass('auto_qa_checks') IS NULL") })
                .out
            == QLatin1String("t"));
    // The owner upgrades it.
    const test::CliRun upgrade
        = test::runCli({ QStringLiteral("server"), QStringLiteral("upgrade"), owner });
    INFO(upgrade.err.toStdString());
    REQUIRE(upgrade.exitCode == 0);
    CHECK(upgrade.out.contains(QStringLiteral("\"schema_version\": %1").arg(Database::latestSchemaVersion())));
    CHECK(upgrade.out.contains(QLatin1String("\"team_server\": true")));
    const test::PsqlRun rows = test::psql(owner, stepSixRows());
    INFO(rows.err.toStdString());
    REQUIRE(rows.exitCode == 0);

    CHECK(test::psql(test::urlOf(*server, agent), { s_whatISeeOfStepSix }).out
          == QLatin1String("A1|A1|A1|A1|A1|1|A1|A1|A1"));
    CHECK(test::psql(test::urlOf(*server, lead), { s_whatISeeOfStepSix }).out
          == QLatin1String("A1,C1|A1,C1|A1,C1|A1,C1|A1,C1|1,3|A1,C1|A1,C1|A1,C1"));
    CHECK(test::psql(adminUrl, { s_whatISeeOfStepSix }).out
          == QLatin1String("A1,B1,C1|A1,B1,C1|A1,B1,C1|A1,B1,C1|A1,B1,C1|1,2,3|A1,B1,C1|A1,B1,C1|A1,B1,C1"));
    // The older tables keep theirs, and the privileges of the new ones are those of a new server: an agent stores the
    // metrics of their own contact, and neither an agent nor a lead writes the aggregates.
    CHECK(test::psql(test::urlOf(*server, agent), { s_whatISee }).out == QLatin1String("CALL-A1|A1|1|A1|A1"));
    const test::PsqlRun ownMetrics = test::psql(test::urlOf(*server, agent), { QStringLiteral("UPDATE contact_metrics SET mono = 1") });
    INFO(ownMetrics.err.toStdString());
    CHECK(ownMetrics.exitCode == 0);
    CHECK(test::psql(owner, { QStringLiteral("SELECT string_agg(CAST(computed_at AS TEXT), ',' ORDER BY computed_at) FROM "
                                       "contact_metrics WHERE mono = 1") })
              .out
          == QLatin1String("1"));
    // Their sums move with them, on the agent's own rows only.
    CHECK(test::psql(test::urlOf(*server, agent), { QStringLiteral("UPDATE agent_month_conversations SET calls = 7") })
              .exitCode
          == 0);
    CHECK(test::psql(owner,
                     { QStringLiteral("SELECT string_agg(a.employee_id, ',') FROM agent_month_conversations m "
                                      "JOIN agents a ON a.id = m.agent_id WHERE m.calls = 7") })
              .out
          == QLatin1String("A1"));
    for (const QString& login : { agent, lead }) {
        for (const QString& table : { QStringLiteral("agent_months"), QStringLiteral("agent_month_outcomes"),
                                      QStringLiteral("agent_month_evaluators") })
            CHECK(test::psql(test::urlOf(*server, login), { QStringLiteral("DELETE FROM ") + table })
                      .err.contains(QStringLiteral("permission denied for table ") + table));
    }
}

TEST_CASE("qadesk-cli import on a team server stores each recording under the recordings root it is given, and "
          "refuses a root the server does not have")
{
    const auto server = test::freshServerDatabase();
    if (!server)
        return;
    const QString admin = QStringLiteral("adm_") + server->database.right(8).toLower();
    const test::CliRun init = serverInit(test::urlOf(*server), admin);
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    {
        // A manager names the root in QA Desk (File → Recordings folders…); here the owner's connection does.
        QString error;
        const auto db = Database::openServer(*server, &error);
        INFO(error.toStdString());
        REQUIRE(db);
        REQUIRE(RecordingRoots::add(*db, QStringLiteral("calls"), test::managerActor(), &error));
    }
    // contacts-cp949.csv: C-1001 with the recording calls/c1.wav, and two chats.
    const QString importFolder = test::dataPath(QStringLiteral("import"));
    const auto import = [&](const QStringList& rootOptions) {
        return test::runCli(QStringList { QStringLiteral("import"), QStringLiteral("--workspace"),
                                          test::urlOf(*server, admin), QStringLiteral("--create-agents") }
                            + rootOptions + QStringList { test::dataPath(QStringLiteral("import/contacts-cp949.csv")) });
    };

    const test::CliRun unknown
        = import({ QStringLiteral("--recordings-root"), QStringLiteral("tapes"), QStringLiteral("--recordings-folder"),
                   importFolder });
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QLatin1String("has no recordings root \"tapes\"; its roots are calls.")));
    const test::CliRun noFolder = import({ QStringLiteral("--recordings-root"), QStringLiteral("calls") });
    CHECK(noFolder.exitCode == 2);
    CHECK(noFolder.err.contains(QLatin1String("--recordings-root and --recordings-folder go together")));
    // A folder that does not hold the recording: its row's problem, and nothing imported.
    const test::CliRun outside
        = import({ QStringLiteral("--recordings-root"), QStringLiteral("calls"), QStringLiteral("--recordings-folder"),
                   test::dataPath(QStringLiteral("import/chats")) });
    CHECK(outside.exitCode == 1);
    CHECK(outside.out.contains(QLatin1String("calls/c1.wav: the recording is outside")));
    CHECK(test::psql(test::urlOf(*server), { QStringLiteral("SELECT count(*) FROM contacts") }).out
          == QLatin1String("0"));

    const test::CliRun imported
        = import({ QStringLiteral("--recordings-root"), QStringLiteral("calls"), QStringLiteral("--recordings-folder"),
                   importFolder });
    INFO(imported.out.toStdString() << imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    CHECK(test::psql(test::urlOf(*server),
                     { QStringLiteral("SELECT c.external_id || '=' || r.path FROM recordings r JOIN contacts c ON "
                                      "c.id = r.contact_id") })
              .out
          == QLatin1String("C-1001=calls:calls/c1.wav"));
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
                                                   test::urlOf(*server, server->user, QStringLiteral("no_such_db")) });
    CHECK(noDatabase.exitCode == 1);
    CHECK(noDatabase.err.contains(QLatin1String("the server has no database no_such_db")));
    // The throwaway server has no certificate, so it cannot speak TLS.
    const test::CliRun noTls = test::runCli({ QStringLiteral("info"), QStringLiteral("--workspace"),
                                              test::urlOf(*server, server->user) + QStringLiteral("?sslmode=require") });
    CHECK(noTls.exitCode == 1);
    CHECK(noTls.err.contains(QLatin1String("the TLS connection failed (sslmode=require)")));
    // An empty database is no workspace yet: a reading command does not create one.
    const test::CliRun empty
        = test::runCli({ QStringLiteral("info"), QStringLiteral("--workspace"), test::urlOf(*server, server->user) });
    CHECK(empty.exitCode == 1);
    CHECK(empty.err.contains(QLatin1String("holds no QA Desk workspace yet")));
}

namespace {

// A psql session that holds a row lock (SELECT … FOR UPDATE in an open transaction) until release(), so that two
// qadesk-cli processes started together both read the row before either may write it: what two desktops pressing at
// the same moment do, made certain instead of left to the scheduler.
class RowLockHolder final
{
public:
    RowLockHolder(const QString& url, const QString& lockingSelect)
    {
        m_psql.start(QStringLiteral("psql"), test::psqlArguments(url));
        REQUIRE(m_psql.waitForStarted());
        m_psql.write(QStringLiteral("BEGIN;\n%1;\n").arg(lockingSelect).toUtf8());
        // The locked row's id on stdout: the lock is held.
        while (m_psql.readAllStandardOutput().trimmed().isEmpty())
            REQUIRE(m_psql.waitForReadyRead(30000));
    }
    ~RowLockHolder() { release(); }
    void release()
    {
        if (m_psql.state() == QProcess::NotRunning)
            return;
        m_psql.write("ROLLBACK;\n\\q\n");
        m_psql.closeWriteChannel();
        m_psql.waitForFinished(30000);
    }

private:
    QProcess m_psql;
};

// Waits until `count` sessions of the owner's database wait for a lock (the two CLIs, blocked behind the holder).
void awaitLockWaiters(const QString& owner, int count)
{
    for (int attempt = 0; attempt < 600; ++attempt) {
        const test::PsqlRun waiting = test::psql(owner,
                                     { QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                                      "wait_event_type = 'Lock' AND datname = current_database()") });
        if (waiting.out.toInt() >= count)
            return;
        QThread::msleep(100);
    }
    FAIL("the two qadesk-cli processes never both waited for the row");
}

struct TwoRuns
{
    test::CliRun runs[2];
    int succeeded() const { return int(runs[0].exitCode == 0) + int(runs[1].exitCode == 0); }
    const test::CliRun& refused() const { return runs[0].exitCode == 0 ? runs[1] : runs[0]; }
};

// Starts qadesk-cli twice with `arguments[i]` while `holder` keeps the row locked, then lets them race for it.
TwoRuns raceBehindLock(RowLockHolder& holder, const QString& owner, const QStringList (&arguments)[2])
{
    QProcess processes[2];
    for (int i = 0; i < 2; ++i)
        test::startCli(processes[i], arguments[i]);
    awaitLockWaiters(owner, 2);
    holder.release();
    TwoRuns result;
    for (int i = 0; i < 2; ++i) {
        test::CliRun& run = result.runs[i];
        run.timedOut = !processes[i].waitForFinished(60000);
        run.crashed = processes[i].exitStatus() != QProcess::NormalExit;
        run.exitCode = processes[i].exitCode();
        run.out = QString::fromUtf8(processes[i].readAllStandardOutput());
        run.err = QString::fromUtf8(processes[i].readAllStandardError());
        INFO("run " << i << ": exit " << run.exitCode << "\n" << run.out.toStdString() << run.err.toStdString());
        CHECK_FALSE(run.timedOut);
        CHECK_FALSE(run.crashed);
    }
    return result;
}

// A server set up by `server init`, with the owner's seed of one form ("form": greeting, yes/no), team 1팀 with agent
// A1 and call CALL-A1. Returns the owner's URL and the administrator's login.
std::pair<QString, QString> initServer(const ServerSettings& server)
{
    const QString admin = QStringLiteral("adm_") + server.database.right(8).toLower();
    const QString owner = test::urlOf(server, server.user);
    const test::CliRun init = serverInit(owner, admin);
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    const test::PsqlRun seeded = test::psql(owner, seedStatements(admin).mid(0, 7)); // the form, the teams, and A1 with its call
    INFO(seeded.err.toStdString());
    REQUIRE(seeded.exitCode == 0);
    return { owner, admin };
}

} // namespace

TEST_CASE("two qadesk-cli evaluate of one draft on a team server: one saves, the other gets the conflict message")
{
    const auto server = test::freshServerDatabase();
    if (!server)
        return;
    const auto [owner, admin] = initServer(*server);
    // The form's yes/no options, and the administrator's draft of CALL-A1 as a desktop left it.
    const test::PsqlRun options = test::psql(owner,
                                 { QStringLiteral("INSERT INTO scorecard_options (item_id, position, label, points, "
                                                  "fails) SELECT id, 0, 'yes', 10, 0 FROM scorecard_items UNION "
                                                  "ALL SELECT id, 1, 'no', 0, 1 FROM scorecard_items") });
    INFO(options.err.toStdString());
    REQUIRE(options.exitCode == 0);
    const test::PsqlRun draft
        = test::psql(owner,
               { QStringLiteral("INSERT INTO evaluations (contact_id, scorecard_version_id, evaluator_id, "
                                "agent_id, team_id, kind, status, created_at, updated_at) SELECT c.id, "
                                "v.id, u.id, a.id, a.team_id, 'regular', 'draft', 0, 0 FROM contacts c "
                                "JOIN agents a ON a.id = c.agent_id, scorecard_versions v, users u "
                                "WHERE c.external_id = 'CALL-A1' AND u.login = '%1' RETURNING id")
                     .arg(admin) });
    INFO(draft.err.toStdString());
    REQUIRE(draft.exitCode == 0);
    const QString draftId = draft.out.section(QLatin1Char('\n'), 0, 0);

    QTemporaryDir dir;
    const QString yes = dir.filePath(QStringLiteral("yes.json"));
    const QString no = dir.filePath(QStringLiteral("no.json"));
    for (const auto& [path, answer] : { std::pair { yes, "yes" }, std::pair { no, "no" } }) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(R"({"answers": {"greeting": ")") + answer + R"("}})");
    }
    const QString adminUrl = test::urlOf(*server, admin);
    const auto evaluate = [&](const QString& answers) {
        return QStringList { QStringLiteral("evaluate"),  QStringLiteral("--workspace"), adminUrl,
                             QStringLiteral("--contact"), QStringLiteral("CALL-A1"),     QStringLiteral("--scorecard"),
                             QStringLiteral("form"),      QStringLiteral("--answers"),   answers };
    };
    RowLockHolder holder(owner, QStringLiteral("SELECT id FROM evaluations WHERE id = %1 FOR UPDATE").arg(draftId));
    const TwoRuns race = raceBehindLock(holder, owner, { evaluate(yes), evaluate(no) });
    REQUIRE(race.succeeded() == 1);
    CHECK(race.refused().exitCode == 1);
    CHECK(QRegularExpression(QStringLiteral("^qadesk-cli evaluate: .+ changed this evaluation at \\d\\d:\\d\\d — "
                                            "reload, or keep yours as a new draft\\n$"))
              .match(race.refused().err)
              .hasMatch());
    // One evaluation of the contact, submitted once, with the winner's answer; the loser's answer is nowhere.
    const bool yesWon = race.runs[0].exitCode == 0;
    CHECK(test::psql(owner,
               { QStringLiteral("SELECT count(*) || '|' || string_agg(e.status || ':' || e.row_version || ':' || "
                                "a.option_index, ',') FROM evaluations e JOIN evaluation_answers a ON "
                                "a.evaluation_id = e.id") })
              .out
          == QStringLiteral("1|submitted:3:%1").arg(yesWon ? 0 : 1));
    CHECK(test::psql(owner,
               { QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'evaluation' AND action = 'submit'") })
              .out
          == QLatin1String("1"));
}

TEST_CASE("two reviewers deciding one dispute on a team server at the same moment store exactly one decision")
{
    const auto server = test::freshServerDatabase();
    if (!server)
        return;
    const auto [owner, admin] = initServer(*server);
    // A submitted evaluation of A1 by the administrator, with an open dispute the administrator raised.
    const test::PsqlRun seeded = test::psql(owner, seedStatements(admin).mid(7, 3));
    INFO(seeded.err.toStdString());
    REQUIRE(seeded.exitCode == 0);
    const QString disputeId = test::psql(owner, { QStringLiteral("SELECT id FROM disputes") }).out;
    const QString suffix = server->database.right(8).toLower();
    const QString reviewers[2] = { QStringLiteral("rev1_") + suffix, QStringLiteral("rev2_") + suffix };
    for (const QString& reviewer : reviewers) {
        const test::CliRun added = test::runCliWithInput(
            { QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--workspace"), test::urlOf(*server, admin),
              QStringLiteral("--login"), reviewer, QStringLiteral("--role"), QStringLiteral("manager") },
            "reviewer-password\n");
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
    }
    const auto decide = [&](const QString& reviewer) {
        return QStringList { QStringLiteral("dispute"),  QStringLiteral("decide"),    QStringLiteral("--workspace"),
                             test::urlOf(*server, reviewer),   QStringLiteral("--dispute"), disputeId,
                             QStringLiteral("--uphold"), QStringLiteral("--note"),    reviewer };
    };
    RowLockHolder holder(owner, QStringLiteral("SELECT id FROM disputes WHERE id = %1 FOR UPDATE").arg(disputeId));
    const TwoRuns race = raceBehindLock(holder, owner, { decide(reviewers[0]), decide(reviewers[1]) });
    REQUIRE(race.succeeded() == 1);
    const QString winner = reviewers[race.runs[0].exitCode == 0 ? 0 : 1];
    CHECK(race.refused().exitCode == 1);
    CHECK(QRegularExpression(QStringLiteral("^qadesk-cli dispute decide: This dispute was already decided by %1 at "
                                            "\\d\\d:\\d\\d\\.\\n$")
                                 .arg(winner))
              .match(race.refused().err)
              .hasMatch());
    // One decision: the dispute closed once, by the winner, with the winner's note; one audit entry of it.
    CHECK(test::psql(owner,
               { QStringLiteral("SELECT d.status || '|' || u.login || '|' || d.resolution_note || '|' || "
                                "d.row_version FROM disputes d JOIN users u ON u.id = d.resolved_by") })
              .out
          == QStringLiteral("upheld|%1|%1|2").arg(winner));
    CHECK(
        test::psql(owner, { QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'dispute' AND action = 'uphold'") })
            .out
        == QLatin1String("1"));
    CHECK(test::psql(owner, { QStringLiteral("SELECT status FROM evaluations") }).out == QLatin1String("submitted"));
}
