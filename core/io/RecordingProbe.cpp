#include "RecordingProbe.h"

#include <QAudioBuffer>
#include <QAudioDecoder>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QUrl>
#include <QtEndian>

namespace qadesk {
namespace {

constexpr quint32 s_maxFormatBytes = 1024;
// Telephony records at 8 kHz, studios at up to 384 kHz; outside this a header is damaged, and a rate of 1 Hz would
// make a small file last for days.
constexpr int s_minSampleRate = 1000;
constexpr int s_maxSampleRate = 768000;

} // namespace

std::optional<RecordingInfo> RecordingProbe::probe(const QString& path, QString* error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("the recording does not exist");
        return std::nullopt;
    }
    if (!info.isFile() || !info.isReadable()) {
        *error = tr("the recording cannot be read");
        return std::nullopt;
    }
    if (info.size() == 0) {
        *error = tr("the recording is empty");
        return std::nullopt;
    }
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.read(4) == "RIFF")
        return probeWav(path, error);
    return probeWithDecoder(path, error);
}

std::optional<RecordingInfo> RecordingProbe::probeWav(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("the recording cannot be read (%1)").arg(file.errorString());
        return std::nullopt;
    }
    const QByteArray header = file.read(12);
    if (header.size() < 12 || header.mid(8, 4) != "WAVE") {
        *error = tr("a RIFF file that is not WAVE audio");
        return std::nullopt;
    }
    int channels = 0;
    int sampleRate = 0;
    int blockAlign = 0;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(8);
        if (chunk.size() < 8)
            break;
        const QByteArray id = chunk.left(4);
        const quint32 size = qFromLittleEndian<quint32>(chunk.constData() + 4);
        if (id == "fmt ") {
            // 16 to 40 bytes in practice; a larger size is damage, and must not size an allocation.
            if (size < 16 || size > s_maxFormatBytes) {
                *error = tr("the WAV format block is damaged");
                return std::nullopt;
            }
            const QByteArray format = file.read(size);
            if (format.size() < 16) {
                *error = tr("the WAV format block is damaged");
                return std::nullopt;
            }
            channels = qFromLittleEndian<quint16>(format.constData() + 2);
            sampleRate = int(qFromLittleEndian<quint32>(format.constData() + 4));
            blockAlign = qFromLittleEndian<quint16>(format.constData() + 12);
            if (size % 2)
                file.read(1);
            if (channels < 1 || sampleRate < 1 || blockAlign < 1) {
                *error = tr("the WAV format block is damaged");
                return std::nullopt;
            }
            if (sampleRate < s_minSampleRate || sampleRate > s_maxSampleRate) {
                *error = tr("the WAV format block gives %1 samples per second; recordings have %2 to %3")
                             .arg(sampleRate)
                             .arg(s_minSampleRate)
                             .arg(s_maxSampleRate);
                return std::nullopt;
            }
        } else if (id == "data") {
            if (channels == 0) {
                *error = tr("the WAV file has audio before its format block");
                return std::nullopt;
            }
            const qint64 available = file.size() - file.pos();
            // Streaming recorders leave the size at 0 or 0xFFFFFFFF: the audio runs to the end of the file.
            const qint64 bytes = size == 0 || size == 0xFFFFFFFFu ? available : qint64(size);
            if (bytes > available) {
                *error = tr("the WAV file is truncated: its header promises %1 bytes of audio, the file holds %2")
                             .arg(bytes)
                             .arg(available);
                return std::nullopt;
            }
            return RecordingInfo { bytes / blockAlign * 1000 / sampleRate, channels, sampleRate };
        } else if (!file.seek(file.pos() + size + (size % 2))) {
            break;
        }
    }
    *error = tr("the WAV file has no audio data");
    return std::nullopt;
}

std::optional<RecordingInfo> RecordingProbe::probeWithDecoder(const QString& path, QString* error)
{
    QAudioDecoder decoder;
    QEventLoop loop;
    RecordingInfo info;
    qint64 decodedUs = 0;
    bool finished = false;
    QString decodeError;

    QObject::connect(&decoder, &QAudioDecoder::bufferReady, &loop, [&] {
        const QAudioBuffer buffer = decoder.read();
        info.channels = buffer.format().channelCount();
        info.sampleRate = buffer.format().sampleRate();
        decodedUs += buffer.duration();
        if (decoder.duration() > 0)
            loop.quit();
    });
    QObject::connect(&decoder, &QAudioDecoder::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QObject::connect(&decoder, qOverload<QAudioDecoder::Error>(&QAudioDecoder::error), &loop, [&](QAudioDecoder::Error) {
        decodeError = decoder.errorString();
        loop.quit();
    });
    // A decoder that neither decodes nor fails (an unknown container GStreamer keeps sniffing) gives up here.
    QTimer::singleShot(20000, &loop, [&] {
        decodeError = tr("no audio came out of it within 20 seconds");
        loop.quit();
    });
    decoder.setSource(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()));
    decoder.start();
    loop.exec();
    const qint64 durationMs = decoder.duration();
    decoder.stop();

    if (!decodeError.isEmpty() || info.channels == 0) {
        *error = tr("not a playable recording (%1)").arg(decodeError.isEmpty() ? tr("no audio found") : decodeError);
        return std::nullopt;
    }
    info.durationMs = durationMs > 0 ? durationMs : (finished ? decodedUs / 1000 : 0);
    if (info.durationMs <= 0) {
        *error = tr("the length of the recording cannot be read");
        return std::nullopt;
    }
    return info;
}

} // namespace qadesk
