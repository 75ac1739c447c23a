#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace qadesk {

// Argon2id password hashes (libsodium crypto_pwhash_str), the only form in which a workspace keeps a password.
// The hash string carries its own salt and cost, so a hash made at any cost verifies.
class PasswordHash final {
public:
    struct Cost {
        unsigned long long operations; // passes over memory
        std::size_t memoryBytes;
    };
    // libsodium's INTERACTIVE limits (2 passes over 64 MiB, about 0.1 s here): the cost of every new hash.
    static Cost interactiveCost();
    // libsodium's minimum limits, for tests that make many users; never for a real workspace.
    static Cost minimumCost();
    // The cost of hashes made from now on in this process (tests lower it with minimumCost()).
    static void setCost(const Cost& cost);

    // An "$argon2id$v=19$…" string, or an empty string when libsodium cannot run (out of memory).
    static QString hash(const QString& password);
    // Whether `password` matches `hash`; false for an empty or malformed hash.
    static bool verify(const QString& hash, const QString& password);
};

} // namespace qadesk
