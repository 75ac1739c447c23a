#include "ChatAnalysis.h"

#include <QJsonArray>
#include <algorithm>

namespace qadesk {
namespace {

QJsonValue seconds(std::optional<qint64> ms)
{
    return ms ? QJsonValue(double(*ms) / 1000.0) : QJsonValue();
}

} // namespace

std::optional<double> ChatAnalysis::withinLimitShare() const
{
    if (replyWaits.isEmpty())
        return std::nullopt;
    return double(repliesWithinLimit) / double(replyWaits.size());
}

QList<ReplyWait> ChatAnalysis::replyWaitsOf(const QList<ChatMessage>& messages)
{
    QList<ReplyWait> waits;
    QDateTime firstUnanswered;
    for (const ChatMessage& message : messages) {
        if (message.sender == MessageSender::Agent && firstUnanswered.isValid()) {
            waits.append({ message.sequence, firstUnanswered.msecsTo(message.sentAt) });
            firstUnanswered = {};
        } else if (message.sender == MessageSender::Customer && !firstUnanswered.isValid()) {
            firstUnanswered = message.sentAt;
        }
    }
    return waits;
}

ChatAnalysis ChatAnalysis::of(const QList<ChatMessage>& messages, qint64 replyLimitMs)
{
    ChatAnalysis result;
    result.replyLimitMs = replyLimitMs;
    result.replyWaits = replyWaitsOf(messages);
    for (const ChatMessage& message : messages) {
        result.agentMessages += message.sender == MessageSender::Agent;
        result.customerMessages += message.sender == MessageSender::Customer;
    }
    for (const ReplyWait& wait : std::as_const(result.replyWaits)) {
        result.longestWaitMs = std::max(result.longestWaitMs.value_or(0), wait.waitMs);
        result.repliesWithinLimit += wait.waitMs <= replyLimitMs;
    }
    if (!result.replyWaits.isEmpty())
        result.firstResponseMs = result.replyWaits.first().waitMs;
    return result;
}

QJsonObject ChatAnalysis::toJson() const
{
    QJsonArray waits;
    for (const ReplyWait& wait : replyWaits)
        waits.append(QJsonObject { { QStringLiteral("message"), wait.sequence },
                                   { QStringLiteral("wait_s"), seconds(wait.waitMs) } });
    const auto share = withinLimitShare();
    return {
        { QStringLiteral("first_response_s"), seconds(firstResponseMs) },
        { QStringLiteral("reply_waits"), waits },
        { QStringLiteral("longest_wait_s"), seconds(longestWaitMs) },
        { QStringLiteral("messages"),
          QJsonObject { { QStringLiteral("agent"), agentMessages },
                        { QStringLiteral("customer"), customerMessages } } },
        { QStringLiteral("within_limit"),
          QJsonObject { { QStringLiteral("limit_s"), seconds(replyLimitMs) },
                        { QStringLiteral("replies"), repliesWithinLimit },
                        { QStringLiteral("share"), share ? QJsonValue(*share) : QJsonValue() } } },
    };
}

} // namespace qadesk
