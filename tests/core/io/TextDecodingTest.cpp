#include "io/TextDecoding.h"

#include <QStringEncoder>

#include <catch2/catch.hpp>

using namespace qadesk;

namespace {
const QString s_korean = QStringLiteral("상담사: 안녕하세요, 고객님\n고객: 네 똠방각하\n");

QByteArray encoded(const char* encoding, const QString& text)
{
    QStringEncoder encoder(encoding);
    return encoder.encode(text);
}
} // namespace

TEST_CASE("each encoding Korean files come in is detected and decoded")
{
    QString error;
    const QByteArray utf8 = s_korean.toUtf8();
    auto decoded = TextDecoding::decode(utf8, std::nullopt, &error);
    REQUIRE(decoded);
    CHECK(decoded->encoding == TextEncoding::Utf8);
    CHECK(decoded->text == s_korean);

    decoded = TextDecoding::decode("\xEF\xBB\xBF" + utf8, std::nullopt, &error);
    REQUIRE(decoded);
    CHECK(decoded->encoding == TextEncoding::Utf8Bom);
    CHECK(decoded->text == s_korean); // the mark is not part of the text

    QByteArray utf16le = encoded("UTF-16LE", s_korean);
    decoded = TextDecoding::decode("\xFF\xFE" + utf16le, std::nullopt, &error);
    REQUIRE(decoded);
    CHECK(decoded->encoding == TextEncoding::Utf16LE);
    CHECK(decoded->text == s_korean);

    // Without a mark, ASCII-heavy UTF-16 still shows itself by its NUL bytes.
    const QString ascii = QStringLiteral("time,sender,text\n2026-01-05 10:00:00,agent,hello\n");
    decoded = TextDecoding::decode(encoded("UTF-16BE", ascii), std::nullopt, &error);
    REQUIRE(decoded);
    CHECK(decoded->encoding == TextEncoding::Utf16BE);
    CHECK(decoded->text == ascii);

    // "똠" exists only in CP949's extension of EUC-KR.
    const QByteArray cp949 = encoded("windows-949", s_korean);
    REQUIRE(cp949.size() > 0);
    decoded = TextDecoding::decode(cp949, std::nullopt, &error);
    REQUIRE(decoded);
    CHECK(decoded->encoding == TextEncoding::Cp949);
    CHECK(decoded->text == s_korean);
}

TEST_CASE("a forced encoding is used, and bytes it cannot decode are located by line")
{
    QString error;
    const QByteArray cp949 = encoded("windows-949", s_korean);
    CHECK_FALSE(TextDecoding::decode("line one\nline two\n" + cp949, TextEncoding::Utf8, &error));
    CHECK(error == QStringLiteral("not valid UTF-8 at line 3 (byte 19)"));

    // Bytes valid as UTF-8 can still be read as CP949 when the user says so.
    const QByteArray ascii("plain text");
    const auto decoded = TextDecoding::decode(ascii, TextEncoding::Cp949, &error);
    REQUIRE(decoded);
    CHECK(decoded->encoding == TextEncoding::Cp949);

    // 0xC9 followed by a space is not a CP949 character: the file is neither, and the message says to choose.
    CHECK_FALSE(TextDecoding::decode(QByteArray("ok\n\xC9 \n"), std::nullopt, &error));
    CHECK(error.contains(QStringLiteral("neither UTF-8, UTF-16 nor CP949")));
    CHECK(error.contains(QStringLiteral("line 2")));
}

TEST_CASE("encoding names and their aliases")
{
    CHECK(TextDecoding::fromName(QStringLiteral("EUC-KR")) == TextEncoding::Cp949);
    CHECK(TextDecoding::fromName(QStringLiteral("ks_c_5601-1987")) == TextEncoding::Cp949);
    CHECK(TextDecoding::fromName(QStringLiteral("utf8")) == TextEncoding::Utf8);
    CHECK(TextDecoding::fromName(QStringLiteral("UTF-16")) == TextEncoding::Utf16LE);
    CHECK_FALSE(TextDecoding::fromName(QStringLiteral("latin-9")));
    for (const auto encoding : { TextEncoding::Utf8, TextEncoding::Utf8Bom, TextEncoding::Utf16LE, TextEncoding::Utf16BE, TextEncoding::Cp949 })
        CHECK(TextDecoding::fromName(TextDecoding::name(encoding)) == encoding);
}

TEST_CASE("a missing file is named")
{
    QString error;
    CHECK_FALSE(TextDecoding::readFile(QStringLiteral("/nonexistent/연락처.csv"), std::nullopt, &error));
    CHECK(error == QStringLiteral("/nonexistent/연락처.csv: no such file"));
}
