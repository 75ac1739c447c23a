#include "TestSupport.h"
#include "UiTestSupport.h"
#include "disputes/DisputeStats.h"
#include "scorecards/ScorecardDesignerPage.h"
#include "scorecards/ScorecardFormView.h"
#include "scorecards/StructureTreeWidget.h"
#include "storage/AuditLog.h"
#include "storage/ScorecardRepository.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace qadesk;

namespace {

template <typename T> T* child(QWidget& page, const char* name)
{
    T* widget = page.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

// QTest::keyClicks knows ASCII only; Hangul arrives as key events carrying text, as from an input method.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

} // namespace

TEST_CASE("the designer builds a two-section form with undo and redo, publishes it, and edits it as a new draft")
{
    const auto db = test::memoryWorkspace();
    ScorecardDesignerPage page(*db, QStringLiteral("qa.lead"));
    page.show();
    REQUIRE(page.createScorecard(QStringLiteral("채팅 평가표"), Channel::Chat));
    REQUIRE(page.version().status == VersionStatus::Draft);
    REQUIRE(page.version().sections.size() == 1);

    // Three edits through the widgets a person would use.
    const ScorecardVersion initial = page.version();
    page.select(0, 0);
    auto* question = child<QLineEdit>(page, "questionLineEdit");
    question->selectAll();
    typeText(question, QStringLiteral("첫인사를 했는가?"));
    QTest::mouseClick(child<QPushButton>(page, "addSectionButton"), Qt::LeftButton);
    auto* title = child<QLineEdit>(page, "sectionTitleLineEdit");
    title->selectAll();
    typeText(title, QStringLiteral("마무리"));
    const ScorecardVersion edited = page.version();
    CHECK(edited.sections.size() == 2);
    CHECK(edited.sections[0].items[0].question == QStringLiteral("첫인사를 했는가?"));
    CHECK(edited.sections[1].title == QStringLiteral("마무리"));
    CHECK(page.undoStack()->count() == 3); // typing a word is one step, not one per key

    for (int i = 0; i < 3; ++i)
        page.undoStack()->undo();
    CHECK(page.version().sections == initial.sections);
    for (int i = 0; i < 3; ++i)
        page.undoStack()->redo();
    CHECK(page.version().sections == edited.sections);

    // The second section needs an item before the form can be published.
    CHECK_FALSE(page.publish());
    CHECK(page.statusText().contains(QStringLiteral("Not published")));
    page.select(1, -1);
    page.addItem();
    CHECK(page.version().sections[1].items.size() == 1);
    REQUIRE(page.publish());
    const qint64 publishedId = page.version().id;
    const ScorecardVersion published = *ScorecardRepository(*db).version(publishedId);
    CHECK(published.status == VersionStatus::Published);
    CHECK(published.publishedBy == QStringLiteral("qa.lead"));

    // A published version cannot be edited in place.
    page.select(0, 0);
    CHECK_FALSE(question->isEnabled());

    REQUIRE(page.editAsNewDraft());
    CHECK(page.version().number == 2);
    CHECK(page.version().status == VersionStatus::Draft);
    page.select(0, 0);
    CHECK(question->isEnabled());
    question->selectAll();
    typeText(question, QStringLiteral("밝게 첫인사를 했는가?"));
    REQUIRE(page.saveDraft());

    ScorecardRepository cards(*db);
    CHECK(cards.versions(published.scorecardId).size() == 2);
    CHECK(*cards.version(publishedId) == published);
    CHECK(cards.version(page.version().id)->sections[0].items[0].question == QStringLiteral("밝게 첫인사를 했는가?"));
    CHECK(page.compareWithPrevious().join(QLatin1Char('\n')).contains(QStringLiteral("reworded")));
    CHECK_FALSE(AuditLog(*db).entriesFor(QStringLiteral("scorecard_version"), publishedId).isEmpty());
}

TEST_CASE("dragging an item into another section is one undoable edit")
{
    const auto db = test::memoryWorkspace();
    ScorecardDesignerPage page(*db, QStringLiteral("qa"));
    REQUIRE(page.createScorecard(QStringLiteral("form"), std::nullopt));
    page.addSection();
    auto* tree = child<StructureTreeWidget>(page, "structureTreeWidget");
    REQUIRE(tree->topLevelItemCount() == 2);
    // What Qt's internal move does on a drop, then the signal the widget sends.
    QTreeWidgetItem* moved = tree->topLevelItem(0)->takeChild(0);
    tree->topLevelItem(1)->addChild(moved);
    emit tree->dropped();
    CHECK(page.version().sections[0].items.isEmpty());
    CHECK(page.version().sections[1].items.size() == 1);
    page.undoStack()->undo();
    CHECK(page.version().sections[0].items.size() == 1);

    // A section dropped inside another section is not a form: the tree is put back.
    QTreeWidgetItem* section = tree->takeTopLevelItem(1);
    tree->topLevelItem(0)->addChild(section);
    emit tree->dropped();
    CHECK(tree->topLevelItemCount() == 2);
    CHECK(page.version().sections.size() == 2);
}

TEST_CASE("the preview scores the answers given in it")
{
    const auto db = test::memoryWorkspace();
    ScorecardRepository cards(*db);
    const qint64 id = cards.create(Scorecard { 0, QStringLiteral("call") }, test::sampleVersion(), QStringLiteral("qa"));
    ScorecardDesignerPage page(*db, QStringLiteral("qa"));
    REQUIRE(page.showScorecard(id));
    page.preview()->setAnswer(QStringLiteral("greeting"), 0);
    page.preview()->setAnswer(QStringLiteral("identity"), 1);
    page.preview()->setAnswer(QStringLiteral("accuracy"), 2);
    emit page.preview()->answersChanged();
    const QString score = child<QLabel>(page, "previewScoreLabel")->text();
    // The identity check failed: the evaluation scores 0; raw (10/20 × 20 + 1 × 2) / 22 = 54.5.
    CHECK(score.startsWith(QStringLiteral("Preview score 0.0 (raw 54.5)")));
    CHECK(score.contains(QStringLiteral("a critical item failed")));
}

TEST_CASE("the item editor says how often the item was disputed and overturned lately")
{
    QTemporaryDir dir;
    DemoOptions options;
    options.agents = 6;
    options.months = 2;
    options.until = QDate(2026, 11, 20);
    options.recordings = 0;
    const auto db = test::demoWorkspace(dir, options);
    const QDate today = db->time().today();
    const auto stats = DisputeStats::perItem(*db, today.addDays(1 - ScorecardDesignerPage::s_disputeWindowDays), today);
    const auto disputed = std::find_if(stats.cbegin(), stats.cend(), [](const ItemDisputeStats& item) {
        return !item.itemKey.isEmpty() && item.counts.disputes > 0;
    });
    REQUIRE(disputed != stats.cend());

    ScorecardDesignerPage page(*db, QStringLiteral("manager"));
    page.show();
    REQUIRE(QTest::qWaitFor([&page] { return page.itemDisputesCounted(); }, 10000)); // counted in the background
    bool selected = false;
    for (const Scorecard& scorecard : ScorecardRepository(*db).all()) {
        REQUIRE(page.showScorecard(scorecard.id));
        const auto& sections = page.version().sections;
        for (int s = 0; s < sections.size() && !selected; ++s) {
            for (int i = 0; i < sections[s].items.size() && !selected; ++i) {
                if (sections[s].items[i].key == disputed->itemKey) {
                    page.select(s, i);
                    selected = true;
                }
            }
        }
        if (selected)
            break;
    }
    REQUIRE(selected);
    const QString text = child<QLabel>(page, "itemDisputesLabel")->text();
    CHECK(text.contains(QStringLiteral("disputed in %1 of %2 evaluations").arg(disputed->counts.disputes).arg(disputed->counts.evaluations)));
    CHECK(text.contains(QStringLiteral("%1 of %2 decided were overturned").arg(disputed->counts.overturned).arg(disputed->counts.resolved)));
    page.resize(1400, 820);
    test::saveScreenshot(page, QStringLiteral("scorecard-item-disputes.png"));
}
