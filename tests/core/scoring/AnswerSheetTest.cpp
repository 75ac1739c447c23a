#include "TestSupport.h"
#include "scoring/AnswerSheet.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace qadesk;

TEST_CASE("an answer sheet maps labels, yes, no and na, and the result prints as 0..100")
{
    const ScorecardVersion version = test::sampleVersion();
    QStringList errors;
    const auto answers = AnswerSheet::read(
        R"({"answers": {"greeting": "yes", "identity": "no", "accuracy": "보통"}})", version, &errors);
    INFO(errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(answers);
    const QJsonObject json = scoreResultToJson(scoreEvaluation(version, *answers));
    CHECK(json.value(QStringLiteral("score")).toDouble() == 0.0);
    CHECK(json.value(QStringLiteral("raw_score")).toDouble() == Approx(100.0 * (10.0 / 20.0 * 20 + 0.5 * 2) / 22));
    CHECK(json.value(QStringLiteral("critical_failed")).toBool());
    CHECK(json.value(QStringLiteral("sections")).toArray().size() == 2);
}

TEST_CASE("an answer sheet's mistakes name the item")
{
    QStringList errors;
    CHECK_FALSE(AnswerSheet::read(R"({"answers": {"greeting": "na", "accuracy": "great", "bogus": "yes"}})",
                                  test::sampleVersion(), &errors));
    const QString text = errors.join(QLatin1Char('\n'));
    CHECK(text.contains(QStringLiteral("answers.greeting: N/A is not allowed")));
    CHECK(text.contains(QStringLiteral("answers.accuracy: \"great\" is not an option of this item (미흡, 보통, 우수)")));
    CHECK(text.contains(QStringLiteral("answers.bogus: the scorecard has no item")));
    CHECK(text.contains(QStringLiteral("answers.identity: has no answer")));
}

TEST_CASE("an all-N/A sheet scores null")
{
    ScorecardVersion version = test::sampleVersion();
    version.sections.removeFirst();
    QStringList errors;
    const auto answers = AnswerSheet::read(R"({"answers": {"accuracy": "na"}})", version, &errors);
    REQUIRE(answers);
    CHECK(scoreResultToJson(scoreEvaluation(version, *answers)).value(QStringLiteral("score")).isNull());
}
