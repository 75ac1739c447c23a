#include "ConversationMetrics.h"

#include "media/WaveformDecoder.h"
#include "people/AccessRules.h"
#include "storage/Aggregates.h"
#include "storage/AuditLog.h"
#include "storage/ContactRepository.h"
#include "storage/RecordingPeaksRepository.h"
#include "storage/SqlSupport.h"
#include "storage/StorageError.h"
#include "storage/Transaction.h"
#include "workspace/JobPool.h"
#include "workspace/ScoreHistory.h"

#include <QDir>
#include <QFileInfo>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <array>
#include <cmath>
#include <type_traits>

namespace qadesk {
namespace {

const QString s_replyLimitKey = QStringLiteral("reply_limit_s");
constexpr double s_msPerSecond = 1000.0;

const QString s_columns = QStringLiteral(
    "contact_id, computed_at, mono, duration_ms, agent_talk_ms, customer_talk_ms, talk_ratio, dead_air_ms, "
    "longest_dead_air_ms, overtalk_ms, overtalk_share, longest_monologue_ms, mean_response_ms, first_response_ms, "
    "longest_wait_ms, agent_messages, customer_messages, reply_limit_ms, within_limit_share");

void replaceRow(const Database& database, qint64 contactId, const QVariantList& callValues,
                const QVariantList& chatValues)
{
    const QString what = QStringLiteral("store the metrics of contact %1").arg(contactId);
    Aggregates::countConversation(database, contactId, -1);
    auto remove = reusableStatement(database, QStringLiteral("DELETE FROM contact_metrics WHERE contact_id = ?"), what);
    bindAll(*remove, { contactId });
    execPrepared(*remove, what);
    auto insert = reusableStatement(
        database,
        QStringLiteral(
            "INSERT INTO contact_metrics (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(s_columns),
        what);
    bindAll(*insert, QVariantList { contactId, database.time().nowMs() } + callValues + chatValues);
    execPrepared(*insert, what);
    Aggregates::countConversation(database, contactId, 1);
}

const QVariantList s_noCall(11);
const QVariantList s_noChat(6);

qint64 longest(const QList<TimeSpan>& spans)
{
    qint64 result = 0;
    for (const auto& span : spans)
        result = std::max(result, span.lengthMs());
    return result;
}

QString seconds(qint64 ms)
{
    return ms % 60000 == 0 && ms > 0 ? ConversationMetrics::tr("%1 min").arg(ms / 60000)
                                     : ConversationMetrics::tr("%1 s").arg(QLocale().toString(ms / s_msPerSecond));
}

} // namespace

CallMetrics CallMetrics::of(const CallAnalysis& a)
{
    CallMetrics m;
    m.mono = a.mono;
    m.durationMs = a.durationMs;
    m.agentTalkMs = a.agentTalkMs();
    m.customerTalkMs = a.customerTalkMs();
    m.talkRatio = a.talkRatio();
    m.deadAirMs = CallAnalysis::talkMs(a.deadAir);
    m.longestDeadAirMs = longest(a.deadAir);
    m.overtalkMs = CallAnalysis::talkMs(a.overtalk);
    if (!a.mono && a.durationMs > 0)
        m.overtalkShare = double(m.overtalkMs) / double(a.durationMs);
    m.longestMonologueMs = a.longestMonologueMs;
    if (!a.responses.isEmpty()) {
        qint64 sum = 0;
        for (const auto& response : a.responses)
            sum += response.latencyMs;
        m.meanResponseMs = qint64(std::llround(double(sum) / double(a.responses.size())));
    }
    return m;
}

ChatMetrics ChatMetrics::of(const ChatAnalysis& a)
{
    return ChatMetrics { a.firstResponseMs,  a.longestWaitMs, a.agentMessages,
                         a.customerMessages, a.replyLimitMs,  a.withinLimitShare() };
}

QString MetricsFilter::sql(const QString& alias, QVariantList* values) const
{
    QStringList conditions;
    if (deadAirOverMs) {
        conditions << QStringLiteral("%1.longest_dead_air_ms > ?").arg(alias);
        *values << *deadAirOverMs;
    }
    if (overtalkOverShare) {
        conditions << QStringLiteral("%1.overtalk_share > ?").arg(alias);
        *values << *overtalkOverShare;
    }
    if (replyWaitOverMs) {
        conditions << QStringLiteral("%1.longest_wait_ms > ?").arg(alias);
        *values << *replyWaitOverMs;
    }
    if (firstResponseOverMs) {
        conditions << QStringLiteral("%1.first_response_ms > ?").arg(alias);
        *values << *firstResponseOverMs;
    }
    return conditions.isEmpty() ? QStringLiteral("1 = 1") : conditions.join(QStringLiteral(" AND "));
}

QJsonObject MetricsFilter::toJson() const
{
    QJsonObject json;
    if (deadAirOverMs)
        json.insert(QStringLiteral("dead_air_over_s"), *deadAirOverMs / s_msPerSecond);
    if (overtalkOverShare)
        json.insert(QStringLiteral("overtalk_over_percent"), *overtalkOverShare * 100.0);
    if (replyWaitOverMs)
        json.insert(QStringLiteral("reply_wait_over_s"), *replyWaitOverMs / s_msPerSecond);
    if (firstResponseOverMs)
        json.insert(QStringLiteral("first_response_over_s"), *firstResponseOverMs / s_msPerSecond);
    return json;
}

std::optional<MetricsFilter> MetricsFilter::fromJson(const QJsonObject& json, QString* error)
{
    MetricsFilter filter;
    const auto read = [&json, error](const QString& key, double scale, auto* target) {
        const QJsonValue value = json.value(key);
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isDouble() || value.toDouble() < 0) {
            *error = ConversationMetrics::tr("%1: must be a number of 0 or more").arg(key);
            return false;
        }
        using Target = typename std::remove_pointer_t<decltype(target)>::value_type;
        if constexpr (std::is_integral_v<Target>)
            *target = Target(std::llround(value.toDouble() * scale));
        else
            *target = value.toDouble() * scale;
        return true;
    };
    if (!read(QStringLiteral("dead_air_over_s"), s_msPerSecond, &filter.deadAirOverMs)
        || !read(QStringLiteral("overtalk_over_percent"), 0.01, &filter.overtalkOverShare)
        || !read(QStringLiteral("reply_wait_over_s"), s_msPerSecond, &filter.replyWaitOverMs)
        || !read(QStringLiteral("first_response_over_s"), s_msPerSecond, &filter.firstResponseOverMs))
        return std::nullopt;
    return filter;
}

QString MetricsFilter::describe() const
{
    QStringList parts;
    if (deadAirOverMs)
        parts << ConversationMetrics::tr("dead air over %1").arg(seconds(*deadAirOverMs));
    if (overtalkOverShare)
        parts << ConversationMetrics::tr("overtalk over %1 %").arg(QLocale().toString(*overtalkOverShare * 100.0));
    if (replyWaitOverMs)
        parts << ConversationMetrics::tr("a reply wait over %1").arg(seconds(*replyWaitOverMs));
    if (firstResponseOverMs)
        parts << ConversationMetrics::tr("first response over %1").arg(seconds(*firstResponseOverMs));
    return parts.join(ConversationMetrics::tr(", "));
}

qint64 ConversationMetrics::replyLimitMs(const Database& database)
{
    const auto stored = selectRows<int>(database, QStringLiteral("SELECT value FROM workspace_settings WHERE key = ?"),
                                        { s_replyLimitKey }, QStringLiteral("read the reply limit"),
                                        [](const QSqlQuery& q) { return q.value(0).toString().toInt(); });
    const int limit = stored.value(0);
    return limit >= s_minReplyLimitSeconds && limit <= s_maxReplyLimitSeconds ? qint64(limit) * 1000
                                                                              : ChatAnalysis::s_defaultReplyLimitMs;
}

bool ConversationMetrics::setReplyLimit(const Database& database, const Actor& actor, int seconds, QString* error)
{
    AccessRules::require(actor, Action::SetReplyLimit);
    if (seconds < s_minReplyLimitSeconds || seconds > s_maxReplyLimitSeconds) {
        *error = tr("The reply limit must be from %1 to %2 seconds, not %3.")
                     .arg(s_minReplyLimitSeconds)
                     .arg(s_maxReplyLimitSeconds)
                     .arg(seconds);
        return false;
    }
    const qint64 before = replyLimitMs(database) / 1000;
    Transaction transaction(database);
    const QString what = QStringLiteral("set the reply limit");
    execWith(database, QStringLiteral("DELETE FROM workspace_settings WHERE key = ?"), { s_replyLimitKey }, what);
    execWith(database, QStringLiteral("INSERT INTO workspace_settings (key, value) VALUES (?, ?)"),
             { s_replyLimitKey, QString::number(seconds) }, what);
    remeasureChats(database, qint64(seconds) * 1000);
    AuditLog(database).record(actor.login, QStringLiteral("workspace_setting"), 0, QStringLiteral("update"),
                              QJsonObject { { s_replyLimitKey, before } },
                              QJsonObject { { s_replyLimitKey, seconds } });
    transaction.commit();
    return true;
}

void ConversationMetrics::storeChat(const Database& database, qint64 contactId, const QList<ChatMessage>& messages,
                                    qint64 replyLimitMs)
{
    const ChatMetrics m = ChatMetrics::of(ChatAnalysis::of(messages, replyLimitMs));
    replaceRow(database, contactId, s_noCall,
               { dbOptional(m.firstResponseMs), dbOptional(m.longestWaitMs), m.agentMessages, m.customerMessages,
                 m.replyLimitMs, dbOptional(m.withinLimitShare) });
}

void ConversationMetrics::storeCall(const Database& database, qint64 contactId, const CallAnalysis& analysis)
{
    const CallMetrics m = CallMetrics::of(analysis);
    Transaction transaction(database); // the metrics and their month's sums together
    replaceRow(database, contactId,
               { int(m.mono), m.durationMs, m.agentTalkMs, m.customerTalkMs, dbOptional(m.talkRatio), m.deadAirMs,
                 m.longestDeadAirMs, m.overtalkMs, dbOptional(m.overtalkShare), m.longestMonologueMs,
                 dbOptional(m.meanResponseMs) },
               s_noChat);
    transaction.commit();
}

std::optional<CallMetrics> ConversationMetrics::call(const Database& database, qint64 contactId)
{
    return firstOf(selectRows<CallMetrics>(
        database,
        QStringLiteral("SELECT mono, duration_ms, agent_talk_ms, customer_talk_ms, talk_ratio, dead_air_ms, "
                       "longest_dead_air_ms, overtalk_ms, overtalk_share, longest_monologue_ms, mean_response_ms "
                       "FROM contact_metrics WHERE contact_id = ? AND duration_ms IS NOT NULL"),
        { contactId }, QStringLiteral("read the metrics of call %1").arg(contactId), [](const QSqlQuery& q) {
            CallMetrics m;
            m.mono = q.value(0).toBool();
            m.durationMs = q.value(1).toLongLong();
            m.agentTalkMs = q.value(2).toLongLong();
            m.customerTalkMs = q.value(3).toLongLong();
            m.talkRatio = optionalDoubleFromDb(q.value(4));
            m.deadAirMs = q.value(5).toLongLong();
            m.longestDeadAirMs = q.value(6).toLongLong();
            m.overtalkMs = q.value(7).toLongLong();
            m.overtalkShare = optionalDoubleFromDb(q.value(8));
            m.longestMonologueMs = q.value(9).toLongLong();
            m.meanResponseMs = optionalInt64FromDb(q.value(10));
            return m;
        }));
}

std::optional<ChatMetrics> ConversationMetrics::chat(const Database& database, qint64 contactId)
{
    return firstOf(selectRows<ChatMetrics>(
        database,
        QStringLiteral("SELECT first_response_ms, longest_wait_ms, agent_messages, customer_messages, reply_limit_ms, "
                       "within_limit_share FROM contact_metrics WHERE contact_id = ? AND reply_limit_ms IS NOT NULL"),
        { contactId }, QStringLiteral("read the metrics of chat %1").arg(contactId), [](const QSqlQuery& q) {
            return ChatMetrics { optionalInt64FromDb(q.value(0)),
                                 optionalInt64FromDb(q.value(1)),
                                 q.value(2).toInt(),
                                 q.value(3).toInt(),
                                 q.value(4).toLongLong(),
                                 optionalDoubleFromDb(q.value(5)) };
        }));
}

int ConversationMetrics::remeasureChats(const Database& database, qint64 replyLimitMs)
{
    const auto chats = selectRows<qint64>(
        database, QStringLiteral("SELECT DISTINCT contact_id FROM chat_messages ORDER BY contact_id"), {},
        QStringLiteral("list the chats to measure"), [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    const ContactRepository contacts(database);
    for (const qint64 id : chats)
        storeChat(database, id, contacts.messages(id), replyLimitMs);
    return int(chats.size());
}

QList<ConversationAverages> ConversationMetrics::averages(const Database& database, const Actor& actor, qint64 agentId,
                                                          qint64 teamId, const QDate& from, const QDate& to, Rows rows)
{
    // Whole months read their agent months' sums (agent_month_conversations), other periods the contacts' metrics.
    const bool wholeMonths = Aggregates::coversWholeMonths(from, to);
    const QString agentColumn = wholeMonths ? QStringLiteral("x.agent_id") : QStringLiteral("c.agent_id");
    QString where = AccessRules::visibleAgentsSql(actor, agentColumn);
    QVariantList values;
    if (wholeMonths)
        values << Aggregates::monthOf(from) << Aggregates::monthOf(to);
    else
        values += database.time().periodMs(from, to);
    if (agentId) {
        where += QStringLiteral(" AND %1 = ?").arg(agentColumn);
        values << agentId;
    }
    if (teamId) {
        where += QStringLiteral(" AND a.team_id = ?");
        values << teamId;
    }
    // Each mean as its sum and count by agent, so the mean of all of them comes from the same rows: one read.
    QStringList sums;
    for (const QString& column : Aggregates::conversationColumns())
        sums << QStringLiteral("SUM(x.%1)").arg(column);
    struct Sums {
        qint64 agentId = 0;
        int calls = 0;
        int chats = 0;
        std::array<std::pair<double, int>, 6> measures {};
    };
    // Agent by agent in id order, each agent's months or contacts of the period from their key or index: the rows come
    // grouped, so the database sums them as they come instead of sorting a year's metrics first.
    const QString sql = wholeMonths
        ? QStringLiteral("SELECT a.id, %1 FROM agents a JOIN agent_month_conversations x ON x.agent_id = a.id WHERE "
                         "x.month >= ? AND x.month <= ? AND %2 GROUP BY a.id ORDER BY a.id")
              .arg(sums.join(QStringLiteral(", ")), where)
        : QStringLiteral("SELECT a.id, %1 FROM agents a JOIN contacts c%3 ON c.agent_id = a.id JOIN contact_metrics m "
                         "ON m.contact_id = c.id WHERE c.started_at >= ? AND c.started_at < ? AND %2 GROUP BY a.id "
                         "ORDER BY a.id")
              .arg(Aggregates::conversationSumsSql(), where, contactsByAgentIndexHint(database));
    const auto byAgent = selectRows<Sums>(
        database, sql, values, QStringLiteral("average the conversation measures"), [](const QSqlQuery& q) {
            Sums row;
            row.agentId = q.value(0).toLongLong();
            row.calls = q.value(1).toInt();
            row.chats = q.value(2).toInt();
            for (int i = 0; i < int(row.measures.size()); ++i)
                row.measures[i] = { q.value(3 + 2 * i).toDouble(), q.value(4 + 2 * i).toInt() };
            return row;
        });
    const auto averagesOf = [](const Sums& sums) {
        const auto mean = [&sums](int i) {
            const auto [sum, count] = sums.measures[i];
            return count ? std::optional<double>(sum / count) : std::nullopt;
        };
        return ConversationAverages { sums.agentId, sums.calls, mean(0), mean(1), mean(2),
                                      sums.chats,   mean(3),    mean(4), mean(5) };
    };
    QList<ConversationAverages> result;
    Sums all;
    for (const Sums& agent : byAgent) {
        if (rows != Rows::Together)
            result << averagesOf(agent);
        all.calls += agent.calls;
        all.chats += agent.chats;
        for (int i = 0; i < int(all.measures.size()); ++i) {
            all.measures[i].first += agent.measures[i].first;
            all.measures[i].second += agent.measures[i].second;
        }
    }
    if (rows != Rows::ByAgent && !byAgent.isEmpty())
        result << averagesOf(all);
    return result;
}

QList<qint64> ConversationMetrics::callsWithoutMetrics(const Database& database)
{
    return selectRows<qint64>(
        database,
        QStringLiteral("SELECT r.contact_id FROM recordings r LEFT JOIN contact_metrics m ON "
                       "m.contact_id = r.contact_id WHERE m.contact_id IS NULL ORDER BY r.contact_id"),
        {}, QStringLiteral("list the calls without metrics"),
        [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
}

QList<qint64> ConversationMetrics::chatsWithoutMetrics(const Database& database)
{
    return selectRows<qint64>(
        database,
        QStringLiteral("SELECT DISTINCT x.contact_id FROM chat_messages x LEFT JOIN contact_metrics m "
                       "ON m.contact_id = x.contact_id WHERE m.contact_id IS NULL "
                       "ORDER BY x.contact_id"),
        {}, QStringLiteral("list the chats without metrics"),
        [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
}

MetricsRun ConversationMetrics::measureCalls(const Database& database, const ProgressFunction& progress,
                                             const CancelFunction& cancel)
{
    MetricsRun run;
    if (const QList<qint64> chats = chatsWithoutMetrics(database); !chats.isEmpty()) {
        const qint64 limit = replyLimitMs(database);
        const ContactRepository messages(database);
        Transaction transaction(database);
        for (const qint64 id : chats)
            storeChat(database, id, messages.messages(id), limit);
        transaction.commit();
        run.chats = int(chats.size());
    }
    const QList<qint64> calls = callsWithoutMetrics(database);
    run.total = int(calls.size());
    const ContactRepository contacts(database);
    const RecordingPeaksRepository cache(database);
    for (int done = 0; done < run.total; ++done) {
        if (cancel && cancel()) {
            run.cancelled = true;
            break;
        }
        if (progress)
            progress(done, run.total);
        const qint64 id = calls.at(done);
        const auto contact = contacts.find(id);
        if (!contact || !contact->recording)
            continue; // deleted meanwhile
        const Recording& recording = *contact->recording;
        const QString path = QFileInfo(recording.path).isAbsolute() || database.folder().isEmpty()
            ? recording.path
            : QDir(database.folder()).filePath(recording.path);
        const RecordingStamp stamp = RecordingStamp::of(path);
        std::optional<WaveformPeaks> peaks = cache.find(id, stamp);
        if (!peaks || !peaks->hasLevels()) {
            QString error;
            WaveformDecoder::Options options;
            options.expectedDurationMs = recording.durationMs;
            peaks = WaveformDecoder::decode(path, options, &error, {}, cancel);
            if (!peaks) {
                if (cancel && cancel()) {
                    run.cancelled = true;
                    break;
                }
                run.failures << tr("Call %1: %2").arg(contact->externalId, error);
                continue;
            }
            cache.store(id, stamp, *peaks);
        }
        CallAnalysis::Options options;
        options.agentChannel = recording.agentChannel;
        const auto analysis = CallAnalysis::of(*peaks, options);
        if (!analysis) {
            run.failures << tr("Call %1: the recording's channels differ in length.").arg(contact->externalId);
            continue;
        }
        storeCall(database, id, *analysis);
        ++run.measured;
    }
    if (progress && !run.cancelled)
        progress(run.total, run.total);
    return run;
}

QFuture<MetricsRun> ConversationMetrics::start(const Database& database)
{
    return QtConcurrent::run(housekeepingPool(), [&database](QPromise<MetricsRun>& promise) {
        yieldToForegroundWork();
        MetricsRun run;
        try {
            QString error;
            const auto worker = database.openSibling(&error);
            if (!worker) {
                run.failures << error;
                promise.addResult(run);
                return;
            }
            run = measureCalls(
                *worker,
                [&promise](int done, int total) {
                    promise.setProgressRange(0, total);
                    promise.setProgressValue(done);
                },
                [&promise] { return promise.isCanceled(); });
        } catch (const StorageError& e) {
            run.failures << e.message();
        }
        promise.addResult(run);
    });
}

} // namespace qadesk
