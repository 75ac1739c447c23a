#pragma once

#include "WaveformPeaks.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace qadesk {

// A stretch of a recording, [startMs, endMs) in milliseconds from its start.
struct TimeSpan
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 lengthMs() const { return endMs - startMs; }
    bool operator==(const TimeSpan&) const = default;
};

// Who spoke when in a call, from the frame levels measured while its waveform was decoded (WaveformPeaks::levels),
// and the conversation measures that follow from it.
//
// Speech: a 20 ms frame of a channel is speech when its RMS level is 12 dB or more above the channel's noise floor
// and above -55 dBFS. The noise floor is the quietest frame within four seconds either side (minimum statistics,
// after R. Martin, "Noise power spectral density estimation based on optimal smoothing and minimum statistics",
// IEEE Trans. Speech Audio Process. 9(5), 2001, without the smoothing), so it follows a line whose hiss changes,
// and the pauses between words keep it at the noise even inside long speech. In a stereo call, a frame 24 dB or more
// below the other channel's is that side's voice leaking across (echo, crosstalk), not speech; people talking over
// each other are far closer. Within one channel, gaps shorter than
// mergeGapMs are then closed, and what remains shorter than minSpeechMs (clicks, coughs) is dropped.
//
// A stereo recording carries the agent on one channel and the customer on the other. A mono recording (or a stereo
// one whose channels are identical) can only tell speech from silence: `mono` is set, `speech` holds its speech,
// dead air is found in it, and the per-party measures stay empty.
struct CallAnalysis
{
    struct Options
    {
        int agentChannel = 0; // 0: the agent is on the left (first) channel, 1: on the right (Recording::agentChannel)
        qint64 deadAirMs = 3000; // both sides silent at least this long, between the first and the last speech
        qint64 overtalkMs = 500; // both sides speaking at least this long
        qint64 mergeGapMs = 800; // a pause shorter than this inside one side's speech does not end it
        qint64 minSpeechMs = 200; // shorter bursts are not speech
    };

    // The agent's answer to a customer turn: the first agent speech starting after the turn began and before the
    // customer's next turn. latencyMs is from the end of the customer's turn to the agent's first word, negative
    // when the agent started while the customer was still speaking.
    struct Response
    {
        qint64 customerEndMs = 0;
        qint64 latencyMs = 0;
        bool operator==(const Response&) const = default;
    };

    bool mono = false;
    qint64 durationMs = 0;
    QList<TimeSpan> agent; // the agent's speech; empty when mono
    QList<TimeSpan> customer; // the customer's speech; empty when mono
    QList<TimeSpan> speech; // anyone's speech: the single channel when mono, both sides together when stereo
    QList<TimeSpan> deadAir; // silences of deadAirMs or more between the first and the last speech
    QList<TimeSpan> overtalk; // both speaking for overtalkMs or more; empty when mono
    // The longest run of agent speech in which the customer says nothing and no pause reaches deadAirMs (ms); 0 when
    // mono.
    qint64 longestMonologueMs = 0;
    QList<Response> responses; // one per customer turn the agent answered, in time order; empty when mono

    qint64 agentTalkMs() const { return talkMs(agent); }
    qint64 customerTalkMs() const { return talkMs(customer); }
    // The agent's share of the talking, 0..1; nullopt when mono or nobody spoke.
    std::optional<double> talkRatio() const;

    // Analyses the levels of `peaks`. Returns nullopt when they carry none (a cache entry written before levels
    // were measured: decode the recording again) or channels of different lengths.
    static std::optional<CallAnalysis> of(const WaveformPeaks& peaks, const Options& options);

    // {"duration_s", "mono", "agent": {"talk_s", "segments": [[start, end], …]}, "customer": {…}, "talk_ratio",
    // "dead_air": [[start, end], …], "overtalk": […], "longest_monologue_s", "responses": [{"customer_end_s",
    // "latency_s"}, …]}, times in seconds to the hundredth. A mono call has "speech": {…} and null for the per-party
    // values.
    QJsonObject toJson() const;

    static qint64 talkMs(const QList<TimeSpan>& spans);
    bool operator==(const CallAnalysis&) const = default;
};

} // namespace qadesk
