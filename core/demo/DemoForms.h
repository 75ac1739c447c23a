#pragma once

#include "model/Scorecard.h"

namespace qadesk::demo {

// The shipped form (resources/scorecards) for a channel; false with *error when none is shipped or it does not read.
bool loadShippedForm(Channel channel, Scorecard* scorecard, ScorecardVersion* version, QString* error);

} // namespace qadesk::demo
