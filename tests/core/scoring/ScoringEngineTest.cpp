#include "TestSupport.h"
#include "scoring/ScoringEngine.h"

#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

ScorecardItem yesNo(const QString& key, double points, CriticalScope critical = CriticalScope::None, bool na = false)
{
    ScorecardItem item;
    item.key = key;
    item.question = key;
    item.maxPoints = points;
    item.critical = critical;
    item.naAllowed = na;
    item.options = yesNoOptions(points);
    return item;
}

Answer yes(const QString& key) { return Answer { key, 0 }; }
Answer no(const QString& key) { return Answer { key, 1 }; }
Answer na(const QString& key) { return Answer { key, std::nullopt, true }; }

ScorecardVersion form(QList<ScorecardSection> sections)
{
    ScorecardVersion version;
    version.sections = std::move(sections);
    return version;
}

} // namespace

TEST_CASE("yes earns max points, no earns nothing, and the section score is earned over possible")
{
    const auto version = form({ { 0, QStringLiteral("A"), std::nullopt, { yesNo(QStringLiteral("a"), 10), yesNo(QStringLiteral("b"), 30) } } });
    const ScoreResult result = scoreEvaluation(version, { yes(QStringLiteral("a")), no(QStringLiteral("b")) });
    CHECK(*result.score == Approx(0.25));
    CHECK(*result.rawScore == Approx(0.25));
    CHECK(result.sections[0].earned == 10);
    CHECK(result.sections[0].possible == 40);
    CHECK(result.failedItems == QStringList { QStringLiteral("b") });
    CHECK_FALSE(result.criticalFailed);
}

TEST_CASE("scale and option answers earn their option's points")
{
    ScorecardItem scale = yesNo(QStringLiteral("s"), 10);
    scale.kind = ItemKind::Scale;
    scale.options = { { QStringLiteral("poor"), 0, true }, { QStringLiteral("fair"), 4, false }, { QStringLiteral("good"), 10, false } };
    const auto version = form({ { 0, QStringLiteral("A"), std::nullopt, { scale } } });
    CHECK(*scoreEvaluation(version, { Answer { QStringLiteral("s"), 1 } }).score == Approx(0.4));
    CHECK(*scoreEvaluation(version, { Answer { QStringLiteral("s"), 2 } }).score == Approx(1.0));
}

TEST_CASE("options whose best value is below max points never reach 100")
{
    ScorecardItem item = yesNo(QStringLiteral("o"), 10);
    item.kind = ItemKind::Options;
    item.options = { { QStringLiteral("partly"), 5, false }, { QStringLiteral("mostly"), 8, false } };
    const auto version = form({ { 0, QStringLiteral("A"), std::nullopt, { item } } });
    CHECK(*scoreEvaluation(version, { Answer { QStringLiteral("o"), 1 } }).score == Approx(0.8));
}

TEST_CASE("N/A leaves both sums, also in a weighted section")
{
    const auto version = form({ { 0, QStringLiteral("A"), 1.0, { yesNo(QStringLiteral("a"), 10), yesNo(QStringLiteral("b"), 10, CriticalScope::None, true) } },
                                { 0, QStringLiteral("B"), 3.0, { yesNo(QStringLiteral("c"), 10) } } });
    const ScoreResult result = scoreEvaluation(version, { yes(QStringLiteral("a")), na(QStringLiteral("b")), no(QStringLiteral("c")) });
    CHECK(result.sections[0].possible == 10);
    CHECK(*result.sections[0].score == Approx(1.0));
    CHECK(*result.score == Approx((1.0 * 1 + 0.0 * 3) / 4));
}

TEST_CASE("sections without a weight weigh their possible points")
{
    const auto version = form({ { 0, QStringLiteral("A"), std::nullopt, { yesNo(QStringLiteral("a"), 10) } },
                                { 0, QStringLiteral("B"), std::nullopt, { yesNo(QStringLiteral("b"), 30) } } });
    const ScoreResult result = scoreEvaluation(version, { yes(QStringLiteral("a")), no(QStringLiteral("b")) });
    CHECK(result.sections[1].weight == 30);
    CHECK(*result.score == Approx(10.0 / 40.0));
}

TEST_CASE("a section with nothing applicable drops out of the total")
{
    const auto version = form({ { 0, QStringLiteral("A"), 1.0, { yesNo(QStringLiteral("a"), 10, CriticalScope::None, true) } },
                                { 0, QStringLiteral("B"), 1.0, { yesNo(QStringLiteral("b"), 10) } } });
    const ScoreResult result = scoreEvaluation(version, { na(QStringLiteral("a")), yes(QStringLiteral("b")) });
    CHECK_FALSE(result.sections[0].score);
    CHECK(*result.score == Approx(1.0));
}

TEST_CASE("all N/A gives no score, not 0 and not 100")
{
    const auto version = form({ { 0, QStringLiteral("A"), std::nullopt, { yesNo(QStringLiteral("a"), 10, CriticalScope::None, true) } } });
    const ScoreResult result = scoreEvaluation(version, { na(QStringLiteral("a")) });
    CHECK_FALSE(result.score);
    CHECK_FALSE(result.rawScore);
}

TEST_CASE("a failed critical item of section scope zeroes its section and keeps the raw score")
{
    const auto version = form({ { 0, QStringLiteral("A"), 1.0, { yesNo(QStringLiteral("a"), 10), yesNo(QStringLiteral("crit"), 10, CriticalScope::Section) } },
                                { 0, QStringLiteral("B"), 1.0, { yesNo(QStringLiteral("b"), 10) } } });
    const ScoreResult result = scoreEvaluation(version, { yes(QStringLiteral("a")), no(QStringLiteral("crit")), yes(QStringLiteral("b")) });
    CHECK(*result.sections[0].rawScore == Approx(0.5));
    CHECK(*result.sections[0].score == Approx(0.0));
    CHECK(*result.score == Approx(0.5));
    CHECK(*result.rawScore == Approx(0.75));
    CHECK(result.criticalFailed);
    CHECK_FALSE(result.evaluationCriticalFailed);
}

TEST_CASE("a critical failure in a section with weight 0 changes no total")
{
    const auto version = form({ { 0, QStringLiteral("A"), 0.0, { yesNo(QStringLiteral("crit"), 10, CriticalScope::Section) } },
                                { 0, QStringLiteral("B"), 1.0, { yesNo(QStringLiteral("b"), 10) } } });
    const ScoreResult result = scoreEvaluation(version, { no(QStringLiteral("crit")), yes(QStringLiteral("b")) });
    CHECK(*result.sections[0].score == Approx(0.0));
    CHECK(*result.score == Approx(1.0));
    CHECK(result.criticalFailed);
}

TEST_CASE("a failed critical item of evaluation scope sets the total to 0, raw kept")
{
    const auto version = form({ { 0, QStringLiteral("A"), std::nullopt, { yesNo(QStringLiteral("id"), 10, CriticalScope::Evaluation), yesNo(QStringLiteral("a"), 10) } } });
    const ScoreResult result = scoreEvaluation(version, { no(QStringLiteral("id")), yes(QStringLiteral("a")) });
    CHECK(*result.score == 0.0);
    CHECK(*result.rawScore == Approx(0.5));
    CHECK(result.evaluationCriticalFailed);
}

TEST_CASE("one item is a whole form")
{
    const auto version = form({ { 0, QStringLiteral("A"), std::nullopt, { yesNo(QStringLiteral("a"), 1) } } });
    CHECK(*scoreEvaluation(version, { yes(QStringLiteral("a")) }).score == 1.0);
    CHECK(*scoreEvaluation(version, { no(QStringLiteral("a")) }).score == 0.0);
}

TEST_CASE("unanswered items, invalid N/A and missing comments are reported, not scored")
{
    ScorecardVersion version = test::sampleVersion();
    const ScoreResult result = scoreEvaluation(version, { Answer { QStringLiteral("greeting"), std::nullopt, true },
                                                          Answer { QStringLiteral("accuracy"), 0 } });
    CHECK(result.unanswered == QStringList { QStringLiteral("greeting"), QStringLiteral("identity") });
    CHECK(result.missingComments == QStringList { QStringLiteral("accuracy") });
    CHECK(*result.score == 0.0); // only accuracy applies, and it earned nothing
}

TEST_CASE("an item's best option is the one worth the most points, the first of equals")
{
    ScorecardItem item = yesNo(QStringLiteral("greeting"), 5);
    CHECK(item.bestOption() == 0);
    item.options = { ScorecardOption { QStringLiteral("미흡"), 0, true }, ScorecardOption { QStringLiteral("우수"), 10, false },
                     ScorecardOption { QStringLiteral("보통"), 6, false }, ScorecardOption { QStringLiteral("우수+"), 10, false } };
    CHECK(item.bestOption() == 1);
}
