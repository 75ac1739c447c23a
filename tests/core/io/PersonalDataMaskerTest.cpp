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
}

TEST_CASE("resident registration numbers keep the birth date and gender digit only")
{
    CHECK(masked("주민번호 900101-1234567 확인") == "주민번호 900101-1****** 확인");
    CHECK(masked("0012314123456") == "001231-4******");
    CHECK(masked("991332-1234567") == "991332-1234567"); // month 13: not a date, not an RRN
}

TEST_CASE("card numbers are masked only when the Luhn check passes")
{
    CHECK(PersonalDataMasker::luhnValid(QStringLiteral("4111111111111111")));
    CHECK_FALSE(PersonalDataMasker::luhnValid(QStringLiteral("4111111111111112")));
    CHECK(masked("카드 4111 1111 1111 1111 분실") == "카드 **** **** **** 1111 분실");
    CHECK(masked("5500-0000-0000-0004") == "****-****-****-0004");
    CHECK(masked("주문번호 4111111111111112") == "주문번호 4111111111111112"); // Luhn fails: an order number
}

TEST_CASE("e-mail addresses keep their first letter and domain")
{
    CHECK(masked("sky.kim@example.com 으로 보내주세요") == "s******@example.com 으로 보내주세요");
}

TEST_CASE("text without personal data is unchanged")
{
    CHECK(masked("결제일은 매월 14일, 금액은 125,000원입니다") == "결제일은 매월 14일, 금액은 125,000원입니다");
    CHECK(masked("") == "");
}
