// Computing the waveform of a long call recording on the background worker, as the evaluation page does.
//
//   qadesk_waveform_bench [--minutes 60]
//
// Writes a stereo 8 kHz 16-bit WAV of that length into a temporary folder (the agent and the customer taking turns
// every few seconds), decodes it to peaks with WaveformDecoder::start() while this thread runs an event loop with a
// 16 ms timer standing in for the GUI, and prints progress to stderr, then JSON: wall time of the decode, the
// longest gap between timer ticks (how long the "GUI" was kept waiting) and the process's peak resident memory.
// Built only with -DQADESK_BUILD_BENCHMARKS=ON (Release); never part of the unit tests.

#include "SyntheticCall.h"
#include "media/WaveformDecoder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace qadesk;
using qadesk::bench::peakRssMb;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int minutesAt = int(args.indexOf(QStringLiteral("--minutes")));
    const int minutes = minutesAt > 0 ? args.value(minutesAt + 1).toInt() : 60;
    if (minutes <= 0) {
        std::fputs("usage: qadesk_waveform_bench [--minutes N]\n", stderr);
        return 2;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("call.wav"));
    QString error;
    QElapsedTimer clock;
    clock.start();
    if (!dir.isValid() || !bench::writeCall(path, minutes * 60, &error)) {
        std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(path), qPrintable(error));
        return 1;
    }
    const double writeMs = clock.nsecsElapsed() / 1e6;
    const double rssBeforeMb = peakRssMb();

    // The "GUI": a 16 ms timer on this thread; its longest gap shows whether the decode ever blocked it.
    QTimer frame;
    frame.setInterval(16);
    QElapsedTimer sinceTick;
    qint64 longestGapMs = 0;
    QObject::connect(&frame, &QTimer::timeout, &app, [&] {
        longestGapMs = std::max(longestGapMs, sinceTick.restart());
    });

    QFutureWatcher<WaveformResult> watcher;
    QEventLoop loop;
    int lastTenth = -1;
    QObject::connect(&watcher, &QFutureWatcherBase::progressValueChanged, &loop, [&](int value) {
        const int tenth = value * 10 / WaveformDecoder::s_progressRange;
        if (tenth != lastTenth) {
            lastTenth = tenth;
            std::fprintf(stderr, "decoding… %d%% at %.0f ms\n", tenth * 10, clock.nsecsElapsed() / 1e6);
        }
    });
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    clock.restart();
    sinceTick.start();
    frame.start();
    watcher.setFuture(WaveformDecoder::start(path, {}));
    loop.exec();
    const double decodeMs = clock.nsecsElapsed() / 1e6;
    frame.stop();

    const WaveformResult result = watcher.result();
    if (!result.peaks) {
        std::fprintf(stderr, "%s\n", qPrintable(result.error));
        return 1;
    }
    const QJsonObject report {
        { QStringLiteral("recording"), QStringLiteral("%1 min, stereo, 8 kHz, 16-bit WAV").arg(minutes) },
        { QStringLiteral("file_mb"), double(QFile(path).size()) / (1024.0 * 1024.0) },
        { QStringLiteral("write_ms"), writeMs },
        { QStringLiteral("decode_wall_ms"), decodeMs },
        { QStringLiteral("longest_gui_gap_ms"), longestGapMs },
        { QStringLiteral("channels"), result.peaks->channels },
        { QStringLiteral("bins_per_channel"), result.peaks->binCount() },
        { QStringLiteral("blob_kb"), double(result.peaks->toBlob().size()) / 1024.0 },
        { QStringLiteral("peak_rss_before_decode_mb"), rssBeforeMb },
        { QStringLiteral("peak_rss_mb"), peakRssMb() },
    };
    std::fputs(QJsonDocument(report).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
