#include "SyntheticCall.h"

#include <QByteArray>
#include <QFile>
#include <QtEndian>
#include <cmath>
#include <numbers>
#include <sys/resource.h>

namespace qadesk::bench {
namespace {

constexpr int s_rate = 8000;

void appendLe(QByteArray& out, quint32 value, int bytes)
{
    char le[4];
    qToLittleEndian(value, le);
    out.append(le, bytes);
}

} // namespace

double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // Linux reports kilobytes
}

bool writeCall(const QString& path, int seconds, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    const quint32 dataBytes = quint32(seconds) * s_rate * 4;
    QByteArray header = "RIFF";
    appendLe(header, 36 + dataBytes, 4);
    header += "WAVEfmt ";
    appendLe(header, 16, 4); // fmt chunk size
    appendLe(header, 1, 2); // PCM
    appendLe(header, 2, 2); // channels
    appendLe(header, s_rate, 4);
    appendLe(header, s_rate * 4, 4); // bytes a second
    appendLe(header, 4, 2); // bytes a frame
    appendLe(header, 16, 2); // bits a sample
    header += "data";
    appendLe(header, dataBytes, 4);
    file.write(header);
    QByteArray second(s_rate * 4, Qt::Uninitialized);
    for (int s = 0; s < seconds; ++s) {
        const bool agentTalks = (s / 4) % 2 == 0; // turns of four seconds
        auto* frame = reinterpret_cast<qint16*>(second.data());
        for (int i = 0; i < s_rate; ++i) {
            const double envelope = 0.5 + 0.5 * std::sin(2.0 * std::numbers::pi * 3.0 * i / s_rate); // syllables
            const auto voice = qint16(20000.0 * envelope * std::sin(2.0 * std::numbers::pi * 220.0 * i / s_rate));
            frame[2 * i] = qToLittleEndian(agentTalks ? voice : qint16(voice / 40)); // the other side's bleed
            frame[2 * i + 1] = qToLittleEndian(agentTalks ? qint16(voice / 40) : voice);
        }
        if (file.write(second) != second.size()) {
            *error = file.errorString();
            return false;
        }
    }
    return true;
}

} // namespace qadesk::bench
