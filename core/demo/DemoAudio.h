#pragma once

#include "DemoContent.h"

#include <QString>

namespace qadesk::demo {

struct SynthesisOptions {
    bool english = false;
    bool holdPause = false; // a 4-second silence where the agent puts the customer on hold
    bool overlap = false; // the customer starts talking before the agent has finished
};

// True when espeak-ng and sox are on the PATH; otherwise *error says which is missing.
bool audioToolsAvailable(QString* error);

// Speaks `script` with espeak-ng and writes an 8 kHz 16-bit stereo WAV to `outPath`: the agent on the left channel,
// the customer on the right. Returns false with *error (the tool, its exit status and output) on failure.
// *durationMs receives the recording's length.
bool synthesizeCall(const QList<Line>& script, const SynthesisOptions& options, const QString& outPath,
                    qint64* durationMs, QString* error);

} // namespace qadesk::demo
