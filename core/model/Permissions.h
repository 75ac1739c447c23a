#pragma once

#include "Enums.h"

namespace qadesk {

// What each role may do beyond evaluating. Kept in one place so the UI, the exports and the command line agree.
struct Permissions {
    // Card numbers, resident registration numbers, phones and e-mail in transcripts are masked for everyone else.
    static constexpr bool canRevealPersonalData(Role role) { return role == Role::Admin || role == Role::Manager; }
    // Agents and team leads raise disputes; deciding them is QA's (or a manager's) work, never the disputing side's.
    static constexpr bool canResolveDisputes(Role role)
    {
        return role == Role::Evaluator || role == Role::Manager || role == Role::Admin;
    }
};

} // namespace qadesk
