#include "analytics/ChatAnalysis.h"

#include "TestSupport.h"
#include "io/TranscriptReader.h"

#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

ChatMessage message(int sequence, const QString& time, MessageSender sender)
{
    return { sequence,
             QDateTime::fromString(QStringLiteral("2026-01-06T") + time + QStringLiteral("+09:00"), Qt::ISODateWithMs),
             sender,
             {},
             QStringLiteral("…") };
}

// A bot greets; the customer writes twice before the agent answers (45 s from the first); the agent adds a line; a
// transfer notice does not answer the customer, who waits 150 s; then 59.5 s; the last customer message is unanswered.
QList<ChatMessage> conversation()
{
    return {
        message(1, QStringLiteral("09:00:00"), MessageSender::Bot),
        message(2, QStringLiteral("09:00:20"), MessageSender::Customer),
        message(3, QStringLiteral("09:00:25"), MessageSender::Customer),
        message(4, QStringLiteral("09:01:05"), MessageSender::Agent),
        message(5, QStringLiteral("09:01:10"), MessageSender::Agent),
        message(6, QStringLiteral("09:02:00"), MessageSender::Customer),
        message(7, QStringLiteral("09:02:30"), MessageSender::System),
        message(8, QStringLiteral("09:04:30"), MessageSender::Agent),
        message(9, QStringLiteral("09:05:00"), MessageSender::Customer),
        message(10, QStringLiteral("09:05:59.500"), MessageSender::Agent),
        message(11, QStringLiteral("09:06:00"), MessageSender::Customer),
    };
}

} // namespace

TEST_CASE("reply waits run from the first unanswered customer message to the agent's next one")
{
    const ChatAnalysis analysis = ChatAnalysis::of(conversation());
    CHECK(analysis.replyWaits == QList<ReplyWait> { { 4, 45000 }, { 8, 150000 }, { 10, 59500 } });
    CHECK(analysis.firstResponseMs == 45000);
    CHECK(analysis.longestWaitMs == 150000);
    CHECK(analysis.agentMessages == 4);
    CHECK(analysis.customerMessages == 5);
    // Within the default minute: 45 s and 59.5 s, two of three.
    CHECK(analysis.replyLimitMs == 60000);
    CHECK(analysis.repliesWithinLimit == 2);
    REQUIRE(analysis.withinLimitShare());
    CHECK(*analysis.withinLimitShare() == Approx(2.0 / 3.0));
    // A limit is inclusive: at exactly 45 s the first reply is within it.
    CHECK(ChatAnalysis::of(conversation(), 45000).repliesWithinLimit == 1);
    CHECK(*ChatAnalysis::of(conversation(), 30000).withinLimitShare() == 0.0);
}

TEST_CASE("a chat the agent never answered has no waits, and says so")
{
    const ChatAnalysis unanswered = ChatAnalysis::of({ message(1, QStringLiteral("10:00:00"), MessageSender::Customer),
                                                       message(2, QStringLiteral("10:00:30"), MessageSender::Bot) });
    CHECK(unanswered.replyWaits.isEmpty());
    CHECK_FALSE(unanswered.firstResponseMs);
    CHECK_FALSE(unanswered.longestWaitMs);
    CHECK_FALSE(unanswered.withinLimitShare());
    CHECK(unanswered.customerMessages == 1);
    const QJsonObject json = unanswered.toJson();
    CHECK(json.value(QStringLiteral("first_response_s")).isNull());
    CHECK(json.value(QStringLiteral("longest_wait_s")).isNull());
    CHECK(json.value(QStringLiteral("within_limit")).toObject().value(QStringLiteral("share")).isNull());

    // The agent writing first (an outbound chat) waits for nobody.
    const ChatAnalysis outbound = ChatAnalysis::of({ message(1, QStringLiteral("10:00:00"), MessageSender::Agent),
                                                     message(2, QStringLiteral("10:03:00"), MessageSender::Customer),
                                                     message(3, QStringLiteral("10:03:20"), MessageSender::Agent) });
    CHECK(outbound.replyWaits == QList<ReplyWait> { { 3, 20000 } });
    CHECK(outbound.firstResponseMs == 20000);
}

TEST_CASE("the chat analysis as JSON, in seconds")
{
    const QJsonObject json = ChatAnalysis::of(conversation()).toJson();
    CHECK(json.value(QStringLiteral("first_response_s")).toDouble() == 45.0);
    CHECK(json.value(QStringLiteral("longest_wait_s")).toDouble() == 150.0);
    CHECK(json.value(QStringLiteral("reply_waits")).toArray().last()
          == QJsonObject { { QStringLiteral("message"), 10 }, { QStringLiteral("wait_s"), 59.5 } });
    CHECK(json.value(QStringLiteral("messages")).toObject()
          == QJsonObject { { QStringLiteral("agent"), 4 }, { QStringLiteral("customer"), 5 } });
    const QJsonObject withinLimit = json.value(QStringLiteral("within_limit")).toObject();
    CHECK(withinLimit.value(QStringLiteral("limit_s")).toDouble() == 60.0);
    CHECK(withinLimit.value(QStringLiteral("replies")).toInt() == 2);
}

TEST_CASE("the waits of an imported CP949 transcript")
{
    // Customer 10:31:02, agent 10:31:40 (38 s); customer 10:32:15 (two lines), agent 10:34:05 (110 s).
    QList<ImportProblem> problems;
    const auto transcript
        = TranscriptReader::readFile(test::dataPath(QStringLiteral("import/chats/chat1-cp949.txt")), {}, &problems);
    REQUIRE(transcript);
    const ChatAnalysis analysis = ChatAnalysis::of(transcript->messages);
    CHECK(analysis.replyWaits == QList<ReplyWait> { { 2, 38000 }, { 4, 110000 } });
    CHECK(analysis.longestWaitMs == 110000);
    CHECK(analysis.agentMessages == 2);
    CHECK(analysis.customerMessages == 2);
}
