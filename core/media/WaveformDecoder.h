#pragma once

#include "WaveformPeaks.h"

#include <QCoreApplication>
#include <QFuture>
#include <QString>

#include <functional>
#include <optional>

namespace qadesk {

// What a background decode gives: the peaks, or the reason there are none. A cancelled decode gives no result.
struct WaveformResult {
    std::optional<WaveformPeaks> peaks;
    QString error; // a sentence naming the file, when peaks is empty
};

// Decodes a recording with QAudioDecoder (GStreamer) and reduces it to WaveformPeaks, with the frame levels that
// CallAnalysis reads measured in the same pass.
//
// Qt 6.4's GStreamer decoder applies an output format only when it is complete (rate, channels and sample type);
// without one, MP3 and FLAC fail and Ogg comes back as float. So the audio is always asked for as 16-bit stereo at
// 8 kHz, the rate of telephone recordings (no resampling for them, and enough for an overview of anything else).
// A mono source comes back with both channels equal and is reported as mono; a source with more than two channels
// is mixed down to two.
class WaveformDecoder final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::WaveformDecoder)

public:
    struct Options {
        int binsPerSecond = WaveformPeaks::s_defaultBinsPerSecond;
        // The recording's length when known (ms), for progress on formats whose length shows only at the end (MP3).
        qint64 expectedDurationMs = 0;
        // A decode that produces nothing for this long is abandoned with an error instead of waiting for ever.
        int stallTimeoutMs = 20000;
        // Measure WaveformPeaks::levels too; off only where the levels are not wanted (the benchmark's baseline).
        bool levels = true;
    };
    // Progress as a fraction 0..1 of the recording decoded.
    using ProgressFunction = std::function<void(double fraction)>;
    // Asked between buffers; returning true stops the decode.
    using CancelFunction = std::function<bool()>;

    // The progress range of start()'s future: progressValue() / s_progressRange is the fraction decoded.
    static constexpr int s_progressRange = 1000;

    // Decodes `path` in the calling thread, running a local event loop until it is done: it blocks, so call it from
    // a worker thread (start() does). Returns nullopt with *error naming the file when it is missing, is not audio,
    // cannot be decoded, holds no audio, stalls, or was cancelled. A file cut short gives the peaks of what is there.
    static std::optional<WaveformPeaks> decode(const QString& path, const Options& options, QString* error,
                                               const ProgressFunction& progress = {},
                                               const CancelFunction& cancel = {});

    // Runs decode() on a thread of the global QThreadPool and returns at once. The future reports progress in
    // 0..s_progressRange and one WaveformResult; QFuture::cancel() stops the decode within one buffer, and a
    // cancelled future has no result. Watch it with a QFutureWatcher to hear about it on the GUI thread.
    static QFuture<WaveformResult> start(const QString& path, const Options& options);
};

} // namespace qadesk
