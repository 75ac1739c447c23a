#include "autoqa/AutoQaMeasures.h"

#include "OneAgentCentre.h"
#include "TestSupport.h"
#include "storage/ContactRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/SqlSupport.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

using Metric = AutoQaRule::Metric;
using Comparison = AutoQaRule::Comparison;

ScorecardItem metricItem(Metric metric, Comparison comparison, double threshold)
{
    AutoQaRule rule;
    rule.kind = AutoQaRule::Kind::Metric;
    rule.metric = metric;
    rule.comparison = comparison;
    rule.threshold = threshold;
    ScorecardItem item;
    item.key = QStringLiteral("item");
    item.maxPoints = 5;
    item.options = yesNoOptions(5);
    item.autoRule = rule;
    return item;
}

ChatMessage message(int sequence, const QString& time, MessageSender sender)
{
    return { sequence,
             test::centreTime(QDate(2026, 11, 2), QTime::fromString(time, Qt::ISODateWithMs)),
             sender,
             {},
             QStringLiteral("…") };
}

// Reply waits by hand: 45 s (answered by message 3), 150 s (message 5) and 40 s (message 7).
QList<ChatMessage> chatMessages()
{
    return { message(1, QStringLiteral("09:00:20"), MessageSender::Customer),
             message(2, QStringLiteral("09:00:25"), MessageSender::Customer),
             message(3, QStringLiteral("09:01:05"), MessageSender::Agent),
             message(4, QStringLiteral("09:02:00"), MessageSender::Customer),
             message(5, QStringLiteral("09:04:30"), MessageSender::Agent),
             message(6, QStringLiteral("09:05:00"), MessageSender::Customer),
             message(7, QStringLiteral("09:05:40"), MessageSender::Agent) };
}

} // namespace

TEST_CASE("a call's auto-QA measures are its stored metrics when it has them, its recording's analysis otherwise")
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
    call.id = ContactWriter(*centre.db).insert(call);
    REQUIRE_FALSE(ConversationMetrics::call(*centre.db, call.id));

    // No stored metrics: the recording is analysed, and the longest dead air (5 s to 9 s) is the evidence.
    const ScorecardItem deadAirRule = metricItem(Metric::LongestDeadAirSeconds, Comparison::AtMost, 10);
    const ContactMeasures analysed = measureContactForAutoQa(*centre.db, call);
    REQUIRE(analysed.call);
    const auto fromRecording = AutoQaEngine::suggest(deadAirRule, call, analysed);
    REQUIRE(fromRecording);
    CHECK(fromRecording->passed);
    CHECK(fromRecording->measured == Approx(4.0).margin(0.06));
    REQUIRE(fromRecording->evidence.size() == 1);
    REQUIRE(fromRecording->evidence.at(0).span);
    CHECK(std::abs(fromRecording->evidence.at(0).span->startMs - 5000) <= 60);

    // Metrics stored for the call (nothing like its recording): 12.345 s of dead air, 2.5 % overtalk, the agent 80 %
    // of the talking. The rules read these; the spans to play still come from the recording's cached levels.
    CallAnalysis stored;
    stored.durationMs = 20000;
    stored.agent = { { 0, 8000 } };
    stored.customer = { { 7500, 9500 } };
    stored.deadAir = { { 9500, 21845 } };
    stored.overtalk = { { 7500, 8000 } };
    stored.longestMonologueMs = 7500;
    ConversationMetrics::storeCall(*centre.db, call.id, stored);

    const ContactMeasures read = measureContactForAutoQa(*centre.db, call);
    REQUIRE(read.call);
    CHECK(read.call->longestDeadAirMs == 12345);
    REQUIRE(read.deadAir.size() == analysed.deadAir.size());
    CHECK(std::abs(read.deadAir.at(0).startMs - 5000) <= 60);
    const auto deadAir = AutoQaEngine::suggest(deadAirRule, call, read);
    REQUIRE(deadAir);
    CHECK_FALSE(deadAir->passed);
    CHECK(deadAir->measured == Approx(12.345));
    REQUIRE(deadAir->evidence.size() == 1);
    REQUIRE(deadAir->evidence.at(0).span);
    CHECK(std::abs(deadAir->evidence.at(0).span->startMs - 5000) <= 60);
    const auto overtalk = AutoQaEngine::suggest(metricItem(Metric::OvertalkPercent, Comparison::AtMost, 2), call, read);
    REQUIRE(overtalk);
    CHECK_FALSE(overtalk->passed);
    CHECK(overtalk->measured == Approx(2.5));
    const auto talk = AutoQaEngine::suggest(metricItem(Metric::AgentTalkPercent, Comparison::AtMost, 75), call, read);
    REQUIRE(talk);
    CHECK(talk->measured == Approx(80.0)); // 8 s of 8 + 2
    const auto monologue
        = AutoQaEngine::suggest(metricItem(Metric::LongestMonologueSeconds, Comparison::AtMost, 7), call, read);
    REQUIRE(monologue);
    CHECK(monologue->measured == Approx(7.5));

    // The recording moved away: the stored figures still count, without positions, and nothing is decoded.
    REQUIRE(QFile::remove(path));
    const ContactMeasures withoutRecording = measureContactForAutoQa(*centre.db, call);
    REQUIRE(withoutRecording.call);
    CHECK(withoutRecording.call->longestDeadAirMs == 12345);
    CHECK(withoutRecording.deadAir.isEmpty());
    const auto blind = AutoQaEngine::suggest(deadAirRule, call, withoutRecording);
    REQUIRE(blind);
    CHECK(blind->measured == Approx(12.345));
    CHECK(blind->evidence.isEmpty());
}

TEST_CASE("a chat's auto-QA measures are its stored metrics under the centre's reply limit, analysed otherwise")
{
    test::OneAgentCentre centre;
    Contact chat;
    chat.channel = Channel::Chat;
    chat.externalId = QStringLiteral("CH-1");
    chat.agentId = centre.agentId;
    chat.startedAt = test::centreTime(QDate(2026, 11, 2), QTime(9, 0));
    chat.messages = chatMessages();
    chat.id = ContactWriter(*centre.db).insert(chat);

    // Stored measures of other messages (the agent first answers after 500 s) show that the stored row is read; the
    // evidence is still the contact's own first reply.
    QList<ChatMessage> slow = { message(1, QStringLiteral("09:00:00"), MessageSender::Customer),
                                message(2, QStringLiteral("09:08:20"), MessageSender::Agent) };
    ConversationMetrics::storeChat(*centre.db, chat.id, slow, ConversationMetrics::replyLimitMs(*centre.db));
    const ScorecardItem firstResponse = metricItem(Metric::FirstResponseSeconds, Comparison::AtMost, 60);
    const auto stored = AutoQaEngine::suggest(firstResponse, chat, measureContactForAutoQa(*centre.db, chat));
    REQUIRE(stored);
    CHECK_FALSE(stored->passed);
    CHECK(stored->measured == Approx(500));
    REQUIRE(stored->evidence.size() == 1);
    CHECK(stored->evidence.at(0).messageSequence == 3);

    // Measures stored under a 30 s limit are stale under the centre's minute: the chat is analysed again, and 45 s
    // and 40 s of the three waits are within the minute.
    ConversationMetrics::storeChat(*centre.db, chat.id, chat.messages, 30000);
    const ScorecardItem withinLimit = metricItem(Metric::RepliesWithinLimitPercent, Comparison::AtLeast, 50);
    const ContactMeasures remeasured = measureContactForAutoQa(*centre.db, chat);
    REQUIRE(remeasured.chat);
    CHECK(remeasured.chat->replyLimitMs == 60000);
    const auto share = AutoQaEngine::suggest(withinLimit, chat, remeasured);
    REQUIRE(share);
    CHECK(share->passed);
    CHECK(share->measured == Approx(200.0 / 3.0));

    // Without stored measures the chat is analysed under the centre's limit, here 42 s: only the 40 s wait is within.
    QString error;
    REQUIRE(ConversationMetrics::setReplyLimit(*centre.db, test::managerActor(), 42, &error));
    execWith(*centre.db, QStringLiteral("DELETE FROM contact_metrics WHERE contact_id = ?"), { chat.id },
             QStringLiteral("forget the metrics"));
    const ContactMeasures analysed = measureContactForAutoQa(*centre.db, chat);
    REQUIRE(analysed.chat);
    CHECK(analysed.chat->replyLimitMs == 42000);
    const auto slower = AutoQaEngine::suggest(withinLimit, chat, analysed);
    REQUIRE(slower);
    CHECK_FALSE(slower->passed);
    CHECK(slower->measured == Approx(100.0 / 3.0));
    const auto longest
        = AutoQaEngine::suggest(metricItem(Metric::LongestWaitSeconds, Comparison::AtMost, 120), chat, analysed);
    REQUIRE(longest);
    CHECK(longest->measured == Approx(150));
    CHECK(longest->evidence.at(0).messageSequence == 5);
}
