#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace qadesk {

// The overview of a recording that a waveform is drawn from: for every channel and every 1/binsPerSecond of a
// second, the loudest sample's magnitude on a 0..255 scale (255 = full scale). An hour of stereo at 50 bins a
// second is 360 KB, small enough to keep in the workspace.
struct WaveformPeaks {
    static constexpr int s_defaultBinsPerSecond = 50;

    int binsPerSecond = s_defaultBinsPerSecond;
    int channels = 0; // 1 or 2; a source whose two channels are identical everywhere counts as mono
    qint64 durationMs = 0; // of the decoded audio
    QList<QList<quint8>> peaks; // peaks[channel][bin], every channel with the same number of bins

    bool isEmpty() const { return peaks.isEmpty() || peaks.first().isEmpty(); }
    qsizetype binCount() const { return peaks.isEmpty() ? 0 : peaks.first().size(); }
    // The loudest bin of `channel` overlapping [fromMs, toMs), 0 outside the recording; for drawing one pixel column.
    quint8 maxPeak(int channel, qint64 fromMs, qint64 toMs) const;

    // A self-describing binary form for the workspace cache (format tag, version, header, then the bins).
    QByteArray toBlob() const;
    // nullopt for anything toBlob() did not write: another format or version, truncated, or inconsistent sizes.
    static std::optional<WaveformPeaks> fromBlob(const QByteArray& blob);

    bool operator==(const WaveformPeaks&) const = default;
};

} // namespace qadesk
