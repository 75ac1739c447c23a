#include "disputes/DisputesPage.h"

#include "DisputeCentre.h"
#include "DisputeTestWorkspace.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "disputes/RaiseDisputeDialog.h"
#include "scorecards/ScorecardFormView.h"
#include "shell/Dialogs.h"
#include "shell/PageReader.h"
#include "storage/DisputeRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/ScorecardRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

// The login of the lead who disputes the evaluation: the one who leads its team.
QString raiser(const Database& db, qint64 evaluationId)
{
    return test::leadOf(db, EvaluationRepository(db).find(evaluationId)->teamId).login;
}

// The login of a QA evaluator who may decide a dispute on the evaluation: nobody decides on their own evaluation.
QString reviewer(const Database& db, qint64 evaluationId)
{
    const qint64 evaluator = EvaluationRepository(db).find(evaluationId)->evaluatorId;
    for (const User& user : UserRepository(db).withRole(Role::Evaluator)) {
        if (user.id != evaluator)
            return user.login;
    }
    FAIL("no second evaluator");
    return {};
}

qint64 raiseThroughDialog(const Database& db, qint64 evaluationId, const QString& itemKey, const QString& reason)
{
    RaiseDisputeDialog dialog(db, test::actorOf(db, raiser(db, evaluationId)), evaluationId);
    auto* items = dialog.findChild<QComboBox*>(QStringLiteral("itemComboBox"));
    items->setCurrentIndex(items->findData(itemKey));
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("reasonPlainTextEdit"))->setPlainText(reason);
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    return dialog.raisedDisputeId();
}

QString text(const QTableView* table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

int queueRowOf(const DisputesPage& page, const QString& reason)
{
    const auto* queue = page.findChild<QTableView*>(QStringLiteral("queueTableView"));
    for (int r = 0; r < queue->model()->rowCount(); ++r) {
        if (text(queue, r, 4) == reason)
            return r;
    }
    return -1;
}

template <typename T> T* child(const QWidget& parent, const char* name)
{
    auto* widget = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

} // namespace

TEST_CASE("a dispute on one item, found in the QA queue and overturned, makes a revision and keeps the original")
{
    QTemporaryDir dir;
    const auto db = test::demoCentre(dir);
    const test::Disputable target = test::disputableEvaluation(*db);
    EvaluationRepository evaluations(*db);
    const Evaluation original = *evaluations.find(target.evaluationId);
    const ScorecardVersion version = *ScorecardRepository(*db).version(original.scorecardVersionId);
    const ScorecardItem& item = *version.findItem(target.itemKey);
    const int best = item.bestOption();
    REQUIRE(original.answerFor(target.itemKey)->optionIndex != best);

    const QString qa = reviewer(*db, target.evaluationId);
    DisputesPage page(*db, test::actorOf(*db, qa));
    page.resize(1440, 900);
    page.show();
    const QString reason = QString::fromUtf8("고객이 먼저 생년월일을 말해 본인 확인이 된 상태였음 (02:14)");
    REQUIRE(queueRowOf(page, reason) == -1);
    const qint64 disputeId = raiseThroughDialog(*db, target.evaluationId, target.itemKey, reason);

    page.refresh();
    const int row = queueRowOf(page, reason);
    REQUIRE(row >= 0);
    auto* queue = child<QTableView>(page, "queueTableView");
    CHECK(text(queue, row, 3) == item.question);
    queue->selectRow(row);
    REQUIRE(page.currentDispute());
    CHECK(page.currentDispute()->id == disputeId);
    CHECK(child<QLabel>(page, "disputeLabel")->text().contains(QStringLiteral("본인 확인이 된 상태였음")));
    // As scored: read-only, the disputed item outlined. The editable copy holds that item alone.
    CHECK_FALSE(page.originalForm()->findChildren<QRadioButton*>().first()->isEnabled());
    CHECK(page.originalForm()->findChild<QWidget*>(QStringLiteral("item_") + target.itemKey)->styleSheet().contains(QStringLiteral("border")));
    const auto editableRows = page.revisionForm()->findChildren<QFrame*>(QRegularExpression(QStringLiteral("^item_")));
    REQUIRE(editableRows.size() == 1);
    CHECK(editableRows.first()->objectName() == QStringLiteral("item_") + target.itemKey);
    test::saveScreenshot(page, QStringLiteral("disputes.png"));

    // Overturning needs a changed answer, then a note; until then nothing is written.
    auto* overturnButton = child<QPushButton>(page, "overturnButton");
    QTest::mouseClick(overturnButton, Qt::LeftButton);
    CHECK(page.statusText().contains(QStringLiteral("Change the disputed answer")));
    CHECK(child<QTabWidget>(page, "reviewTabWidget")->currentWidget() == child<QWidget>(page, "revisionTab"));
    auto* choice = editableRows.first()->findChildren<QRadioButton*>().at(best);
    QTest::mouseClick(choice, Qt::LeftButton, {}, QPoint(4, choice->height() / 2));
    CHECK(page.revisedAnswers().size() == original.answers.size());
    const QString revisedScore = child<QLabel>(page, "scoreLabel")->text();
    CHECK(revisedScore.contains(QStringLiteral("with your changes")));
    test::saveScreenshot(page, QStringLiteral("disputes-overturn.png"));
    QTest::mouseClick(overturnButton, Qt::LeftButton);
    CHECK(child<QLabel>(page, "noteErrorLabel")->isVisible());
    CHECK(DisputeRepository(*db).find(disputeId)->status == DisputeStatus::Open);

    child<QPlainTextEdit>(page, "notePlainTextEdit")->setPlainText(QString::fromUtf8("녹취 02:14 확인: 본인 확인 완료 상태 맞음"));
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(overturnButton, Qt::LeftButton);
    INFO(page.statusText().toStdString());
    const Dispute resolved = *DisputeRepository(*db).find(disputeId);
    REQUIRE(resolved.status == DisputeStatus::Overturned);
    CHECK(resolved.resolutionNote == QString::fromUtf8("녹취 02:14 확인: 본인 확인 완료 상태 맞음"));
    CHECK(page.statusText().contains(QString::number(resolved.revisionId)));

    // The revision carries the new answer and the new score; the original is unchanged, only marked superseded.
    const Evaluation revision = *evaluations.find(resolved.revisionId);
    CHECK(revision.revisionOf == original.id);
    CHECK(revision.status == EvaluationStatus::Revised);
    CHECK(revision.answerFor(target.itemKey)->optionIndex == best);
    CHECK(*revision.score > *original.score);
    const Evaluation after = *evaluations.find(original.id);
    CHECK(after.superseded);
    CHECK(after.answers == original.answers);
    CHECK(after.score == original.score);
    CHECK(after.overallComment == original.overallComment);
    CHECK(after.status == EvaluationStatus::Submitted);

    // Every step is in the audit log under who took it.
    CHECK(test::auditActions(*db, QStringLiteral("dispute"), disputeId) == QStringList { raiser(*db, target.evaluationId) + QStringLiteral(":raise"), qa + QStringLiteral(":overturn") });
    CHECK(test::auditActions(*db, QStringLiteral("evaluation"), original.id).contains(qa + QStringLiteral(":supersede")));
    CHECK(test::auditActions(*db, QStringLiteral("evaluation"), revision.id) == QStringList { qa + QStringLiteral(":revise") });

    // Out of the queue, into the history with both scores.
    CHECK(queueRowOf(page, reason) == -1);
    auto* history = child<QTableView>(page, "historyTableView");
    REQUIRE(history->model()->rowCount() > 0);
    CHECK(text(history, 0, 1) == QStringLiteral("Overturned"));
    CHECK(text(history, 0, 6) == reason);
    CHECK(text(history, 0, 9) == QLocale().toString(*original.score * 100.0, 'f', 1));
    CHECK(text(history, 0, 10) == QLocale().toString(*revision.score * 100.0, 'f', 1));
    child<QTabWidget>(page, "disputesTabWidget")->setCurrentWidget(child<QWidget>(page, "historyTab"));
    test::saveScreenshot(page, QStringLiteral("disputes-history.png"));
}

TEST_CASE("upholding a whole-evaluation dispute closes it with a note and leaves the evaluation as it was")
{
    QTemporaryDir dir;
    const auto db = test::demoCentre(dir);
    const test::Disputable target = test::disputableEvaluation(*db, 1);
    const Evaluation original = *EvaluationRepository(*db).find(target.evaluationId);
    const qint64 disputeId = raiseThroughDialog(*db, target.evaluationId, QString(), QStringLiteral("The call dropped; the agent called back"));

    const QString qa = reviewer(*db, target.evaluationId);
    DisputesPage page(*db, test::actorOf(*db, qa));
    page.show();
    REQUIRE(page.selectDispute(disputeId));
    // A whole-evaluation dispute may change any item.
    CHECK(page.revisionForm()->findChildren<QFrame*>(QRegularExpression(QStringLiteral("^item_"))).size()
          == ScorecardRepository(*db).version(original.scorecardVersionId)->itemCount());
    auto* upholdButton = child<QPushButton>(page, "upholdButton");
    QTest::mouseClick(upholdButton, Qt::LeftButton);
    CHECK(child<QLabel>(page, "noteErrorLabel")->isVisible());
    child<QPlainTextEdit>(page, "notePlainTextEdit")->setPlainText(QStringLiteral("Scored as the form says"));
    Dialogs::setNextAnswer(QMessageBox::No); // changed their mind
    QTest::mouseClick(upholdButton, Qt::LeftButton);
    CHECK(DisputeRepository(*db).find(disputeId)->status == DisputeStatus::Open);
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(upholdButton, Qt::LeftButton);

    const Dispute resolved = *DisputeRepository(*db).find(disputeId);
    CHECK(resolved.status == DisputeStatus::Upheld);
    CHECK(resolved.revisionId == 0);
    CHECK(resolved.resolutionNote == QStringLiteral("Scored as the form says"));
    const Evaluation after = *EvaluationRepository(*db).find(original.id);
    CHECK_FALSE(after.superseded);
    CHECK(after.status == EvaluationStatus::Submitted);
    CHECK(after.answers == original.answers);
    CHECK(test::auditActions(*db, QStringLiteral("dispute"), disputeId) == QStringList { raiser(*db, target.evaluationId) + QStringLiteral(":raise"), qa + QStringLiteral(":uphold") });
    CHECK_FALSE(page.selectDispute(disputeId));
    CHECK(text(child<QTableView>(page, "historyTableView"), 0, 10) == QStringLiteral("unchanged"));
}

TEST_CASE("the rates tab shows a month's dispute and overturn rates per evaluator and per item")
{
    // Every figure below is worked out by hand from the fixture's events (see DisputeCentre.h and DisputeStatsTest).
    const test::DisputeOctober centre;
    DisputesPage page(*centre.db, test::actorOf(*centre.db, QStringLiteral("eval")));
    page.resize(1440, 900);
    page.show();
    const auto row = [](const QTableWidget* table, int r) {
        QStringList cells;
        for (int c = 0; c < table->columnCount(); ++c)
            cells << table->item(r, c)->text();
        return cells;
    };
    auto* byEvaluator = child<QTableWidget>(page, "evaluatorRatesTableWidget");
    auto* byItem = child<QTableWidget>(page, "itemRatesTableWidget");

    // The rates are read when their tab comes into view, for the clock's month: November 2026, where only B's
    // November 1 evaluation and d4's overturn happened.
    child<QTabWidget>(page, "disputesTabWidget")->setCurrentWidget(child<QWidget>(page, "ratesTab"));
    CHECK(child<QDateEdit>(page, "monthDateEdit")->date() == QDate(2026, 11, 1));
    REQUIRE(byEvaluator->rowCount() == 1);
    CHECK(row(byEvaluator, 0)
          == QStringList { QStringLiteral("정하늘"), QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("0.0 %"),
                           QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("100.0 %") });

    page.showRates(QDate(2026, 10, 12));
    CHECK(child<QDateEdit>(page, "monthDateEdit")->date() == QDate(2026, 10, 1));
    REQUIRE(byEvaluator->rowCount() == 2);
    // A: 8 October evaluations, 5 disputes raised (d1, d2, d3, d5, d7), 4 resolved (d0, d1, d2, d5), 1 overturned.
    CHECK(row(byEvaluator, 0)
          == QStringList { QStringLiteral("이수진"), QStringLiteral("8"), QStringLiteral("5"), QStringLiteral("62.5 %"),
                           QStringLiteral("4"), QStringLiteral("1"), QStringLiteral("25.0 %") });
    // B: 2 evaluations, d4 raised, nothing resolved in October.
    CHECK(row(byEvaluator, 1)
          == QStringList { QStringLiteral("정하늘"), QStringLiteral("2"), QStringLiteral("1"), QStringLiteral("50.0 %"),
                           QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("—") });
    REQUIRE(byItem->rowCount() == 5);
    CHECK(row(byItem, 0)
          == QStringList { QStringLiteral("Whole evaluation"), QStringLiteral("10"), QStringLiteral("1"),
                           QStringLiteral("10.0 %"), QStringLiteral("1"), QStringLiteral("0"),
                           QStringLiteral("0.0 %") });
    CHECK(row(byItem, 2)
          == QStringList { QStringLiteral("끝인사를 했는가?"), QStringLiteral("3"),
                           QStringLiteral("1"), QStringLiteral("33.3 %"), QStringLiteral("1"), QStringLiteral("0"),
                           QStringLiteral("0.0 %") });
    CHECK(row(byItem, 3)
          == QStringList { QStringLiteral("첫인사와 소속을 밝혔는가?"),
                           QStringLiteral("10"), QStringLiteral("1"), QStringLiteral("10.0 %"), QStringLiteral("2"),
                           QStringLiteral("1"), QStringLiteral("50.0 %") });
    test::saveScreenshot(page, QStringLiteral("disputes-rates.png"));
    page.showRates(QDate(2020, 1, 1));
    CHECK(byEvaluator->rowCount() == 0);
    CHECK(byItem->rowCount() == 0);
}

TEST_CASE("a team lead sees the queue but cannot decide a dispute")
{
    QTemporaryDir dir;
    const auto db = test::demoCentre(dir);
    const test::Disputable target = test::disputableEvaluation(*db);
    const qint64 disputeId = raiseThroughDialog(*db, target.evaluationId, target.itemKey, QStringLiteral("Asked twice"));

    // The lead of the disputed agent's team: other leads do not see the dispute at all.
    DisputesPage page(*db, test::leadOf(*db, AgentRepository(*db).find(target.agentId)->teamId));
    page.show();
    REQUIRE(page.selectDispute(disputeId));
    CHECK_FALSE(child<QPushButton>(page, "upholdButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(page, "overturnButton")->isEnabled());
    child<QPlainTextEdit>(page, "notePlainTextEdit")->setPlainText(QStringLiteral("Looks right to me"));
    CHECK_FALSE(page.uphold());
    // The buttons and the refusal say why, in core's words.
    const QString reason = QStringLiteral("Only QA evaluators, managers and administrators decide disputes.");
    CHECK(child<QPushButton>(page, "upholdButton")->toolTip() == reason);
    CHECK(page.statusText() == reason);
    CHECK(DisputeRepository(*db).find(disputeId)->status == DisputeStatus::Open);
}

TEST_CASE("the queue counts a dispute's days and shows when it was raised in the centre's time zone")
{
    // The clock stands at 2026-11-20 10:00 in Seoul; d3 and d7 are open, raised on Oct 12 and Oct 20 at 10:00 in
    // Seoul (01:00 UTC): 39 and 31 days ago.
    const test::DisputeOctober centre;
    DisputesPage page(*centre.db, test::actorOf(*centre.db, QStringLiteral("eval")));
    page.show();
    auto* queue = child<QTableView>(page, "queueTableView");
    REQUIRE(queue->model()->rowCount() == 2);
    CHECK(text(queue, 0, 5) == QStringLiteral("39"));
    CHECK(text(queue, 1, 5) == QStringLiteral("31"));
    const QList<Dispute> open = DisputeRepository(*centre.db).open();
    REQUIRE(open.size() == 2);
    REQUIRE(page.selectDispute(open.first().id));
    const QString raised = child<QLabel>(page, "disputeLabel")->text();
    CHECK(raised.contains(QStringLiteral("10:00")));
    INFO(raised.toStdString());
    CHECK(raised.contains(QStringLiteral("(39 day"))); // "days" or "day(s)", as the English plural is loaded or not
}

TEST_CASE("in a window a dispute's evaluation is read on the worker, and one chosen before another is not shown")
{
    QTemporaryDir dir;
    const auto db = test::demoCentre(dir);
    const test::Disputable onItem = test::disputableEvaluation(*db, 0);
    const test::Disputable whole = test::disputableEvaluation(*db, 1);
    const qint64 itemDispute = raiseThroughDialog(*db, onItem.evaluationId, onItem.itemKey, QStringLiteral("Asked twice"));
    const qint64 wholeDispute = raiseThroughDialog(*db, whole.evaluationId, QString(), QStringLiteral("The call dropped"));
    const Evaluation disputed = *EvaluationRepository(*db).find(onItem.evaluationId);
    const int itemCount = ScorecardRepository(*db).version(disputed.scorecardVersionId)->itemCount();
    REQUIRE(itemCount > 1);

    const BackgroundReads worker(*db);
    DisputesPage page(*db, test::actorOf(*db, reviewer(*db, onItem.evaluationId)));
    page.resize(1366, 768);
    page.show();
    const auto itemRows = [](const ScorecardFormView* form) {
        return form->findChildren<QFrame*>(QRegularExpression(QStringLiteral("^item_"))).size();
    };
    REQUIRE(test::readsDone(page));
    // The queue arrived with its first dispute chosen; a demo dispute may come first, so start from the item dispute.
    REQUIRE(page.selectDispute(wholeDispute));
    REQUIRE(test::readsDone(page));
    REQUIRE(page.selectDispute(itemDispute));

    // Until the worker's read arrives nothing is under review: no decision can be taken on the previous dispute.
    CHECK_FALSE(page.currentDispute());
    CHECK_FALSE(child<QWidget>(page, "reviewTabWidget")->isVisible());
    CHECK_FALSE(page.uphold());
    // The hidden forms keep their widgets for the next dispute, but none of the previous dispute's answers.
    CHECK(page.originalForm()->answers().isEmpty());
    CHECK(page.revisionForm()->answers().isEmpty());
    REQUIRE(test::readsDone(page));
    QTest::qWait(0);
    REQUIRE(page.currentDispute());
    CHECK(page.currentDispute()->id == itemDispute);
    CHECK(child<QWidget>(page, "reviewTabWidget")->isVisible());
    // The form as scored: every item, with the disputed evaluation's choices; the editable copy holds the item alone.
    CHECK(itemRows(page.originalForm()) == itemCount);
    QMap<QString, std::optional<int>> shownChoices;
    QMap<QString, std::optional<int>> storedChoices;
    for (const Answer& answer : page.originalForm()->answers())
        shownChoices.insert(answer.itemKey, answer.optionIndex);
    for (const Answer& answer : disputed.answers)
        storedChoices.insert(answer.itemKey, answer.optionIndex);
    REQUIRE(storedChoices.size() > 1);
    CHECK(shownChoices == storedChoices);
    CHECK(itemRows(page.revisionForm()) == 1);
    CHECK(page.revisionForm()->itemRow(onItem.itemKey));

    // The whole-evaluation dispute, then at once the item dispute again: only the latest choice is shown.
    REQUIRE(page.selectDispute(wholeDispute));
    REQUIRE(page.selectDispute(itemDispute));
    REQUIRE(test::readsDone(page));
    QTest::qWait(0);
    REQUIRE(page.currentDispute());
    CHECK(page.currentDispute()->id == itemDispute);
    CHECK(itemRows(page.revisionForm()) == 1);

    // The whole-evaluation dispute, then no choice at all: its evaluation, read meanwhile, stays unseen.
    REQUIRE(page.selectDispute(wholeDispute));
    child<QTableView>(page, "queueTableView")->clearSelection();
    REQUIRE(test::readsDone(page));
    QTest::qWait(0);
    CHECK_FALSE(page.currentDispute());
    CHECK_FALSE(child<QWidget>(page, "reviewTabWidget")->isVisible());
    CHECK(page.originalForm()->answers().isEmpty());
    CHECK(page.revisionForm()->answers().isEmpty());
    CHECK(child<QLabel>(page, "evaluationLabel")->text() == QStringLiteral("Choose a dispute in the queue to review it."));

    // Chosen again, the whole evaluation may change.
    REQUIRE(page.selectDispute(wholeDispute));
    REQUIRE(test::readsDone(page));
    QTest::qWait(0);
    REQUIRE(page.currentDispute());
    CHECK(page.currentDispute()->id == wholeDispute);
    CHECK(itemRows(page.revisionForm())
          == ScorecardRepository(*db).version(EvaluationRepository(*db).find(whole.evaluationId)->scorecardVersionId)->itemCount());
}

TEST_CASE("the next dispute on the same scorecard version reuses the form, shows that evaluation alone and is decided")
{
    QTemporaryDir dir;
    const auto db = test::demoCentre(dir);
    EvaluationRepository evaluations(*db);
    const test::Disputable first = test::disputableEvaluation(*db, 0);
    const Evaluation firstEvaluation = *evaluations.find(first.evaluationId);
    // Each item's choice: an option's index, -1 for N/A.
    const auto choices = [](const QList<Answer>& answers) {
        QMap<QString, std::optional<int>> result;
        for (const Answer& answer : answers)
            result.insert(answer.itemKey, answer.na ? std::optional<int>(-1) : answer.optionIndex);
        return result;
    };
    // Another evaluation on the same version whose choices differ from the first one's.
    std::optional<Evaluation> secondEvaluation;
    for (int nth = 1; nth < 40 && !secondEvaluation; ++nth) {
        const Evaluation candidate = *evaluations.find(test::disputableEvaluation(*db, nth).evaluationId);
        if (candidate.scorecardVersionId == firstEvaluation.scorecardVersionId
            && choices(candidate.answers) != choices(firstEvaluation.answers))
            secondEvaluation = candidate;
    }
    REQUIRE(secondEvaluation);
    const qint64 itemDispute = raiseThroughDialog(*db, first.evaluationId, first.itemKey, QStringLiteral("Asked twice"));
    const qint64 wholeDispute
        = raiseThroughDialog(*db, secondEvaluation->id, QString(), QStringLiteral("The call dropped"));

    const BackgroundReads worker(*db);
    // Someone who evaluated neither: a reviewer may decide both.
    QString qa;
    for (const User& user : UserRepository(*db).withRole(Role::Evaluator)) {
        if (user.id != firstEvaluation.evaluatorId && user.id != secondEvaluation->evaluatorId)
            qa = user.login;
    }
    REQUIRE_FALSE(qa.isEmpty());
    DisputesPage page(*db, test::actorOf(*db, qa));
    page.resize(1366, 768);
    page.show();
    REQUIRE(test::readsDone(page));
    REQUIRE(page.selectDispute(itemDispute));
    REQUIRE(test::readsDone(page));
    QTest::qWait(0);
    REQUIRE(page.currentDispute());
    REQUIRE(page.currentDispute()->id == itemDispute);
    CHECK(choices(page.originalForm()->answers()) == choices(firstEvaluation.answers));
    const QPointer<QWidget> disputedRow = page.originalForm()->itemRow(first.itemKey);
    REQUIRE(disputedRow);
    CHECK(disputedRow->styleSheet().contains(QStringLiteral("border")));

    REQUIRE(page.selectDispute(wholeDispute));
    REQUIRE(test::readsDone(page));
    QTest::qWait(0);
    REQUIRE(page.currentDispute());
    CHECK(page.currentDispute()->id == wholeDispute);
    // The same widgets, now with the second evaluation's choices only, and no item outlined: the whole is disputed.
    REQUIRE(disputedRow); // not deleted and built anew
    CHECK(page.originalForm()->itemRow(first.itemKey) == disputedRow);
    CHECK(choices(page.originalForm()->answers()) == choices(secondEvaluation->answers));
    CHECK(disputedRow->styleSheet().isEmpty());
    CHECK(choices(page.revisionForm()->answers()) == choices(secondEvaluation->answers));

    // Deciding still works on the reused form.
    child<QPlainTextEdit>(page, "notePlainTextEdit")->setPlainText(QStringLiteral("Scored as the form says"));
    Dialogs::setNextAnswer(QMessageBox::Yes);
    REQUIRE(page.uphold());
    const Dispute resolved = *DisputeRepository(*db).find(wholeDispute);
    CHECK(resolved.status == DisputeStatus::Upheld);
    CHECK(evaluations.find(secondEvaluation->id)->answers == secondEvaluation->answers);
}
