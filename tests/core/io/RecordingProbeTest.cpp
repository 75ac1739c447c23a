#include "io/RecordingProbe.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

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
