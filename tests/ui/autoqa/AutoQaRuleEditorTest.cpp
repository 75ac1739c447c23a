#include "scorecards/AutoQaRuleEditor.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <catch2/catch.hpp>

using namespace qadesk;

TEST_CASE("the rule editor shows an item's rule and gives back what the manager edits")
{
    ScorecardItem item;
    item.key = QStringLiteral("greeting");
    item.maxPoints = 5;
    item.options = yesNoOptions(5);
    AutoQaRule rule;
    rule.phrases = { QStringLiteral("안녕하십니까"), QStringLiteral("안녕하세요") };
    rule.window = AutoQaRule::Window::FirstMessages;
    rule.windowSize = 2;
    item.autoRule = rule;

    AutoQaRuleEditor editor;
    editor.show();
    QSignalSpy edited(&editor, &AutoQaRuleEditor::ruleEdited);
    editor.setItem(item, true);
    CHECK(edited.isEmpty()); // showing is not editing
    CHECK(editor.rule() == rule);
    auto* phrases = editor.findChild<QLineEdit*>(QStringLiteral("rulePhrasesLineEdit"));
    CHECK(phrases->text() == QStringLiteral("안녕하십니까 / 안녕하세요"));

    // A third variant, typed with the separator.
    phrases->setText(phrases->text() + QStringLiteral(" / 반갑습니다"));
    emit phrases->editingFinished();
    REQUIRE(edited.size() == 1);
    const auto changed = edited.takeFirst().at(0).value<std::optional<AutoQaRule>>();
    REQUIRE(changed);
    CHECK(
        changed->phrases
        == QStringList { QStringLiteral("안녕하십니까"), QStringLiteral("안녕하세요"), QStringLiteral("반갑습니다") });
    CHECK(changed->windowSize == 2);

    // A metric rule instead: the phrase fields hide, the limit shows.
    auto* kind = editor.findChild<QComboBox*>(QStringLiteral("ruleKindComboBox"));
    kind->setCurrentIndex(kind->findData(int(AutoQaRule::Kind::Metric)));
    CHECK_FALSE(phrases->isVisible());
    const auto metric = edited.last().at(0).value<std::optional<AutoQaRule>>();
    REQUIRE(metric);
    CHECK(metric->kind == AutoQaRule::Kind::Metric);
    CHECK(metric->metric == AutoQaRule::Metric::LongestDeadAirSeconds);

    // No automatic check removes the rule.
    kind->setCurrentIndex(0);
    CHECK_FALSE(edited.last().at(0).value<std::optional<AutoQaRule>>());
}
