#include "WaveformPeaks.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <cmath>

namespace qadesk {
namespace {

constexpr quint32 s_blobTag = 0x51575046; // "QWPF": QA Desk waveform peaks
constexpr quint16 s_peaksOnlyVersion = 1; // what caches written before levels existed hold
constexpr quint16 s_blobVersion = 2;
constexpr int s_maxChannels = 8;
constexpr int s_maxBinsPerSecond = 1000;

} // namespace

quint8 WaveformPeaks::maxPeak(int channel, qint64 fromMs, qint64 toMs) const
{
    if (channel < 0 || channel >= peaks.size() || toMs <= fromMs)
        return 0;
    const QList<quint8>& bins = peaks.at(channel);
    // Bin i covers [i, i + 1) / binsPerSecond seconds; take every bin the range touches, at least one.
    const qint64 first = std::max<qint64>(0, fromMs * binsPerSecond / 1000);
    const qint64 last = std::min<qint64>(bins.size(), std::max(first + 1, (toMs * binsPerSecond + 999) / 1000));
    if (first >= last)
        return 0;
    return *std::max_element(bins.cbegin() + first, bins.cbegin() + last);
}

quint8 WaveformPeaks::levelOf(double meanSquare)
{
    if (meanSquare <= 0)
        return 0;
    const double db = 10.0 * std::log10(meanSquare / (32768.0 * 32768.0));
    return quint8(std::clamp(std::lround(2.0 * (db + 120.0)), 0L, 255L));
}

QByteArray WaveformPeaks::toBlob() const
{
    QByteArray blob;
    QDataStream out(&blob, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    const qint64 bins = binCount();
    const qint64 levelFrames = levels.isEmpty() ? 0 : levels.first().size();
    out << s_blobTag << s_blobVersion << qint32(binsPerSecond) << qint32(peaks.size()) << durationMs << bins
        << qint32(levels.size()) << levelFrames;
    for (const auto* lists : { &peaks, &levels }) {
        for (const auto& channel : *lists)
            out.writeRawData(reinterpret_cast<const char*>(channel.constData()), int(channel.size()));
    }
    return blob;
}

std::optional<WaveformPeaks> WaveformPeaks::fromBlob(const QByteArray& blob)
{
    QDataStream in(blob);
    in.setVersion(QDataStream::Qt_6_0);
    quint32 tag = 0;
    quint16 version = 0;
    qint32 binsPerSecond = 0;
    qint32 channels = 0;
    qint64 durationMs = 0;
    qint64 bins = 0;
    qint32 levelChannels = 0;
    qint64 levelFrames = 0;
    in >> tag >> version >> binsPerSecond >> channels >> durationMs >> bins;
    if (version == s_blobVersion)
        in >> levelChannels >> levelFrames;
    if (in.status() != QDataStream::Ok || tag != s_blobTag
        || (version != s_blobVersion && version != s_peaksOnlyVersion) || binsPerSecond <= 0
        || binsPerSecond > s_maxBinsPerSecond || channels <= 0 || channels > s_maxChannels || durationMs < 0
        || bins < 0 || (levelChannels != 0 && levelChannels != channels) || levelFrames < 0)
        return std::nullopt;
    // Checked before allocating, so a damaged header cannot ask for gigabytes.
    const qint64 header = in.device()->pos();
    if (bins > blob.size() || levelFrames > blob.size()
        || blob.size() - header != bins * channels + levelFrames * levelChannels)
        return std::nullopt;
    WaveformPeaks result;
    result.binsPerSecond = binsPerSecond;
    result.channels = channels;
    result.durationMs = durationMs;
    const auto readLists = [&in](QList<QList<quint8>>& lists, int count, qint64 length) {
        for (int c = 0; c < count; ++c) {
            QList<quint8> channel(length);
            if (in.readRawData(reinterpret_cast<char*>(channel.data()), int(length)) != length)
                return false;
            lists << channel;
        }
        return true;
    };
    if (!readLists(result.peaks, channels, bins) || !readLists(result.levels, levelChannels, levelFrames))
        return std::nullopt;
    return result;
}

} // namespace qadesk
