#include "media/WaveformDecoder.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtEndian>

#include <cmath>
#include <numbers>

using namespace qadesk;

namespace {

// A canonical 44-byte-header PCM WAV of interleaved 16-bit frames.
QByteArray wav(int sampleRate, int channels, const QList<qint16>& samples)
{
    const auto u32 = [](quint32 v) {
        char bytes[4];
        qToLittleEndian(v, bytes);
        return QByteArray(bytes, 4);
    };
    const auto u16 = [](quint16 v) {
        char bytes[2];
        qToLittleEndian(v, bytes);
        return QByteArray(bytes, 2);
    };
    const quint32 dataBytes = quint32(samples.size() * 2);
    QByteArray out = "RIFF" + u32(36 + dataBytes) + "WAVE" + "fmt " + u32(16) + u16(1) + u16(quint16(channels))
        + u32(quint32(sampleRate)) + u32(quint32(sampleRate * channels * 2)) + u16(quint16(channels * 2)) + u16(16)
        + "data" + u32(dataBytes);
    for (const qint16 sample : samples)
        out += u16(quint16(sample));
    return out;
}

qint16 tone(int frame, int sampleRate, double hz = 400.0, double amplitude = 30000.0)
{
    return qint16(std::lround(amplitude * std::sin(2.0 * std::numbers::pi * hz * frame / sampleRate)));
}

// Stereo 8 kHz, two seconds: the agent (left) speaks in the first second, the customer (right) in the second.
QByteArray conversation()
{
    QList<qint16> samples;
    for (int frame = 0; frame < 16000; ++frame) {
        const bool first = frame < 8000;
        samples << (first ? tone(frame, 8000) : qint16(0)) << (first ? qint16(0) : tone(frame, 8000));
    }
    return wav(8000, 2, samples);
}

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

QString decodeError(const QString& path)
{
    QString error;
    const auto peaks = WaveformDecoder::decode(path, {}, &error);
    CHECK_FALSE(peaks);
    return error;
}

} // namespace

TEST_CASE("a stereo call decodes in the background to peaks per channel, with progress")
{
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("call.wav"), conversation());

    QFutureWatcher<WaveformResult> watcher;
    QList<int> progress;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<WaveformResult>::progressValueChanged, &loop,
                     [&](int value) { progress << value; });
    QObject::connect(&watcher, &QFutureWatcher<WaveformResult>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(WaveformDecoder::start(path, {}));
    loop.exec();

    REQUIRE(watcher.future().resultCount() == 1);
    const WaveformResult result = watcher.result();
    INFO(result.error.toStdString());
    REQUIRE(result.peaks);
    const WaveformPeaks& peaks = *result.peaks;
    CHECK(peaks.channels == 2);
    CHECK(peaks.binsPerSecond == 50);
    CHECK(peaks.durationMs == 2000);
    REQUIRE(peaks.binCount() == 100);
    // 30000 of 32767 is 233 on the 0..255 scale; the silent side is exactly 0, and the switch falls on bin 50.
    for (int bin = 0; bin < 100; ++bin) {
        INFO("bin " << bin);
        const bool agentSpeaks = bin < 50;
        CHECK(int(peaks.peaks[0][bin]) == (agentSpeaks ? 233 : 0));
        CHECK(int(peaks.peaks[1][bin]) == (agentSpeaks ? 0 : 233));
    }
    REQUIRE_FALSE(progress.isEmpty());
    CHECK(std::is_sorted(progress.cbegin(), progress.cend()));
    CHECK(progress.last() == WaveformDecoder::s_progressRange);

    // The same pass measures 20 ms levels. A sine of amplitude 30000 has an RMS of 30000/sqrt(2) = 21213, which is
    // 20 log10(21213 / 32768) = -3.78 dBFS, stored as round(2 (120 - 3.78)) = 232; silence is 0.
    REQUIRE(peaks.levels.size() == 2);
    REQUIRE(peaks.levels[0].size() == 100);
    REQUIRE(peaks.levels[1].size() == 100);
    for (int frame = 0; frame < 100; ++frame) {
        INFO("frame " << frame);
        const bool agentSpeaks = frame < 50;
        CHECK(int(peaks.levels[0][frame]) == (agentSpeaks ? 232 : 0));
        CHECK(int(peaks.levels[1][frame]) == (agentSpeaks ? 0 : 232));
    }
}

TEST_CASE("the levels can be left out, and a last short frame is measured over what it holds")
{
    QTemporaryDir dir;
    QList<qint16> samples;
    for (int frame = 0; frame < 8000 + 40; ++frame) // one second and 5 ms: 50 whole frames and a quarter of one
        samples << tone(frame, 8000) << qint16(0);
    const QString path = write(dir, QStringLiteral("short.wav"), wav(8000, 2, samples));
    QString error;
    WaveformDecoder::Options options;
    options.levels = false;
    const auto withoutLevels = WaveformDecoder::decode(path, options, &error);
    REQUIRE(withoutLevels);
    CHECK_FALSE(withoutLevels->hasLevels());
    const auto peaks = WaveformDecoder::decode(path, {}, &error);
    REQUIRE(peaks);
    REQUIRE(peaks->levels.size() == 2);
    REQUIRE(peaks->levels[0].size() == 51);
    // 40 samples are one whole period of 400 Hz at 8 kHz: the same RMS as a whole frame.
    CHECK(int(peaks->levels[0].last()) == 232);
    CHECK(int(peaks->levels[1].last()) == 0);
}

TEST_CASE("a mono Ogg file is one lane although GStreamer dithers its two copies apart")
{
    QString error;
    const auto peaks = WaveformDecoder::decode(test::dataPath(QStringLiteral("import/calls/c2.ogg")), {}, &error);
    INFO(error.toStdString());
    REQUIRE(peaks);
    CHECK(peaks->channels == 1);
    CHECK(peaks->peaks.size() == 1);
    CHECK(peaks->levels.size() == 1);
}

TEST_CASE("a mono recording at another rate is one lane of the right length")
{
    QTemporaryDir dir;
    QList<qint16> samples;
    for (int frame = 0; frame < 16000 * 3 / 2; ++frame) // 1.5 s at 16 kHz, loud only in the last half second
        samples << (frame >= 16000 ? tone(frame, 16000, 300.0) : qint16(0));
    const QString path = write(dir, QStringLiteral("mono.wav"), wav(16000, 1, samples));

    QString error;
    QList<double> progress;
    const auto peaks = WaveformDecoder::decode(path, {}, &error, [&](double fraction) { progress << fraction; });
    INFO(error.toStdString());
    REQUIRE(peaks);
    CHECK(peaks->channels == 1);
    CHECK(peaks->peaks.size() == 1);
    CHECK(peaks->durationMs == Approx(1500).margin(5));
    CHECK(peaks->maxPeak(0, 0, 950) < 10); // the resampler's ringing at most, near the edge
    CHECK(peaks->maxPeak(0, 1100, 1500) > 200);
    REQUIRE_FALSE(progress.isEmpty());
    CHECK(progress.last() == 1.0);
}

TEST_CASE("a WAV cut short gives the peaks of what is there")
{
    QTemporaryDir dir;
    const QByteArray full = conversation();
    const QString path = write(dir, QStringLiteral("cut.wav"), full.left(44 + 8000 * 4 / 2)); // half a second
    QString error;
    const auto peaks = WaveformDecoder::decode(path, {}, &error);
    INFO(error.toStdString());
    REQUIRE(peaks);
    CHECK(peaks->durationMs == 500);
    CHECK(peaks->maxPeak(0, 0, 500) == 233);
}

TEST_CASE("a file that is not a readable recording gives a message naming it, never a crash")
{
    QTemporaryDir dir;
    QByteArray noise(20000, '\0');
    QRandomGenerator random(7);
    for (char& byte : noise)
        byte = char(random.bounded(256));

    const QString missing = dir.filePath(QStringLiteral("gone.wav"));
    CHECK_THAT(decodeError(missing).toStdString(), Catch::Contains("gone.wav") && Catch::Contains("missing"));
    const QString empty = write(dir, QStringLiteral("empty.wav"), {});
    CHECK_THAT(decodeError(empty).toStdString(), Catch::Contains("empty.wav") && Catch::Contains("empty"));
    CHECK_THAT(decodeError(dir.path()).toStdString(), Catch::Contains("not a readable file"));

    const QString noisy = write(dir, QStringLiteral("random.wav"), noise);
    CHECK_THAT(decodeError(noisy).toStdString(), Catch::Contains("random.wav") && Catch::Contains("damaged"));
    const QString header = write(dir, QStringLiteral("header.wav"), conversation().left(30));
    CHECK_THAT(decodeError(header).toStdString(), Catch::Contains("header.wav") && Catch::Contains("damaged"));
    const QString text
        = write(dir, QStringLiteral("notes.wav"), QByteArray("Call notes, not a recording.\n").repeated(50));
    CHECK_THAT(decodeError(text).toStdString(), Catch::Contains("notes.wav"));
    const QString noData = write(dir, QStringLiteral("nodata.wav"), wav(8000, 2, {}));
    CHECK_THAT(decodeError(noData).toStdString(), Catch::Contains("nodata.wav"));

    // Through the background path too: the future carries the message instead of peaks.
    auto future = WaveformDecoder::start(noisy, {});
    future.waitForFinished();
    REQUIRE(future.resultCount() == 1);
    CHECK_FALSE(future.result().peaks);
    CHECK(future.result().error.contains(QStringLiteral("random.wav")));
}

TEST_CASE("a cancelled decode stops early and gives nothing")
{
    QTemporaryDir dir;
    QList<qint16> samples;
    for (int frame = 0; frame < 8000 * 60; ++frame) // a minute of stereo
        samples << tone(frame, 8000) << tone(frame, 8000, 600.0);
    const QString path = write(dir, QStringLiteral("minute.wav"), wav(8000, 2, samples));

    QString error;
    int buffers = 0;
    double reached = 0;
    const auto peaks = WaveformDecoder::decode(
        path, {}, &error, [&](double fraction) { reached = fraction; }, [&] { return ++buffers > 3; });
    CHECK_FALSE(peaks);
    CHECK(error.contains(QStringLiteral("cancelled")));
    CHECK(error.contains(QStringLiteral("minute.wav")));
    CHECK(reached < 0.5);

    // A cancelled future finishes without a result, whether or not its decode had started.
    auto future = WaveformDecoder::start(path, {});
    future.cancel();
    future.waitForFinished();
    CHECK(future.isCanceled());
    CHECK(future.resultCount() == 0);
}
