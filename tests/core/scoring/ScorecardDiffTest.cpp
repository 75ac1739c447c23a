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
