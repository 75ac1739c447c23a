#include "TestSupport.h"
#include "storage/RecordingPeaksRepository.h"
#include "storage/SqlSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace qadesk;

namespace {

WaveformPeaks stereoPeaks(quint8 level)
{
    WaveformPeaks peaks;
    peaks.channels = 2;
    peaks.durationMs = 1000;
    peaks.peaks = { QList<quint8>(50, level), QList<quint8>(50, quint8(255 - level)) };
    return peaks;
}

} // namespace

TEST_CASE("cached peaks come back only for the file they were computed from", "[sqlite-only]")
{
    QTemporaryDir dir;
    const auto db = test::fileWorkspace(dir);
    const qint64 contactId = test::addSampleContact(*db);
    const QString recording = dir.filePath(QStringLiteral("call.wav"));
    {
        QFile file(recording);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4000, 'a'));
    }
    const RecordingStamp stamp = RecordingStamp::of(recording);
    CHECK(stamp.size == 4000);
    CHECK(stamp.modifiedMs > 0);
    CHECK(RecordingStamp::of(dir.filePath(QStringLiteral("none.wav"))) == RecordingStamp {});

    RecordingPeaksRepository cache(*db);
    CHECK_FALSE(cache.find(contactId, stamp));
    cache.store(contactId, stamp, stereoPeaks(10));
    CHECK(cache.find(contactId, stamp) == stereoPeaks(10));
    cache.store(contactId, stamp, stereoPeaks(20)); // recomputed: replaced, not a second row
    CHECK(cache.find(contactId, stamp) == stereoPeaks(20));

    // The file edited in place (same size, new time) or replaced by another length: stale.
    QFile file(recording);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const QDateTime later = QDateTime::fromMSecsSinceEpoch(stamp.modifiedMs + 60000);
    REQUIRE(file.setFileTime(later, QFileDevice::FileModificationTime));
    file.close();
    const RecordingStamp touched = RecordingStamp::of(recording);
    CHECK(touched.size == stamp.size);
    CHECK_FALSE(cache.find(contactId, touched));
    CHECK_FALSE(cache.find(contactId, RecordingStamp { stamp.size + 1, stamp.modifiedMs }));

    // Unreadable cached data is a miss, so the waveform is recomputed rather than drawn from garbage.
    execWith(*db, QStringLiteral("UPDATE recording_peaks SET data = ? WHERE contact_id = ?"),
             { QByteArray("damaged"), contactId }, QStringLiteral("damage the cache"));
    CHECK_FALSE(cache.find(contactId, stamp));
}
