#pragma once

#include "people/AccessRules.h"
#include "storage/StorageError.h"

#include <QString>

#include <optional>

namespace qadesk {

// Runs a user's action through core: nullopt when it ran, else what to tell the user, because core refused it
// (AccessDenied: the rule's reason) or could not store it (StorageError: the operation and the cause).
template <typename Action> std::optional<QString> failureOf(Action&& action)
{
    try {
        action();
    } catch (const AccessDenied& refusal) {
        return refusal.message();
    } catch (const StorageError& failure) {
        return failure.message();
    }
    return std::nullopt;
}

} // namespace qadesk
