#include "TestSupport.h"
#include "ServerSchema.h"

#include "people/SignIn.h"
#include "storage/Aggregates.h"
#include "storage/AuditLog.h"
#include "storage/ContactRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/SqlSupport.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDirIterator>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtMath>
#include <catch2/catch.hpp>
#include <ctime>

namespace qadesk::test {

QTimeZone centreZone()
{
    return QTimeZone("Asia/Seoul");
}

QDateTime centreTime(const QDate& day, const QTime& time)
{
    return QDateTime(day, time, centreZone()).toUTC();
}

QDateTime fixedNow()
{
    return centreTime(QDate(2026, 11, 20), QTime(10, 0));
}

void useTestTimeZone()
{
    const QByteArray zone = qgetenv("QADESK_TEST_TZ");
    if (zone.isEmpty())
        return;
    qputenv("TZ", zone);
    tzset();
}

namespace {
QString& chosenBackend()
{
    static QString backend = qEnvironmentVariable("QADESK_TEST_BACKEND");
    return backend;
}
} // namespace

void setBackend(const QString& backend)
{
    chosenBackend() = backend;
}

bool onServerBackend()
{
    return chosenBackend() == QLatin1String("postgresql");
}

namespace {

// One admin connection (as postgres, to the maintenance database) per process, for creating and dropping databases.
QSqlDatabase serverAdmin(const ServerSettings& server)
{
    const QString name = QStringLiteral("test-server-admin");
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    admin.setHostName(server.host);
    admin.setPort(server.port);
    admin.setUserName(server.user);
    admin.setDatabaseName(QStringLiteral("postgres"));
    INFO(admin.lastError().text().toStdString());
    REQUIRE(admin.open());
    return admin;
}

void adminExec(const QSqlDatabase& admin, const QString& statement)
{
    QSqlQuery query(admin);
    INFO(statement.toStdString() + ": " + query.lastError().text().toStdString());
    REQUIRE(query.exec(statement));
}

// The databases this process created for its workspaces, dropped when the tests end (dropServerWorkspaces()).
QStringList& createdServerWorkspaces()
{
    static QStringList names;
    return names;
}

// Every test case runs in its own process under ctest, so the migrated, empty workspace that each test copies is made
// once per schema, shared by all processes: its name is a hash of the schema scripts, and an advisory lock lets one
// process make it while the others wait. It is made under another name and renamed when complete, so a process that
// died half-way leaves nothing that looks usable.
QString serverTemplate(const ServerSettings& server)
{
    static QString name;
    if (!name.isEmpty())
        return name;
    QCryptographicHash hash(QCryptographicHash::Sha1);
    QStringList scripts;
    for (QDirIterator it(QStringLiteral(":/qadesk/schema")); it.hasNext();)
        scripts << it.next();
    scripts.sort();
    for (const QString& script : scripts) {
        QFile file(script);
        REQUIRE(file.open(QIODevice::ReadOnly));
        hash.addData(file.readAll());
    }
    const QString wanted = QStringLiteral("qadesk_template_") + QString::fromLatin1(hash.result().toHex().left(16));
    QSqlDatabase admin = serverAdmin(server);
    adminExec(admin, QStringLiteral("SELECT pg_advisory_lock(727001)"));
    QSqlQuery exists(admin);
    REQUIRE(exists.exec(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = '%1'").arg(wanted)));
    if (!exists.next()) {
        const QString building = wanted + QStringLiteral("_building");
        adminExec(admin, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(building));
        adminExec(admin, QStringLiteral("CREATE DATABASE %1").arg(building));
        ServerSettings settings = server;
        settings.database = building;
        Database::Options options;
        options.timeZone = centreZone();
        QString error;
        {
            auto db = Database::openServer(settings, options, &error);
            INFO(error.toStdString());
            REQUIRE(db);
        }
        adminExec(admin, QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(building, wanted));
    }
    adminExec(admin, QStringLiteral("SELECT pg_advisory_unlock(727001)"));
    name = wanted;
    return name;
}

std::unique_ptr<Database> serverWorkspace()
{
    const QString address = qEnvironmentVariable("QADESK_TEST_PG");
    if (address.isEmpty()) {
        if (qEnvironmentVariableIntValue("QADESK_TEST_PG_REQUIRED") == 1)
            FAIL("the test runs on PostgreSQL and QADESK_TEST_PG_REQUIRED is set, but QADESK_TEST_PG names no server: "
                 "the server did not start");
        // ctest marks the test skipped on this line (SKIP_REGULAR_EXPRESSION in tests/CMakeLists.txt).
        FAIL("QADESK_TEST_PG is not set: no PostgreSQL server to run this test on");
    }
    ServerSettings server;
    server.host = address.section(QLatin1Char(':'), 0, 0);
    server.port = address.section(QLatin1Char(':'), 1, 1).toInt();
    server.user = QStringLiteral("postgres");
    server.database = QStringLiteral("qadesk_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    const QString source = serverTemplate(server);
    adminExec(serverAdmin(server), QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(server.database, source));
    createdServerWorkspaces() << server.database;
    QString error;
    auto db = Database::openServer(server, &error);
    INFO(error.toStdString());
    REQUIRE(db);
    return db;
}

} // namespace

void dropServerWorkspaces()
{
    const QString name = QStringLiteral("test-server-admin");
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase admin = QSqlDatabase::database(name);
        QSqlQuery query(admin);
        for (const QString& database : std::as_const(createdServerWorkspaces()))
            query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
        admin.close();
    }
    createdServerWorkspaces().clear();
    QSqlDatabase::removeDatabase(name);
}

std::unique_ptr<Database> memoryWorkspace()
{
    if (onServerBackend()) {
        auto db = serverWorkspace();
        db->time().setNow(fixedNow());
        return db;
    }
    QString error;
    auto db = Database::openInMemory(&error, centreZone());
    INFO(error.toStdString());
    REQUIRE(db);
    db->time().setNow(fixedNow());
    return db;
}

std::unique_ptr<Database> fileWorkspace(const QTemporaryDir& dir, const QString& name)
{
    QString error;
    Database::Options options;
    options.create = true;
    options.timeZone = centreZone();
    auto db = Database::open(dir.filePath(name), options, &error);
    INFO(error.toStdString());
    REQUIRE(db);
    db->time().setNow(fixedNow());
    return db;
}

std::unique_ptr<Database> demoWorkspace(const QTemporaryDir& dir, const DemoOptions& options)
{
    REQUIRE(options.until.isValid()); // a demo "until today" would change with the day the tests run
    QString error;
    DemoSummary summary;
    DemoOptions inCentre = options;
    inCentre.timeZone = centreZone();
    const QString path = dir.filePath(QStringLiteral("centre.qadesk"));
    const bool built = DemoWorkspaceBuilder::build(path, inCentre, {}, &summary, &error);
    INFO(error.toStdString());
    REQUIRE(built);
    auto db = Database::open(path, &error);
    REQUIRE(db);
    db->time().setNow(centreTime(options.until, QTime(18, 0)));
    return db;
}

Disputable disputableEvaluation(const Database& db, int nth)
{
    const auto rows = selectRows<Disputable>(
        db,
        QStringLiteral("SELECT e.id, e.agent_id, MIN(i.item_key) FROM evaluations e JOIN evaluation_answers a ON "
                       "a.evaluation_id = e.id JOIN scorecard_items i ON i.id = a.item_id WHERE e.status = 'submitted' "
                       "AND e.superseded = 0 AND e.kind = 'regular' AND a.failed = 1 GROUP BY e.id, e.agent_id, "
                       "e.submitted_at ORDER BY e.submitted_at DESC, e.id DESC LIMIT 1 OFFSET ?"),
        { nth }, QStringLiteral("find an evaluation to dispute"), [](const QSqlQuery& q) {
            return Disputable { q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString() };
        });
    REQUIRE(rows.size() == 1);
    return rows.first();
}

QStringList auditActions(const Database& db, const QString& entity, qint64 id)
{
    QStringList actions;
    for (const auto& entry : AuditLog(db).entriesFor(entity, id))
        actions << entry.actor + QLatin1Char(':') + entry.action;
    return actions;
}

Actor actorOf(const Database& db, const QString& login)
{
    const auto user = UserRepository(db).findByLogin(login);
    REQUIRE(user);
    return SignIn::actorFor(db, *user);
}

Actor leadOf(const Database& db, qint64 teamId)
{
    const auto logins = selectRows<QString>(
        db,
        QStringLiteral("SELECT u.login FROM users u JOIN user_teams t ON t.user_id = u.id WHERE t.team_id = ? "
                       "AND u.role = 'team_lead' ORDER BY u.id LIMIT 1"),
        { teamId }, QStringLiteral("find the team's lead"), [](const QSqlQuery& q) { return q.value(0).toString(); });
    REQUIRE_FALSE(logins.isEmpty());
    return actorOf(db, logins.first());
}

namespace {

// Undoes on `db` the changes of the schema steps after `step` (see downgradeSchema).
void undoStepsAfter(const QSqlDatabase& db, int step)
{
    // What each step from 2 on added, undone.
    const QList<QStringList> undo {
        { QStringLiteral("DROP INDEX evaluations_month_summary"), QStringLiteral("DROP INDEX assignments_contact"),
          QStringLiteral("CREATE INDEX evaluations_submitted ON evaluations(submitted_at)") },
        { QStringLiteral("ALTER TABLE evaluations DROP COLUMN revised_by"),
          QStringLiteral("ALTER TABLE evaluations DROP COLUMN revised_at"),
          QStringLiteral("ALTER TABLE evaluations DROP COLUMN revision_note") },
        { QStringLiteral("DROP TABLE user_teams"), QStringLiteral("ALTER TABLE users DROP COLUMN password_hash") },
        // Step 5's columns carry foreign keys, which DROP COLUMN refuses, so calibration_sessions is rebuilt.
        { QStringLiteral("DROP TABLE calibration_items"), QStringLiteral("DROP INDEX evaluations_calibration"),
          QStringLiteral(
              "CREATE TABLE step4_sessions (id INTEGER PRIMARY KEY, title TEXT NOT NULL, contact_id BIGINT "
              "NOT NULL REFERENCES contacts(id), scorecard_version_id BIGINT NOT NULL REFERENCES "
              "scorecard_versions(id), reference_evaluation_id BIGINT, scheduled_at BIGINT, revealed INTEGER "
              "NOT NULL DEFAULT 0)"),
          QStringLiteral("INSERT INTO step4_sessions SELECT id, title, contact_id, scorecard_version_id, "
                         "reference_evaluation_id, scheduled_at, revealed FROM calibration_sessions"),
          QStringLiteral("DROP TABLE calibration_sessions"),
          QStringLiteral("ALTER TABLE step4_sessions RENAME TO calibration_sessions") },
        // Step 6: blocks "aggregates", "conflicts" (the row versions and who changed each row last), "metrics" and "autoqa".
        { QStringLiteral("DROP TABLE agent_month_items"), QStringLiteral("DROP TABLE agent_months"),
          QStringLiteral("DROP INDEX evaluations_team"),
          QStringLiteral("DROP INDEX disputes_one_open"),
          QStringLiteral("ALTER TABLE evaluations DROP COLUMN row_version"),
          QStringLiteral("ALTER TABLE evaluations DROP COLUMN updated_by"),
          QStringLiteral("ALTER TABLE disputes DROP COLUMN row_version"),
          QStringLiteral("ALTER TABLE disputes DROP COLUMN updated_by"),
          QStringLiteral("ALTER TABLE disputes DROP COLUMN updated_at"),
          QStringLiteral("ALTER TABLE coaching_sessions DROP COLUMN row_version"),
          QStringLiteral("ALTER TABLE coaching_sessions DROP COLUMN updated_by"),
          QStringLiteral("ALTER TABLE coaching_sessions DROP COLUMN updated_at"),
          QStringLiteral("ALTER TABLE scorecard_versions DROP COLUMN row_version"),
          QStringLiteral("ALTER TABLE scorecard_versions DROP COLUMN updated_by"),
          QStringLiteral("ALTER TABLE scorecard_versions DROP COLUMN updated_at"),
          QStringLiteral("ALTER TABLE sampling_plans DROP COLUMN row_version"),
          QStringLiteral("ALTER TABLE sampling_plans DROP COLUMN updated_by"),
          QStringLiteral("ALTER TABLE sampling_plans DROP COLUMN updated_at"),
          QStringLiteral("DROP TABLE contact_metrics"), QStringLiteral("ALTER TABLE assignments DROP COLUMN chosen_by"),
          QStringLiteral("DROP TABLE auto_qa_agreements"), QStringLiteral("DROP TABLE auto_qa_checks"),
          QStringLiteral("DROP TABLE auto_qa_suggestions"), QStringLiteral("ALTER TABLE scorecard_items DROP COLUMN auto_rule") },
        { QStringLiteral("DROP INDEX evaluations_period"), QStringLiteral("DROP INDEX contacts_outcomes"),
          QStringLiteral("CREATE INDEX evaluations_month_summary ON evaluations(submitted_at, superseded, kind, agent_id, "
                         "team_id, score, critical_failed)") },
        { QStringLiteral("DROP TABLE agent_month_evaluators"), QStringLiteral("DROP TABLE agent_month_outcomes"),
          QStringLiteral("ALTER TABLE agent_months DROP COLUMN score_lowest"),
          QStringLiteral("ALTER TABLE agent_months DROP COLUMN score_highest"),
          QStringLiteral("ALTER TABLE agent_months DROP COLUMN latest_at"),
          QStringLiteral("ALTER TABLE agent_months DROP COLUMN latest_id"),
          QStringLiteral("DROP INDEX contacts_agent_outcomes"),
          QStringLiteral("CREATE INDEX contacts_agent_time ON contacts(agent_id, started_at)"),
          QStringLiteral("DROP INDEX agent_month_items_month"),
          QStringLiteral("CREATE INDEX agent_month_items_month ON agent_month_items(month, team_id)") },
        { QStringLiteral("DROP TABLE agent_month_conversations") },
    };
    REQUIRE(step >= 1);
    REQUIRE(step <= int(undo.size()) + 1);
    QSqlQuery query(db);
    for (int undone = int(undo.size()) + 1; undone > step; --undone) {
        for (const QString& statement : undo.at(undone - 2)) {
            INFO(statement.toStdString());
            REQUIRE(query.exec(statement));
        }
    }
    REQUIRE(query.exec(QStringLiteral("UPDATE schema_info SET value = '%1' WHERE key = 'schema_version'").arg(step)));
}

} // namespace

void downgradeSchema(const QString& path, int step)
{
    const QString connection = QStringLiteral("downgrade-schema");
    {
        QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        old.setDatabaseName(path);
        REQUIRE(old.open());
        undoStepsAfter(old, step);
    }
    QSqlDatabase::removeDatabase(connection);
}

void downgradeServerSchema(const ServerSettings& server, int step)
{
    const QString connection = QStringLiteral("downgrade-server-schema");
    {
        QSqlDatabase old = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        old.setHostName(server.host);
        old.setPort(server.port);
        old.setUserName(server.user);
        old.setDatabaseName(server.database);
        REQUIRE(old.open());
        // One transaction: a statement that fails leaves the server as it was.
        REQUIRE(old.transaction());
        undoStepsAfter(old, step);
        REQUIRE(old.commit());
    }
    QSqlDatabase::removeDatabase(connection);
}

Actor managerActor(const QString& login)
{
    return Actor { 0, login, login, Role::Manager, {}, 0 };
}

QString dataPath(const QString& relative)
{
    return QStringLiteral(QADESK_TEST_DATA_DIR "/") + relative;
}

} // namespace qadesk::test

namespace qadesk::test {

ScorecardVersion sampleVersion()
{
    ScorecardItem greeting;
    greeting.key = QStringLiteral("greeting");
    greeting.question = QStringLiteral("첫인사를 정확히 했는가?");
    greeting.maxPoints = 10;
    greeting.options = yesNoOptions(10);

    ScorecardItem identity;
    identity.key = QStringLiteral("identity");
    identity.question = QStringLiteral("본인 확인 절차를 지켰는가?");
    identity.maxPoints = 10;
    identity.critical = CriticalScope::Evaluation;
    identity.options = yesNoOptions(10);

    ScorecardItem accuracy;
    accuracy.key = QStringLiteral("accuracy");
    accuracy.question = QStringLiteral("정확한 정보를 안내했는가?");
    accuracy.kind = ItemKind::Scale;
    accuracy.maxPoints = 10;
    accuracy.naAllowed = true;
    accuracy.commentRequiredOnFail = true;
    accuracy.options = { { QStringLiteral("미흡"), 0, true }, { QStringLiteral("보통"), 5, false },
                         { QStringLiteral("우수"), 10, false } };

    ScorecardVersion version;
    version.sections = { ScorecardSection { 0, QStringLiteral("Opening"), std::nullopt, { greeting, identity } },
                         ScorecardSection { 0, QStringLiteral("Resolution"), 2.0, { accuracy } } };
    return version;
}

qint64 addSampleContact(const Database& db)
{
    const qint64 team = TeamRepository(db).add(Team { 0, QStringLiteral("상담 1팀"), QStringLiteral("Seoul") });
    const qint64 agent = AgentRepository(db).add(
        Agent { 0, QStringLiteral("A001"), QStringLiteral("김민지"), team, QDate(2024, 3, 2), true });
    UserRepository(db).add(User { 0, QStringLiteral("eval"), QStringLiteral("이수진"), Role::Evaluator, 0, true });
    Contact contact;
    contact.externalId = QStringLiteral("CALL-0001");
    contact.agentId = agent;
    contact.startedAt = QDateTime(QDate(2026, 10, 5), QTime(10, 31, 2), Qt::UTC);
    contact.durationSeconds = 245;
    contact.queue = QStringLiteral("카드 분실");
    contact.csat = 4;
    contact.recording = Recording { QStringLiteral("media/CALL-0001.wav"), 245000, 2, 0 };
    return ContactRepository(db).add(contact);
}

qint64 addCall(const Database& db, qint64 agentId, const QString& externalId, const QDateTime& startedAt)
{
    Contact call;
    call.externalId = externalId;
    call.agentId = agentId;
    call.startedAt = startedAt;
    return ContactWriter(db).insert(call);
}

} // namespace qadesk::test

namespace qadesk::test {

EvaluatedWorkspace::EvaluatedWorkspace()
{
    ScorecardRepository cards(*db);
    const qint64 card = cards.create(Scorecard { 0, QStringLiteral("form") }, sampleVersion(), QStringLiteral("t"));
    cards.publish(cards.latestVersion(card)->id, test::managerActor(QStringLiteral("t")));
    version = *cards.latestPublished(card);
    evaluator = UserRepository(*db).add(User { 0, QStringLiteral("qa"), QStringLiteral("QA"), Role::Evaluator });
    for (const char* team : { "Alpha", "Beta" })
        teams.insert(QString::fromLatin1(team), TeamRepository(*db).add(Team { 0, QString::fromLatin1(team) }));
}

qint64 EvaluatedWorkspace::agent(const QString& name, const QString& team)
{
    if (!agents.contains(name))
        agents.insert(name, AgentRepository(*db).add(Agent { 0, name, name, teams.value(team) }));
    return agents.value(name);
}

Contact EvaluatedWorkspace::contact(const QString& name, const QString& team, const QDate& day)
{
    Contact contact;
    contact.externalId = QStringLiteral("C%1").arg(++sequence);
    contact.agentId = agent(name, team);
    contact.startedAt = centreTime(day, QTime(10, 0));
    contact.durationSeconds = 100;
    contact.id = ContactRepository(*db).add(contact);
    return contact;
}

qint64 EvaluatedWorkspace::evaluation(const QString& name, const QString& team, const QDate& day, double score,
                                      bool critical, EvaluationKind kind, const QList<Answer>& answers)
{
    const Contact contact = this->contact(name, team, day);
    Evaluation e;
    e.contactId = contact.id;
    e.scorecardVersionId = version.id;
    e.evaluatorId = evaluator;
    e.agentId = contact.agentId;
    e.teamId = teams.value(team);
    e.kind = kind;
    e.status = EvaluationStatus::Submitted;
    e.createdAt = e.submittedAt = centreTime(day, QTime(12, 0));
    e.score = e.rawScore = score;
    e.criticalFailed = critical;
    e.answers = answers;
    const qint64 id = EvaluationWriter(*db, version).insert(e);
    Aggregates::refresh(*db, Aggregates::monthsOf(*db, { id })); // as every writer of evaluations does
    return id;
}

std::optional<ServerSettings> freshServerDatabase()
{
    const QString server = qEnvironmentVariable("QADESK_TEST_PG");
    if (server.isEmpty()) {
        // CI (scripts/test as root, with PostgreSQL installed) expects a server: a missing one is a failure there.
        if (qEnvironmentVariableIntValue("QADESK_TEST_PG_REQUIRED") == 1)
            FAIL("QADESK_TEST_PG_REQUIRED is set but QADESK_TEST_PG names no server: the server did not start");
        WARN("QADESK_TEST_PG is not set: the PostgreSQL backend is not tested in this run");
        return std::nullopt;
    }
    ServerSettings settings;
    settings.host = server.section(QLatin1Char(':'), 0, 0);
    settings.port = server.section(QLatin1Char(':'), 1, 1).toInt();
    settings.user = QStringLiteral("postgres");
    settings.database = QStringLiteral("qadesk_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg-admin"));
        admin.setHostName(settings.host);
        admin.setPort(settings.port);
        admin.setUserName(settings.user);
        admin.setDatabaseName(QStringLiteral("postgres"));
        REQUIRE(admin.open());
        REQUIRE(QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE ") + settings.database));
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pg-admin"));
    return settings;
}

void writeTwoPartyCall(const QString& path)
{
    constexpr int rate = 8000;
    constexpr double seconds = 12.5;
    const QList<std::pair<double, double>> agent { { 0.5, 3.5 }, { 9.0, 11.0 } };
    const QList<std::pair<double, double>> customer { { 4.0, 5.0 }, { 10.0, 12.0 } };
    const auto sample = [](const QList<std::pair<double, double>>& spans, double hz, double t) {
        for (const auto& [start, end] : spans) {
            if (t >= start && t < end)
                return qint16(0.3 * 32767 * std::sin(2 * M_PI * hz * t));
        }
        return qint16(0);
    };
    const quint32 frames = quint32(rate * seconds);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QDataStream out(&file);
    out.setByteOrder(QDataStream::LittleEndian);
    out.writeRawData("RIFF", 4);
    out << quint32(36 + frames * 4);
    out.writeRawData("WAVEfmt ", 8);
    out << quint32(16) << quint16(1) << quint16(2) << quint32(rate) << quint32(rate * 4) << quint16(4) << quint16(16);
    out.writeRawData("data", 4);
    out << quint32(frames * 4);
    for (quint32 i = 0; i < frames; ++i) {
        const double t = double(i) / rate;
        out << sample(agent, 400, t) << sample(customer, 600, t);
    }
}

} // namespace qadesk::test
