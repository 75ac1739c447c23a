#include "TestSupport.h"
#include "autoqa/AutoQaRule.h"
#include "scoring/ScorecardJson.h"

#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace qadesk;

TEST_CASE("a version 1 scorecard still reads, without rules")
{
    QStringList errors;
    const auto document = ScorecardJson::readFile(test::dataPath(QStringLiteral("autoqa/form-v1.json")), &errors);
    INFO(errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(document);
    REQUIRE(document->version.sections.at(0).items.size() == 1);
    CHECK_FALSE(document->version.sections.at(0).items.at(0).autoRule);
}

TEST_CASE("a version 2 scorecard reads its rules and writes them back as version 2")
{
    QStringList errors;
    const auto document = ScorecardJson::readFile(test::dataPath(QStringLiteral("autoqa/form-v2.json")), &errors);
    INFO(errors.join(QLatin1Char('\n')).toStdString());
    REQUIRE(document);
    const auto& items = document->version.sections.at(0).items;
    REQUIRE(items.at(0).autoRule);
    const AutoQaRule& greeting = *items.at(0).autoRule;
    CHECK(greeting.kind == AutoQaRule::Kind::PhrasePresent);
    CHECK(greeting.phrases == QStringList { QStringLiteral("안녕하십니까"), QStringLiteral("안녕하세요") });
    CHECK(greeting.window == AutoQaRule::Window::FirstMessages);
    CHECK(greeting.windowSize == 2);
    CHECK(greeting.passOption.isEmpty());
    const AutoQaRule& reply = *items.at(1).autoRule;
    CHECK(reply.kind == AutoQaRule::Kind::Metric);
    CHECK(reply.metric == AutoQaRule::Metric::FirstResponseSeconds);
    CHECK(reply.comparison == AutoQaRule::Comparison::AtMost);
    CHECK(reply.threshold == 60);
    const AutoQaRule& manner = *document->version.sections.at(1).items.at(0).autoRule;
    CHECK(manner.kind == AutoQaRule::Kind::ForbiddenPhrase);
    CHECK(manner.passOption == QStringLiteral("우수"));
    CHECK(manner.failOption == QStringLiteral("미흡"));

    const QByteArray written = ScorecardJson::write(document->scorecard, document->version);
    CHECK(QJsonDocument::fromJson(written).object().value(QStringLiteral("format_version")).toInt() == 2);
    const auto again = ScorecardJson::read(written, &errors);
    REQUIRE(again);
    CHECK(again->version == document->version);
}

TEST_CASE("bad rules are refused with the file, the line and the field")
{
    const QString path = test::dataPath(QStringLiteral("autoqa/bad-rules.json"));
    QStringList errors;
    CHECK_FALSE(ScorecardJson::readFile(path, &errors));
    for (QString& error : errors) {
        REQUIRE(error.contains(QStringLiteral("bad-rules.json: ")));
        error = error.section(QStringLiteral("bad-rules.json: "), 1);
    }
    CHECK(errors
          == QStringList {
              QStringLiteral("line 10: sections[0].items[0].auto_rule.phrases[0]: must hold a letter or a digit "
                             "(spacing, case and punctuation are ignored)"),
              QStringLiteral("line 10: sections[0].items[0].auto_rule.within.first_messages: must be a whole number "
                             "from 1 to 100000"),
              QStringLiteral("line 13: sections[0].items[1].auto_rule.metric: must be one of longest_dead_air_s, "
                             "overtalk_percent, agent_talk_percent, longest_monologue_s, first_response_s, "
                             "longest_wait_s, replies_within_limit_percent"),
              QStringLiteral("line 16: sections[0].items[2].auto_rule.pass: \"좋음\" is not an answer of the item (its "
                             "answers: 우수, 미흡)"),
          });
}

TEST_CASE("a rule in a version 1 file asks for version 2")
{
    QStringList errors;
    CHECK_FALSE(ScorecardJson::readFile(test::dataPath(QStringLiteral("autoqa/v1-with-rule.json")), &errors));
    REQUIRE(errors.size() == 1);
    CHECK(errors.at(0).endsWith(
        QStringLiteral("v1-with-rule.json: sections[0].items[0].auto_rule: auto-QA rules need format_version 2")));
}

TEST_CASE("rule objects refuse mixed and unknown fields")
{
    const auto problems = [](const char* json) {
        QStringList list;
        CHECK_FALSE(AutoQaRule::fromJson(QJsonDocument::fromJson(json).object(), &list));
        return list;
    };
    CHECK(problems(R"({"kind": "metric", "metric": "longest_wait_s", "at_most": 60, "at_least": 10})")
          == QStringList { QStringLiteral("at_most: a metric rule needs exactly one of at_most and at_least") });
    CHECK(problems(R"({"kind": "metric", "metric": "overtalk_percent", "at_most": 120})")
          == QStringList { QStringLiteral("at_most: must be a number from 0 to 100") });
    CHECK(problems(R"({"kind": "forbidden_phrase", "phrases": ["x"], "within": {"first_messages": 2}})")
          == QStringList {
              QStringLiteral("within: a forbidden phrase counts anywhere in the contact, so it takes no window") });
    CHECK(problems(R"({"kind": "phrase_present", "phrases": ["x"], "at_most": 3})")
          == QStringList { QStringLiteral("at_most: belongs to metric rules, not to phrase rules") });
    CHECK(problems(R"({"kind": "phrase_present", "phrase": "x"})").first()
          == QStringLiteral("phrase: is not a field of a rule (the fields are kind, phrases, within, metric, at_most, "
                            "at_least, pass, fail)"));
    CHECK(problems(R"({"phrases": ["x"]})")
          == QStringList {
              QStringLiteral("kind: is required (one of phrase_present, phrase_absent, forbidden_phrase, metric)") });
}

TEST_CASE("the fingerprint changes with the rule's content only")
{
    AutoQaRule a;
    a.phrases = { QStringLiteral("안녕하세요") };
    AutoQaRule b = a;
    CHECK(a.fingerprint() == b.fingerprint());
    b.phrases << QStringLiteral("안녕하십니까");
    CHECK(a.fingerprint() != b.fingerprint());
}
