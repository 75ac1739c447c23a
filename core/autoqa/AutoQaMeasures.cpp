#include "AutoQaMeasures.h"

#include "media/WaveformDecoder.h"
#include "storage/RecordingPeaksRepository.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFileInfo>

namespace qadesk {

ContactMeasures measureContactForAutoQa(const Database& database, const Contact& contact,
                                        const std::function<bool()>& cancel)
{
    ContactMeasures measures;
    if (contact.channel != Channel::Call) {
        measures.chat = ChatAnalysis::of(contact.messages);
        return measures;
    }
    if (!contact.recording)
        return measures;
    const QString path = QFileInfo(contact.recording->path).isAbsolute()
        ? contact.recording->path
        : QDir(database.folder()).filePath(contact.recording->path);
    const RecordingStamp stamp = RecordingStamp::of(path);
    std::optional<WaveformPeaks> peaks;
    try {
        peaks = RecordingPeaksRepository(database).find(contact.id, stamp);
    } catch (const StorageError&) {
        // An unreadable cache only costs a decode.
    }
    if (!peaks || !peaks->hasLevels()) {
        WaveformDecoder::Options options;
        options.expectedDurationMs = contact.recording->durationMs;
        QString error;
        peaks = WaveformDecoder::decode(path, options, &error, {}, cancel);
        if (!peaks)
            return measures;
        try {
            if (!database.isReadOnly())
                RecordingPeaksRepository(database).store(contact.id, stamp, *peaks);
        } catch (const StorageError&) {
            // A busy workspace keeps no cache; the next run decodes again.
        }
    }
    CallAnalysis::Options options;
    options.agentChannel = contact.recording->agentChannel;
    measures.call = CallAnalysis::of(*peaks, options);
    return measures;
}

} // namespace qadesk
