#include "TestSupport.h"
#include "storage/Aggregates.h"
#include "storage/SqlSupport.h"
#include "workspace/ScoreHistory.h"
#include "workspace/TeamRoster.h"

#include <catch2/catch.hpp>

using namespace qadesk;
using Catch::Detail::Approx;

namespace {

const QString s_kim = QStringLiteral("Kim");
const QString s_lee = QStringLiteral("Lee");
const QString s_park = QStringLiteral("Park");
const QString s_alpha = QStringLiteral("Alpha");
const QString s_beta = QStringLiteral("Beta");

// Alpha: Kim falls 3 points a month from May to October 2026 (June missed), Lee starts in October with one scored and
// one unscored evaluation. Beta: Park has only planned work; Choi has left. The target is 88.
struct Centre {
    test::EvaluatedWorkspace w;

    Centre()
    {
        execWith(*w.db, QStringLiteral("INSERT INTO workspace_settings (key, value) VALUES ('target_score', '0.88')"), {},
                 QStringLiteral("target"));
        w.evaluation(s_kim, s_alpha, QDate(2026, 4, 30), 0.10); // before the six months
        w.evaluation(s_kim, s_alpha, QDate(2026, 5, 12), 0.95);
        w.evaluation(s_kim, s_alpha, QDate(2026, 7, 1), 0.92);
        w.evaluation(s_kim, s_alpha, QDate(2026, 8, 31), 0.89);
        w.evaluation(s_kim, s_alpha, QDate(2026, 9, 15), 0.86);
        w.evaluation(s_kim, s_alpha, QDate(2026, 10, 1), 0.80);
        w.evaluation(s_kim, s_alpha, QDate(2026, 10, 31), 0.86);
        w.evaluation(s_kim, s_alpha, QDate(2026, 10, 9), 0.10, false, EvaluationKind::Calibration);
        const qint64 old = w.evaluation(s_kim, s_alpha, QDate(2026, 10, 10), 0.20);
        execWith(*w.db, QStringLiteral("UPDATE evaluations SET superseded = 1 WHERE id = ?"), { old }, QStringLiteral("supersede"));
        w.evaluation(s_kim, s_alpha, QDate(2026, 11, 1), 0.10); // after the month

        w.evaluation(s_lee, s_alpha, QDate(2026, 10, 20), 0.90);
        const qint64 unscored = w.evaluation(s_lee, s_alpha, QDate(2026, 10, 21), 0.50);
        execWith(*w.db, QStringLiteral("UPDATE evaluations SET score = NULL WHERE id = ?"), { unscored }, QStringLiteral("unscore"));

        w.agent(s_park, s_beta);
        w.evaluation(QStringLiteral("Choi"), s_beta, QDate(2026, 10, 5), 0.70);
        execWith(*w.db, QStringLiteral("UPDATE agents SET active = 0 WHERE name = 'Choi'"), {}, QStringLiteral("leave"));

        // October's plan: 2 of Kim's contacts, 3 of Park's; Lee has a plan-less assignment due in October and one in
        // November; a September plan does not count.
        const qint64 october = plan(QDate(2026, 10, 1), QDate(2026, 10, 31));
        const qint64 september = plan(QDate(2026, 9, 1), QDate(2026, 9, 30));
        for (int i = 0; i < 2; ++i)
            assign(october, s_kim, s_alpha, QDate(2026, 10, 31));
        for (int i = 0; i < 3; ++i)
            assign(october, s_park, s_beta, QDate(2026, 10, 31));
        assign(0, s_lee, s_alpha, QDate(2026, 10, 15));
        assign(0, s_lee, s_alpha, QDate(2026, 11, 2));
        assign(september, s_kim, s_alpha, QDate(2026, 9, 30));
        // The superseded and the unscored evaluations above were changed straight in the table: the per-month
        // aggregates are recomputed, as every writer of evaluations keeps them.
        Aggregates::rebuild(*w.db);
    }

    qint64 plan(const QDate& first, const QDate& last) const
    {
        return insertWith(*w.db,
                          QStringLiteral("INSERT INTO sampling_plans (name, period_start, period_end, rule_json, seed, "
                                         "created_at) VALUES ('plan', ?, ?, '{}', 1, 0)"),
                          { dbDate(first), dbDate(last) }, QStringLiteral("plan"));
    }

    void assign(qint64 planId, const QString& agent, const QString& team, const QDate& due)
    {
        const Contact contact = w.contact(agent, team, due);
        execWith(*w.db,
                 QStringLiteral("INSERT INTO assignments (plan_id, contact_id, evaluator_id, due) VALUES (?, ?, ?, ?)"),
                 { dbId(planId), contact.id, w.evaluator, dbDate(due) }, QStringLiteral("assign"));
    }
};

const RosterAgent& find(const TeamRoster& roster, const QString& name)
{
    for (const RosterAgent& agent : roster.agents) {
        if (agent.name == name)
            return agent;
    }
    FAIL("no roster line for " << name.toStdString());
    return roster.agents.first();
}

} // namespace

TEST_CASE("team roster: each active agent's month, monthly means and findings")
{
    Centre c;
    const TeamRoster roster = TeamRoster::compute(*c.w.db, test::managerActor(), QDate(2026, 10, 17), 0);
    CHECK(roster.month == QDate(2026, 10, 1));
    CHECK(roster.months
          == QList<QDate> { QDate(2026, 5, 1), QDate(2026, 6, 1), QDate(2026, 7, 1), QDate(2026, 8, 1), QDate(2026, 9, 1),
                            QDate(2026, 10, 1) });
    CHECK(roster.target == Approx(88));
    REQUIRE(roster.agents.size() == 3); // Choi has left
    CHECK(roster.agents.at(0).name == s_kim);
    CHECK(roster.agents.at(1).name == s_lee);
    CHECK(roster.agents.at(2).name == s_park);

    const RosterAgent& kim = find(roster, s_kim);
    CHECK(kim.employeeId == s_kim);
    CHECK(kim.team == s_alpha);
    CHECK(kim.teamId == c.w.teams.value(s_alpha));
    CHECK(kim.done == 2); // not the calibration, not the superseded original
    CHECK(kim.planned == 2);
    CHECK(*kim.completion() == Approx(1.0));
    REQUIRE(kim.average);
    CHECK(*kim.average == Approx(83)); // (80 + 86) / 2
    REQUIRE(kim.monthlyMeans.size() == 6);
    CHECK(*kim.monthlyMeans[0] == Approx(95));
    CHECK_FALSE(kim.monthlyMeans[1]); // June: nothing
    CHECK(*kim.monthlyMeans[2] == Approx(92));
    CHECK(*kim.monthlyMeans[3] == Approx(89)); // 31 August counts in August
    CHECK(*kim.monthlyMeans[4] == Approx(86));
    CHECK(kim.fit.n == 5);
    CHECK(kim.fit.slope == Approx(-3));
    // 95, 92, 89, 86, 83 is a perfect line down 3 a period (p = 0), and 83 is under 88.
    REQUIRE(kim.findings.size() == 2);
    CHECK(kim.findings[0].flag == TrendFlag::Declining);
    CHECK(kim.findings[0].reason == QStringLiteral("falling 3.0 points a month (p < 0.001) over 5 periods"));
    CHECK(kim.findings[1].flag == TrendFlag::BelowTarget);
    CHECK(kim.findings[1].reason == QStringLiteral("2026-10: 83.0 against a target of 88.0"));

    const RosterAgent& lee = find(roster, s_lee);
    CHECK(lee.done == 2); // the unscored evaluation is done work too
    CHECK(lee.planned == 1); // the plan-less assignment due in October
    CHECK(*lee.average == Approx(90)); // but it has no score to average
    CHECK(lee.findings.isEmpty());

    const RosterAgent& park = find(roster, s_park);
    CHECK(park.done == 0);
    CHECK(park.planned == 3);
    CHECK(*park.completion() == Approx(0.0));
    CHECK_FALSE(park.average);
    CHECK(park.monthlyMeans == QList<std::optional<double>>(6));
    CHECK(park.findings.isEmpty());
}

TEST_CASE("team roster: findings from the monthly means are those of every score")
{
    Centre c;
    const TeamRoster roster = TeamRoster::compute(*c.w.db, test::managerActor(), QDate(2026, 10, 1), 0);
    const TrendAnalysis full = ScoreHistory::analyse(*c.w.db, test::managerActor(), { c.w.agents.value(s_kim), 0 }, QDate(2026, 5, 1),
                                                     QDate(2026, 10, 31), TrendPeriod::Month);
    const RosterAgent& kim = find(roster, s_kim);
    REQUIRE(kim.findings.size() == full.findings.size());
    for (int i = 0; i < full.findings.size(); ++i) {
        CHECK(kim.findings[i].flag == full.findings[i].flag);
        CHECK(kim.findings[i].reason == full.findings[i].reason);
    }
}

TEST_CASE("team roster: one team, and a single month")
{
    Centre c;
    const TeamRoster beta = TeamRoster::compute(*c.w.db, test::managerActor(), QDate(2026, 10, 1), c.w.teams.value(s_beta));
    REQUIRE(beta.agents.size() == 1);
    CHECK(beta.agents.first().name == s_park);
    CHECK(beta.agents.first().planned == 3);

    const TeamRoster alpha = TeamRoster::compute(*c.w.db, test::managerActor(), QDate(2026, 10, 1), c.w.teams.value(s_alpha), 1);
    REQUIRE(alpha.agents.size() == 2);
    const RosterAgent& kim = find(alpha, s_kim);
    CHECK(alpha.months == QList<QDate> { QDate(2026, 10, 1) });
    CHECK(kim.done == 2);
    CHECK(kim.planned == 2);
    REQUIRE(kim.monthlyMeans.size() == 1);
    CHECK(*kim.monthlyMeans[0] == Approx(83));
    REQUIRE(kim.findings.size() == 1); // one period: no slope, but still under the target
    CHECK(kim.findings[0].flag == TrendFlag::BelowTarget);
    CHECK(find(alpha, s_lee).planned == 1);
}
