#include "people/PasswordHash.h"

#include <QCoreApplication>

namespace {

// Many users are made here; libsodium's minimum cost keeps each hash to a millisecond instead of 0.1 s and 64 MiB.
const bool s_cheapHashes = [] {
    qadesk::PasswordHash::setCost(qadesk::PasswordHash::minimumCost());
    return true;
}();

} // namespace
