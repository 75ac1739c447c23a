#pragma once

#include "DemoContent.h"

#include <QString>

namespace qadesk::demo {

struct SynthesisOptions {
    bool english = false;
    // Silence on both channels after a line marked Line::holdAfter, on top of the usual pause between lines (s);
    // 0 for none.
    double holdSeconds = 0;
    // How long a line marked Line::interrupts starts before the agent's line before it ends (s); 0: it waits its turn.
    double interruptSeconds = 0;
};

// True when espeak-ng and sox are on the PATH; otherwise *error says which is missing.
bool audioToolsAvailable(QString* error);

// Speaks `script` with espeak-ng and writes an 8 kHz 16-bit stereo WAV to `outPath`: the agent on the left channel,
// the customer on the right. Each utterance is trimmed of espeak-ng's leading and trailing silence, so the pauses,
// holds and interruptions are as long as asked. Returns false with *error (the tool, its exit status and output) on
// failure. *durationMs receives the recording's length.
bool synthesizeCall(const QList<Line>& script, const SynthesisOptions& options, const QString& outPath,
                    qint64* durationMs, QString* error);

} // namespace qadesk::demo
