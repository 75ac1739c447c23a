#include "ReportFixture.h"
#include "reports/ReportBuilder.h"
#include "storage/Aggregates.h"
#include "storage/SqlSupport.h"
#include "workspace/TeamRoster.h"

#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

// The fixture's period (October 2026) unless `from` is given.
Report build(const test::ReportFixture& f, const QString& id, ScoreScope scope = {}, const QDate& from = {})
{
    ReportRequest request;
    request.report = id;
    request.from = from.isValid() ? from : f.from;
    request.to = f.to;
    request.scope = scope;
    request.asOf = f.asOf;
    QString error;
    const auto report = ReportBuilder::build(*f.db, test::managerActor(), request, {}, &error);
    INFO(error.toStdString());
    REQUIRE(report);
    return *report;
}

const ReportTable& table(const Report& report, const QString& key)
{
    const ReportTable* found = report.table(key);
    INFO(key.toStdString());
    REQUIRE(found);
    return *found;
}

// The value in the row whose first (or `keyColumn`) cell is `rowKey`, in the column titled `column`.
QVariant cell(const ReportTable& table, const QVariant& rowKey, const QString& column, int keyColumn = 0)
{
    const int c = table.column(column);
    INFO(column.toStdString());
    REQUIRE(c >= 0);
    for (const auto& row : table.rows) {
        if (row.value(keyColumn) == rowKey)
            return row.value(c);
    }
    FAIL("no row " << rowKey.toString().toStdString() << " in " << table.key.toStdString());
    return {};
}

QStringList column(const ReportTable& table, int c)
{
    QStringList values;
    for (const auto& row : table.rows)
        values << row.value(c).toString();
    return values;
}

const QString s_kim = QString::fromUtf8("김민지");
const QString s_lee = QString::fromUtf8("이서준");
const QString s_park = QString::fromUtf8("박하늘");

} // namespace

TEST_CASE("the team summary ranks agents on the latest revisions, without drafts or calibration")
{
    const test::ReportFixture f;
    // October is read from the per-month aggregates; from 2 October (nothing happened on the 1st) the same
    // evaluations and contacts are counted from the evaluations themselves.
    const QDate from = GENERATE(QDate(2026, 10, 1), QDate(2026, 10, 2));
    INFO(from.toString(Qt::ISODate).toStdString());
    const Report report = build(f, QStringLiteral("team"), {}, from);
    if (from.day() == 1)
        CHECK(report.periodText == QStringLiteral("2026-10"));
    // From 2 October, the previous period is the 30 days before: 2 September to 1 October, with the same evaluation.
    CHECK(report.scopeText == QStringLiteral("All teams"));

    const ReportTable& teams = table(report, QStringLiteral("teams"));
    REQUIRE(column(teams, 0) == QStringList { QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("All teams") });
    // Alpha: .90, .80 and Lee's revision .60 (the superseded .40 and its critical failure do not count).
    CHECK(cell(teams, QStringLiteral("Alpha"), QStringLiteral("Evaluations")).toInt() == 3);
    CHECK(cell(teams, QStringLiteral("Alpha"), QStringLiteral("Agents evaluated")).toInt() == 2);
    CHECK(cell(teams, QStringLiteral("Alpha"), QStringLiteral("Average score")).toDouble() == Approx(230.0 / 3));
    CHECK(cell(teams, QStringLiteral("Alpha"), QStringLiteral("Previous period")).toDouble() == Approx(70.0));
    CHECK(cell(teams, QStringLiteral("Alpha"), QStringLiteral("Change")).toDouble() == Approx(230.0 / 3 - 70));
    CHECK(cell(teams, QStringLiteral("Alpha"), QStringLiteral("Critical failures")).toInt() == 0);
    // The plan: Alpha's Oct 3 contact done, its Oct 5 one not; Beta's Oct 15 contact only started.
    CHECK(cell(teams, QStringLiteral("Alpha"), QStringLiteral("Planned")).toInt() == 3);
    CHECK(cell(teams, QStringLiteral("Alpha"), QStringLiteral("Planned done")).toInt() == 2);
    CHECK(cell(teams, QStringLiteral("Beta"), QStringLiteral("Plan completion")).toDouble() == Approx(0.0));
    CHECK(cell(teams, QStringLiteral("Beta"), QStringLiteral("Evaluations")).toInt() == 1);
    CHECK(cell(teams, QStringLiteral("All teams"), QStringLiteral("Average score")).toDouble() == Approx(81.25));
    CHECK(cell(teams, QStringLiteral("All teams"), QStringLiteral("Plan completion")).toDouble() == Approx(0.5));

    const ReportTable& agents = table(report, QStringLiteral("agents"));
    REQUIRE(column(agents, 1) == QStringList { s_park, s_kim, s_lee });
    CHECK(cell(agents, s_kim, QStringLiteral("Rank"), 1).toInt() == 2);
    CHECK(cell(agents, s_kim, QStringLiteral("Average score"), 1).toDouble() == Approx(85.0));
    CHECK(cell(agents, s_kim, QStringLiteral("Change"), 1).toDouble() == Approx(15.0));
    CHECK(cell(agents, s_kim, QStringLiteral("Lowest"), 1).toDouble() == Approx(80.0));
    // 김민지: five applicable answers (N/A left out), one failed.
    CHECK(cell(agents, s_kim, QStringLiteral("Item pass rate"), 1).toDouble() == Approx(0.8));
    CHECK(cell(agents, s_lee, QStringLiteral("Item pass rate"), 1).toDouble() == Approx(2.0 / 3));
    CHECK(cell(agents, s_park, QStringLiteral("Item pass rate"), 1).isNull());
    CHECK(cell(agents, s_park, QStringLiteral("Change"), 1).isNull());
    // Flags as the team page has them: 이서준's October 60 is below the target of 85.
    for (const RosterAgent& rostered : TeamRoster::compute(*f.db, test::managerActor(), QDate(2026, 10, 31), 0).agents) {
        QStringList names;
        for (const TrendFinding& finding : rostered.findings)
            names << Trend::flagName(finding.flag);
        CHECK(cell(agents, rostered.name, QStringLiteral("Flags"), 1).toString() == names.join(QStringLiteral(", ")));
    }
    CHECK(cell(agents, s_lee, QStringLiteral("Flags"), 1).toString().contains(Trend::flagName(TrendFlag::BelowTarget)));

    const ReportTable& distribution = table(report, QStringLiteral("distribution"));
    CHECK(column(distribution, 1) == QStringList { QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("0"),
                                                   QStringLiteral("1"), QStringLiteral("2") });
    CHECK(cell(distribution, QStringLiteral("90–100"), QStringLiteral("Share")).toDouble() == Approx(0.5));
    REQUIRE(distribution.chart);
    CHECK(distribution.chart->series.value(0).values.value(4) == 2.0);
}

TEST_CASE("a team scope keeps to that team")
{
    const test::ReportFixture f;
    const Report report = build(f, QStringLiteral("team"), ScoreScope { 0, f.teams.value(QStringLiteral("Beta")) });
    CHECK(report.scopeText == QStringLiteral("Team: Beta"));
    CHECK(column(table(report, QStringLiteral("agents")), 1) == QStringList { s_park });
    CHECK(column(table(report, QStringLiteral("teams")), 0) == QStringList { QStringLiteral("Beta") });
}

TEST_CASE("an agent evaluated in two teams counts in each, and is listed under the team of the latest evaluation")
{
    const test::ReportFixture f;
    // 김민지 was in Beta for her October 3 evaluation (.90), in Alpha for her October 20 one (.80).
    execWith(*f.db, QStringLiteral("UPDATE evaluations SET team_id = ? WHERE agent_id = ? AND score = 0.9"),
             { f.teams.value(QStringLiteral("Beta")), f.kim }, QStringLiteral("move an evaluation"));
    Aggregates::rebuild(*f.db);
    const QDate from = GENERATE(QDate(2026, 10, 1), QDate(2026, 10, 2)); // see the team summary's test
    INFO(from.toString(Qt::ISODate).toStdString());
    const Report report = build(f, QStringLiteral("team"), {}, from);
    const ReportTable& teams = table(report, QStringLiteral("teams"));
    // Alpha: Kim's .80 and Lee's revision .60; Beta: Kim's .90 and Park's .95.
    CHECK(cell(teams, QStringLiteral("Alpha"), QStringLiteral("Evaluations")).toInt() == 2);
    CHECK(cell(teams, QStringLiteral("Alpha"), QStringLiteral("Average score")).toDouble() == Approx(70.0));
    CHECK(cell(teams, QStringLiteral("Beta"), QStringLiteral("Agents evaluated")).toInt() == 2);
    CHECK(cell(teams, QStringLiteral("Beta"), QStringLiteral("Average score")).toDouble() == Approx(92.5));
    CHECK(cell(teams, QStringLiteral("All teams"), QStringLiteral("Agents evaluated")).toInt() == 3);
    const ReportTable& agents = table(report, QStringLiteral("agents"));
    CHECK(cell(agents, s_kim, QStringLiteral("Team"), 1).toString() == QStringLiteral("Alpha"));
    CHECK(cell(agents, s_kim, QStringLiteral("Evaluations"), 1).toInt() == 2);
    CHECK(cell(agents, s_kim, QStringLiteral("Lowest"), 1).toDouble() == Approx(80.0));
    CHECK(cell(agents, s_kim, QStringLiteral("Highest"), 1).toDouble() == Approx(90.0));
}

TEST_CASE("the agent report card puts the period beside the team and the history")
{
    const test::ReportFixture f;
    const Report report = build(f, QStringLiteral("agent"), ScoreScope { f.kim, 0 });
    CHECK(report.scopeText == QStringLiteral("Agent: 김민지 (김민지), Alpha"));

    const ReportTable& summary = table(report, QStringLiteral("summary"));
    CHECK(cell(summary, s_kim, QStringLiteral("Evaluations")).toInt() == 2);
    CHECK(cell(summary, s_kim, QStringLiteral("Average score")).toDouble() == Approx(85.0));
    CHECK(cell(summary, s_kim, QStringLiteral("Team average")).toDouble() == Approx(230.0 / 3));
    CHECK(cell(summary, s_kim, QStringLiteral("Highest")).toDouble() == Approx(90.0));

    // Six months to October; September's one evaluation, October's two with the t interval (t = 12.706, s = 7.071).
    const ReportTable& months = table(report, QStringLiteral("months"));
    CHECK(column(months, 0).size() == 6);
    CHECK(column(months, 0).first() == QStringLiteral("2026-05"));
    CHECK(cell(months, QStringLiteral("2026-09"), QStringLiteral("Average score")).toDouble() == Approx(70.0));
    CHECK(cell(months, QStringLiteral("2026-09"), QStringLiteral("± 95 %")).isNull());
    CHECK(cell(months, QStringLiteral("2026-10"), QStringLiteral("± 95 %")).toDouble() == Approx(63.53).epsilon(1e-3));
    CHECK(cell(months, QStringLiteral("2026-10"), QStringLiteral("Team average")).toDouble() == Approx(230.0 / 3));
    CHECK(cell(months, QStringLiteral("2026-10"), QStringLiteral("Trend")).isNull()); // two months: no line yet
    CHECK(cell(months, QStringLiteral("2026-07"), QStringLiteral("Evaluations")).toInt() == 0);
    REQUIRE(months.chart);
    CHECK(months.chart->series.size() == 2);

    const ReportTable& items = table(report, QStringLiteral("items"));
    CHECK(column(items, 0) == QStringList { QStringLiteral("greeting"), QStringLiteral("accuracy"), QStringLiteral("identity") });
    CHECK(cell(items, QStringLiteral("greeting"), QStringLiteral("Pass rate")).toDouble() == Approx(0.5));
    CHECK(cell(items, QStringLiteral("greeting"), QStringLiteral("Team pass rate")).toDouble() == Approx(2.0 / 3));
    CHECK(cell(items, QStringLiteral("accuracy"), QStringLiteral("Answered")).toInt() == 1);
    CHECK(cell(items, QStringLiteral("accuracy"), QStringLiteral("Team pass rate")).toDouble() == Approx(0.5));

    const ReportTable& comments = table(report, QStringLiteral("comments"));
    REQUIRE(comments.rows.size() == 2);
    // Reports leave the workspace: the phone number in the comment is masked.
    CHECK(comments.rows.at(0).at(comments.column(QStringLiteral("Comment"))).toString()
          == QString::fromUtf8("좋은 응대, 회신 010-****-5678"));
    // Items by their question, as the agent knows them, never by the key.
    CHECK(comments.rows.at(1).at(comments.column(QStringLiteral("Item"))).toString() == QString::fromUtf8("첫인사를 정확히 했는가?"));
    CHECK(comments.rows.at(1).at(comments.column(QStringLiteral("Comment"))).toString() == QString::fromUtf8("인사 누락"));
    CHECK(comments.rows.at(1).at(0).toDate() == QDate(2026, 10, 20));

    const ReportTable& coaching = table(report, QStringLiteral("coaching"));
    REQUIRE(coaching.rows.size() == 1);
    CHECK(cell(coaching, QDate(2026, 10, 21), QStringLiteral("Actions done")).toInt() == 1);
    CHECK(cell(coaching, QDate(2026, 10, 21), QStringLiteral("Actions")).toInt() == 2);
    CHECK(cell(coaching, QDate(2026, 10, 21), QStringLiteral("Acknowledgement")).toString() == QStringLiteral("Acknowledged"));
    CHECK(cell(coaching, QDate(2026, 10, 21), QStringLiteral("Focus items")).toString() == QString::fromUtf8("첫인사를 정확히 했는가?"));
    CHECK(cell(coaching, QDate(2026, 10, 21), QStringLiteral("Follow-up")).toDate() == QDate(2026, 11, 4));
}

TEST_CASE("the item analysis puts the items failed most first, by team and by month")
{
    const test::ReportFixture f;
    const Report report = build(f, QStringLiteral("items"));
    const ReportTable& items = table(report, QStringLiteral("items"));
    // accuracy: 김민지 passed once, 이서준's revision failed (N/A left out); greeting: 3 answers, 1 failed.
    CHECK(column(items, 0) == QStringList { QStringLiteral("accuracy"), QStringLiteral("greeting"), QStringLiteral("identity") });
    CHECK(cell(items, QStringLiteral("accuracy"), QStringLiteral("Pass rate")).toDouble() == Approx(0.5));
    CHECK(cell(items, QStringLiteral("greeting"), QStringLiteral("Failed")).toInt() == 1);
    CHECK(cell(items, QStringLiteral("identity"), QStringLiteral("Answered")).toInt() == 3);
    REQUIRE(items.chart);
    CHECK(items.chart->series.value(0).values.value(0) == 50.0);

    const ReportTable& teams = table(report, QStringLiteral("teams"));
    CHECK(teams.columns.size() == 3); // Item, Question, Alpha: Beta's evaluation has no answers
    CHECK(cell(teams, QStringLiteral("greeting"), QStringLiteral("Alpha")).toDouble() == Approx(2.0 / 3));

    const ReportTable& months = table(report, QStringLiteral("months"));
    CHECK(cell(months, QStringLiteral("accuracy"), QStringLiteral("2026-10")).toDouble() == Approx(0.5));
    CHECK(cell(months, QStringLiteral("accuracy"), QStringLiteral("2026-09")).isNull());
}

TEST_CASE("the evaluator report compares each evaluator with the others and shows the disputes page's counts")
{
    const test::ReportFixture f;
    const QDate from = GENERATE(QDate(2026, 10, 1), QDate(2026, 10, 2)); // see the team summary's test
    INFO(from.toString(Qt::ISODate).toStdString());
    const Report report = build(f, QStringLiteral("evaluators"), {}, from);
    const ReportTable& evaluators = table(report, QStringLiteral("evaluators"));
    REQUIRE(column(evaluators, 0) == QStringList { QStringLiteral("QA"), QString::fromUtf8("QA 둘") });
    CHECK(cell(evaluators, QStringLiteral("QA"), QStringLiteral("Evaluations")).toInt() == 3);
    CHECK(cell(evaluators, QStringLiteral("QA"), QStringLiteral("Minutes per evaluation")).toDouble() == Approx(12.5));
    CHECK(cell(evaluators, QStringLiteral("QA"), QStringLiteral("Average score given")).toDouble() == Approx(230.0 / 3));
    CHECK(cell(evaluators, QStringLiteral("QA"), QStringLiteral("Peers' average")).toDouble() == Approx(95.0));
    CHECK(cell(evaluators, QStringLiteral("QA"), QStringLiteral("Difference")).toDouble() == Approx(230.0 / 3 - 95));
    // First submissions in October: 김민지's two and 이서준's original; its dispute was overturned.
    CHECK(cell(evaluators, QStringLiteral("QA"), QStringLiteral("Disputes raised")).toInt() == 1);
    CHECK(cell(evaluators, QStringLiteral("QA"), QStringLiteral("Dispute rate")).toDouble() == Approx(1.0 / 3));
    CHECK(cell(evaluators, QStringLiteral("QA"), QStringLiteral("Overturn rate")).toDouble() == Approx(1.0));
    CHECK(cell(evaluators, QString::fromUtf8("QA 둘"), QStringLiteral("Minutes per evaluation")).isNull());
    CHECK(cell(evaluators, QString::fromUtf8("QA 둘"), QStringLiteral("Overturn rate")).isNull());

    // Narrowed to a team, the centre-wide dispute counts stay out.
    const Report alpha = build(f, QStringLiteral("evaluators"), ScoreScope { 0, f.teams.value(QStringLiteral("Alpha")) });
    CHECK(table(alpha, QStringLiteral("evaluators")).column(QStringLiteral("Dispute rate")) == -1);
    CHECK(column(table(alpha, QStringLiteral("evaluators")), 0) == QStringList { QStringLiteral("QA") });
    CHECK(cell(table(alpha, QStringLiteral("evaluators")), QStringLiteral("QA"), QStringLiteral("Peers' average")).isNull());
}

TEST_CASE("QA against KPIs: outcomes by score band and their correlation with scores")
{
    const test::ReportFixture f;
    const QDate from = GENERATE(QDate(2026, 10, 1), QDate(2026, 10, 2)); // see the team summary's test
    INFO(from.toString(Qt::ISODate).toStdString());
    const Report report = build(f, QStringLiteral("kpi"), {}, from);
    const ReportTable& bands = table(report, QStringLiteral("bands"));
    CHECK(cell(bands, QStringLiteral("60–70"), QStringLiteral("CSAT")).toDouble() == Approx(0.0));
    CHECK(cell(bands, QStringLiteral("60–70"), QStringLiteral("NPS")).toDouble() == Approx(-100.0));
    CHECK(cell(bands, QStringLiteral("80–90"), QStringLiteral("NPS")).toDouble() == Approx(0.0));
    CHECK(cell(bands, QStringLiteral("90–100"), QStringLiteral("Evaluated contacts")).toInt() == 2);
    CHECK(cell(bands, QStringLiteral("90–100"), QStringLiteral("NPS")).toDouble() == Approx(100.0));
    CHECK(cell(bands, QStringLiteral("90–100"), QStringLiteral("AHT (s)")).toDouble() == Approx(250.0));
    CHECK(cell(bands, QStringLiteral("90–100"), QStringLiteral("FCR")).toDouble() == Approx(1.0));
    CHECK(cell(bands, QStringLiteral("0–60"), QStringLiteral("CSAT")).isNull());

    // Scores 90, 80, 60, 95 against CSAT 5, 4, 2, 5: Sxy = 65, Sxx = 718.75, Syy = 6, r = 65 / √4312.5.
    const ReportTable& correlation = table(report, QStringLiteral("correlation"));
    const auto row = std::find_if(correlation.rows.cbegin(), correlation.rows.cend(), [](const QVariantList& r) {
        return r.value(0) == QStringLiteral("CSAT") && r.value(1) == QStringLiteral("Evaluated contacts");
    });
    REQUIRE(row != correlation.rows.cend());
    CHECK(row->value(2).toInt() == 4);
    CHECK(row->value(3).toDouble() == Approx(65.0 / std::sqrt(4312.5)));
    CHECK(row->value(4).toString() == QStringLiteral("strong positive"));

    // Per agent: every contact of the period. 박하늘 had three (Oct 8, 9, 15), one surveyed.
    const ReportTable& agents = table(report, QStringLiteral("agents"));
    CHECK(cell(agents, s_park, QStringLiteral("Contacts")).toInt() == 3);
    CHECK(cell(agents, s_park, QStringLiteral("CSAT answers")).toInt() == 1);
    CHECK(cell(agents, s_kim, QStringLiteral("AHT (s)")).toDouble() == Approx(350.0));
    CHECK(cell(agents, s_lee, QStringLiteral("FCR")).toDouble() == Approx(0.0));
}

TEST_CASE("sampling plan completion by plan, evaluator and agent")
{
    const test::ReportFixture f;
    const Report report = build(f, QStringLiteral("sampling"));
    const ReportTable& plans = table(report, QStringLiteral("plans"));
    CHECK(cell(plans, QStringLiteral("October"), QStringLiteral("Assigned")).toInt() == 3);
    CHECK(cell(plans, QStringLiteral("October"), QStringLiteral("Completed")).toInt() == 1);
    CHECK(cell(plans, QStringLiteral("October"), QStringLiteral("In progress")).toInt() == 1);
    CHECK(cell(plans, QStringLiteral("October"), QStringLiteral("Completion")).toDouble() == Approx(1.0 / 3));
    CHECK(cell(plans, QStringLiteral("October"), QStringLiteral("Overdue")).toInt() == 2);
    CHECK(cell(plans, QStringLiteral("October"), QStringLiteral("From")).toDate() == QDate(2026, 10, 1));
    CHECK(cell(plans, QStringLiteral("Assigned by hand"), QStringLiteral("Completion")).toDouble() == Approx(1.0));
    CHECK(cell(table(report, QStringLiteral("evaluators")), QStringLiteral("QA"), QStringLiteral("Assigned")).toInt() == 4);
    CHECK(cell(table(report, QStringLiteral("agents")), s_kim, QStringLiteral("Completed")).toInt() == 2);
    CHECK(cell(table(report, QStringLiteral("agents")), s_park, QStringLiteral("Overdue")).toInt() == 1);
}

TEST_CASE("the agent report card masks a contact id that is the caller's phone number")
{
    const test::ReportFixture f;
    // 010-1234-0007 for contact 7, in SQL that SQLite and PostgreSQL both run.
    execWith(*f.db,
             QStringLiteral("UPDATE contacts SET external_id = '010-1234-' || SUBSTR(CAST(10000 + id AS TEXT), 2)"), {},
             QStringLiteral("give the contacts phone-shaped ids"));
    const Report report = build(f, QStringLiteral("agent"), ScoreScope { f.kim, 0 });
    const ReportTable& comments = table(report, QStringLiteral("comments"));
    REQUIRE(comments.rows.size() == 2);
    for (const QVariantList& row : comments.rows)
        CHECK(row.at(comments.column(QStringLiteral("Contact"))).toString().startsWith(QStringLiteral("010-****-")));
}

TEST_CASE("coaching effectiveness lists the period's sessions and each focus item's verdict")
{
    const test::ReportFixture f;
    const Report report = build(f, QStringLiteral("coaching"));
    const ReportTable& sessions = table(report, QStringLiteral("sessions"));
    REQUIRE(sessions.rows.size() == 1);
    CHECK(cell(sessions, QDate(2026, 10, 21), QStringLiteral("Agent")).toString() == s_kim);
    CHECK(cell(sessions, QDate(2026, 10, 21), QStringLiteral("Too few evaluations to tell")).toInt() == 1);
    CHECK(cell(sessions, QDate(2026, 10, 21), QStringLiteral("Focus items")).toString() == QString::fromUtf8("첫인사를 정확히 했는가?"));
    const ReportTable& items = table(report, QStringLiteral("items"));
    REQUIRE(items.rows.size() == 1);
    // Before the session: greeting passed on Oct 3, failed on Oct 20.
    CHECK(cell(items, QDate(2026, 10, 21), QStringLiteral("Answered before")).toInt() == 2);
    CHECK(cell(items, QDate(2026, 10, 21), QStringLiteral("Pass rate before")).toDouble() == Approx(0.5));
    CHECK(cell(items, QDate(2026, 10, 21), QStringLiteral("Pass rate after")).isNull());

    CHECK(build(f, QStringLiteral("coaching"), ScoreScope { f.park, 0 }).tables.value(0).rows.isEmpty());
}

TEST_CASE("a report says why it cannot be built")
{
    const test::ReportFixture f;
    ReportRequest request;
    request.from = f.from;
    request.to = f.to;
    QString error;
    request.report = QStringLiteral("agent");
    CHECK_FALSE(ReportBuilder::build(*f.db, test::managerActor(), request, {}, &error));
    CHECK(error.contains(QStringLiteral("choose an agent")));
    request.report = QStringLiteral("weather");
    CHECK_FALSE(ReportBuilder::build(*f.db, test::managerActor(), request, {}, &error));
    CHECK(error.contains(QStringLiteral("the reports are team, agent")));
    request.report = QStringLiteral("team");
    request.scope.teamId = 999;
    CHECK_FALSE(ReportBuilder::build(*f.db, test::managerActor(), request, {}, &error));
    CHECK(error == QStringLiteral("Team 999 does not exist in this workspace."));
    request.scope = {};
    request.to = f.from.addDays(-1);
    CHECK_FALSE(ReportBuilder::build(*f.db, test::managerActor(), request, {}, &error));
    CHECK(error.contains(QStringLiteral("period")));
    request.to = f.to;
    CHECK_FALSE(ReportBuilder::build(*f.db, test::managerActor(), request, [](double) { return false; }, &error));
    CHECK(error == QStringLiteral("The report was cancelled."));
}

TEST_CASE("every report builds for a period without data")
{
    const test::ReportFixture f;
    for (const auto& kind : ReportBuilder::kinds()) {
        ReportRequest request;
        request.report = kind.id;
        request.from = QDate(2025, 1, 1);
        request.to = QDate(2025, 1, 31);
        request.scope.agentId = kind.needsAgent ? f.kim : 0;
        QString error;
        const auto report = ReportBuilder::build(*f.db, test::managerActor(), request, {}, &error);
        INFO(kind.id.toStdString() << ": " << error.toStdString());
        REQUIRE(report);
        CHECK_FALSE(report->tables.isEmpty());
        for (const auto& t : report->tables) {
            for (const auto& row : t.rows)
                CHECK(row.size() == t.columns.size());
        }
    }
}
