#pragma once

#include "Database.h"
#include "media/WaveformPeaks.h"

#include <optional>

namespace qadesk {

// The recording file a cached waveform was computed from, as seen on disk: when either value changes, the file was
// replaced or edited and the cache is stale.
struct RecordingStamp {
    qint64 size = 0; // bytes
    qint64 modifiedMs = 0; // last modification, ms since the epoch (UTC)
    static RecordingStamp of(const QString& path); // zeros for a missing file
    bool operator==(const RecordingStamp&) const = default;
};

// The workspace's cache of waveform peaks, one entry per contact, so reopening a call draws at once.
// Throws StorageError when a statement fails.
class RecordingPeaksRepository final {
public:
    explicit RecordingPeaksRepository(const Database& database);

    // The cached peaks when they were computed from a file with this stamp; nullopt when there are none, the file
    // has changed since, or the stored data cannot be read (it is then recomputed and replaced).
    std::optional<WaveformPeaks> find(qint64 contactId, const RecordingStamp& stamp) const;
    // Replaces the contact's entry.
    void store(qint64 contactId, const RecordingStamp& stamp, const WaveformPeaks& peaks) const;

private:
    const Database& m_db;
};

} // namespace qadesk
