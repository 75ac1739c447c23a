#include "TestSupport.h"
#include "scoring/ScorecardValidator.h"

#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

QString problems(const ScorecardVersion& version)
{
    QStringList lines;
    for (const auto& issue : ScorecardValidator::validate(version))
        lines << issue.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("a valid form has no issues")
{
    CHECK(ScorecardValidator::validate(test::sampleVersion()).isEmpty());
}

TEST_CASE("each publish rule rejects with the section or item and the reason")
{
    ScorecardVersion version = test::sampleVersion();

    SECTION("at least one item")
    {
        version.sections.clear();
        CHECK(problems(version).contains(QStringLiteral("at least one item")));
    }
    SECTION("unique item keys")
    {
        version.sections[1].items[0].key = QStringLiteral("greeting");
        const QString text = problems(version);
        CHECK(text.contains(QStringLiteral("sections[1].items[0].key")));
        CHECK(text.contains(QStringLiteral("\"greeting\" is used twice (also at sections[0].items[0])")));
    }
    SECTION("positive max points")
    {
        version.sections[0].items[0].maxPoints = 0;
        CHECK(problems(version).contains(QStringLiteral("sections[0].items[0].max_points: The max points of the item \"greeting\" in the section \"Opening\" must be > 0")));
    }
    SECTION("option points within 0..max")
    {
        version.sections[1].items[0].options[2].points = 11;
        CHECK(problems(version).contains(QStringLiteral("sections[1].items[0].options[2].points")));
        version.sections[1].items[0].options[2].points = -1;
        CHECK(problems(version).contains(QStringLiteral("must be within 0..10")));
    }
    SECTION("weights at least 0")
    {
        version.sections[1].weight = -2;
        CHECK(problems(version).contains(QStringLiteral("sections[1].weight")));
    }
    SECTION("weights with a positive sum")
    {
        version.sections[0].weight = 0;
        version.sections[1].weight = 0;
        CHECK(problems(version).contains(QStringLiteral("positive sum")));
    }
    SECTION("critical items only on items that can fail")
    {
        ScorecardItem& item = version.sections[1].items[0];
        item.critical = CriticalScope::Section;
        for (auto& option : item.options)
            option.fails = false;
        const QString text = problems(version);
        CHECK(text.contains(QStringLiteral("sections[1].items[0].critical")));
        CHECK(text.contains(QStringLiteral("could never trigger")));
    }
    SECTION("every item has a question and options")
    {
        version.sections[0].items[1].question.clear();
        version.sections[0].items[1].options.resize(1);
        const QString text = problems(version);
        CHECK(text.contains(QStringLiteral("sections[0].items[1].question")));
        CHECK(text.contains(QStringLiteral("sections[0].items[1].options")));
    }
}
