#pragma once

#include "Enums.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace qadesk {

struct ChatMessage {
    int sequence = 0; // 1-based position in the transcript; answers anchor to it
    QDateTime sentAt;
    MessageSender sender = MessageSender::Agent;
    QString senderName;
    QString text;
    bool operator==(const ChatMessage&) const = default;
};

struct Recording {
    QString path; // relative to the workspace folder when inside it, absolute otherwise
    qint64 durationMs = 0;
    int channels = 1;
    int agentChannel = 0; // 0 = left/first channel; ignored for mono
    bool operator==(const Recording&) const = default;
};

struct Contact {
    qint64 id = 0;
    Channel channel = Channel::Call;
    QString externalId; // unique per channel in a workspace
    qint64 agentId = 0;
    QDateTime startedAt; // UTC
    int durationSeconds = 0;
    Direction direction = Direction::Inbound;
    QString queue;
    std::optional<int> handleSeconds;
    std::optional<int> holdSeconds;
    std::optional<int> afterCallWorkSeconds;
    std::optional<bool> firstContactResolution;
    std::optional<int> csat; // 1..5
    std::optional<int> nps; // 0..10
    std::optional<Recording> recording; // calls only
    QList<ChatMessage> messages; // chat and e-mail only
    bool operator==(const Contact&) const = default;
};

} // namespace qadesk
