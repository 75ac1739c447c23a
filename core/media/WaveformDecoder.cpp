#include "WaveformDecoder.h"

#include "workspace/JobPool.h"

#include <QAudioBuffer>
#include <QAudioDecoder>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QPromise>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cstdlib>

namespace qadesk {
namespace {

constexpr int s_sampleRate = 8000;
constexpr int s_channels = 2;
// GStreamer dithers each channel on its own when it converts a decoded float source (Ogg, MP3) to 16 bits, so
// the two copies of a mono source differ by up to a step either way.
constexpr int s_ditherSpread = 2;
constexpr int s_pollMs = 50; // how often a decode waiting on GStreamer checks for cancel and stalls

// Folds interleaved 16-bit stereo frames into per-bin peaks as they arrive, so memory stays at the size of the
// result whatever the length of the recording.
class PeakAccumulator final {
public:
    explicit PeakAccumulator(int binsPerSecond)
        : m_binsPerSecond(binsPerSecond)
    {
        m_peaks.binsPerSecond = binsPerSecond;
        m_peaks.peaks.resize(s_channels);
        m_binEnd = binEnd(0);
    }

    void add(const qint16* samples, qsizetype frames)
    {
        for (qsizetype i = 0; i < frames; ++i, samples += s_channels) {
            if (m_frames == m_binEnd)
                closeBin();
            const int left = std::abs(int(samples[0]));
            const int right = std::abs(int(samples[1]));
            m_max[0] = std::max(m_max[0], left);
            m_max[1] = std::max(m_max[1], right);
            m_channelsDiffer = m_channelsDiffer || std::abs(int(samples[0]) - int(samples[1])) > s_ditherSpread;
            ++m_frames;
        }
    }

    qint64 frames() const { return m_frames; }
    qint64 decodedMs() const { return m_frames * 1000 / s_sampleRate; }

    WaveformPeaks finish()
    {
        if (m_frames > binEnd(m_bin - 1))
            closeBin();
        m_peaks.durationMs = decodedMs();
        // GStreamer copies a mono source to both channels; one lane says so honestly.
        if (!m_channelsDiffer)
            m_peaks.peaks.resize(1);
        m_peaks.channels = int(m_peaks.peaks.size());
        return std::move(m_peaks);
    }

private:
    // Bin k covers frames [ceil(k·rate/bps), ceil((k+1)·rate/bps)); exact for any rate and bin count.
    qint64 binEnd(qint64 bin) const { return ((bin + 1) * s_sampleRate + m_binsPerSecond - 1) / m_binsPerSecond; }

    void closeBin()
    {
        for (int c = 0; c < s_channels; ++c) {
            // 32768 (the most negative sample) maps to 255 like 32767 does.
            m_peaks.peaks[c].append(quint8(std::min(255, (m_max[c] * 255 + 16383) / 32767)));
            m_max[c] = 0;
        }
        ++m_bin;
        m_binEnd = binEnd(m_bin);
    }

    const int m_binsPerSecond;
    WaveformPeaks m_peaks;
    qint64 m_frames = 0;
    qint64 m_bin = 0;
    qint64 m_binEnd = 0;
    int m_max[s_channels] = { 0, 0 };
    bool m_channelsDiffer = false;
};

// Measures the RMS level of every 20 ms frame of each channel from the same buffers the peaks are folded from, for
// call analysis; one multiply-add a sample, so it costs little beside the decode itself.
class LevelAccumulator final {
public:
    LevelAccumulator() { m_levels.resize(s_channels); }

    void add(const qint16* samples, qsizetype frames)
    {
        // A frame's worth at a time, in a loop without branches that the compiler vectorises.
        while (frames > 0) {
            const int take = int(std::min<qsizetype>(frames, s_framesPerLevel - m_inFrame));
            qint64 left = 0;
            qint64 right = 0;
            for (int i = 0; i < take; ++i) {
                left += samples[2 * i] * samples[2 * i];
                right += samples[2 * i + 1] * samples[2 * i + 1];
            }
            m_sumSquares[0] += left;
            m_sumSquares[1] += right;
            m_inFrame += take;
            samples += qsizetype(take) * s_channels;
            frames -= take;
            if (m_inFrame == s_framesPerLevel)
                closeFrame();
        }
    }

    // One list per channel, the last frame shorter when the audio does not fill it.
    QList<QList<quint8>> finish()
    {
        if (m_inFrame > 0)
            closeFrame();
        return std::move(m_levels);
    }

private:
    static constexpr int s_framesPerLevel = s_sampleRate * WaveformPeaks::s_levelFrameMs / 1000;

    void closeFrame()
    {
        for (int c = 0; c < s_channels; ++c) {
            m_levels[c].append(WaveformPeaks::levelOf(double(m_sumSquares[c]) / m_inFrame));
            m_sumSquares[c] = 0;
        }
        m_inFrame = 0;
    }

    QList<QList<quint8>> m_levels;
    qint64 m_sumSquares[s_channels] = { 0, 0 };
    int m_inFrame = 0;
};

} // namespace

std::optional<WaveformPeaks> WaveformDecoder::decode(const QString& path, const Options& options, QString* error,
                                                     const ProgressFunction& progress, const CancelFunction& cancel)
{
    const QFileInfo file(path);
    const QString name = QDir::toNativeSeparators(file.absoluteFilePath());
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!file.exists())
        return fail(tr("The recording %1 is missing.").arg(name));
    if (!file.isFile() || !file.isReadable())
        return fail(tr("The recording %1 cannot be read: it is not a readable file.").arg(name));
    if (file.size() == 0)
        return fail(tr("The recording %1 is empty.").arg(name));

    QAudioFormat format;
    format.setSampleFormat(QAudioFormat::Int16);
    format.setChannelCount(s_channels);
    format.setSampleRate(s_sampleRate);
    QAudioDecoder decoder;
    decoder.setAudioFormat(format);
    // GStreamer fails on relative paths ("Could not open resource for reading").
    decoder.setSource(QUrl::fromLocalFile(file.absoluteFilePath()));

    PeakAccumulator peaks(std::clamp(options.binsPerSecond, 1, 1000));
    LevelAccumulator levels;
    QEventLoop loop;
    QString failure;
    bool cancelled = false;
    QElapsedTimer sinceLastBuffer;
    const auto stop = [&] {
        decoder.stop();
        loop.quit();
    };
    const auto checkCancel = [&] {
        if (cancel && cancel()) {
            cancelled = true;
            stop();
        }
    };

    QObject::connect(&decoder, &QAudioDecoder::bufferReady, &loop, [&] {
        const QAudioBuffer buffer = decoder.read();
        if (!buffer.isValid() || cancelled || !failure.isEmpty())
            return;
        const QAudioFormat got = buffer.format();
        if (got.sampleFormat() != QAudioFormat::Int16 || got.channelCount() != s_channels
            || got.sampleRate() != s_sampleRate) {
            failure = tr("The recording %1 came out of the decoder in an unexpected format (%2 channels, %3 Hz).")
                          .arg(name)
                          .arg(got.channelCount())
                          .arg(got.sampleRate());
            stop();
            return;
        }
        peaks.add(buffer.constData<qint16>(), buffer.frameCount());
        if (options.levels)
            levels.add(buffer.constData<qint16>(), buffer.frameCount());
        sinceLastBuffer.restart();
        const qint64 total = decoder.duration() > 0 ? decoder.duration() : options.expectedDurationMs;
        if (progress && total > 0)
            progress(std::min(1.0, double(peaks.decodedMs()) / double(total)));
        checkCancel();
    });
    QObject::connect(&decoder, &QAudioDecoder::finished, &loop, &QEventLoop::quit);
    QObject::connect(&decoder, qOverload<QAudioDecoder::Error>(&QAudioDecoder::error), &loop, [&] {
        if (cancelled || !failure.isEmpty())
            return;
        // The file was found readable above, so whatever GStreamer reports (a format, stream or resource error) is
        // about its content; its own words follow in brackets.
        failure = tr("The recording %1 is not audio that QA Desk can read, or it is damaged (%2).")
                      .arg(name, decoder.errorString());
        stop();
    });
    // Buffers arrive only as GStreamer produces them; this timer covers the time between: a cancel asked while none
    // comes, and a pipeline that stops producing without reporting an error.
    QTimer poll;
    poll.setInterval(s_pollMs);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        checkCancel();
        if (!cancelled && sinceLastBuffer.hasExpired(options.stallTimeoutMs)) {
            failure = tr("The recording %1 could not be decoded: the decoder stopped responding.").arg(name);
            stop();
        }
    });

    sinceLastBuffer.start();
    poll.start();
    decoder.start();
    // start() reports some failures at once (no GStreamer decoder at all); a quit before exec() would be lost.
    if (failure.isEmpty())
        loop.exec();
    poll.stop();
    decoder.stop();

    if (cancelled)
        return fail(tr("Decoding the recording %1 was cancelled.").arg(name));
    if (!failure.isEmpty())
        return fail(failure);
    if (peaks.frames() == 0)
        return fail(tr("The recording %1 holds no audio.").arg(name));
    if (progress)
        progress(1.0);
    WaveformPeaks result = peaks.finish();
    if (options.levels) {
        result.levels = levels.finish();
        result.levels.resize(result.channels); // mono, as the peaks found
    }
    return result;
}

QFuture<WaveformResult> WaveformDecoder::start(const QString& path, const Options& options)
{
    return QtConcurrent::run(
        jobPool(), [](QPromise<WaveformResult>& promise, const QString& file, const Options& opts) {
            promise.setProgressRange(0, s_progressRange);
            WaveformResult result;
            result.peaks = decode(
                file, opts, &result.error,
                [&promise](double fraction) { promise.setProgressValue(int(fraction * s_progressRange)); },
                [&promise] { return promise.isCanceled(); });
            if (!promise.isCanceled())
                promise.addResult(std::move(result));
        },
        path, options);
}

} // namespace qadesk
