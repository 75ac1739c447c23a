// Computing the waveform of a long call recording on the background worker, as the evaluation page does.
//
//   qadesk_waveform_bench [--minutes 60]
//
// Writes a stereo 8 kHz 16-bit WAV of that length into a temporary folder (the agent and the customer taking turns
// every few seconds), decodes it to peaks with WaveformDecoder::start() while this thread runs an event loop with a
// 16 ms timer standing in for the GUI, and prints progress to stderr, then JSON: wall time of the decode, the
// longest gap between timer ticks (how long the "GUI" was kept waiting) and the process's peak resident memory.
// Built only with -DQADESK_BUILD_BENCHMARKS=ON (Release); never part of the unit tests.

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
#include <QtEndian>

#include <sys/resource.h>

#include <cmath>
#include <cstdio>
#include <numbers>

using namespace qadesk;

namespace {

constexpr int s_rate = 8000;

double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // Linux reports kilobytes
}

void appendLe(QByteArray& out, quint32 value, int bytes)
{
    char le[4];
    qToLittleEndian(value, le);
    out.append(le, bytes);
}

// One second at a time, so writing an hour needs no more memory than a second of it.
bool writeCall(const QString& path, int minutes, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    const quint32 dataBytes = quint32(minutes) * 60 * s_rate * 4;
    QByteArray header = "RIFF";
    appendLe(header, 36 + dataBytes, 4);
    header += "WAVEfmt ";
    appendLe(header, 16, 4); // fmt chunk size
    appendLe(header, 1, 2); // PCM
    appendLe(header, 2, 2); // channels
    appendLe(header, s_rate, 4);
    appendLe(header, s_rate * 4, 4); // bytes a second
    appendLe(header, 4, 2); // bytes a frame
    appendLe(header, 16, 2); // bits a sample
    header += "data";
    appendLe(header, dataBytes, 4);
    file.write(header);
    QByteArray second(s_rate * 4, Qt::Uninitialized);
    for (int s = 0; s < minutes * 60; ++s) {
        const bool agentTalks = (s / 4) % 2 == 0; // turns of four seconds
        auto* frame = reinterpret_cast<qint16*>(second.data());
        for (int i = 0; i < s_rate; ++i) {
            const double envelope = 0.5 + 0.5 * std::sin(2.0 * std::numbers::pi * 3.0 * i / s_rate); // syllables
            const auto voice = qint16(20000.0 * envelope * std::sin(2.0 * std::numbers::pi * 220.0 * i / s_rate));
            frame[2 * i] = qToLittleEndian(agentTalks ? voice : qint16(voice / 40)); // the other side's bleed
            frame[2 * i + 1] = qToLittleEndian(agentTalks ? qint16(voice / 40) : voice);
        }
        if (file.write(second) != second.size()) {
            *error = file.errorString();
            return false;
        }
    }
    return true;
}

} // namespace

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
    if (!dir.isValid() || !writeCall(path, minutes, &error)) {
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
