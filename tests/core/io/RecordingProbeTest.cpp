#include "io/RecordingProbe.h"

#include "CraftedWav.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace qadesk;

namespace {
QString calls(const char* name)
{
    return test::dataPath(QStringLiteral("import/calls/") + QString::fromUtf8(name));
}
} // namespace

TEST_CASE("a WAV recording's length and channels come from its header")
{
    QString error;
    const auto info = RecordingProbe::probe(calls("c1.wav"), &error);
    REQUIRE(info);
    CHECK(info->channels == 2);
    CHECK(info->sampleRate == 8000);
    CHECK(info->durationMs == 1500);
}

TEST_CASE("a compressed recording is probed by decoding it")
{
    QString error;
    const auto info = RecordingProbe::probe(calls("c2.ogg"), &error);
    INFO(error.toStdString());
    REQUIRE(info);
    CHECK(info->channels == 1);
    CHECK(info->durationMs > 1900);
    CHECK(info->durationMs < 2100);
}

TEST_CASE("missing, truncated and non-audio recordings are refused with the reason")
{
    QString error;
    CHECK_FALSE(RecordingProbe::probe(calls("missing.wav"), &error));
    CHECK(error == QStringLiteral("the recording does not exist"));
    CHECK_FALSE(RecordingProbe::probe(calls("truncated.wav"), &error));
    CHECK(error == QStringLiteral("the WAV file is truncated: its header promises 16000 bytes of audio, the file holds 400"));
    CHECK_FALSE(RecordingProbe::probe(calls("notes.mp3"), &error));
    CHECK(error.startsWith(QStringLiteral("not a playable recording")));
}

TEST_CASE("a WAV header that would allocate without bound or give an absurd length is refused")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crafted.wav"));
    QString error;

    SECTION("a format block claiming 4 GB")
    {
        REQUIRE(test::writeCraftedWav(path, 0xFFFFFFF0u, 8000, 800, 800));
        CHECK_FALSE(RecordingProbe::probe(path, &error));
        CHECK(error == QStringLiteral("the WAV format block is damaged"));
    }
    SECTION("one sample per second: 1 MB would last 1,000,000 s, 3 GB would overflow")
    {
        REQUIRE(test::writeCraftedWav(path, 16, 1, 1000000, 1000000));
        CHECK_FALSE(RecordingProbe::probe(path, &error));
        CHECK(error
              == QStringLiteral("the WAV format block gives 1 samples per second; recordings have 1000 to 768000"));
        REQUIRE(test::writeCraftedWav(path, 16, 1, 0xFFFFFFFFu, 3LL * 1000 * 1000 * 1000));
        CHECK_FALSE(RecordingProbe::probe(path, &error));
        CHECK(error.startsWith(QStringLiteral("the WAV format block gives 1 samples per second")));
    }
    SECTION("a rate above what recorders use")
    {
        REQUIRE(test::writeCraftedWav(path, 16, 10000000, 800, 800));
        CHECK_FALSE(RecordingProbe::probe(path, &error));
        CHECK(error.startsWith(QStringLiteral("the WAV format block gives 10000000 samples per second")));
    }
    SECTION("a sound header still gives its length: 8000 bytes of 8-bit mono at 8 kHz last 1 s")
    {
        REQUIRE(test::writeCraftedWav(path, 16, 8000, 8000, 8000));
        const auto info = RecordingProbe::probe(path, &error);
        INFO(error.toStdString());
        REQUIRE(info);
        CHECK(info->durationMs == 1000);
        CHECK(info->sampleRate == 8000);
    }
}
