#include "media/WaveformPeaks.h"

#include <catch2/catch.hpp>

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

TEST_CASE("peaks survive the blob round trip, and anything else is refused")
{
    const WaveformPeaks peaks = sample();
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
    newerVersion[5] = 2;
    CHECK_FALSE(WaveformPeaks::fromBlob(newerVersion));
    QByteArray hugeBinCount = blob;
    hugeBinCount[22] = char(0x7f); // the high byte of the bin count: a damaged header must not allocate gigabytes
    CHECK_FALSE(WaveformPeaks::fromBlob(hugeBinCount));
}
