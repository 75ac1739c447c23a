#include "media/WaveformPeaks.h"

#include <catch2/catch.hpp>

#include <QDataStream>
#include <QIODevice>

using namespace qadesk;

namespace {

// Two seconds at 10 bins a second: the left channel rises bin by bin, the right one is loud in the second second.
WaveformPeaks sample()
{
    WaveformPeaks peaks;
    peaks.binsPerSecond = 10;
    peaks.channels = 2;
    peaks.durationMs = 2000;
    peaks.peaks.resize(2);
    for (int bin = 0; bin < 20; ++bin) {
        peaks.peaks[0] << quint8(bin * 10);
        peaks.peaks[1] << quint8(bin < 10 ? 0 : 250);
    }
    return peaks;
}

} // namespace

TEST_CASE("the loudest bin under a pixel column, whatever the range")
{
    const WaveformPeaks peaks = sample();
    CHECK(peaks.binCount() == 20);
    CHECK(peaks.maxPeak(0, 0, 100) == 0); // exactly bin 0
    CHECK(peaks.maxPeak(0, 50, 150) == 10); // straddles bins 0 and 1
    CHECK(peaks.maxPeak(0, 0, 2000) == 190);
    CHECK(peaks.maxPeak(0, 1234, 1235) == 120); // narrower than a bin: the bin under it
    CHECK(peaks.maxPeak(1, 0, 1000) == 0);
    CHECK(peaks.maxPeak(1, 950, 1050) == 250);
    CHECK(peaks.maxPeak(1, 1900, 5000) == 250); // past the end is clipped
    CHECK(peaks.maxPeak(1, 2000, 3000) == 0); // entirely past the end
    CHECK(peaks.maxPeak(2, 0, 1000) == 0); // no such channel
    CHECK(peaks.maxPeak(0, 500, 500) == 0); // an empty range
}

TEST_CASE("a frame's level is its RMS in half decibels above -120 dBFS")
{
    CHECK(WaveformPeaks::levelOf(0) == 0); // digital silence
    CHECK(WaveformPeaks::levelOf(32768.0 * 32768.0) == 240); // a full-scale square wave: 0 dBFS
    CHECK(WaveformPeaks::levelOf(327.68 * 327.68) == 160); // a hundredth of full scale: -40 dBFS
    CHECK(WaveformPeaks::levelOf(1e-30) == 0); // below -120 dBFS
    CHECK(WaveformPeaks::levelDb(160) == -40.0);
    CHECK(WaveformPeaks::levelDb(0) == -120.0);
}

TEST_CASE("peaks survive the blob round trip, and anything else is refused")
{
    WaveformPeaks peaks = sample();
    peaks.levels = { { 0, 100, 200 }, { 240, 0, 1 } };
    const QByteArray blob = peaks.toBlob();
    const auto back = WaveformPeaks::fromBlob(blob);
    REQUIRE(back);
    CHECK(*back == peaks);

    WaveformPeaks empty;
    empty.channels = 1;
    empty.peaks.resize(1);
    CHECK(WaveformPeaks::fromBlob(empty.toBlob()) == empty);

    CHECK_FALSE(WaveformPeaks::fromBlob({}));
    CHECK_FALSE(WaveformPeaks::fromBlob(blob.left(blob.size() - 1))); // one bin short
    CHECK_FALSE(WaveformPeaks::fromBlob(blob + QByteArray(1, '\0'))); // one byte too many
    CHECK_FALSE(WaveformPeaks::fromBlob(blob.left(10))); // the header cut
    QByteArray otherTag = blob;
    otherTag[0] = 'X';
    CHECK_FALSE(WaveformPeaks::fromBlob(otherTag));
    QByteArray newerVersion = blob;
    newerVersion[5] = 3;
    CHECK_FALSE(WaveformPeaks::fromBlob(newerVersion));
    QByteArray hugeBinCount = blob;
    hugeBinCount[22] = char(0x7f); // the high byte of the bin count: a damaged header must not allocate gigabytes
    CHECK_FALSE(WaveformPeaks::fromBlob(hugeBinCount));
    QByteArray oneLevelChannel = blob;
    oneLevelChannel[33] = 1; // the low byte of the level channel count: neither none nor one per channel
    CHECK_FALSE(WaveformPeaks::fromBlob(oneLevelChannel));

    WaveformPeaks withoutLevels = sample();
    CHECK(WaveformPeaks::fromBlob(withoutLevels.toBlob()) == withoutLevels);
}

TEST_CASE("a cache entry written before levels existed still reads, without levels")
{
    // Version 1 as it was written: tag, version, bins a second, channels, duration, bins, then the peaks.
    const WaveformPeaks peaks = sample();
    QByteArray blob;
    QDataStream out(&blob, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << quint32(0x51575046) << quint16(1) << qint32(10) << qint32(2) << qint64(2000) << qint64(20);
    for (const auto& channel : peaks.peaks)
        out.writeRawData(reinterpret_cast<const char*>(channel.constData()), int(channel.size()));
    const auto back = WaveformPeaks::fromBlob(blob);
    REQUIRE(back);
    CHECK(*back == peaks);
    CHECK_FALSE(back->hasLevels());
}
