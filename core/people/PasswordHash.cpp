#include "PasswordHash.h"

#include <sodium.h>

#include <mutex>

namespace qadesk {
namespace {

bool sodiumReady()
{
    static const bool s_ready = sodium_init() >= 0;
    return s_ready;
}

std::mutex s_costMutex;
PasswordHash::Cost s_cost = PasswordHash::interactiveCost();

PasswordHash::Cost currentCost()
{
    const std::lock_guard lock(s_costMutex);
    return s_cost;
}

} // namespace

PasswordHash::Cost PasswordHash::interactiveCost()
{
    return { crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE };
}

PasswordHash::Cost PasswordHash::minimumCost()
{
    return { crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN };
}

void PasswordHash::setCost(const Cost& cost)
{
    const std::lock_guard lock(s_costMutex);
    s_cost = cost;
}

QString PasswordHash::hash(const QString& password)
{
    if (!sodiumReady())
        return {};
    const QByteArray utf8 = password.toUtf8();
    const Cost cost = currentCost();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), cost.operations,
                          cost.memoryBytes)
        != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PasswordHash::verify(const QString& hash, const QString& password)
{
    const QByteArray stored = hash.toLatin1();
    if (!sodiumReady() || stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size()))
        == 0;
}

} // namespace qadesk
