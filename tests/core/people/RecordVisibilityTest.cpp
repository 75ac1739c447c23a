#include "TestSupport.h"
#include "demo/DemoWorkspaceBuilder.h"
#include "disputes/DisputeQueue.h"
#include "people/AccessRules.h"
#include "reports/ReportBuilder.h"
#include "storage/OrganizationRepository.h"
#include "storage/SqlSupport.h"
#include "workspace/Overview.h"
#include "workspace/ScoreHistory.h"
#include "workspace/TeamRoster.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QTemporaryDir>

// What a team lead and an agent user read, checked against plain SQL over the demo's rows: core filters every read,
// whatever screen or command asks.

using namespace qadesk;

namespace {

std::unique_ptr<Database> smallCentre(const QTemporaryDir& dir)
{
    DemoOptions options;
    options.agents = 12;
    options.months = 3;
    options.until = QDate(2026, 11, 20);
    options.timeZone = test::centreZone();
    options.recordings = 0;
    options.contactsPerAgentMonth = 10;
    options.evaluationsPerAgentMonth = 5;
    return test::demoWorkspace(dir, options);
}

QSet<qint64> ids(const Database& db, const QString& sql)
{
    const auto rows = selectRows<qint64>(db, sql, {}, QStringLiteral("read ids"),
                                         [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    return QSet<qint64>(rows.cbegin(), rows.cend());
}

int count(const Database& db, const QString& sql)
{
    return selectRows<int>(db, sql, {}, QStringLiteral("count"), [](const QSqlQuery& q) { return q.value(0).toInt(); })
        .value(0);
}

// The submitted, current, non-calibration evaluations of November 2026 in Seoul, as SQL counts them.
QString novemberEvaluations(const QString& condition)
{
    const qint64 start = QDateTime(QDate(2026, 11, 1), QTime(0, 0), test::centreZone()).toMSecsSinceEpoch();
    const qint64 end = QDateTime(QDate(2026, 12, 1), QTime(0, 0), test::centreZone()).toMSecsSinceEpoch();
    return QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE submitted_at >= %1 AND submitted_at < %2 AND superseded "
                          "= 0 AND kind <> 'calibration' AND %3")
        .arg(start)
        .arg(end)
        .arg(condition);
}

Actor agentUser(qint64 agentId)
{
    return Actor { 0, QStringLiteral("agent"), QStringLiteral("Agent"), Role::Agent, {}, agentId };
}

} // namespace

TEST_CASE("a team lead's overview, roster, report and dispute queue hold their own teams only")
{
    QTemporaryDir dir;
    const auto db = smallCentre(dir);
    const qint64 team = TeamRepository(*db).all().first().id;
    const Actor lead = test::leadOf(*db, team);
    REQUIRE(lead.teamIds == QList<qint64> { team });
    const QSet<qint64> teamAgents = ids(*db, QStringLiteral("SELECT id FROM agents WHERE team_id = %1").arg(team));
    REQUIRE(teamAgents.size() >= 2);
    REQUIRE(ids(*db, QStringLiteral("SELECT id FROM agents")).size() > teamAgents.size());

    const Overview overview = computeOverview(*db, lead, QDate(2026, 11, 20));
    CHECK(overview.evaluationsDone
          == count(*db, novemberEvaluations(QStringLiteral("agent_id IN (SELECT id FROM agents WHERE team_id = %1)").arg(team))));
    CHECK(overview.evaluationsDone < count(*db, novemberEvaluations(QStringLiteral("1 = 1"))));
    REQUIRE(overview.teams.size() == 1);
    CHECK(overview.teams.first().teamId == team);
    for (const AttentionItem& item : overview.attention)
        CHECK(teamAgents.contains(item.agentId));
    CHECK(overview.openDisputes
          == count(*db, QStringLiteral("SELECT COUNT(*) FROM disputes d JOIN evaluations e ON e.id = d.evaluation_id "
                                       "JOIN agents a ON a.id = e.agent_id WHERE d.status = 'open' AND a.team_id = %1")
                            .arg(team)));

    const TeamRoster roster = TeamRoster::compute(*db, lead, QDate(2026, 11, 20), 0);
    QSet<qint64> rostered;
    for (const RosterAgent& agent : roster.agents)
        rostered.insert(agent.agentId);
    CHECK(rostered == teamAgents);

    for (const DisputeRow& row : DisputeQueue::resolved(*db, lead, 1000))
        CHECK(ids(*db, QStringLiteral("SELECT e.agent_id FROM evaluations e WHERE e.id = %1").arg(row.evaluationId))
                  .intersects(teamAgents));

    ReportRequest request;
    request.report = QStringLiteral("team");
    request.from = QDate(2026, 11, 1);
    request.to = QDate(2026, 11, 30);
    QString error;
    const auto report = ReportBuilder::build(*db, lead, request, {}, &error);
    INFO(error.toStdString());
    REQUIRE(report);
    const auto agents = AgentRepository(*db).all();
    for (const ReportTable& table : report->tables) {
        for (const QVariantList& row : table.rows) {
            for (const Agent& agent : agents) {
                if (!teamAgents.contains(agent.id))
                    CHECK_FALSE(row.contains(QVariant(agent.employeeId)));
            }
        }
    }

    // Another team, named: refused with the reason, not an empty answer.
    const qint64 otherTeam = TeamRepository(*db).all().last().id;
    REQUIRE(otherTeam != team);
    CHECK_THROWS_AS(ScoreHistory::scores(*db, lead, { 0, otherTeam }, QDate(2026, 9, 1), QDate(2026, 11, 30)), AccessDenied);
    request.scope.teamId = otherTeam;
    CHECK_FALSE(ReportBuilder::build(*db, lead, request, {}, &error));
    CHECK(error == QStringLiteral("Team leads see only the agents of the teams they lead."));
}

TEST_CASE("an agent user's trend, overview and report never include another agent")
{
    QTemporaryDir dir;
    const auto db = smallCentre(dir);
    const Agent me = AgentRepository(*db).all().first();
    const Agent other = AgentRepository(*db).all().last();
    const Actor actor = agentUser(me.id);

    // The whole centre's history, as the agent reads it, is the agent's own.
    const auto centre = ScoreHistory::scores(*db, actor, {}, QDate(2026, 9, 1), QDate(2026, 11, 30));
    const auto own = ScoreHistory::scores(*db, test::managerActor(), { me.id, 0 }, QDate(2026, 9, 1), QDate(2026, 11, 30));
    REQUIRE_FALSE(own.isEmpty());
    CHECK(centre.size() == own.size());
    CHECK(ScoreHistory::scores(*db, test::managerActor(), {}, QDate(2026, 9, 1), QDate(2026, 11, 30)).size() > own.size());
    CHECK_THROWS_AS(ScoreHistory::scores(*db, actor, { other.id, 0 }, QDate(2026, 9, 1), QDate(2026, 11, 30)), AccessDenied);
    CHECK_THROWS_AS(ScoreHistory::scores(*db, actor, { 0, me.teamId }, QDate(2026, 9, 1), QDate(2026, 11, 30)), AccessDenied);

    const Overview overview = computeOverview(*db, actor, QDate(2026, 11, 20));
    CHECK(overview.evaluationsDone == count(*db, novemberEvaluations(QStringLiteral("agent_id = %1").arg(me.id))));
    CHECK(overview.teams.isEmpty());
    for (const AttentionItem& item : overview.attention)
        CHECK(item.agentId == me.id);

    ReportRequest request;
    request.report = QStringLiteral("agent");
    request.from = QDate(2026, 11, 1);
    request.to = QDate(2026, 11, 30);
    request.scope.agentId = other.id;
    QString error;
    CHECK_FALSE(ReportBuilder::build(*db, actor, request, {}, &error));
    CHECK(error == QStringLiteral("Agents see only their own records."));

    request.report = QStringLiteral("team");
    request.scope = {};
    const auto report = ReportBuilder::build(*db, actor, request, {}, &error);
    INFO(error.toStdString());
    REQUIRE(report);
    bool named = false;
    for (const ReportTable& table : report->tables) {
        for (const QVariantList& row : table.rows) {
            CHECK_FALSE(row.contains(QVariant(other.employeeId)));
            named = named || row.contains(QVariant(me.employeeId));
        }
    }
    CHECK(named);
}
