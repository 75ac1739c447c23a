#include "io/PersonalDataMasker.h"

#include <catch2/catch.hpp>

using namespace qadesk;

namespace {
std::string masked(const char* text)
{
    return PersonalDataMasker::mask(QString::fromUtf8(text)).toStdString();
}
} // namespace

TEST_CASE("phone numbers keep their shape but not their middle digits")
{
    CHECK(masked("연락처는 010-1234-5678입니다") == "연락처는 010-****-5678입니다");
    CHECK(masked("02-123-4567로 전화 주세요") == "02-***-4567로 전화 주세요");
    CHECK(masked("01012345678") == "010****5678");
    CHECK(masked("010.1234.5678") == "010.****.5678");
    CHECK(masked("010 1234 5678") == "010 **** 5678");
}

TEST_CASE("phone numbers with the country code or the area code in brackets are masked")
{
    CHECK(masked("+82 10-1234-5678로 연락") == "+82 10-****-5678로 연락");
    CHECK(masked("+82-2-123-4567") == "+82-2-***-4567");
    CHECK(masked("+821012345678") == "+8210****5678");
    CHECK(masked("사무실 (02) 123-4567") == "사무실 (02) ***-4567");
    CHECK(masked("(031)1234-5678") == "(031)****-5678");
}

TEST_CASE("a contact id shaped like a phone number is masked inside the id")
{
    // Telephony systems often key a call by the caller's number.
    CHECK(masked("CALL-01012345678") == "CALL-010****5678");
    CHECK(masked("ANI_010-1234-5678_2") == "ANI_010-****-5678_2");
}

TEST_CASE("resident registration numbers keep the birth date and gender digit only")
{
    CHECK(masked("주민번호 900101-1234567 확인") == "주민번호 900101-1****** 확인");
    CHECK(masked("0012314123456") == "001231-4******");
    CHECK(masked("900101 - 1234567") == "900101 - 1******");
    CHECK(masked("900101 2234567") == "900101 2******");
    CHECK(masked("991332-1234567") == "991332-1234567"); // month 13: not a date, not an RRN
}

TEST_CASE("card numbers are masked only when the Luhn check passes")
{
    CHECK(PersonalDataMasker::luhnValid(QStringLiteral("4111111111111111")));
    CHECK_FALSE(PersonalDataMasker::luhnValid(QStringLiteral("4111111111111112")));
    CHECK(masked("카드 4111 1111 1111 1111 분실") == "카드 **** **** **** 1111 분실");
    CHECK(masked("5500-0000-0000-0004") == "****-****-****-0004");
    CHECK(masked("4111.1111.1111.1111") == "****.****.****.1111");
    CHECK(masked("4111 - 1111 - 1111 - 1111") == "**** - **** - **** - 1111");
    CHECK(masked("주문번호 4111111111111112") == "주문번호 4111111111111112"); // Luhn fails: an order number
    CHECK(masked("4111.1111.1111.1112") == "4111.1111.1111.1112");
}

TEST_CASE("e-mail addresses keep their first letter and domain")
{
    CHECK(masked("sky.kim@example.com 으로 보내주세요") == "s******@example.com 으로 보내주세요");
    CHECK(masked("메일 a@b.co 로") == "메일 *@b.co 로");
    CHECK(masked("ab@b.co") == "a*@b.co");
}

TEST_CASE("text without personal data is unchanged")
{
    CHECK(masked("결제일은 매월 14일, 금액은 125,000원입니다") == "결제일은 매월 14일, 금액은 125,000원입니다");
    CHECK(masked("") == "");
    for (const char* text : { "점수 100.0점, 평균 87.5", "마감 2026-11-30, 다음 2026.12.01", "통화 시각 10:31:05",
                              "요금 12,000원", "2026-11-30 10:31:05 접수", "1588-1234", "v1.2.3" })
        CHECK(masked(text) == text);
}
