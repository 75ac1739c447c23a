#include "io/CsvReader.h"

#include <catch2/catch.hpp>

using namespace qadesk;

TEST_CASE("CSV fields: quotes, doubled quotes, delimiters and line breaks inside quotes")
{
    QString error;
    const auto records = CsvReader::parse(
        QStringLiteral("a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n\r\n2,\"two\nlines\",\r\n3,,last"), &error);
    CHECK(error.isEmpty());
    REQUIRE(records.size() == 4);
    CHECK(records.at(1).fields == QStringList { QStringLiteral("1"), QStringLiteral("x, y"), QStringLiteral("say \"hi\"") });
    CHECK(records.at(2).line == 4); // the blank line 3 is skipped but counted
    CHECK(records.at(2).fields == QStringList { QStringLiteral("2"), QStringLiteral("two\nlines"), QString() });
    CHECK(records.at(3).line == 6); // the quoted line break moved the count on
    CHECK(records.at(3).fields == QStringList { QStringLiteral("3"), QString(), QStringLiteral("last") });
}

TEST_CASE("the delimiter is the one the header uses: tab and semicolon exports read too")
{
    QString error;
    auto records = CsvReader::parse(QStringLiteral("시간\t발신자\t내용\n10:00\t고객\t안녕, 하세요\n"), &error);
    REQUIRE(records.size() == 2);
    CHECK(records.at(1).fields.size() == 3);
    CHECK(records.at(1).fields.at(2) == QStringLiteral("안녕, 하세요"));
    records = CsvReader::parse(QStringLiteral("a;b\n1,5;2\n"), &error);
    REQUIRE(records.size() == 2);
    CHECK(records.at(1).fields == QStringList { QStringLiteral("1,5"), QStringLiteral("2") });
}

TEST_CASE("a quote left open names the line it opened on")
{
    QString error;
    CHECK(CsvReader::parse(QStringLiteral("a,b\n1,2\n3,\"never closed\n4,5\n"), &error).isEmpty());
    CHECK(error == QStringLiteral("line 3: a quoted field is never closed"));
}

TEST_CASE("headers match by alias, ignoring case, spaces and a byte-order mark")
{
    const CsvHeader header({ QStringLiteral("\uFEFFExternal_ID"), QStringLiteral(" 상담사 사번 "), QStringLiteral("CSAT") });
    CHECK(header.find({ QStringLiteral("external_id") }) == 0);
    CHECK(header.find({ QStringLiteral("agent_id"), QStringLiteral("상담사사번") }) == 1);
    CHECK(header.find({ QStringLiteral("csat") }) == 2);
    CHECK(header.find({ QStringLiteral("nps") }) == -1);
}
