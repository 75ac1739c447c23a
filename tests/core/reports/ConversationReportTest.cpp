#include "TestSupport.h"
#include "analytics/ConversationMetrics.h"
#include "reports/CsvReportWriter.h"
#include "reports/ReportBuilder.h"
#include "storage/Aggregates.h"
#include "storage/ContactRepository.h"
#include "storage/OrganizationRepository.h"

#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

// Two agents of one team in October 2026. Kim: two measured calls (dead air 10 s and 20 s in 100 s calls, overtalk
// 4 s and 8 s, agent talk 60 of 80 s and 30 of 60 s) and one chat (first response 30 s, longest wait 90 s, one of two
// replies within the minute). Lee: one chat (first response 60 s, longest wait 60 s, both replies within). A call of
// Kim's in November is outside the period.
struct Centre
{
    std::unique_ptr<Database> db = test::memoryWorkspace();
    qint64 team = 0;
    qint64 kim = 0;
    qint64 lee = 0;

    Centre()
    {
        team = TeamRepository(*db).add(Team { 0, QStringLiteral("Care") });
        kim = AgentRepository(*db).add(Agent { 0, QStringLiteral("A1"), QStringLiteral("Kim"), team });
        lee = AgentRepository(*db).add(Agent { 0, QStringLiteral("A2"), QStringLiteral("Lee"), team });
        call(kim, 5, 10000, 4000, 60000, 20000);
        call(kim, 6, 20000, 8000, 30000, 30000);
        call(kim, 40, 90000, 50000, 10000, 10000); // 9 November
        chat(kim, 7, { 0, 30, 40, 130 }); // waits 30 s and 90 s
        chat(lee, 8, { 0, 60, 100, 130 }); // waits 60 s and 30 s
    }

    void call(qint64 agent, int day, qint64 deadAirMs, qint64 overtalkMs, qint64 agentTalkMs, qint64 customerTalkMs)
    {
        const qint64 id = test::addCall(*db, agent, QStringLiteral("CALL-%1").arg(day),
                                        test::centreTime(QDate(2026, 10, 1).addDays(day), QTime(10, 0)));
        CallAnalysis analysis;
        analysis.durationMs = 100000;
        analysis.deadAir = { { 0, deadAirMs } };
        analysis.overtalk = { { 50000, 50000 + overtalkMs } };
        analysis.agent = { { 0, agentTalkMs } };
        analysis.customer = { { 0, customerTalkMs } };
        ConversationMetrics::storeCall(*db, id, analysis);
    }

    // Customer, agent, customer, agent at these seconds after 10:00.
    void chat(qint64 agent, int day, const QList<int>& seconds)
    {
        Contact c;
        c.channel = Channel::Chat;
        c.externalId = QStringLiteral("CHAT-%1").arg(day);
        c.agentId = agent;
        c.startedAt = test::centreTime(QDate(2026, 10, 1).addDays(day), QTime(10, 0));
        for (int i = 0; i < seconds.size(); ++i)
            c.messages << ChatMessage { i + 1,
                                        c.startedAt.addSecs(seconds.at(i)),
                                        i % 2 == 0 ? MessageSender::Customer : MessageSender::Agent,
                                        {},
                                        QStringLiteral("…") };
        ContactWriter(*db).insert(c);
    }

    ReportTable table(const QString& report, ScoreScope scope = {}, const QDate& from = QDate(2026, 10, 1),
                      const QDate& to = QDate(2026, 10, 31))
    {
        ReportRequest request;
        request.report = report;
        request.from = from;
        request.to = to;
        request.scope = scope;
        QString error;
        const auto built = ReportBuilder::build(*db, test::managerActor(), request, {}, &error);
        INFO(error.toStdString());
        REQUIRE(built);
        const ReportTable* conversation = built->table(QStringLiteral("conversation"));
        REQUIRE(conversation);
        return *conversation;
    }
};

QVariantList row(const ReportTable& table, const QString& name)
{
    for (const auto& r : table.rows) {
        if (r.first().toString() == name)
            return r;
    }
    FAIL("no row " << name.toStdString());
    return {};
}

} // namespace

TEST_CASE("the agent, team and KPI reports end with each agent's mean conversation measures")
{
    Centre centre;
    const ReportTable team = centre.table(QStringLiteral("team"), { 0, centre.team });
    REQUIRE(team.columns.size() == 9);
    CHECK(team.rows.size() == 3); // Kim, Lee, all agents
    const QVariantList kim = row(team, QStringLiteral("Kim"));
    CHECK(kim.at(1).toInt() == 2); // calls measured
    CHECK(kim.at(2).toDouble() == Approx(15.0)); // dead air (10 + 20) / 2 s
    CHECK(kim.at(3).toDouble() == Approx(0.06)); // overtalk (4 % + 8 %) / 2
    CHECK(kim.at(4).toDouble() == Approx((0.75 + 0.5) / 2)); // talk share 60/80 and 30/60
    CHECK(kim.at(5).toInt() == 1); // chats measured
    CHECK(kim.at(6).toDouble() == Approx(30.0));
    CHECK(kim.at(7).toDouble() == Approx(90.0));
    CHECK(kim.at(8).toDouble() == Approx(0.5));
    const QVariantList lee = row(team, QStringLiteral("Lee"));
    CHECK(lee.at(1).toInt() == 0);
    CHECK(lee.at(2).isNull()); // no calls: no dead air figure
    CHECK(lee.at(6).toDouble() == Approx(60.0));
    CHECK(lee.at(7).toDouble() == Approx(60.0));
    CHECK(lee.at(8).toDouble() == Approx(1.0));
    const QVariantList all = row(team, QStringLiteral("All agents"));
    CHECK(all.at(1).toInt() == 2);
    CHECK(all.at(2).toDouble() == Approx(15.0));
    CHECK(all.at(5).toInt() == 2);
    CHECK(all.at(6).toDouble() == Approx(45.0)); // (30 + 60) / 2
    CHECK(all.at(7).toDouble() == Approx(75.0)); // (90 + 60) / 2
    CHECK(all.at(8).toDouble() == Approx(0.75)); // (0.5 + 1) / 2

    const ReportTable agent = centre.table(QStringLiteral("agent"), { centre.kim, 0 });
    REQUIRE(agent.rows.size() == 1); // the agent's own row, no total
    CHECK(agent.rows.first().at(2).toDouble() == Approx(15.0));
    const ReportTable kpi = centre.table(QStringLiteral("kpi"));
    CHECK(kpi.rows.size() == 3);

    // The CSV carries the translated headers and the figures.
    const QString csv = CsvReportWriter::toCsv(team);
    CHECK(csv.startsWith(QStringLiteral("Agent,Calls measured,Dead air per call (s),Overtalk share")));
}

TEST_CASE("whole months read the agent months' sums and other periods the contacts, with the same means, and a new reply "
          "limit moves the sums")
{
    Centre centre;
    CHECK(Aggregates::differences(*centre.db).isEmpty());
    // October and November whole: Kim's November call (dead air 90 s) joins the two of October.
    const ReportTable months = centre.table(QStringLiteral("team"), {}, QDate(2026, 10, 1), QDate(2026, 11, 30));
    const QVariantList kim = row(months, QStringLiteral("Kim"));
    CHECK(kim.at(1).toInt() == 3);
    CHECK(kim.at(2).toDouble() == Approx(40.0)); // (10 + 20 + 90) / 3
    CHECK(kim.at(3).toDouble() == Approx((0.04 + 0.08 + 0.5) / 3));
    // 6 to 9 October, by the contacts: the same two calls and chats as the whole of October.
    const ReportTable days = centre.table(QStringLiteral("team"), {}, QDate(2026, 10, 6), QDate(2026, 10, 9));
    CHECK(row(days, QStringLiteral("Kim")).at(2).toDouble() == Approx(15.0));
    CHECK(row(days, QStringLiteral("All agents")).at(6).toDouble() == Approx(45.0));
    CHECK(centre.table(QStringLiteral("team"), {}, QDate(2026, 10, 10), QDate(2026, 10, 31)).rows.isEmpty());

    // A 45 s limit: Kim's waits of 30 s and 90 s and Lee's of 60 s and 30 s each have one reply of two within it.
    QString error;
    REQUIRE(ConversationMetrics::setReplyLimit(*centre.db, test::managerActor(), 45, &error));
    for (const auto& [from, to] : { std::pair { QDate(2026, 10, 1), QDate(2026, 10, 31) },
                                    std::pair { QDate(2026, 10, 6), QDate(2026, 10, 9) } }) {
        const ReportTable table = centre.table(QStringLiteral("team"), {}, from, to);
        CHECK(row(table, QStringLiteral("Kim")).at(8).toDouble() == Approx(0.5));
        CHECK(row(table, QStringLiteral("Lee")).at(8).toDouble() == Approx(0.5));
        CHECK(row(table, QStringLiteral("All agents")).at(8).toDouble() == Approx(0.5));
        CHECK(row(table, QStringLiteral("All agents")).at(6).toDouble() == Approx(45.0)); // first responses unchanged
    }
    CHECK(Aggregates::differences(*centre.db).isEmpty());
}
