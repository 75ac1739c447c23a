#pragma once

#include "ChatAnalysis.h"
#include "media/CallAnalysis.h"
#include "people/Actor.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFuture>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <functional>
#include <optional>

namespace qadesk {

// The stored measures of one call (table contact_metrics), from its CallAnalysis. Milliseconds; shares 0..1.
struct CallMetrics
{
    bool mono = false;
    qint64 durationMs = 0;
    qint64 agentTalkMs = 0; // 0 when mono
    qint64 customerTalkMs = 0;
    std::optional<double> talkRatio; // the agent's share of the talking; nullopt when mono or nobody spoke
    qint64 deadAirMs = 0; // all dead air together
    qint64 longestDeadAirMs = 0;
    qint64 overtalkMs = 0;
    std::optional<double> overtalkShare; // overtalk / duration; nullopt when mono or the call has no length
    qint64 longestMonologueMs = 0;
    std::optional<qint64> meanResponseMs; // mean CallAnalysis::Response::latencyMs; nullopt when none
    static CallMetrics of(const CallAnalysis& analysis);
    bool operator==(const CallMetrics&) const = default;
};

// The stored measures of one chat or e-mail, from its ChatAnalysis under the centre's reply limit.
struct ChatMetrics
{
    std::optional<qint64> firstResponseMs;
    std::optional<qint64> longestWaitMs;
    int agentMessages = 0;
    int customerMessages = 0;
    qint64 replyLimitMs = ChatAnalysis::s_defaultReplyLimitMs;
    std::optional<double> withinLimitShare;
    static ChatMetrics of(const ChatAnalysis& analysis);
    bool operator==(const ChatMetrics&) const = default;
};

// "Worth a human ear": contacts whose stored metrics pass every threshold set (all of them; an unset one does not
// count). A contact without metrics, or without the measure (a chat for a dead-air threshold), never matches.
// Used by the evaluation queue and by a sampling plan's reserve.
struct MetricsFilter
{
    std::optional<qint64> deadAirOverMs; // the longest dead air of a call is longer
    std::optional<double> overtalkOverShare; // a call's overtalk share (0..1) is larger
    std::optional<qint64> replyWaitOverMs; // a chat's longest reply wait is longer
    std::optional<qint64> firstResponseOverMs; // a chat's first response came later

    bool isEmpty() const { return !deadAirOverMs && !overtalkOverShare && !replyWaitOverMs && !firstResponseOverMs; }
    // An SQL condition on the contact_metrics row aliased `alias`, with its bind values appended to *values; "1 = 1"
    // when empty. The thresholds are bound, never written into the SQL.
    QString sql(const QString& alias, QVariantList* values) const;
    // {"dead_air_over_s", "overtalk_over_percent", "reply_wait_over_s", "first_response_over_s"}, only those set.
    QJsonObject toJson() const;
    // Reads toJson()'s form; nullopt with *error naming the field when a value is not a number of 0 or more.
    static std::optional<MetricsFilter> fromJson(const QJsonObject& json, QString* error);
    // The thresholds set, as a sentence for people ("dead air over 20 s, a reply wait over 2 min").
    QString describe() const;
    bool operator==(const MetricsFilter&) const = default;
};

// The mean measures of one agent's contacts (or of everyone's in a scope) over a period: the mean over the measured
// calls or chats of each contact's value. Milliseconds; shares 0..1; nullopt where no contact had the measure.
struct ConversationAverages
{
    qint64 agentId = 0; // 0: every agent of the scope together
    int calls = 0; // measured calls
    std::optional<double> deadAirMs; // all dead air of a call
    std::optional<double> overtalkShare;
    std::optional<double> talkRatio; // stereo calls only
    int chats = 0; // measured chats and e-mails
    std::optional<double> firstResponseMs;
    std::optional<double> longestWaitMs;
    std::optional<double> withinLimitShare; // the mean of each chat's share of replies within the limit
};

// What a background run over the calls without metrics did.
struct MetricsRun
{
    int chats = 0; // chats and e-mails measured first (those of a workspace made before metrics were stored)
    int total = 0; // calls that had no metrics when the run began
    int measured = 0;
    QStringList failures; // one sentence per call that could not be measured (missing or unreadable recording)
    bool cancelled = false;
};

// Computes and stores each contact's conversation measures (table contact_metrics), so reports, the queue and
// sampling read them without decoding anything. Chats are measured when they are imported (ContactWriter), in the
// import's transaction; calls by a background run (start()) that decodes only recordings whose cached waveform has no
// frame levels. Throws StorageError when a statement fails.
class ConversationMetrics final
{
    Q_DECLARE_TR_FUNCTIONS(qadesk::ConversationMetrics)

public:
    static constexpr int s_minReplyLimitSeconds = 1;
    static constexpr int s_maxReplyLimitSeconds = 24 * 60 * 60;

    // The centre's reply limit for chats (workspace setting reply_limit_s), in ms; ChatAnalysis's default when unset.
    static qint64 replyLimitMs(const Database& database);
    // Sets the reply limit and re-measures every chat under it, in one transaction, audited. Throws AccessDenied
    // (writing nothing) unless AccessRules allow the actor Action::SetReplyLimit; returns false with *error when
    // `seconds` is outside s_minReplyLimitSeconds..s_maxReplyLimitSeconds.
    static bool setReplyLimit(const Database& database, const Actor& actor, int seconds, QString* error);

    // Stores (replaces) a chat's measures under `replyLimitMs`. The caller owns the transaction.
    static void storeChat(const Database& database, qint64 contactId, const QList<ChatMessage>& messages,
                          qint64 replyLimitMs);
    // Stores (replaces) a call's measures.
    static void storeCall(const Database& database, qint64 contactId, const CallAnalysis& analysis);
    // The stored measures; nullopt when the contact has none of that kind.
    static std::optional<CallMetrics> call(const Database& database, qint64 contactId);
    static std::optional<ChatMetrics> chat(const Database& database, qint64 contactId);
    // Re-measures every chat and e-mail with messages under `replyLimitMs`; returns how many. The caller owns the
    // transaction.
    static int remeasureChats(const Database& database, qint64 replyLimitMs);

    // The averages of the contacts started from `from` to `to` (both days included, in the centre's zone) of the agents
    // the actor may see, narrowed to one agent or one team (their current team) when given: one entry per agent with
    // measured contacts, by agent id, and/or a single entry for all of them (agentId 0, last; none when nothing was
    // measured), from one read. Throws StorageError.
    enum class Rows { ByAgent, Together, ByAgentAndTogether };
    static QList<ConversationAverages> averages(const Database& database, const Actor& actor, qint64 agentId,
                                                qint64 teamId, const QDate& from, const QDate& to,
                                                Rows rows = Rows::ByAgent);

    // Calls with a recording and no metrics yet, oldest id first.
    static QList<qint64> callsWithoutMetrics(const Database& database);
    // Chats and e-mails with messages and no metrics yet (imported before schema step 6), oldest id first.
    static QList<qint64> chatsWithoutMetrics(const Database& database);
    using ProgressFunction = std::function<void(int done, int total)>;
    using CancelFunction = std::function<bool()>;
    // Measures the chats without metrics (in one transaction, under the centre's reply limit), then the calls without
    // metrics in the calling thread, each stored as soon as it is measured (a cancelled
    // run keeps what it did): from the cached waveform levels, or by decoding the recording (whose peaks are then
    // cached too). A call whose recording is missing or cannot be decoded is named in failures and left for the next
    // run. Blocks: call it from a worker thread with that thread's own connection.
    static MetricsRun measureCalls(const Database& database, const ProgressFunction& progress = {},
                                   const CancelFunction& cancel = {});
    // Runs measureCalls() on a QThreadPool thread with a sibling connection of `database` (which must allow one:
    // Database::canOpenSibling()). The future reports progress as done calls out of progressMaximum() = total and one
    // MetricsRun; QFuture::cancel() stops it within the current call (a cancelled future has no result; what was
    // measured stays stored). A failure to connect or to store gives a MetricsRun whose failures say so. `database`
    // must outlive the future.
    static QFuture<MetricsRun> start(const Database& database);
};

} // namespace qadesk
