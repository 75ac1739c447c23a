#include "TestSupport.h"
#include "UiTestSupport.h"
#include "scorecards/ScorecardDesignerPage.h"
#include "scorecards/ScorecardFormView.h"
#include "scorecards/StructureTreeWidget.h"
#include "shell/Dialogs.h"
#include "storage/AuditLog.h"
#include "storage/ContactRepository.h"
#include "storage/DisputeRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/StorageError.h"

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
    ScorecardDesignerPage page(*db, test::managerActor(QStringLiteral("qa.lead")));
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
    Dialogs::setNextText(QStringLiteral("첫 버전"));
    REQUIRE(page.publish());
    const qint64 publishedId = page.version().id;
    const ScorecardVersion published = *ScorecardRepository(*db).version(publishedId);
    CHECK(published.status == VersionStatus::Published);
    CHECK(published.publishedBy == QStringLiteral("qa.lead"));
    CHECK(published.changeNote == QStringLiteral("첫 버전"));

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
    ScorecardDesignerPage page(*db, test::managerActor(QStringLiteral("qa")));
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
    ScorecardDesignerPage page(*db, test::managerActor(QStringLiteral("qa")));
    REQUIRE(page.showScorecard(id));
    page.preview()->setAnswer(QStringLiteral("greeting"), 0);
    page.preview()->setAnswer(QStringLiteral("identity"), 1);
    page.preview()->setAnswer(QStringLiteral("accuracy"), 2);
    emit page.preview()->answersChanged();
    const QString score = child<QLabel>(page, "previewScoreLabel")->text();
    // The identity check failed: the evaluation scores 0. Raw: (10/20 × 20 + 1 × 2) / 22 = 54.5.
    CHECK(score.startsWith(QStringLiteral("Preview score 0.0 (raw 54.5) ")));
    CHECK(score.contains(QStringLiteral("a critical item failed")));
}

TEST_CASE("publishing asks for a change note and refuses a draft that changes nothing")
{
    const auto db = test::memoryWorkspace();
    ScorecardDesignerPage page(*db, test::managerActor(QStringLiteral("qa.lead")));
    REQUIRE(page.createScorecard(QStringLiteral("통화 평가표"), Channel::Call));
    Dialogs::setNextText(QStringLiteral("First version"));
    REQUIRE(page.publish());
    const ScorecardVersion first = page.version();

    REQUIRE(page.editAsNewDraft());
    const qint64 draftId = page.version().id;
    ScorecardRepository cards(*db);
    // Unchanged: neither the page nor core publishes it, and no note is asked for.
    Dialogs::setNextText(QStringLiteral("must not be used"));
    CHECK_FALSE(page.publish());
    CHECK(page.statusText().contains(QStringLiteral("same form as the published version")));
    CHECK_THROWS_WITH(cards.publish(draftId, test::managerActor(QStringLiteral("qa.lead")), QStringLiteral("note")),
                      Catch::Contains("Version 2 is the same form as published version 1"));
    CHECK(cards.version(draftId)->status == VersionStatus::Draft);
    Dialogs::setNextText(std::nullopt); // clears the unused answer: the next dialog is a cancel

    // Changed, then cancelled, then without a note: still a draft.
    page.select(0, 0);
    auto* question = child<QLineEdit>(page, "questionLineEdit");
    question->selectAll();
    typeText(question, QStringLiteral("첫인사를 밝게 했는가?"));
    CHECK_FALSE(page.publish());
    CHECK(page.statusText() == QStringLiteral("Not published."));
    Dialogs::setNextText(QStringLiteral("   "));
    CHECK_FALSE(page.publish());
    CHECK(page.statusText().contains(QStringLiteral("change note")));
    CHECK(cards.version(draftId)->status == VersionStatus::Draft);

    Dialogs::setNextText(QStringLiteral("Greeting asks for a bright tone"));
    REQUIRE(page.publish());
    const ScorecardVersion second = *cards.version(draftId);
    CHECK(second.status == VersionStatus::Published);
    CHECK(second.number == 2);
    CHECK(second.changeNote == QStringLiteral("Greeting asks for a bright tone"));
    CHECK(second.sections[0].items[0].question == QStringLiteral("첫인사를 밝게 했는가?"));
    CHECK(cards.version(first.id)->sections[0].items[0].question == first.sections[0].items[0].question);
}

TEST_CASE("the item editor says how often the item was disputed and overturned lately")
{
    // Four evaluations of the sample form ten days ago, three disputed on "accuracy": one overturned, one upheld, one
    // still open. By hand: disputed in 3 of 4 evaluations (75.0 %), 1 of 2 decided overturned (50.0 %).
    const auto db = test::memoryWorkspace();
    const qint64 firstContact = test::addSampleContact(*db);
    const qint64 agent = ContactRepository(*db).find(firstContact)->agentId;
    UserRepository users(*db);
    const qint64 evaluator = users.findByLogin(QStringLiteral("eval"))->id;
    const qint64 lead = users.add(User { 0, QStringLiteral("lead1"), QStringLiteral("팀장"), Role::TeamLead, 0, true });
    const qint64 manager
        = users.add(User { 0, QStringLiteral("manager"), QStringLiteral("관리자"), Role::Manager, 0, true });
    ScorecardRepository cards(*db);
    const qint64 card
        = cards.create(Scorecard { 0, QStringLiteral("Calls") }, test::sampleVersion(), QStringLiteral("t"));
    cards.publish(cards.latestVersion(card)->id, test::managerActor(QStringLiteral("t")));
    const ScorecardVersion version = *cards.latestPublished(card);
    // Ten days before the workspace's clock: inside the last s_disputeWindowDays days the editor counts.
    const QDateTime evaluated = db->time().now().addDays(-10);
    QList<qint64> evaluations;
    for (int i = 0; i < 4; ++i) {
        Contact contact;
        contact.externalId = QStringLiteral("D%1").arg(i);
        contact.agentId = agent;
        contact.startedAt = evaluated.addDays(-1);
        Evaluation e;
        e.contactId = ContactRepository(*db).add(contact);
        e.scorecardVersionId = version.id;
        e.evaluatorId = evaluator;
        e.agentId = agent;
        e.status = EvaluationStatus::Submitted;
        e.createdAt = e.submittedAt = evaluated;
        e.answers = { Answer { QStringLiteral("greeting"), 0 }, Answer { QStringLiteral("identity"), 0 },
                      Answer { QStringLiteral("accuracy"), 1 } };
        e.score = 1.0;
        evaluations << EvaluationWriter(*db, version).insert(e);
    }
    DisputeRepository disputes(*db);
    QList<qint64> raised;
    for (int i = 0; i < 3; ++i) {
        Dispute d;
        d.evaluationId = evaluations.at(i);
        d.itemKey = QStringLiteral("accuracy");
        d.raisedBy = lead;
        d.raisedAt = evaluated.addDays(2);
        d.reason = QStringLiteral("안내는 정확했습니다");
        raised << disputes.raise(d, QStringLiteral("lead1"));
    }
    QList<Answer> revised = EvaluationRepository(*db).find(evaluations.at(0))->answers;
    for (auto& answer : revised) {
        if (answer.itemKey == QStringLiteral("accuracy"))
            answer.optionIndex = 2;
    }
    disputes.overturn(raised.at(0), manager, revised, QStringLiteral("인정"), QStringLiteral("manager"));
    disputes.uphold(raised.at(1), manager, QStringLiteral("기준대로"), QStringLiteral("manager"));

    ScorecardDesignerPage page(*db, test::actorOf(*db, QStringLiteral("manager")));
    REQUIRE(page.itemDisputesCounted()); // an in-memory workspace is counted at once
    REQUIRE(page.showScorecard(card, version.id));
    page.select(1, 0);
    REQUIRE(page.version().sections[1].items[0].key == QStringLiteral("accuracy"));
    const QString text = child<QLabel>(page, "itemDisputesLabel")->text();
    CHECK(text.startsWith(QStringLiteral("Last 90 day(s): disputed in 3 of 4 evaluations (75.0 %); 1 of 2 decided were "
                                         "overturned (50.0 %).")));
    CHECK(text.contains(QStringLiteral("Often disputed"))); // 3 disputes and 75 % are past both thresholds
    page.select(0, 0); // greeting: evaluated four times, never disputed
    CHECK(child<QLabel>(page, "itemDisputesLabel")
              ->text()
              .startsWith(QStringLiteral(
                  "Last 90 day(s): disputed in 0 of 4 evaluations (0.0 %); 0 of 0 decided were overturned (—).")));
    page.resize(1400, 820);
    test::saveScreenshot(page, QStringLiteral("scorecard-item-disputes.png"));
}
