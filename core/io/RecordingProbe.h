#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace qadesk {

struct RecordingInfo {
    qint64 durationMs = 0;
    int channels = 0;
    int sampleRate = 0;
};

// Checks that a recording can be played and reads its length and channels, before an import stores it.
// WAV headers are read directly (fast, and exact about truncation); other formats (MP3, Ogg/Opus, M4A/AAC, FLAC)
// go through QAudioDecoder, which decodes until it knows the format and length. It runs a local event loop,
// so call it from a thread that may block (an import worker or the command line), never the GUI thread.
class RecordingProbe final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::RecordingProbe)

public:
    // On failure returns nullopt and sets *error to what is wrong (missing, empty, truncated, not audio), without
    // the file name: the caller places it.
    static std::optional<RecordingInfo> probe(const QString& path, QString* error);

private:
    static std::optional<RecordingInfo> probeWav(const QString& path, QString* error);
    static std::optional<RecordingInfo> probeWithDecoder(const QString& path, QString* error);
};

} // namespace qadesk
