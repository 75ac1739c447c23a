#pragma once

#include "AutoQaEngine.h"

#include <functional>

namespace qadesk {

class Database;

// The measures the auto-QA rules read for one contact, and the only place they come from. Those stored by
// ConversationMetrics (contact_metrics) when the contact has them, so a rule and a report read the same figures: a
// chat's or e-mail's when they were measured under the centre's current reply limit, a call's always, with the
// dead-air and overtalk spans (the evidence to play) from the levels cached with its waveform when there are some. Otherwise a chat's or e-mail's timing from its messages under the
// centre's reply limit, and a call's analysis from the frame levels cached with its waveform, decoding the recording
// (and caching the result) when there are none. A call whose recording is missing or cannot be decoded has no call
// measures, so its metric rules do not apply. Decoding blocks: call it from a worker thread or the command line.
// `cancel`, asked between audio buffers, stops a decode (the call then has no measures). Throws StorageError when the
// stored measures cannot be read.
ContactMeasures measureContactForAutoQa(const Database& database, const Contact& contact,
                                        const std::function<bool()>& cancel = {});

} // namespace qadesk
