#include "CallAnalysis.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>

namespace qadesk {
namespace {

constexpr qsizetype s_floorWindowFrames = 4000 / WaveformPeaks::s_levelFrameMs; // either side of a frame
constexpr int s_aboveFloor = 2 * 12; // levels are in half decibels
constexpr int s_minSpeechLevel = 2 * (120 - 55); // -55 dBFS
constexpr int s_bleedBelow = 2 * 24;

// Speech spans of one channel's levels: frames loud enough above the running noise floor, short pauses closed,
// short bursts dropped. `other` is the other channel of a stereo call (empty for mono): a frame 24 dB or more below
// it is the other side's voice leaking across (echo, crosstalk), not speech.
QList<TimeSpan> speechOf(const QList<quint8>& levels, const QList<quint8>& other, qint64 durationMs,
                         const CallAnalysis::Options& options)
{
    const qsizetype frames = levels.size();
    std::deque<qsizetype> quietest; // indexes of the window's candidates for its minimum, levels rising
    qsizetype entered = 0;
    QList<TimeSpan> spans;
    for (qsizetype i = 0; i < frames; ++i) {
        for (; entered < frames && entered <= i + s_floorWindowFrames; ++entered) {
            while (!quietest.empty() && levels.at(quietest.back()) >= levels.at(entered))
                quietest.pop_back();
            quietest.push_back(entered);
        }
        while (quietest.front() < i - s_floorWindowFrames)
            quietest.pop_front();
        const int floor = levels.at(quietest.front());
        if (levels.at(i) < std::max(floor + s_aboveFloor, s_minSpeechLevel)
            || (!other.isEmpty() && levels.at(i) + s_bleedBelow <= other.at(i)))
            continue;
        const qint64 start = i * WaveformPeaks::s_levelFrameMs;
        const qint64 end = std::min(durationMs, start + WaveformPeaks::s_levelFrameMs);
        if (!spans.isEmpty() && start - spans.last().endMs < options.mergeGapMs)
            spans.last().endMs = end;
        else
            spans.append({ start, end });
    }
    spans.removeIf([&options](const TimeSpan& span) { return span.lengthMs() < options.minSpeechMs; });
    return spans;
}

// The spans covered by either list (each sorted and without overlaps), joined where they touch.
QList<TimeSpan> unite(const QList<TimeSpan>& a, const QList<TimeSpan>& b)
{
    QList<TimeSpan> all = a + b;
    std::sort(all.begin(), all.end(), [](const TimeSpan& x, const TimeSpan& y) { return x.startMs < y.startMs; });
    QList<TimeSpan> united;
    for (const TimeSpan& span : all) {
        if (!united.isEmpty() && span.startMs <= united.last().endMs)
            united.last().endMs = std::max(united.last().endMs, span.endMs);
        else
            united.append(span);
    }
    return united;
}

// The spans covered by both lists (each sorted and without overlaps) that last at least minMs.
QList<TimeSpan> intersect(const QList<TimeSpan>& a, const QList<TimeSpan>& b, qint64 minMs)
{
    QList<TimeSpan> common;
    for (qsizetype i = 0, j = 0; i < a.size() && j < b.size();) {
        const TimeSpan both { std::max(a.at(i).startMs, b.at(j).startMs), std::min(a.at(i).endMs, b.at(j).endMs) };
        if (both.lengthMs() >= minMs)
            common.append(both);
        if (a.at(i).endMs < b.at(j).endMs)
            ++i;
        else
            ++j;
    }
    return common;
}

// The pauses between consecutive spans that last at least minMs.
QList<TimeSpan> gaps(const QList<TimeSpan>& spans, qint64 minMs)
{
    QList<TimeSpan> found;
    for (qsizetype i = 1; i < spans.size(); ++i) {
        const TimeSpan gap { spans.at(i - 1).endMs, spans.at(i).startMs };
        if (gap.lengthMs() >= minMs)
            found.append(gap);
    }
    return found;
}

// Whether any span (sorted, without overlaps) reaches into [fromMs, toMs).
bool anyWithin(const QList<TimeSpan>& spans, qint64 fromMs, qint64 toMs)
{
    const auto after = std::upper_bound(spans.cbegin(), spans.cend(), fromMs,
                                        [](qint64 at, const TimeSpan& span) { return at < span.endMs; });
    return after != spans.cend() && after->startMs < toMs;
}

qint64 longestMonologue(const QList<TimeSpan>& agent, const QList<TimeSpan>& customer, qint64 breakMs)
{
    qint64 longest = 0;
    qint64 runStart = 0;
    for (qsizetype i = 0; i < agent.size(); ++i) {
        const TimeSpan& span = agent.at(i);
        if (i == 0 || span.startMs - agent.at(i - 1).endMs >= breakMs
            || anyWithin(customer, agent.at(i - 1).endMs, span.startMs))
            runStart = span.startMs;
        longest = std::max(longest, span.endMs - runStart);
    }
    return longest;
}

QList<CallAnalysis::Response> answersTo(const QList<TimeSpan>& agent, const QList<TimeSpan>& customer)
{
    QList<CallAnalysis::Response> found;
    for (qsizetype k = 0; k < customer.size(); ++k) {
        const TimeSpan& turn = customer.at(k);
        const qint64 nextTurn
            = k + 1 < customer.size() ? customer.at(k + 1).startMs : std::numeric_limits<qint64>::max();
        const auto answer = std::upper_bound(agent.cbegin(), agent.cend(), turn.startMs,
                                             [](qint64 at, const TimeSpan& span) { return at < span.startMs; });
        if (answer != agent.cend() && answer->startMs < nextTurn)
            found.append({ turn.endMs, answer->startMs - turn.endMs });
    }
    return found;
}

double seconds(qint64 ms)
{
    return std::round(double(ms) / 10.0) / 100.0;
}

QJsonArray spansToJson(const QList<TimeSpan>& spans)
{
    QJsonArray array;
    for (const TimeSpan& span : spans)
        array.append(QJsonArray { seconds(span.startMs), seconds(span.endMs) });
    return array;
}

QJsonObject partyToJson(const QList<TimeSpan>& spans)
{
    return { { QStringLiteral("talk_s"), seconds(CallAnalysis::talkMs(spans)) },
             { QStringLiteral("segments"), spansToJson(spans) } };
}

} // namespace

qint64 CallAnalysis::talkMs(const QList<TimeSpan>& spans)
{
    qint64 total = 0;
    for (const TimeSpan& span : spans)
        total += span.lengthMs();
    return total;
}

std::optional<double> CallAnalysis::talkRatio() const
{
    const qint64 total = agentTalkMs() + customerTalkMs();
    if (mono || total == 0)
        return std::nullopt;
    return double(agentTalkMs()) / double(total);
}

std::optional<CallAnalysis> CallAnalysis::of(const WaveformPeaks& peaks, const Options& options)
{
    if (!peaks.hasLevels()
        || std::any_of(peaks.levels.cbegin(), peaks.levels.cend(), [&peaks](const QList<quint8>& channel) {
               return channel.size() != peaks.levels.first().size();
           }))
        return std::nullopt;
    CallAnalysis result;
    result.durationMs = peaks.durationMs;
    result.mono = peaks.levels.size() < 2;
    if (result.mono) {
        result.speech = speechOf(peaks.levels.first(), {}, peaks.durationMs, options);
    } else {
        const int agentChannel = std::clamp(options.agentChannel, 0, 1);
        const QList<quint8>& agentLevels = peaks.levels.at(agentChannel);
        const QList<quint8>& customerLevels = peaks.levels.at(1 - agentChannel);
        result.agent = speechOf(agentLevels, customerLevels, peaks.durationMs, options);
        result.customer = speechOf(customerLevels, agentLevels, peaks.durationMs, options);
        result.speech = unite(result.agent, result.customer);
        result.overtalk = intersect(result.agent, result.customer, options.overtalkMs);
        result.longestMonologueMs = longestMonologue(result.agent, result.customer, options.deadAirMs);
        result.responses = answersTo(result.agent, result.customer);
    }
    result.deadAir = gaps(result.speech, options.deadAirMs);
    return result;
}

QJsonObject CallAnalysis::toJson() const
{
    QJsonObject json { { QStringLiteral("duration_s"), seconds(durationMs) },
                       { QStringLiteral("mono"), mono },
                       { QStringLiteral("dead_air"), spansToJson(deadAir) } };
    if (mono) {
        json.insert(QStringLiteral("speech"), partyToJson(speech));
        for (const char* key : { "agent", "customer", "talk_ratio", "overtalk", "longest_monologue_s", "responses" })
            json.insert(QLatin1String(key), QJsonValue::Null);
        return json;
    }
    QJsonArray answers;
    for (const Response& response : responses)
        answers.append(QJsonObject { { QStringLiteral("customer_end_s"), seconds(response.customerEndMs) },
                                     { QStringLiteral("latency_s"), seconds(response.latencyMs) } });
    const auto ratio = talkRatio();
    json.insert(QStringLiteral("agent"), partyToJson(agent));
    json.insert(QStringLiteral("customer"), partyToJson(customer));
    json.insert(QStringLiteral("talk_ratio"), ratio ? QJsonValue(std::round(*ratio * 1000.0) / 1000.0) : QJsonValue());
    json.insert(QStringLiteral("overtalk"), spansToJson(overtalk));
    json.insert(QStringLiteral("longest_monologue_s"), seconds(longestMonologueMs));
    json.insert(QStringLiteral("responses"), answers);
    return json;
}

} // namespace qadesk
