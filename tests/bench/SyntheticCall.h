#pragma once

#include <QString>

namespace qadesk::bench {

// Writes a stereo 8 kHz 16-bit WAV of `seconds` to `path`: the agent and the customer taking turns of four seconds
// (a 220 Hz voice with three syllables a second, the other side's bleed 32 dB down). Writes one second at a time,
// so an hour needs no more memory than a second of it. Returns false with *error on failure.
bool writeCall(const QString& path, int seconds, QString* error);

// The process's peak resident memory so far, in MB.
double peakRssMb();

} // namespace qadesk::bench
