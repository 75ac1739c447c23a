// What call analysis costs, as the evaluation page and a background run over every call use it.
//
//   qadesk_analysis_bench [--minutes 60] [--rounds 3] [--calls 1000] [--call-minutes 5]
//
// 1. Writes a stereo 8 kHz 16-bit WAV of --minutes (SyntheticCall.h) and, after one decode to load GStreamer, decodes
//    it without the frame levels (the waveform alone) and with them followed by CallAnalysis::of(), in turns, --rounds
//    times each; the fastest of each counts. The overhead is (analysed - waveform alone) / waveform alone, in wall
//    time and in the CPU time of all the process's threads (steadier on a busy machine).
// 2. Writes one call of --call-minutes and analyses it --calls times on the global thread pool with
//    QtConcurrent::mapped (decode with levels, then CallAnalysis::of), as a run over a centre's calls would; the
//    same file each time, so the figure leaves out reading many files from disk. Throughput is in calls a second
//    and in times real time (recorded seconds analysed per second).
// 3. The app's own background run: --stored-calls contacts of that call in a new workspace file (each with its own
//    waveform cache entry, so each is decoded), measured and stored by ConversationMetrics::measureCalls on one
//    connection in one thread, as the window runs it after an import.
// Prints JSON. Built only with -DQADESK_BUILD_BENCHMARKS=ON (Release); never part of the unit tests.

#include "SyntheticCall.h"
#include "analytics/ConversationMetrics.h"
#include "storage/ContactRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/Transaction.h"
#include "media/CallAnalysis.h"
#include "media/WaveformDecoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
#include <cstdio>
#include <limits>
#include <optional>
#include <time.h>

using namespace qadesk;

namespace {

int option(const QStringList& args, const QString& name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    return at > 0 ? args.value(at + 1).toInt() : fallback;
}

double cpuMs()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now); // every thread of the process, GStreamer's included
    return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
    double analysisMs = 0; // CallAnalysis::of() alone
    qsizetype segments = 0;
};

// Decodes `path`, with the frame levels and CallAnalysis::of() when `analyse`; nullopt on failure.
std::optional<Timing> timeDecode(const QString& path, bool analyse)
{
    WaveformDecoder::Options options;
    options.levels = analyse;
    Timing timing;
    QElapsedTimer clock;
    clock.start();
    const double cpuStart = cpuMs();
    QString error;
    const auto peaks = WaveformDecoder::decode(path, options, &error);
    if (!peaks) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return std::nullopt;
    }
    if (analyse) {
        const double decodedMs = clock.nsecsElapsed() / 1e6;
        const auto analysis = CallAnalysis::of(*peaks, {});
        timing.segments = analysis ? analysis->agent.size() + analysis->customer.size() : 0;
        timing.analysisMs = clock.nsecsElapsed() / 1e6 - decodedMs;
    }
    timing.wallMs = clock.nsecsElapsed() / 1e6;
    timing.cpuMs = cpuMs() - cpuStart;
    return timing;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int minutes = option(args, QStringLiteral("--minutes"), 60);
    const int rounds = option(args, QStringLiteral("--rounds"), 3);
    const int calls = option(args, QStringLiteral("--calls"), 1000);
    const int callMinutes = option(args, QStringLiteral("--call-minutes"), 5);
    const int storedCalls = option(args, QStringLiteral("--stored-calls"), 200);
    if (minutes <= 0 || rounds <= 0 || calls < 0 || callMinutes <= 0 || storedCalls < 0) {
        std::fputs("usage: qadesk_analysis_bench [--minutes N] [--rounds N] [--calls N] [--call-minutes N] "
                   "[--stored-calls N]\n",
                   stderr);
        return 2;
    }
    QTemporaryDir dir;
    const QString longCall = dir.filePath(QStringLiteral("long.wav"));
    const QString shortCall = dir.filePath(QStringLiteral("short.wav"));
    QString error;
    if (!dir.isValid() || !bench::writeCall(longCall, minutes * 60, &error)
        || !bench::writeCall(shortCall, callMinutes * 60, &error)) {
        std::fprintf(stderr, "cannot write the calls: %s\n", qPrintable(error));
        return 1;
    }

    // The fastest of the rounds counts, as the least disturbed by other programs; the order alternates.
    constexpr double s_never = std::numeric_limits<double>::max();
    Timing alone { s_never, s_never, 0, 0 };
    Timing analysed { s_never, s_never, s_never, 0 };
    if (!timeDecode(shortCall, true)) // GStreamer loads its plugins on the first decode: part of neither
        return 1;
    for (int round = 0; round < rounds; ++round) {
        std::optional<Timing> run[2];
        for (int i = 0; i < 2; ++i) {
            const bool analyse = (round + i) % 2 == 1;
            run[analyse] = timeDecode(longCall, analyse);
            if (!run[analyse])
                return 1;
        }
        std::fprintf(stderr,
                     "round %d: waveform alone %.0f ms (cpu %.0f), with analysis %.0f ms (cpu %.0f, of() %.1f)\n",
                     round + 1, run[0]->wallMs, run[0]->cpuMs, run[1]->wallMs, run[1]->cpuMs, run[1]->analysisMs);
        alone.wallMs = std::min(alone.wallMs, run[0]->wallMs);
        alone.cpuMs = std::min(alone.cpuMs, run[0]->cpuMs);
        analysed.wallMs = std::min(analysed.wallMs, run[1]->wallMs);
        analysed.cpuMs = std::min(analysed.cpuMs, run[1]->cpuMs);
        analysed.analysisMs = std::min(analysed.analysisMs, run[1]->analysisMs);
        analysed.segments = run[1]->segments;
    }

    const auto analyseOne = [&shortCall](int) {
        QString failure;
        const auto peaks = WaveformDecoder::decode(shortCall, {}, &failure);
        return peaks ? CallAnalysis::of(*peaks, {}) : std::nullopt;
    };
    QList<int> work(calls);
    QElapsedTimer clock;
    clock.start();
    const QList<std::optional<CallAnalysis>> results = QtConcurrent::blockingMapped(work, analyseOne);
    const double batchMs = clock.nsecsElapsed() / 1e6;
    const auto complete = std::count_if(results.cbegin(), results.cend(), [](const auto& r) { return r.has_value(); });

    // The background run of the app over stored calls.
    Database::Options create;
    create.create = true;
    const auto workspace = Database::open(dir.filePath(QStringLiteral("bench.qadesk")), create, &error);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    {
        Transaction transaction(*workspace);
        const qint64 agent = AgentRepository(*workspace).add(Agent { 0, QStringLiteral("A1"), QStringLiteral("Kim"), 0 });
        ContactWriter writer(*workspace);
        for (int i = 0; i < storedCalls; ++i) {
            Contact call;
            call.externalId = QStringLiteral("CALL-%1").arg(i);
            call.agentId = agent;
            call.startedAt = QDateTime::fromMSecsSinceEpoch(1790000000000LL + i * 600000LL, Qt::UTC);
            call.durationSeconds = callMinutes * 60;
            call.recording = Recording { QStringLiteral("short.wav"), callMinutes * 60000LL, 2, 0 };
            writer.insert(call);
        }
        transaction.commit();
    }
    clock.restart();
    const MetricsRun stored = ConversationMetrics::measureCalls(*workspace);
    const double storedMs = clock.nsecsElapsed() / 1e6;

    const QJsonObject report {
        { QStringLiteral("stored_calls"), storedCalls },
        { QStringLiteral("stored_calls_measured"), stored.measured },
        { QStringLiteral("stored_wall_s"), storedMs / 1000.0 },
        { QStringLiteral("stored_times_real_time"), storedCalls * callMinutes * 60.0 * 1000.0 / storedMs },
        { QStringLiteral("long_call"), QStringLiteral("%1 min, stereo, 8 kHz, 16-bit WAV").arg(minutes) },
        { QStringLiteral("rounds"), rounds },
        { QStringLiteral("waveform_alone_ms"), alone.wallMs },
        { QStringLiteral("waveform_with_analysis_ms"), analysed.wallMs },
        { QStringLiteral("overhead_percent"), 100.0 * (analysed.wallMs - alone.wallMs) / alone.wallMs },
        { QStringLiteral("waveform_alone_cpu_ms"), alone.cpuMs },
        { QStringLiteral("waveform_with_analysis_cpu_ms"), analysed.cpuMs },
        { QStringLiteral("overhead_cpu_percent"), 100.0 * (analysed.cpuMs - alone.cpuMs) / alone.cpuMs },
        { QStringLiteral("call_analysis_of_ms"), analysed.analysisMs },
        { QStringLiteral("segments_found"), qint64(analysed.segments) },
        { QStringLiteral("batch_calls"), calls },
        { QStringLiteral("batch_call_minutes"), callMinutes },
        { QStringLiteral("batch_calls_analysed"), qint64(complete) },
        { QStringLiteral("batch_threads"), QThreadPool::globalInstance()->maxThreadCount() },
        { QStringLiteral("batch_wall_s"), batchMs / 1000.0 },
        { QStringLiteral("batch_calls_per_s"), calls * 1000.0 / batchMs },
        { QStringLiteral("batch_times_real_time"), calls * callMinutes * 60.0 * 1000.0 / batchMs },
        { QStringLiteral("peak_rss_mb"), bench::peakRssMb() },
    };
    std::fputs(QJsonDocument(report).toJson(QJsonDocument::Indented).constData(), stdout);
    return complete == calls && stored.measured == storedCalls ? 0 : 1;
}
