#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace qadesk {

// The overview of a recording that a waveform is drawn from: for every channel and every 1/binsPerSecond of a
// second, the loudest sample's magnitude on a 0..255 scale (255 = full scale). An hour of stereo at 50 bins a
// second is 360 KB, small enough to keep in the workspace.
//
// Beside the peaks, the same decode measures the loudness of every 20 ms frame (levels), which call analysis
// (CallAnalysis) reads to find who spoke when; another 360 KB an hour of stereo, kept in the same cache entry.
struct WaveformPeaks {
    static constexpr int s_defaultBinsPerSecond = 50;
    static constexpr int s_levelFrameMs = 20;

    int binsPerSecond = s_defaultBinsPerSecond;
    int channels = 0; // 1 or 2; a source whose two channels are identical everywhere counts as mono
    qint64 durationMs = 0; // of the decoded audio
    QList<QList<quint8>> peaks; // peaks[channel][bin], every channel with the same number of bins
    // levels[channel][frame]: the RMS level of each 20 ms frame (the last one may be shorter) in half decibels above
    // -120 dBFS, so 240 is a full-scale square wave and 0 is digital silence; see levelDb(). Either empty (not
    // measured, or read from a cache written before levels existed) or one list per channel of peaks.
    QList<QList<quint8>> levels;

    bool isEmpty() const { return peaks.isEmpty() || peaks.first().isEmpty(); }
    qsizetype binCount() const { return peaks.isEmpty() ? 0 : peaks.first().size(); }
    // The loudest bin of `channel` overlapping [fromMs, toMs), 0 outside the recording; for drawing one pixel column.
    quint8 maxPeak(int channel, qint64 fromMs, qint64 toMs) const;

    bool hasLevels() const { return !levels.isEmpty(); }
    // A frame's RMS level from its mean square sample value (16-bit units), and back to dBFS.
    static quint8 levelOf(double meanSquare);
    static double levelDb(quint8 level) { return level / 2.0 - 120.0; }

    // A self-describing binary form for the workspace cache (format tag, version, header, the bins, then the levels).
    QByteArray toBlob() const;
    // nullopt for anything toBlob() did not write: another format or version, truncated, or inconsistent sizes.
    // A version 1 blob (peaks only, written before levels existed) reads with empty levels.
    static std::optional<WaveformPeaks> fromBlob(const QByteArray& blob);

    bool operator==(const WaveformPeaks&) const = default;
};

} // namespace qadesk
