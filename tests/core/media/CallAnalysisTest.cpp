#include "media/CallAnalysis.h"

#include "media/WaveformDecoder.h"

#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <catch2/catch.hpp>
#include <memory>

using namespace qadesk;

namespace {

constexpr quint8 s_silence = 0; // digital silence
constexpr quint8 s_voice = 200; // -20 dBFS

// A channel of `seconds` at `floor`, loud (`level`) in the given spans (ms, multiples of 20).
QList<quint8> channel(qint64 seconds, quint8 floor, const QList<TimeSpan>& loud, quint8 level = s_voice)
{
    QList<quint8> levels(seconds * 1000 / WaveformPeaks::s_levelFrameMs, floor);
    for (const TimeSpan& span : loud) {
        for (qint64 ms = span.startMs; ms < span.endMs; ms += WaveformPeaks::s_levelFrameMs)
            levels[ms / WaveformPeaks::s_levelFrameMs] = level;
    }
    return levels;
}

WaveformPeaks peaksOf(qint64 seconds, const QList<QList<quint8>>& levels)
{
    WaveformPeaks peaks;
    peaks.channels = int(levels.size());
    peaks.durationMs = seconds * 1000;
    peaks.peaks = QList<QList<quint8>>(levels.size(), QList<quint8>(seconds * peaks.binsPerSecond, 0));
    peaks.levels = levels;
    return peaks;
}

// 25 s: the agent (left) explains for 7.5 s with a 1 s breath, the customer answers, the agent replies after 0.8 s,
// the customer talks over its end for 0.5 s, the agent interrupts the customer for 1 s, then 3.5 s of dead air and
// the agent alone again.
const QList<TimeSpan> s_agentSpeech {
    { 500, 4000 }, { 5000, 8000 }, { 10800, 12000 }, { 13000, 16000 }, { 19500, 23500 }
};
const QList<TimeSpan> s_customerSpeech { { 8600, 10000 }, { 11500, 14000 } };

WaveformPeaks conversation()
{
    return peaksOf(25, { channel(25, s_silence, s_agentSpeech), channel(25, s_silence, s_customerSpeech) });
}

// --- Calls synthesised with espeak-ng and sox, as the demo makes its recordings ---------------------------------

struct Utterance
{
    int side; // 0: agent (left), 1: customer (right)
    QString text;
    TimeSpan truth; // where its speech lies, once placed
};

QString runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, arguments);
    const bool ran = process.waitForStarted(10000) && process.waitForFinished(60000)
        && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    INFO(program.toStdString() << " " << arguments.join(QLatin1Char(' ')).toStdString() << ": "
                               << QString::fromLocal8Bit(process.readAllStandardError()).toStdString());
    REQUIRE(ran);
    return QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
}

// Speaks `text` into an 8 kHz mono WAV without leading or trailing silence; returns its length in ms.
qint64 speak(const QString& text, const QString& path, const QTemporaryDir& dir)
{
    const QString raw = dir.filePath(QStringLiteral("raw.wav"));
    runTool(QStringLiteral("espeak-ng"),
            { QStringLiteral("-v"), QStringLiteral("en-us"), QStringLiteral("-s"), QStringLiteral("170"),
              QStringLiteral("-w"), raw, text });
    // The speech runs from the first to the last sample above 1 % of full scale.
    runTool(QStringLiteral("sox"),
            { raw, QStringLiteral("-r"), QStringLiteral("8000"), QStringLiteral("-b"), QStringLiteral("16"), path,
              QStringLiteral("silence"), QStringLiteral("1"), QStringLiteral("0.005"), QStringLiteral("1%"),
              QStringLiteral("reverse"), QStringLiteral("silence"), QStringLiteral("1"), QStringLiteral("0.005"),
              QStringLiteral("1%"), QStringLiteral("reverse") });
    const qint64 samples
        = runTool(QStringLiteral("sox"), { QStringLiteral("--i"), QStringLiteral("-s"), path }).toLongLong();
    return samples * 1000 / 8000;
}

// The synthesised call of the tests below, built once: its stereo and mono files and the truth they were made from.
struct SynthesisedCall
{
    QTemporaryDir dir;
    QString stereo;
    QString mono;
    QList<TimeSpan> agent;
    QList<TimeSpan> customer;
    QList<TimeSpan> deadAir;
    QList<TimeSpan> overtalk;
    QList<CallAnalysis::Response> responses;
    qint64 longestMonologueMs = 0;
};

const SynthesisedCall& synthesisedCall()
{
    static std::unique_ptr<SynthesisedCall> s_call; // kept only once complete
    if (s_call)
        return *s_call;
    for (const char* tool : { "espeak-ng", "sox" }) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            FAIL(tool << " is needed to synthesise the test calls; scripts/setup installs it.");
    }
    auto made = std::make_unique<SynthesisedCall>();
    SynthesisedCall& call = *made;
    REQUIRE(call.dir.isValid());
    // Each line: the side, the text, and when it starts relative to the end of the line before (ms; negative: the
    // speaker starts before the other has finished).
    struct Line
    {
        int side;
        const char* text;
        qint64 after;
    };
    const QList<Line> script {
        { 0, "Hello, thank you for calling the card centre. How can I help you today?", 500 },
        { 1, "I lost my card yesterday and I need a new one.", 600 },
        { 0, "I am sorry to hear that. Let me check your account.", 1000 },
        { 0, "Thank you for waiting. Your card is now blocked and a new one is on its way.", 4500 }, // dead air
        { 1, "Can you send it to my office instead?", -1500 }, // overtalk
        { 0, "Of course.", 700 },
        { 0, "I will change the address now.", 400 }, // a pause inside one turn: merged
        { 1, "Thank you very much.", 2500 }, // a silence shorter than dead air
    };
    QStringList inputs[2];
    qint64 cursor = 0;
    for (int i = 0; i < script.size(); ++i) {
        const QString spoken = call.dir.filePath(QStringLiteral("line%1.wav").arg(i));
        const qint64 length = speak(QString::fromLatin1(script.at(i).text), spoken, call.dir);
        const TimeSpan truth { cursor + script.at(i).after, cursor + script.at(i).after + length };
        const QString placed = call.dir.filePath(QStringLiteral("placed%1.wav").arg(i));
        runTool(QStringLiteral("sox"),
                { spoken, placed, QStringLiteral("pad"), QString::number(truth.startMs / 1000.0, 'f', 3) });
        inputs[script.at(i).side] << QStringLiteral("-v") << QStringLiteral("1") << placed;
        QList<TimeSpan>& side = script.at(i).side == 0 ? call.agent : call.customer;
        if (!side.isEmpty() && truth.startMs - side.last().endMs < 800)
            side.last().endMs = truth.endMs;
        else
            side << truth;
        cursor = truth.endMs;
    }
    const QString seconds = QString::number((cursor + 1000) / 1000.0, 'f', 3);
    // The customer's line hisses at about -51 dBFS (white noise at 0.5 % of full scale), and a 0.1 s click sounds on
    // it while the agent speaks: neither is speech.
    const QString hiss = call.dir.filePath(QStringLiteral("hiss.wav"));
    runTool(QStringLiteral("sox"),
            { QStringLiteral("-n"), QStringLiteral("-r"), QStringLiteral("8000"), QStringLiteral("-b"),
              QStringLiteral("16"), QStringLiteral("-c"), QStringLiteral("1"), hiss, QStringLiteral("synth"), seconds,
              QStringLiteral("whitenoise"), QStringLiteral("vol"), QStringLiteral("0.005") });
    const QString click = call.dir.filePath(QStringLiteral("click.wav"));
    runTool(QStringLiteral("sox"),
            { QStringLiteral("-n"), QStringLiteral("-r"), QStringLiteral("8000"), QStringLiteral("-b"),
              QStringLiteral("16"), QStringLiteral("-c"), QStringLiteral("1"), click, QStringLiteral("synth"),
              QStringLiteral("0.1"), QStringLiteral("sine"), QStringLiteral("1000"), QStringLiteral("vol"),
              QStringLiteral("0.3"), QStringLiteral("pad"),
              QString::number((call.agent.first().startMs + 1500) / 1000.0, 'f', 3) });
    inputs[1] << QStringLiteral("-v") << QStringLiteral("1") << hiss << QStringLiteral("-v") << QStringLiteral("1")
              << click;
    const QString sides[2]
        = { call.dir.filePath(QStringLiteral("agent.wav")), call.dir.filePath(QStringLiteral("customer.wav")) };
    for (int side = 0; side < 2; ++side)
        runTool(QStringLiteral("sox"),
                QStringList { QStringLiteral("-m") } + inputs[side] + QStringList { sides[side] });
    call.stereo = call.dir.filePath(QStringLiteral("call.wav"));
    runTool(QStringLiteral("sox"), { QStringLiteral("-M"), sides[0], sides[1], call.stereo });
    call.mono = call.dir.filePath(QStringLiteral("mono.wav"));
    runTool(QStringLiteral("sox"), { call.stereo, call.mono, QStringLiteral("remix"), QStringLiteral("1,2") });

    // What follows from the script, by hand: lines 3 and 4 (agent) have 4.5 s of silence between them; line 5
    // (customer) starts 1.5 s before line 4 ends; lines 6 and 7 (agent) are one turn.
    call.deadAir = { { call.agent.at(1).endMs, call.agent.at(2).startMs } };
    call.overtalk = { { call.customer.at(1).startMs, call.agent.at(2).endMs } };
    call.responses = { { call.customer.at(0).endMs, 1000 }, { call.customer.at(1).endMs, 700 } };
    for (const TimeSpan& turn : std::as_const(call.agent))
        call.longestMonologueMs = std::max(call.longestMonologueMs, turn.lengthMs());
    s_call = std::move(made);
    return *s_call;
}

CallAnalysis analyse(const QString& path, const CallAnalysis::Options& options = {})
{
    QString error;
    const auto peaks = WaveformDecoder::decode(path, {}, &error);
    INFO(error.toStdString());
    REQUIRE(peaks);
    const auto analysis = CallAnalysis::of(*peaks, options);
    REQUIRE(analysis);
    return *analysis;
}

// Spans found within `tolerance` ms of the truth, boundary by boundary.
void checkSpans(const QList<TimeSpan>& found, const QList<TimeSpan>& truth, qint64 tolerance = 300)
{
    REQUIRE(found.size() == truth.size());
    for (qsizetype i = 0; i < truth.size(); ++i) {
        INFO("span " << i << ": found " << found.at(i).startMs << "-" << found.at(i).endMs << ", truth "
                     << truth.at(i).startMs << "-" << truth.at(i).endMs);
        CHECK(std::abs(found.at(i).startMs - truth.at(i).startMs) <= tolerance);
        CHECK(std::abs(found.at(i).endMs - truth.at(i).endMs) <= tolerance);
    }
}

} // namespace

TEST_CASE("pauses under 0.8 s close inside one side's speech, bursts under 0.2 s drop, dead air from 3 s")
{
    // Frames are 20 ms: a 780 ms pause closes, an 800 ms one does not; a 180 ms burst drops, a 200 ms one stays.
    const QList<TimeSpan> loud { { 1000, 2000 }, { 2780, 3780 }, { 4580, 5580 }, { 8000, 8180 }, { 10000, 10200 } };
    const auto analysis = CallAnalysis::of(
        peaksOf(12, { channel(12, s_silence, loud), channel(12, s_silence, { { 6000, 7000 } }) }), {});
    REQUIRE(analysis);
    CHECK_FALSE(analysis->mono);
    CHECK(analysis->durationMs == 12000);
    CHECK(analysis->agent == QList<TimeSpan> { { 1000, 3780 }, { 4580, 5580 }, { 10000, 10200 } });
    CHECK(analysis->customer == QList<TimeSpan> { { 6000, 7000 } });
    // Silent 7.0-10.0 s (the burst at 8 s dropped): exactly 3 s is dead air; 5.58-6.0 s is not.
    CHECK(analysis->deadAir == QList<TimeSpan> { { 7000, 10000 } });
    CHECK(analysis->overtalk.isEmpty());
}

TEST_CASE("talk, overtalk, dead air, the longest monologue and response latencies of a two-sided call")
{
    const auto analysis = CallAnalysis::of(conversation(), {});
    REQUIRE(analysis);
    CHECK(analysis->agent == s_agentSpeech);
    CHECK(analysis->customer == s_customerSpeech);
    CHECK(analysis->agentTalkMs() == 3500 + 3000 + 1200 + 3000 + 4000);
    CHECK(analysis->customerTalkMs() == 1400 + 2500);
    REQUIRE(analysis->talkRatio());
    CHECK(*analysis->talkRatio() == Approx(14700.0 / 18600.0));
    CHECK(analysis->speech
          == QList<TimeSpan> { { 500, 4000 }, { 5000, 8000 }, { 8600, 10000 }, { 10800, 16000 }, { 19500, 23500 } });
    CHECK(analysis->overtalk == QList<TimeSpan> { { 11500, 12000 }, { 13000, 14000 } });
    CHECK(analysis->deadAir == QList<TimeSpan> { { 16000, 19500 } });
    // 0.5-8.0 s: the customer says nothing in the 1 s breath. 13.0-23.5 s would be longer, but 3.5 s of dead air
    // ends a monologue.
    CHECK(analysis->longestMonologueMs == 7500);
    // The agent answers 0.8 s after the customer's first turn and interrupts the second, 1 s before its end.
    CHECK(analysis->responses == QList<CallAnalysis::Response> { { 10000, 800 }, { 14000, -1000 } });

    CallAnalysis::Options strict;
    strict.deadAirMs = 1000;
    strict.overtalkMs = 600;
    const auto stricter = CallAnalysis::of(conversation(), strict);
    REQUIRE(stricter);
    CHECK(stricter->deadAir == QList<TimeSpan> { { 4000, 5000 }, { 16000, 19500 } });
    CHECK(stricter->overtalk == QList<TimeSpan> { { 13000, 14000 } });
    CHECK(stricter->longestMonologueMs == 4000); // every pause of 1 s or more now ends one

    CallAnalysis::Options agentOnTheRight;
    agentOnTheRight.agentChannel = 1;
    const auto swapped = CallAnalysis::of(conversation(), agentOnTheRight);
    REQUIRE(swapped);
    CHECK(swapped->agent == s_customerSpeech);
    CHECK(swapped->customer == s_agentSpeech);
    CHECK(*swapped->talkRatio() == Approx(3900.0 / 18600.0));
}

TEST_CASE("the noise floor is each channel's own")
{
    // The same -35 dBFS is speech on a clean line (floor -80 dBFS) and only hiss plus 10 dB on a line hissing at
    // -45 dBFS, where speech must reach -33 dBFS.
    const QList<TimeSpan> spans { { 2000, 4000 }, { 8000, 9000 } };
    const auto quiet = CallAnalysis::of(peaksOf(12, { channel(12, 80, spans, 170), channel(12, 150, spans, 170) }), {});
    REQUIRE(quiet);
    CHECK(quiet->agent == spans);
    CHECK(quiet->customer.isEmpty());
    const auto loud = CallAnalysis::of(peaksOf(12, { channel(12, 80, spans, 170), channel(12, 150, spans, 174) }), {});
    REQUIRE(loud);
    CHECK(loud->customer == spans);
    // Hiss alone, however loud, is never speech; nor is anything under -55 dBFS on a silent line.
    const auto hiss = CallAnalysis::of(peaksOf(12, { channel(12, 200, {}), channel(12, s_silence, spans, 128) }), {});
    REQUIRE(hiss);
    CHECK(hiss->agent.isEmpty());
    CHECK(hiss->customer.isEmpty());
    CHECK(hiss->deadAir.isEmpty()); // no speech, so no call to be silent inside
}

TEST_CASE("the other side's voice leaking across is not speech, but talking over it is")
{
    // While the agent speaks at -20 dBFS, the customer's line carries it 24 dB down (-44 dBFS), well above its
    // -80 dBFS floor: echo. From 6 s the customer talks over the agent 20 dB down (-40 dBFS): overtalk.
    QList<quint8> customer = channel(12, 80, { { 1000, 5000 } }, s_voice - 48);
    for (qsizetype frame = 300; frame < 400; ++frame)
        customer[frame] = s_voice - 40;
    const auto analysis = CallAnalysis::of(peaksOf(12, { channel(12, 80, { { 1000, 9000 } }), customer }), {});
    REQUIRE(analysis);
    CHECK(analysis->agent == QList<TimeSpan> { { 1000, 9000 } });
    CHECK(analysis->customer == QList<TimeSpan> { { 6000, 8000 } });
    CHECK(analysis->overtalk == QList<TimeSpan> { { 6000, 8000 } });
}

TEST_CASE("a mono call gives speech and silence only")
{
    const auto analysis
        = CallAnalysis::of(peaksOf(10, { channel(10, s_silence, { { 1000, 2000 }, { 6000, 7000 } }) }), {});
    REQUIRE(analysis);
    CHECK(analysis->mono);
    CHECK(analysis->speech == QList<TimeSpan> { { 1000, 2000 }, { 6000, 7000 } });
    CHECK(analysis->deadAir == QList<TimeSpan> { { 2000, 6000 } });
    CHECK(analysis->agent.isEmpty());
    CHECK(analysis->customer.isEmpty());
    CHECK_FALSE(analysis->talkRatio());
    const QJsonObject json = analysis->toJson();
    CHECK(json.value(QStringLiteral("mono")).toBool());
    CHECK(json.value(QStringLiteral("agent")).isNull());
    CHECK(json.value(QStringLiteral("talk_ratio")).isNull());
    CHECK(json.value(QStringLiteral("speech")).toObject().value(QStringLiteral("talk_s")).toDouble() == 2.0);
    CHECK(json.value(QStringLiteral("dead_air")).toArray() == QJsonArray { QJsonArray { 2.0, 6.0 } });
}

TEST_CASE("peaks without levels (an older cache entry) or with uneven ones cannot be analysed")
{
    WaveformPeaks peaks = conversation();
    peaks.levels.clear();
    CHECK_FALSE(CallAnalysis::of(peaks, {}));
    peaks = conversation();
    peaks.levels[1].removeLast(); // nor can channels of different lengths
    CHECK_FALSE(CallAnalysis::of(peaks, {}));
}

TEST_CASE("the analysis as JSON, in seconds")
{
    const QJsonObject json = CallAnalysis::of(conversation(), {})->toJson();
    CHECK(json.value(QStringLiteral("duration_s")).toDouble() == 25.0);
    CHECK_FALSE(json.value(QStringLiteral("mono")).toBool());
    const QJsonObject agent = json.value(QStringLiteral("agent")).toObject();
    CHECK(agent.value(QStringLiteral("talk_s")).toDouble() == 14.7);
    CHECK(agent.value(QStringLiteral("segments")).toArray().first() == QJsonArray { 0.5, 4.0 });
    CHECK(json.value(QStringLiteral("customer")).toObject().value(QStringLiteral("talk_s")).toDouble() == 3.9);
    CHECK(json.value(QStringLiteral("talk_ratio")).toDouble() == 0.79); // 14.7 / 18.6 = 0.7903
    CHECK(json.value(QStringLiteral("dead_air")).toArray() == QJsonArray { QJsonArray { 16.0, 19.5 } });
    CHECK(json.value(QStringLiteral("overtalk")).toArray()
          == QJsonArray { QJsonArray { 11.5, 12.0 }, QJsonArray { 13.0, 14.0 } });
    CHECK(json.value(QStringLiteral("longest_monologue_s")).toDouble() == 7.5);
    CHECK(json.value(QStringLiteral("responses")).toArray().last()
          == QJsonObject { { QStringLiteral("customer_end_s"), 14.0 }, { QStringLiteral("latency_s"), -1.0 } });
}

TEST_CASE("a synthesised stereo call: segments, dead air and overtalk within 0.3 s of the truth")
{
    const SynthesisedCall& call = synthesisedCall();
    const CallAnalysis analysis = analyse(call.stereo);
    CHECK_FALSE(analysis.mono);
    checkSpans(analysis.agent, call.agent);
    checkSpans(analysis.customer, call.customer); // the hiss and the click are not speech
    checkSpans(analysis.deadAir, call.deadAir);
    checkSpans(analysis.overtalk, call.overtalk);
    CHECK(std::abs(analysis.longestMonologueMs - call.longestMonologueMs) <= 600);
    REQUIRE(analysis.responses.size() == call.responses.size());
    for (qsizetype i = 0; i < call.responses.size(); ++i) {
        CHECK(std::abs(analysis.responses.at(i).customerEndMs - call.responses.at(i).customerEndMs) <= 300);
        CHECK(std::abs(analysis.responses.at(i).latencyMs - call.responses.at(i).latencyMs) <= 600);
    }

    // With the agent on the right, the parties swap; with a 2 s dead-air limit the 2.5 s pause before the customer's
    // thanks counts too, and with a 2 s overtalk limit the 1.5 s overlap does not.
    CallAnalysis::Options options;
    options.agentChannel = 1;
    options.deadAirMs = 2000;
    options.overtalkMs = 2000;
    const CallAnalysis swapped = analyse(call.stereo, options);
    checkSpans(swapped.agent, call.customer);
    checkSpans(swapped.customer, call.agent);
    checkSpans(swapped.deadAir,
               call.deadAir + QList<TimeSpan> { { call.agent.last().endMs, call.customer.last().startMs } });
    CHECK(swapped.overtalk.isEmpty());
}

TEST_CASE("a synthesised mono call: speech and silence only, and it says so")
{
    const SynthesisedCall& call = synthesisedCall();
    const CallAnalysis analysis = analyse(call.mono);
    CHECK(analysis.mono);
    CHECK(analysis.agent.isEmpty());
    CHECK(analysis.customer.isEmpty());
    CHECK(analysis.overtalk.isEmpty());
    // Both sides on one channel: the overlapping lines are one stretch of speech.
    QList<TimeSpan> speech = call.agent + call.customer;
    std::sort(speech.begin(), speech.end(), [](const TimeSpan& a, const TimeSpan& b) { return a.startMs < b.startMs; });
    QList<TimeSpan> joined;
    for (const TimeSpan& span : std::as_const(speech)) {
        if (!joined.isEmpty() && span.startMs - joined.last().endMs < 800)
            joined.last().endMs = std::max(joined.last().endMs, span.endMs);
        else
            joined << span;
    }
    checkSpans(analysis.speech, joined);
    checkSpans(analysis.deadAir, call.deadAir);
}
