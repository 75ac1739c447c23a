#include "RecordingPeaksRepository.h"

#include "SqlSupport.h"

#include <QFileInfo>

namespace qadesk {

RecordingStamp RecordingStamp::of(const QString& path)
{
    const QFileInfo file(path);
    if (!file.exists())
        return {};
    return { file.size(), file.lastModified().toMSecsSinceEpoch() };
}

RecordingPeaksRepository::RecordingPeaksRepository(const Database& database)
    : m_db(database)
{
}

std::optional<WaveformPeaks> RecordingPeaksRepository::find(qint64 contactId, const RecordingStamp& stamp) const
{
    const auto blob = firstOf(selectRows<QByteArray>(
        m_db,
        QStringLiteral("SELECT data FROM recording_peaks "
                       "WHERE contact_id = ? AND source_size = ? AND source_mtime = ?"),
        { contactId, stamp.size, stamp.modifiedMs }, QStringLiteral("read the waveform of contact %1").arg(contactId),
        [](const QSqlQuery& q) { return q.value(0).toByteArray(); }));
    return blob ? WaveformPeaks::fromBlob(*blob) : std::nullopt;
}

void RecordingPeaksRepository::store(qint64 contactId, const RecordingStamp& stamp, const WaveformPeaks& peaks) const
{
    // ON CONFLICT … DO UPDATE: one statement that replaces the row on both SQLite and PostgreSQL.
    execWith(m_db,
             QStringLiteral("INSERT INTO recording_peaks (contact_id, source_size, source_mtime, bins_per_second, "
                            "channels, data) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (contact_id) DO UPDATE SET "
                            "source_size = excluded.source_size, source_mtime = excluded.source_mtime, "
                            "bins_per_second = excluded.bins_per_second, channels = excluded.channels, "
                            "data = excluded.data"),
             { contactId, stamp.size, stamp.modifiedMs, peaks.binsPerSecond, peaks.channels, peaks.toBlob() },
             QStringLiteral("store the waveform of contact %1").arg(contactId));
}

} // namespace qadesk
