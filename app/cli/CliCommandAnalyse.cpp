#include "CliCommand.h"
#include "analytics/ChatAnalysis.h"
#include "io/TranscriptReader.h"
#include "media/CallAnalysis.h"
#include "media/WaveformDecoder.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <cmath>

namespace qadesk::cli {
namespace {

constexpr double s_maxSeconds = 3600.0;

// The recordings QA Desk plays; anything else is read as a transcript (docs/formats/transcripts.md).
bool isRecording(const QString& path)
{
    static const QStringList s_suffixes { QStringLiteral("wav"), QStringLiteral("mp3"),  QStringLiteral("ogg"),
                                          QStringLiteral("oga"), QStringLiteral("opus"), QStringLiteral("m4a"),
                                          QStringLiteral("aac"), QStringLiteral("flac") };
    return s_suffixes.contains(QFileInfo(path).suffix().toLower());
}

// A threshold in seconds, given as --OPTION S; a usage error unless it is a number in (0, 3600].
bool secondsOption(const QCommandLineParser& parser, const QString& option, qint64* ms)
{
    if (!parser.isSet(option))
        return true;
    double value = 0;
    if (!numberOption(parser, option, &value))
        return false;
    if (!(value > 0 && value <= s_maxSeconds)) {
        usageError(QStringLiteral("qadesk-cli analyse: --%1 must be more than 0 and at most %2 seconds, not \"%3\".")
                       .arg(option)
                       .arg(s_maxSeconds)
                       .arg(parser.value(option)));
        return false;
    }
    *ms = std::llround(value * 1000.0);
    return true;
}

int analyseRecording(const QString& path, const CallAnalysis::Options& options)
{
    QString error;
    const auto peaks = WaveformDecoder::decode(path, {}, &error);
    if (!peaks)
        return fail(error);
    printJson(QJsonDocument(CallAnalysis::of(*peaks, options)->toJson()));
    return 0;
}

int analyseTranscript(const QString& path, const std::optional<TextEncoding>& encoding)
{
    TranscriptReader::Options options;
    options.encoding = encoding;
    // Waits are differences between times; a fixed zone keeps them independent of the machine's.
    options.timeZone = QTimeZone::utc();
    QList<ImportProblem> problems;
    const auto transcript = TranscriptReader::readFile(path, options, &problems);
    if (!transcript) {
        QStringList lines;
        for (const ImportProblem& problem : std::as_const(problems))
            lines << problem.toString();
        return fail(lines.join(QLatin1Char('\n')));
    }
    printJson(QJsonDocument(ChatAnalysis::of(transcript->messages).toJson()));
    return 0;
}

int runAnalyse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("A call recording (WAV, MP3, Ogg/Opus, M4A, FLAC) or a chat or e-mail "
                                                "transcript (docs/formats/transcripts.md)."));
    parser.addOptions({
        { QStringLiteral("agent-channel"),
          QStringLiteral("left (default) or right: the agent's side of a stereo recording."), QStringLiteral("SIDE"),
          QStringLiteral("left") },
        { QStringLiteral("dead-air"), QStringLiteral("Both sides silent at least this long is dead air (default 3)."),
          QStringLiteral("S") },
        { QStringLiteral("overtalk"),
          QStringLiteral("Both sides speaking at least this long is overtalk (default 0.5)."), QStringLiteral("S") },
        { QStringLiteral("encoding"),
          QStringLiteral("A transcript's encoding: utf-8, utf-16le, utf-16be or cp949; "
                         "detected when not given."),
          QStringLiteral("ENC") },
    });
    if (const int code
        = parse(parser, arguments,
                QStringLiteral("Analyse a conversation. For a recording, who spoke when, the talk ratio, "
                               "dead air, overtalk, the longest agent monologue and the agent's response "
                               "latencies; for a transcript, the first response, every reply wait, the "
                               "longest and the message counts. Prints JSON, times in seconds."));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("qadesk-cli analyse: give one FILE."));
    const QString path = parser.positionalArguments().first();

    CallAnalysis::Options callOptions;
    std::optional<TextEncoding> encoding;
    if (!agentChannelOption(parser, &callOptions.agentChannel)
        || !secondsOption(parser, QStringLiteral("dead-air"), &callOptions.deadAirMs)
        || !secondsOption(parser, QStringLiteral("overtalk"), &callOptions.overtalkMs)
        || !encodingOption(parser, &encoding))
        return 2;
    return isRecording(path) ? analyseRecording(path, callOptions) : analyseTranscript(path, encoding);
}

const Registration s_analyse({ QStringLiteral("analyse"),
                               QStringLiteral("Analyse a call recording or a chat transcript: talk, silence, waits."),
                               &runAnalyse });

} // namespace
} // namespace qadesk::cli
