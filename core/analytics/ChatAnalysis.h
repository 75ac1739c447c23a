#pragma once

#include "model/Contact.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace qadesk {

// How long the customer waited before an agent message: from the first customer message the agent had not yet
// answered (a customer writing twice waits from the first) to the agent's message. Bot and system messages neither
// answer nor wait.
struct ReplyWait
{
    int sequence = 0; // the agent message's ChatMessage::sequence
    qint64 waitMs = 0;
    bool operator==(const ReplyWait&) const = default;
};

// The timing of a chat or e-mail conversation, from its messages (in time order, as TranscriptReader and the
// contact repository give them).
struct ChatAnalysis
{
    // A reply wait longer than this is slow unless the centre sets its own limit.
    static constexpr qint64 s_defaultReplyLimitMs = 60 * 1000;

    QList<ReplyWait> replyWaits; // in message order
    // The first reply wait: from the customer's first message to the first agent message after it; nullopt when the
    // agent never answered.
    std::optional<qint64> firstResponseMs;
    std::optional<qint64> longestWaitMs; // nullopt when the agent never answered
    int agentMessages = 0;
    int customerMessages = 0;
    qint64 replyLimitMs = s_defaultReplyLimitMs;
    int repliesWithinLimit = 0; // reply waits of replyLimitMs or less

    // The share of answering agent messages that came within the limit, 0..1; nullopt when there were none.
    std::optional<double> withinLimitShare() const;

    static QList<ReplyWait> replyWaitsOf(const QList<ChatMessage>& messages);
    static ChatAnalysis of(const QList<ChatMessage>& messages, qint64 replyLimitMs = s_defaultReplyLimitMs);

    // {"first_response_s", "reply_waits": [{"message", "wait_s"}, …], "longest_wait_s", "messages": {"agent",
    // "customer"}, "within_limit": {"limit_s", "replies", "share"}}; seconds to the millisecond, null where there is
    // no value.
    QJsonObject toJson() const;
};

} // namespace qadesk
