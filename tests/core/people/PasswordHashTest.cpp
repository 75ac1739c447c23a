#include "people/PasswordHash.h"

#include <catch2/catch.hpp>

using namespace qadesk;

TEST_CASE("A password is kept as an Argon2id string that verifies only the same password", "[people]")
{
    const QString hash = PasswordHash::hash(QString::fromUtf8("상담품질2026!"));
    CHECK(hash.startsWith(QStringLiteral("$argon2id$v=19$")));
    CHECK_FALSE(hash.contains(QString::fromUtf8("상담품질")));
    CHECK(PasswordHash::verify(hash, QString::fromUtf8("상담품질2026!")));
    CHECK_FALSE(PasswordHash::verify(hash, QString::fromUtf8("상담품질2026")));
    CHECK_FALSE(PasswordHash::verify(hash, QString()));
}

TEST_CASE("Two hashes of one password differ (each has its own salt) and both verify", "[people]")
{
    const QString first = PasswordHash::hash(QStringLiteral("correct horse"));
    const QString second = PasswordHash::hash(QStringLiteral("correct horse"));
    CHECK(first != second);
    CHECK(PasswordHash::verify(first, QStringLiteral("correct horse")));
    CHECK(PasswordHash::verify(second, QStringLiteral("correct horse")));
}

TEST_CASE("An empty or malformed hash never verifies", "[people]")
{
    CHECK_FALSE(PasswordHash::verify(QString(), QString()));
    CHECK_FALSE(PasswordHash::verify(QStringLiteral("$argon2id$v=19$m=8,t=1,p=1$garbage"), QStringLiteral("x")));
    CHECK_FALSE(PasswordHash::verify(QString(200, QLatin1Char('a')), QStringLiteral("x")));
}

TEST_CASE("The interactive cost is libsodium's: 2 passes over 64 MiB", "[people]")
{
    // libsodium 1.0.18 documents crypto_pwhash_OPSLIMIT_INTERACTIVE = 2 and MEMLIMIT_INTERACTIVE = 67108864.
    CHECK(PasswordHash::interactiveCost().operations == 2);
    CHECK(PasswordHash::interactiveCost().memoryBytes == 67108864u);
}
