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
    SECTION("max points no larger than sums of them can hold exactly")
    {
        // 1e308 passed and then scored null: two such items overflow the possible points to infinity.
        version.sections[0].items[0].maxPoints = 1e308;
        CHECK(problems(version).contains(
            QStringLiteral("sections[0].items[0].max_points: The max points of the item \"greeting\" "
                           "in the section \"Opening\" must be > 0 and at most 1000, not 1e+308")));
        version.sections[0].items[0].maxPoints = 1000;
        CHECK_FALSE(problems(version).contains(QStringLiteral("max_points")));
    }
    SECTION("weights at most 1000")
    {
        version.sections[1].weight = 1e308;
        CHECK(problems(version).contains(
            QStringLiteral("sections[1].weight: The weight of the section \"Resolution\" must be "
                           "from 0 to 1000, not 1e+308.")));
    }
    SECTION("unique section titles")
    {
        version.sections[1].title = QStringLiteral("Opening ");
        CHECK(problems(version)
              == QStringLiteral("sections[1].title: The section title \"Opening\" is used twice (also at "
                                "sections[0]); titles must be unique."));
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
