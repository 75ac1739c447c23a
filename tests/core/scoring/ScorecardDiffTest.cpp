#include "TestSupport.h"
#include "scoring/ScorecardDiff.h"

#include <catch2/catch.hpp>

using namespace qadesk;

TEST_CASE("the diff lists items added, removed, reworded, re-scored and moved, and re-weighted sections")
{
    const ScorecardVersion before = test::sampleVersion();
    ScorecardVersion after = before;
    after.sections[0].items[0].question = QStringLiteral("밝게 첫인사를 했는가?");
    after.sections[1].weight = 3.0;
    after.sections[1].items[0].options[1].points = 6;
    after.sections[0].items.removeAt(1); // identity
    ScorecardItem closing = before.sections[0].items[0];
    closing.key = QStringLiteral("closing");
    after.sections[1].items << closing;

    QStringList described;
    for (const auto& change : ScorecardDiff::compare(before, after))
        described << change.description();
    INFO(described.join(QLatin1Char('\n')).toStdString());
    CHECK(described.size() == 5);
    CHECK(described.contains(QStringLiteral("Section \"Resolution\" re-weighted: 2 → 3.")));
    CHECK(described.contains(QStringLiteral("Item \"greeting\" reworded: \"첫인사를 정확히 했는가?\" → \"밝게 첫인사를 했는가?\".")));
    CHECK(described.contains(QStringLiteral("Item \"accuracy\" re-scored: max 10 (미흡=0, 보통=5, 우수=10) → max 10 (미흡=0, 보통=6, 우수=10).")));
    CHECK(described.contains(QStringLiteral("Item \"identity\" removed from \"Opening\".")));
    CHECK(described.contains(QStringLiteral("Item \"closing\" added to \"Resolution\": 첫인사를 정확히 했는가?")));
    CHECK(ScorecardDiff::compare(before, before).isEmpty());
}

TEST_CASE("the diff lists auto-QA rules added, removed and changed, in words")
{
    ScorecardVersion before = test::sampleVersion();
    AutoQaRule greeting;
    greeting.phrases = { QStringLiteral("안녕하십니까"), QStringLiteral("안녕하세요") };
    greeting.window = AutoQaRule::Window::FirstMessages;
    greeting.windowSize = 2;
    before.sections[0].items[0].autoRule = greeting;
    AutoQaRule forbidden;
    forbidden.kind = AutoQaRule::Kind::ForbiddenPhrase;
    forbidden.phrases = { QStringLiteral("모르겠는데요") };
    before.sections[0].items[1].autoRule = forbidden;

    ScorecardVersion after = before;
    // The greeting may come within the first three messages now; the forbidden phrase is no longer checked; accuracy
    // is checked on the first response, suggesting 우수 or 미흡; a new closing item checks the last message.
    after.sections[0].items[0].autoRule->windowSize = 3;
    after.sections[0].items[1].autoRule.reset();
    AutoQaRule firstResponse;
    firstResponse.kind = AutoQaRule::Kind::Metric;
    firstResponse.metric = AutoQaRule::Metric::FirstResponseSeconds;
    firstResponse.threshold = 60;
    firstResponse.passOption = QStringLiteral("우수");
    firstResponse.failOption = QStringLiteral("미흡");
    after.sections[1].items[0].autoRule = firstResponse;
    ScorecardItem closing = before.sections[0].items[0];
    closing.key = QStringLiteral("closing");
    closing.autoRule->phrases = { QStringLiteral("감사합니다") };
    closing.autoRule->window = AutoQaRule::Window::LastMessages;
    closing.autoRule->windowSize = 1;
    after.sections[1].items << closing;

    QStringList described;
    for (const auto& change : ScorecardDiff::compare(before, after))
        described << change.description();
    INFO(described.join(QLatin1Char('\n')).toStdString());
    CHECK(described
          == QStringList {
              QStringLiteral("Item \"greeting\" automatic check changed: Phrase said in the first 2 agent message(s): "
                             "안녕하십니까 / 안녕하세요 → Phrase said in the first 3 agent message(s): 안녕하십니까 / "
                             "안녕하세요."),
              QStringLiteral("Item \"identity\" is no longer checked automatically (was: Forbidden phrase anywhere: "
                             "모르겠는데요)."),
              QStringLiteral("Item \"accuracy\" is checked automatically: First response (s) at most 60 (suggests "
                             "\"우수\" when it holds, \"미흡\" when not)."),
              QStringLiteral("Item \"closing\" added to \"Resolution\": 첫인사를 정확히 했는가?"),
              QStringLiteral("Item \"closing\" is checked automatically: Phrase said in the last 1 agent message(s): "
                             "감사합니다."),
          });
    // Only the answers a rule suggests changed.
    ScorecardVersion answers = after;
    answers.sections[1].items[0].autoRule->passOption = QStringLiteral("보통");
    const auto changed = ScorecardDiff::compare(after, answers);
    REQUIRE(changed.size() == 1);
    CHECK(changed.first().kind == ScorecardChange::Kind::ItemAutoRuleChanged);
    CHECK(changed.first().after.contains(QStringLiteral("suggests \"보통\" when it holds")));
}
