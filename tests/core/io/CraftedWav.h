#pragma once

#include <QFile>
#include <QString>
#include <QtEndian>

namespace qadesk::test {

// Writes a WAV header as a damaged or hostile file may have it: `fmtSize` as the fmt chunk claims, a PCM format of
// `channels` × 8 bits at `sampleRate`, a data chunk claiming `dataSize` bytes, and then `audioBytes` of silence.
// The audio is made by growing the file, so on Linux a large one is sparse and costs no disk.
inline bool writeCraftedWav(const QString& path, quint32 fmtSize, quint32 sampleRate, quint32 dataSize,
                            qint64 audioBytes, quint16 channels = 1)
{
    QByteArray header;
    const auto u32 = [&header](quint32 value) {
        char bytes[4];
        qToLittleEndian(value, bytes);
        header.append(bytes, 4);
    };
    const auto u16 = [&header](quint16 value) {
        char bytes[2];
        qToLittleEndian(value, bytes);
        header.append(bytes, 2);
    };
    header.append("RIFF");
    u32(0xFFFFFFFFu);
    header.append("WAVEfmt ");
    u32(fmtSize);
    u16(1); // PCM
    u16(channels);
    u32(sampleRate);
    u32(sampleRate * channels); // bytes per second
    u16(channels); // block align
    u16(8); // bits per sample
    header.append("data");
    u32(dataSize);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(header) != header.size())
        return false;
    return file.resize(header.size() + audioBytes);
}

} // namespace qadesk::test
