#include "AutoQaMeasures.h"

#include "analytics/ConversationMetrics.h"
#include "media/WaveformDecoder.h"
#include "storage/RecordingPeaksRepository.h"
#include "storage/StorageError.h"

#include <QDir>
#include <QFileInfo>

namespace qadesk {

ContactMeasures measureContactForAutoQa(const Database& database, const Contact& contact,
                                        const std::function<bool()>& cancel)
{
    if (contact.channel != Channel::Call) {
        // Stored measures under an earlier reply limit are stale until the chats are re-measured.
        const qint64 replyLimitMs = ConversationMetrics::replyLimitMs(database);
        const auto stored = ConversationMetrics::chat(database, contact.id);
        if (stored && stored->replyLimitMs == replyLimitMs)
            return ContactMeasures { std::nullopt, {}, {}, stored, ChatAnalysis::replyWaitsOf(contact.messages) };
        return ContactMeasures::of(ChatAnalysis::of(contact.messages, replyLimitMs));
    }
    if (!contact.recording)
        return {};
    std::optional<CallMetrics> stored = ConversationMetrics::call(database, contact.id);
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
    // Stored figures with no cached levels: no positions to show, but never a decode for them.
    if (stored && (!peaks || !peaks->hasLevels()))
        return ContactMeasures { std::move(stored), {}, {}, std::nullopt, {} };
    if (!peaks || !peaks->hasLevels()) {
        WaveformDecoder::Options options;
        options.expectedDurationMs = contact.recording->durationMs;
        QString error;
        peaks = WaveformDecoder::decode(path, options, &error, {}, cancel);
        if (!peaks)
            return {};
        try {
            if (!database.isReadOnly())
                RecordingPeaksRepository(database).store(contact.id, stamp, *peaks);
        } catch (const StorageError&) {
            // A busy workspace keeps no cache; the next run decodes again.
        }
    }
    CallAnalysis::Options options;
    options.agentChannel = contact.recording->agentChannel;
    const auto analysis = CallAnalysis::of(*peaks, options);
    ContactMeasures measures = analysis ? ContactMeasures::of(*analysis) : ContactMeasures {};
    // The cached levels give the spans to play as evidence; the figures are the stored ones the reports show.
    if (stored)
        measures.call = std::move(stored);
    return measures;
}

} // namespace qadesk
