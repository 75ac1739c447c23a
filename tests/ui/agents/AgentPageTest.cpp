#include "TestSupport.h"
#include "UiTestSupport.h"
#include "agents/AgentEvaluationsModel.h"
#include "agents/AgentPage.h"
#include "agents/CoachingSessionDialog.h"
#include "disputes/DisputesPage.h"
#include "scorecards/ScorecardFormView.h"
#include "shell/Dialogs.h"
#include "shell/PageReader.h"
#include "storage/AuditLog.h"
#include "storage/CoachingRepository.h"
#include "storage/DisputeRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/SqlSupport.h"

#include <catch2/catch.hpp>

#include <QTabWidget>

#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QDialog>
#include <QFrame>
#include <QLineSeries>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace qadesk;

namespace {

std::unique_ptr<Database> demoCentre(const QTemporaryDir& dir)
{
    DemoOptions options;
    options.agents = 6;
    options.months = 3;
    options.until = QDate(2026, 11, 20);
    options.recordings = 0;
    return test::demoWorkspace(dir, options);
}

template <typename T> T* child(const QObject& parent, const char* name)
{
    auto* object = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(object);
    return object;
}

QStringList checkedKeys(const QListWidget& list)
{
    QStringList keys;
    for (int i = 0; i < list.count(); ++i) {
        if (list.item(i)->checkState() == Qt::Checked)
            keys.append(list.item(i)->data(Qt::UserRole).toString());
    }
    return keys;
}

} // namespace

TEST_CASE("the agent page shows a demo agent's trend, items, evaluations and KPIs, and starts a coaching session")
{
    QTemporaryDir dir;
    const auto db = demoCentre(dir);
    const Agent agent = AgentRepository(*db).all().first();
    const Actor lead = test::leadOf(*db, agent.teamId);

    AgentPage page(*db, lead);
    page.resize(1400, 900);
    page.show();
    REQUIRE(page.setAgent(agent.id));
    CHECK_FALSE(page.setAgent(987654));
    page.setWindow(6, TrendPeriod::Month);

    // The trend: the periods of the analysis, one table row each, drawn as a line with its control limits.
    const TrendAnalysis& analysis = page.analysis();
    REQUIRE(analysis.periods.size() >= 3);
    CHECK(child<QTableWidget>(page, "periodsTableWidget")->rowCount() == analysis.periods.size());
    auto* chart = child<QChartView>(page, "trendChartView")->chart();
    REQUIRE(chart);
    const auto series = chart->series();
    const auto score = std::find_if(series.cbegin(), series.cend(), [](QAbstractSeries* s) { return s->name() == QStringLiteral("Score"); });
    REQUIRE(score != series.cend());
    CHECK(static_cast<QLineSeries*>(*score)->count() == analysis.periods.size());
    CHECK(std::any_of(series.cbegin(), series.cend(), [](QAbstractSeries* s) { return s->name() == QStringLiteral("Control limits"); }));

    CHECK(child<QTableWidget>(page, "heatMapTableWidget")->rowCount() > 0);
    CHECK(child<QTableWidget>(page, "weakestTableWidget")->rowCount() > 0);
    auto* evaluations = child<QTableView>(page, "evaluationsTableView");
    REQUIRE(evaluations->model()->rowCount() > 0);
    // Six contact KPIs, then the six conversation measures; the demo's chats were measured at import.
    auto* kpis = child<QTableWidget>(page, "kpiTableWidget");
    REQUIRE(kpis->rowCount() == 12);
    CHECK(kpis->item(6, 0)->text() == QStringLiteral("Dead air per call"));
    CHECK(kpis->item(11, 0)->text() == QStringLiteral("Replies within the limit"));
    CHECK(kpis->item(6, 1)->text() == QStringLiteral("— over 0 call(s)")); // this demo has no recordings
    {
        // A chat agent's replies: the demo's chats were measured when they were made.
        const qint64 chatAgent = selectRows<qint64>(*db, QStringLiteral("SELECT MIN(agent_id) FROM contacts WHERE channel = 'chat'"), {},
                                                    QStringLiteral("find a chat agent"),
                                                    [](const QSqlQuery& q) { return q.value(0).toLongLong(); })
                                     .value(0);
        AgentPage chats(*db, test::managerActor());
        REQUIRE(chats.setAgent(chatAgent));
        chats.setWindow(6, TrendPeriod::Month);
        auto* chatKpis = child<QTableWidget>(chats, "kpiTableWidget");
        INFO(chatKpis->item(9, 1)->text().toStdString());
        CHECK(chatKpis->item(9, 1)->text().contains(QStringLiteral(" s over ")));
        CHECK(chatKpis->item(11, 1)->text().endsWith(QStringLiteral("%")));
        chats.resize(1366, 768);
        chats.show();
        auto* kpiTab = child<QWidget>(chats, "kpiTab");
        qobject_cast<QTabWidget*>(kpiTab->parentWidget()->parentWidget())->setCurrentWidget(kpiTab);
        test::saveScreenshot(chats, QStringLiteral("agent-kpis.png"));
    }
    test::saveScreenshot(page, QStringLiteral("agent.png"));

    // Open an evaluation to replay it: the page asks for its contact.
    QSignalSpy replay(&page, &AgentPage::openContactRequested);
    evaluations->setCurrentIndex(evaluations->model()->index(0, 0));
    QTest::mouseClick(child<QWidget>(page, "openEvaluationButton"), Qt::LeftButton);
    REQUIRE(replay.size() == 1);
    CHECK(replay.first().first().toLongLong()
          == evaluations->model()->index(0, 0).data(AgentEvaluationsModel::ContactIdRole).toLongLong());

    // A coaching session from the page: the weakest items come pre-selected; add an action item and save.
    const int before = int(CoachingRepository(*db).forAgent(test::managerActor(), agent.id).size());
    qint64 saved = 0;
    QStringList focus;
    page.startCoaching([&](QDialog& dialog) {
        dialog.resize(1000, 760);
        auto* focusList = child<QListWidget>(dialog, "focusListWidget");
        focus = checkedKeys(*focusList);
        CHECK_FALSE(focus.isEmpty());
        CHECK(focus.size() <= 3);
        CHECK(focusList->item(0)->checkState() == Qt::Checked); // the weakest is first and chosen
        child<QPlainTextEdit>(dialog, "notesPlainTextEdit")->setPlainText(QStringLiteral("첫인사와 본인 확인 순서를 함께 들었음"));
        QTest::mouseClick(child<QWidget>(dialog, "addActionButton"), Qt::LeftButton);
        auto* actions = child<QTableWidget>(dialog, "actionItemsTableWidget");
        REQUIRE(actions->rowCount() == 1);
        actions->item(0, 0)->setText(QStringLiteral("인사 스크립트 매일 3회 연습"));
        test::saveScreenshot(dialog, QStringLiteral("coaching-session.png"));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        saved = static_cast<CoachingSessionDialog&>(dialog).sessionId();
    });
    REQUIRE(saved != 0);
    const auto session = CoachingRepository(*db).find(saved);
    REQUIRE(session);
    CHECK(session->focusItemKeys == focus);
    CHECK(session->coachId == lead.userId);
    REQUIRE(session->actionItems.size() == 1);
    CHECK(session->actionItems.first().text == QStringLiteral("인사 스크립트 매일 3회 연습"));
    CHECK(session->actionItems.first().due == QDate(2026, 12, 4)); // two weeks after the clock's day, Nov 20
    CHECK(CoachingRepository(*db).forAgent(test::managerActor(), agent.id).size() == before + 1);
    CHECK(child<QTableWidget>(page, "coachingTableWidget")->rowCount() == before + 1);
    const auto audit = AuditLog(*db).entriesFor(QStringLiteral("coaching_session"), saved);
    REQUIRE(audit.size() == 1);
    CHECK(audit.first().actor == lead.login);
}

TEST_CASE("from the agent page a lead disputes one item, QA overturns it into a revision, and the original stays")
{
    QTemporaryDir dir;
    const auto db = demoCentre(dir);
    // A recent evaluation of an agent that failed an item and can be disputed (submitted, latest, not in dispute).
    const auto [evaluationId, agentId, itemKey] = test::disputableEvaluation(*db);
    EvaluationRepository evaluations(*db);
    const Evaluation original = *evaluations.find(evaluationId);
    // The agent's own lead raises it, and an evaluator who did not make the evaluation decides it.
    const QString lead = test::leadOf(*db, original.teamId).login;
    QString qa;
    for (const User& evaluator : UserRepository(*db).withRole(Role::Evaluator)) {
        if (evaluator.id != original.evaluatorId && qa.isEmpty())
            qa = evaluator.login;
    }
    REQUIRE_FALSE(qa.isEmpty());
    const ScorecardVersion version = *ScorecardRepository(*db).version(original.scorecardVersionId);
    const ScorecardItem& item = *version.findItem(itemKey);

    AgentPage page(*db, test::actorOf(*db, lead));
    page.resize(1400, 900);
    page.show();
    REQUIRE(page.setAgent(agentId));
    auto* table = child<QTableView>(page, "evaluationsTableView");
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 1).data(AgentEvaluationsModel::EvaluationIdRole).toLongLong() == evaluationId)
            row = r;
    }
    REQUIRE(row >= 0);
    table->setCurrentIndex(table->model()->index(row, 0));
    CHECK(child<QWidget>(page, "disputeEvaluationButton")->isEnabled());
    QSignalSpy raised(&page, &AgentPage::disputeRaised);
    const QString reason = QString::fromUtf8("녹취 확인 결과 안내가 정확했습니다");
    page.disputeSelectedEvaluation([&](QDialog& dialog) {
        auto* items = child<QComboBox>(dialog, "itemComboBox");
        items->setCurrentIndex(items->findData(item.key));
        child<QPlainTextEdit>(dialog, "reasonPlainTextEdit")->setPlainText(reason);
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    });
    REQUIRE(raised.size() == 1);
    const qint64 disputeId = raised.first().first().toLongLong();
    CHECK(evaluations.find(evaluationId)->status == EvaluationStatus::InDispute);

    // QA finds it in the queue, gives the item its best answer, writes a note and overturns.
    DisputesPage disputes(*db, test::actorOf(*db, qa));
    disputes.resize(1440, 900);
    disputes.show();
    REQUIRE(disputes.selectDispute(disputeId));
    const auto rows = disputes.revisionForm()->findChildren<QFrame*>(QRegularExpression(QStringLiteral("^item_")));
    REQUIRE(rows.size() == 1);
    const auto choices = rows.first()->findChildren<QRadioButton*>();
    const int best = item.bestOption();
    REQUIRE(best < choices.size());
    QTest::mouseClick(choices.at(best), Qt::LeftButton, {}, QPoint(4, choices.at(best)->height() / 2));
    child<QPlainTextEdit>(disputes, "notePlainTextEdit")->setPlainText(QString::fromUtf8("이의 인정: 정확히 안내함"));
    Dialogs::setNextAnswer(QMessageBox::Yes);
    REQUIRE(disputes.overturn());

    const Dispute resolved = *DisputeRepository(*db).find(disputeId);
    CHECK(resolved.status == DisputeStatus::Overturned);
    REQUIRE(resolved.revisionId != 0);
    const Evaluation revision = *evaluations.find(resolved.revisionId);
    CHECK(revision.revisionOf == evaluationId);
    CHECK(revision.answerFor(item.key)->optionIndex == best);
    CHECK_FALSE(item.options.at(best).fails);
    const Evaluation after = *evaluations.find(evaluationId);
    CHECK(after.superseded);
    CHECK(after.answers == original.answers);
    CHECK(after.score == original.score);
    CHECK(test::auditActions(*db, QStringLiteral("dispute"), disputeId)
          == QStringList { lead + QStringLiteral(":raise"), qa + QStringLiteral(":overturn") });
    CHECK(test::auditActions(*db, QStringLiteral("evaluation"), resolved.revisionId) == QStringList { qa + QStringLiteral(":revise") });

    // Back on the agent page the revision replaces the original in the recent evaluations.
    page.refresh();
    bool revisionListed = false;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        const qint64 listed = table->model()->index(r, 1).data(AgentEvaluationsModel::EvaluationIdRole).toLongLong();
        CHECK(listed != evaluationId);
        revisionListed = revisionListed || listed == resolved.revisionId;
    }
    CHECK(revisionListed);
}

TEST_CASE("a coaching session without a focus item, or a refusal without the agent's words, is not saved")
{
    QTemporaryDir dir;
    const auto db = demoCentre(dir);
    const Agent agent = AgentRepository(*db).all().first();
    AgentPage page(*db, test::leadOf(*db, agent.teamId));
    REQUIRE(page.setAgent(agent.id));
    const int before = int(CoachingRepository(*db).forAgent(test::managerActor(), agent.id).size());
    page.startCoaching([&](QDialog& dialog) {
        auto* focusList = child<QListWidget>(dialog, "focusListWidget");
        for (int i = 0; i < focusList->count(); ++i)
            focusList->item(i)->setCheckState(Qt::Unchecked);
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(child<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("at least one focus item")));
        focusList->item(0)->setCheckState(Qt::Checked);
        auto* acknowledgement = child<QComboBox>(dialog, "acknowledgementComboBox");
        acknowledgement->setCurrentIndex(acknowledgement->findData(int(AcknowledgementStatus::Refused)));
        dialog.accept();
        CHECK(child<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("agent's words")));
        CHECK(dialog.result() != QDialog::Accepted);
    });
    CHECK(CoachingRepository(*db).forAgent(test::managerActor(), agent.id).size() == before);
}

TEST_CASE("in a window the agent chooser is filled from the worker, and an agent chosen before it arrived is shown")
{
    QTemporaryDir dir;
    const auto db = demoCentre(dir);
    const QList<Agent> all = AgentRepository(*db).all();
    const Agent last = all.last();
    const Actor lead = test::leadOf(*db, last.teamId);
    // The lead's own agents, by hand: the active ones of the teams they lead.
    QList<qint64> expected;
    for (const Agent& agent : all) {
        if (agent.active && lead.teamIds.contains(agent.teamId))
            expected << agent.id;
    }
    REQUIRE(expected.size() >= 2);
    REQUIRE(expected.last() == last.id);

    const BackgroundReads worker(*db);
    AgentPage page(*db, lead);
    page.show();
    auto* chooser = child<QComboBox>(page, "agentComboBox");
    CHECK(chooser->count() == 0); // nothing read on the GUI thread
    REQUIRE(page.setAgent(last.id)); // chosen before the agents arrive
    CHECK(page.agentId() == last.id);
    REQUIRE(test::readsDone(page));
    QList<qint64> listed;
    for (int i = 0; i < chooser->count(); ++i)
        listed << chooser->itemData(i).toLongLong();
    CHECK(listed == expected);
    CHECK(page.agentId() == last.id);
    CHECK(chooser->currentData().toLongLong() == last.id);
    CHECK(child<QLabel>(page, "titleLabel")->text().startsWith(last.name));
    CHECK(page.analysis().periods.size() >= 3);
    // Once the agents are there, one the lead may not see is refused.
    const auto other = std::find_if(all.cbegin(), all.cend(),
                                    [&lead](const Agent& a) { return !lead.teamIds.contains(a.teamId); });
    REQUIRE(other != all.cend());
    CHECK_FALSE(page.setAgent(other->id));
    CHECK(page.agentId() == last.id);
}
