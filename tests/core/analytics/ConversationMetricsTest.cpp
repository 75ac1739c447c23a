#include "analytics/ConversationMetrics.h"

#include "OneAgentCentre.h"
#include "TestSupport.h"
#include "people/AccessRules.h"
#include "storage/ContactRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/RecordingPeaksRepository.h"
#include "storage/SqlSupport.h"

#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

ChatMessage message(int sequence, const QString& time, MessageSender sender)
{
    return { sequence,
             test::centreTime(QDate(2026, 11, 2), QTime::fromString(time, Qt::ISODateWithMs)),
             sender,
             {},
             QStringLiteral("…") };
}

// Hand-computed: the customer writes at 09:00:20 and 09:00:25, the agent answers at 09:01:05 (a wait of 45 s from the
// first); the customer writes at 09:02:00 and waits until 09:04:30 (150 s); then 09:05:00 to 09:05:40 (40 s).
Contact chat(qint64 agentId)
{
    Contact c;
    c.channel = Channel::Chat;
    c.externalId = QStringLiteral("CH-1");
    c.agentId = agentId;
    c.startedAt = test::centreTime(QDate(2026, 11, 2), QTime(9, 0));
    c.messages = {
        message(1, QStringLiteral("09:00:20"), MessageSender::Customer),
        message(2, QStringLiteral("09:00:25"), MessageSender::Customer),
        message(3, QStringLiteral("09:01:05"), MessageSender::Agent),
        message(4, QStringLiteral("09:02:00"), MessageSender::Customer),
        message(5, QStringLiteral("09:04:30"), MessageSender::Agent),
        message(6, QStringLiteral("09:05:00"), MessageSender::Customer),
        message(7, QStringLiteral("09:05:40"), MessageSender::Agent),
    };
    return c;
}

} // namespace

TEST_CASE("a chat is measured when it is imported, and again when the centre's reply limit changes")
{
    test::OneAgentCentre centre;
    const qint64 id = ContactWriter(*centre.db).insert(chat(centre.agentId));
    auto stored = ConversationMetrics::chat(*centre.db, id);
    REQUIRE(stored);
    CHECK(stored->firstResponseMs == 45000);
    CHECK(stored->longestWaitMs == 150000);
    CHECK(stored->agentMessages == 3);
    CHECK(stored->customerMessages == 4);
    CHECK(stored->replyLimitMs == 60000); // the default minute: 45 s and 40 s are within it, 150 s is not
    REQUIRE(stored->withinLimitShare);
    CHECK(*stored->withinLimitShare == Approx(2.0 / 3.0));
    CHECK_FALSE(ConversationMetrics::call(*centre.db, id));

    // An evaluator may not change the limit; nothing changes.
    QString error;
    const Actor evaluator { 0, QStringLiteral("qa"), QStringLiteral("QA"), Role::Evaluator, {}, 0 };
    CHECK_THROWS_AS(ConversationMetrics::setReplyLimit(*centre.db, evaluator, 42, &error), AccessDenied);
    CHECK(ConversationMetrics::replyLimitMs(*centre.db) == 60000);

    // A manager sets 42 s: only the 40 s reply is within it now.
    CHECK_FALSE(ConversationMetrics::setReplyLimit(*centre.db, test::managerActor(QStringLiteral("boss")), 0, &error));
    CHECK(error.contains(QStringLiteral("1 to 86400")));
    REQUIRE(ConversationMetrics::setReplyLimit(*centre.db, test::managerActor(QStringLiteral("boss")), 42, &error));
    CHECK(ConversationMetrics::replyLimitMs(*centre.db) == 42000);
    stored = ConversationMetrics::chat(*centre.db, id);
    REQUIRE(stored);
    CHECK(stored->replyLimitMs == 42000);
    CHECK(*stored->withinLimitShare == Approx(1.0 / 3.0));
    CHECK(stored->firstResponseMs == 45000);
    CHECK(test::auditActions(*centre.db, QStringLiteral("workspace_setting"), 0)
          == QStringList { QStringLiteral("boss:update") });

    // Chats imported from now on are measured under the new limit.
    Contact second = chat(centre.agentId);
    second.externalId = QStringLiteral("CH-2");
    const qint64 secondId = ContactWriter(*centre.db).insert(second);
    CHECK(ConversationMetrics::chat(*centre.db, secondId)->replyLimitMs == 42000);
}

TEST_CASE("a stereo call is measured in a run over the calls without metrics, from its recording")
{
    test::OneAgentCentre centre;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("call.wav"));
    test::writeTwoPartyCall(path);
    Contact call;
    call.channel = Channel::Call;
    call.externalId = QStringLiteral("CALL-1");
    call.agentId = centre.agentId;
    call.startedAt = test::centreTime(QDate(2026, 11, 2), QTime(10, 0));
    call.recording = Recording { path, 12500, 2, 0 };
    const qint64 id = ContactWriter(*centre.db).insert(call);
    Contact missing = call;
    missing.externalId = QStringLiteral("CALL-2");
    missing.recording->path = dir.filePath(QStringLiteral("gone.wav"));
    const qint64 missingId = ContactWriter(*centre.db).insert(missing);
    CHECK(ConversationMetrics::callsWithoutMetrics(*centre.db) == QList<qint64> { id, missingId });
    // A chat imported before metrics were stored (schema step 5) is measured first.
    const qint64 chatId = ContactWriter(*centre.db).insert(chat(centre.agentId));
    execWith(*centre.db, QStringLiteral("DELETE FROM contact_metrics WHERE contact_id = ?"), { chatId },
             QStringLiteral("forget"));
    CHECK(ConversationMetrics::chatsWithoutMetrics(*centre.db) == QList<qint64> { chatId });

    QList<int> progress;
    const MetricsRun run
        = ConversationMetrics::measureCalls(*centre.db, [&progress](int done, int) { progress << done; });
    CHECK(run.chats == 1);
    CHECK(ConversationMetrics::chat(*centre.db, chatId)->longestWaitMs == 150000);
    CHECK(run.total == 2);
    CHECK(run.measured == 1);
    REQUIRE(run.failures.size() == 1);
    CHECK(run.failures.first().contains(QStringLiteral("CALL-2")));
    CHECK(progress == QList<int> { 0, 1, 2 });

    // By hand: the agent talks 3 + 2 = 5 s, the customer 1 + 2 = 3 s (ratio 5/8); both are silent from 5 s to 9 s
    // (dead air 4 s; the 0.5 s before the customer's first turn is too short); they overlap from 10 s to 11 s (1 s, 8 %
    // of 12.5 s); the agent's longest monologue is the first turn, 3 s; the agent answers the customer's first turn
    // 4 s after it ends and never the second.
    const auto m = ConversationMetrics::call(*centre.db, id);
    REQUIRE(m);
    constexpr qint64 frame = 60; // three 20 ms frames of slack for where a tone's edge falls
    CHECK_FALSE(m->mono);
    CHECK(std::abs(m->durationMs - 12500) <= frame);
    CHECK(std::abs(m->agentTalkMs - 5000) <= frame);
    CHECK(std::abs(m->customerTalkMs - 3000) <= frame);
    REQUIRE(m->talkRatio);
    CHECK(*m->talkRatio == Approx(0.625).margin(0.01));
    CHECK(std::abs(m->deadAirMs - 4000) <= frame);
    CHECK(std::abs(m->longestDeadAirMs - 4000) <= frame);
    CHECK(std::abs(m->overtalkMs - 1000) <= frame);
    REQUIRE(m->overtalkShare);
    CHECK(*m->overtalkShare == Approx(0.08).margin(0.005));
    CHECK(std::abs(m->longestMonologueMs - 3000) <= frame);
    REQUIRE(m->meanResponseMs);
    CHECK(std::abs(*m->meanResponseMs - 4000) <= frame);
    CHECK_FALSE(ConversationMetrics::chat(*centre.db, id));

    // The decode's levels were cached with the waveform, and a second run only retries the missing recording.
    const auto cached = RecordingPeaksRepository(*centre.db).find(id, RecordingStamp::of(path));
    REQUIRE(cached);
    CHECK(cached->hasLevels());
    CHECK(ConversationMetrics::callsWithoutMetrics(*centre.db) == QList<qint64> { missingId });
    const MetricsRun again = ConversationMetrics::measureCalls(*centre.db, {}, [] { return true; });
    CHECK(again.total == 1);
    CHECK(again.cancelled);
    CHECK(again.measured == 0);
}

TEST_CASE("a background run measures the calls on its own connection")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto db = test::fileWorkspace(dir);
    const qint64 team = TeamRepository(*db).add(Team { 0, QStringLiteral("T") });
    const qint64 agent = AgentRepository(*db).add(Agent { 0, QStringLiteral("A1"), QStringLiteral("Kim"), team });
    test::writeTwoPartyCall(dir.filePath(QStringLiteral("call.wav")));
    Contact call;
    call.channel = Channel::Call;
    call.externalId = QStringLiteral("CALL-1");
    call.agentId = agent;
    call.startedAt = test::centreTime(QDate(2026, 11, 2), QTime(10, 0));
    call.recording = Recording { QStringLiteral("call.wav"), 12500, 2, 0 }; // relative to the workspace folder
    const qint64 id = ContactWriter(*db).insert(call);

    QFuture<MetricsRun> future = ConversationMetrics::start(*db);
    future.waitForFinished();
    REQUIRE(future.resultCount() == 1);
    CHECK(future.result().measured == 1);
    CHECK(future.result().failures.isEmpty());
    const auto m = ConversationMetrics::call(*db, id);
    REQUIRE(m);
    CHECK(std::abs(m->longestDeadAirMs - 4000) <= 60);
}

TEST_CASE("a metrics filter matches contacts over every threshold it sets, and reads back from JSON")
{
    test::OneAgentCentre centre;
    const qint64 chatId = ContactWriter(*centre.db).insert(chat(centre.agentId));
    const auto matching = [&centre](const MetricsFilter& filter) {
        QVariantList values;
        return selectRows<qint64>(*centre.db,
                                  QStringLiteral("SELECT contact_id FROM contact_metrics m WHERE %1")
                                      .arg(filter.sql(QStringLiteral("m"), &values)),
                                  values, QStringLiteral("filter"),
                                  [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    };
    MetricsFilter filter;
    CHECK(filter.isEmpty());
    CHECK(matching(filter) == QList<qint64> { chatId });
    filter.replyWaitOverMs = 120000; // 150 s > 2 min
    CHECK(matching(filter) == QList<qint64> { chatId });
    filter.firstResponseOverMs = 45000; // 45 s is not over 45 s
    CHECK(matching(filter).isEmpty());
    filter.firstResponseOverMs = 44000;
    CHECK(matching(filter) == QList<qint64> { chatId });
    filter.deadAirOverMs = 0; // a chat has no dead air
    CHECK(matching(filter).isEmpty());

    MetricsFilter json;
    json.deadAirOverMs = 20000;
    json.overtalkOverShare = 0.05;
    QString error;
    CHECK(MetricsFilter::fromJson(json.toJson(), &error) == json);
    CHECK(json.toJson().value(QStringLiteral("overtalk_over_percent")).toDouble() == Approx(5.0));
    CHECK_FALSE(MetricsFilter::fromJson(QJsonObject { { QStringLiteral("reply_wait_over_s"), -1 } }, &error));
    CHECK(error.contains(QStringLiteral("reply_wait_over_s")));
}

TEST_CASE("conversation metrics are stored, re-measured, averaged and filtered on a PostgreSQL team server too")
{
    const auto settings = test::freshServerDatabase();
    if (!settings)
        return;
    QString error;
    auto db = Database::openServer(*settings, &error);
    INFO(error.toStdString());
    REQUIRE(db);
    const qint64 team = TeamRepository(*db).add(Team { 0, QStringLiteral("T") });
    const qint64 agent = AgentRepository(*db).add(Agent { 0, QStringLiteral("A1"), QStringLiteral("Kim"), team });
    const qint64 chatId = ContactWriter(*db).insert(chat(agent));
    CHECK(ConversationMetrics::chat(*db, chatId)->longestWaitMs == 150000);
    REQUIRE(ConversationMetrics::setReplyLimit(*db, test::managerActor(QStringLiteral("boss")), 42, &error));
    CHECK(*ConversationMetrics::chat(*db, chatId)->withinLimitShare == Approx(1.0 / 3.0));

    const qint64 callId
        = test::addCall(*db, agent, QStringLiteral("CALL-1"), test::centreTime(QDate(2026, 11, 3), QTime(10, 0)));
    CallAnalysis analysis;
    analysis.durationMs = 100000;
    analysis.deadAir = { { 0, 25000 } };
    ConversationMetrics::storeCall(*db, callId, analysis);

    const auto byAgent
        = ConversationMetrics::averages(*db, test::managerActor(), 0, team, QDate(2026, 11, 1), QDate(2026, 11, 30));
    REQUIRE(byAgent.size() == 1);
    CHECK(byAgent.first().agentId == agent);
    CHECK(byAgent.first().calls == 1);
    CHECK(byAgent.first().chats == 1);
    CHECK(*byAgent.first().deadAirMs == Approx(25000));
    const auto together
        = ConversationMetrics::averages(*db, test::managerActor(), 0, 0, QDate(2026, 11, 1), QDate(2026, 11, 30),
                                         ConversationMetrics::Rows::Together);
    REQUIRE(together.size() == 1);
    CHECK(*together.first().firstResponseMs == Approx(45000));
    CHECK(ConversationMetrics::averages(*db, test::managerActor(), 0, 0, QDate(2025, 1, 1), QDate(2025, 1, 31),
                                        ConversationMetrics::Rows::Together)
              .isEmpty());

    MetricsFilter filter;
    filter.deadAirOverMs = 20000;
    QVariantList values;
    const auto matching = selectRows<qint64>(*db,
                                             QStringLiteral("SELECT contact_id FROM contact_metrics m WHERE %1")
                                                 .arg(filter.sql(QStringLiteral("m"), &values)),
                                             values, QStringLiteral("filter"),
                                             [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    CHECK(matching == QList<qint64> { callId });
}

TEST_CASE("the mean of all agents together weighs every measured call, not every agent")
{
    test::OneAgentCentre centre;
    const Database& db = *centre.db;
    const qint64 otherTeam = TeamRepository(db).add(Team { 0, QStringLiteral("U") });
    const qint64 lee = AgentRepository(db).add(Agent { 0, QStringLiteral("A2"), QStringLiteral("Lee"), otherTeam });
    // Kim: two calls with 10 s and 20 s of dead air; Lee: one with 60 s.
    int number = 0;
    for (const auto& [agent, deadAirMs] : { std::pair { centre.agentId, 10000 }, std::pair { centre.agentId, 20000 },
                                            std::pair { lee, 60000 } }) {
        Contact call;
        call.externalId = QStringLiteral("CALL-%1").arg(++number);
        call.agentId = agent;
        call.startedAt = test::centreTime(QDate(2026, 11, 2 + number), QTime(10, 0));
        CallAnalysis analysis;
        analysis.durationMs = 100000;
        analysis.deadAir = { { 0, deadAirMs } };
        ConversationMetrics::storeCall(db, ContactWriter(db).insert(call), analysis);
    }
    const auto rows = ConversationMetrics::averages(db, test::managerActor(), 0, 0, QDate(2026, 11, 1),
                                                    QDate(2026, 11, 30), ConversationMetrics::Rows::ByAgentAndTogether);
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(0).agentId == centre.agentId);
    CHECK(rows.at(0).calls == 2);
    CHECK(*rows.at(0).deadAirMs == Approx(15000));
    CHECK(rows.at(1).agentId == lee);
    CHECK(*rows.at(1).deadAirMs == Approx(60000));
    CHECK(rows.at(2).agentId == 0);
    CHECK(rows.at(2).calls == 3);
    CHECK(*rows.at(2).deadAirMs == Approx(30000)); // (10 + 20 + 60) / 3, where the agents' means give 37.5
    CHECK_FALSE(rows.at(2).firstResponseMs); // no chats
    CHECK(ConversationMetrics::averages(db, test::managerActor(), 0, 0, QDate(2026, 11, 1), QDate(2026, 11, 30))
              .size() == 2);
}
