#include "calibration/CalibrationPage.h"

#include "TestSupport.h"
#include "UiTestSupport.h"
#include "calibration/CalibrationService.h"
#include "calibration/CalibrationSessionModel.h"
#include "calibration/NewCalibrationDialog.h"
#include "calibration/RevealModel.h"
#include "evaluate/EvaluationPage.h"
#include "people/AccessRules.h"
#include "reports/ReportBuilder.h"
#include "scorecards/ScorecardFormView.h"
#include "shell/PageReader.h"
#include "shell/Dialogs.h"
#include "storage/CalibrationRepository.h"
#include "storage/ContactRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/SqlSupport.h"
#include "workspace/Overview.h"
#include "workspace/ScoreHistory.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

std::unique_ptr<Database> demoCentre(const QTemporaryDir& dir)
{
    DemoOptions options;
    options.agents = 12;
    options.months = 4;
    options.until = QDate(2026, 11, 20);
    options.recordings = 0;
    options.contactsPerAgentMonth = 10;
    options.evaluationsPerAgentMonth = 4;
    return test::demoWorkspace(dir, options);
}

// A demo call nobody has evaluated or calibrated yet.
qint64 freshCall(const Database& db)
{
    const auto ids = selectRows<qint64>(
        db,
        QStringLiteral(
            "SELECT c.id FROM contacts c WHERE c.channel = 'call' AND NOT EXISTS (SELECT 1 FROM evaluations e "
            "WHERE e.contact_id = c.id) ORDER BY c.started_at DESC, c.id LIMIT 1"),
        {}, QStringLiteral("find a call"), [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    REQUIRE_FALSE(ids.isEmpty());
    return ids.first();
}

// What the agent's page and the managers' reports show of the agent: the score history, the agent card and team
// summary, and the month's overview, every figure as text.
QStringList agentFigures(const Database& db, qint64 agentId)
{
    const Actor manager = test::actorOf(db, QStringLiteral("manager"));
    QStringList cells;
    for (const auto& point : ScoreHistory::scores(db, manager, { agentId, 0 }, QDate(2026, 6, 1), QDate(2026, 11, 30)))
        cells << point.date.toString(Qt::ISODate) + QLatin1Char('=') + QString::number(point.score);
    for (const auto& [id, scope] : { std::pair { QStringLiteral("agent"), ScoreScope { agentId, 0 } },
                                     std::pair { QStringLiteral("team"), ScoreScope {} },
                                     std::pair { QStringLiteral("evaluators"), ScoreScope {} } }) {
        QString error;
        const auto report = ReportBuilder::build(
            db, manager, ReportRequest { id, QDate(2026, 11, 1), QDate(2026, 11, 30), scope, {} }, {}, &error);
        REQUIRE(report);
        for (const auto& table : report->tables) {
            // The evaluator report's calibration columns do change with a session: that is their job.
            const int first = table.column(ReportBuilder::tr("Calibration agreement"));
            for (const auto& row : table.rows)
                for (int c = 0; c < row.size(); ++c)
                    if (first < 0 || c < first || c > first + 2)
                        cells << row.at(c).toString();
        }
    }
    const Overview overview = computeOverview(db, manager, QDate(2026, 11, 20));
    cells << QString::number(overview.evaluationsDone) << QString::number(overview.average.value_or(-1));
    return cells;
}

qint64 count(const Database& db, const QString& sql, const QVariantList& values)
{
    return selectRows<qint64>(db, sql, values, QStringLiteral("count"),
                              [](const QSqlQuery& q) { return q.value(0).toLongLong(); })
        .value(0);
}

} // namespace

TEST_CASE("Three evaluators score a demo call blind, then the reveal shows their grid and spread, and the agent's "
          "figures do not move",
          "[calibration]")
{
    QTemporaryDir dir;
    const auto db = demoCentre(dir);
    const qint64 call = freshCall(*db);
    const qint64 agentId = ContactRepository(*db).find(call)->agentId;
    const QStringList before = agentFigures(*db, agentId);
    const Actor manager = test::actorOf(*db, QStringLiteral("manager"));
    const QList<Actor> evaluators { test::actorOf(*db, QStringLiteral("qa1")),
                                    test::actorOf(*db, QStringLiteral("qa2")),
                                    test::actorOf(*db, QStringLiteral("qa3")) };

    // The manager sets the session up: the call, three evaluators, qa1 as the reference.
    CalibrationPage managerPage(*db, manager);
    managerPage.resize(1366, 768);
    managerPage.show();
    const QAbstractItemModelTester sessionsTester(managerPage.sessionModel(),
                                                  QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QAbstractItemModelTester revealTester(managerPage.revealModel(),
                                                QAbstractItemModelTester::FailureReportingMode::Fatal);
    const qint64 sessionsBefore = count(*db, QStringLiteral("SELECT COUNT(*) FROM calibration_sessions"), {});
    managerPage.newSession();
    auto* dialog = managerPage.findChild<NewCalibrationDialog*>();
    REQUIRE(dialog);
    auto* contacts = dialog->findChild<QComboBox*>(QStringLiteral("contactComboBox"));
    REQUIRE(contacts->findData(call) >= 0);
    contacts->setCurrentIndex(contacts->findData(call));
    auto* participants = dialog->findChild<QListWidget*>(QStringLiteral("participantsListWidget"));
    for (int row = 0; row < participants->count(); ++row) {
        const qint64 user = participants->item(row)->data(Qt::UserRole).toLongLong();
        const bool chosen
            = std::any_of(evaluators.cbegin(), evaluators.cend(), [&](const Actor& a) { return a.userId == user; });
        participants->item(row)->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
    }
    auto* reference = dialog->findChild<QComboBox*>(QStringLiteral("referenceComboBox"));
    reference->setCurrentIndex(reference->findData(evaluators[0].userId));
    dialog->accept();
    const qint64 sessionId = managerPage.currentSessionId();
    REQUIRE(sessionId > 0);
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM calibration_sessions"), {}) == sessionsBefore + 1);
    {
        const auto stored = CalibrationRepository(*db).find(sessionId);
        CHECK(stored->contactId == call);
        CHECK(stored->organiserId == manager.userId);
        CHECK(stored->referenceUserId == evaluators[0].userId);
        CHECK(stored->evaluatorIds.size() == 3);
        CHECK_FALSE(stored->revealed);
    }
    CHECK(managerPage.revealModel()->rowCount() == 0); // blind for the organiser too

    const ScorecardVersion version
        = *ScorecardRepository(*db).version(CalibrationRepository(*db).find(sessionId)->scorecardVersionId);
    QList<const ScorecardItem*> arguable; // non-critical items with a second option that needs no comment
    for (const auto& section : version.sections)
        for (const auto& item : section.items)
            if (item.critical == CriticalScope::None && !item.commentRequiredOnFail && item.options.size() >= 2)
                arguable << &item;
    REQUIRE(arguable.size() >= 2);

    for (int e = 0; e < evaluators.size(); ++e) {
        const Actor& who = evaluators[e];
        INFO("evaluator " << who.login.toStdString());
        // The session waits for this evaluator, and nothing of the others shows: not on the page, not from core.
        CalibrationPage page(*db, who);
        REQUIRE(page.selectSession(sessionId));
        const int row = page.sessionModel()->rowOf(sessionId);
        CHECK(page.sessionModel()->data(page.sessionModel()->index(row, CalibrationSessionModel::State)).toString()
              == CalibrationSessionModel::tr("Waiting for your scoring"));
        CHECK(page.revealModel()->rowCount() == 0);
        CHECK_THROWS_AS(CalibrationService(*db, who).reveal(sessionId), AccessDenied);

        EvaluationPage scoring(*db, who);
        scoring.resize(1366, 768);
        scoring.show();
        REQUIRE(scoring.openCalibration(sessionId));
        CHECK(scoring.evaluation()->id == 0);
        CHECK(scoring.evaluation()->kind == EvaluationKind::Calibration);
        for (const Answer& answer : scoring.form()->answers())
            CHECK((!answer.optionIndex && !answer.na)); // a clean form: nobody's choices carried over
        // Everyone gives full marks, except qa2 on the first arguable item and qa3 on the second.
        for (const auto& section : version.sections) {
            for (const auto& item : section.items) {
                int option = item.bestOption();
                if ((e == 1 && &item == arguable[0]) || (e == 2 && &item == arguable[1]))
                    option = option == 0 ? 1 : 0;
                QTest::mouseClick(test::choice(scoring, item.key, option), Qt::LeftButton, {}, QPoint(4, 6));
            }
        }
        Dialogs::setNextAnswer(QMessageBox::Yes);
        REQUIRE(scoring.submit());
        CHECK(count(*db,
                    QStringLiteral(
                        "SELECT COUNT(*) FROM evaluations WHERE calibration_session_id = ? AND evaluator_id = ? "
                        "AND kind = 'calibration' AND status = 'submitted'"),
                    { sessionId, who.userId })
              == 1);
        CHECK(CalibrationRepository(*db).find(sessionId)->revealed == (e == 2)); // the last submission reveals
    }

    // The reveal: the manager's page shows every item for the three of them, the two disputed items stand out.
    managerPage.refresh();
    REQUIRE(managerPage.selectSession(sessionId));
    RevealModel* grid = managerPage.revealModel();
    REQUIRE(grid->reveal());
    CHECK(grid->rowCount() == version.itemCount() + 2);
    CHECK(grid->columnCount() == 1 + 3 + 2);
    CHECK(grid->headerData(1, Qt::Horizontal).toString()
          == RevealModel::tr("%1 (reference)").arg(evaluators[0].displayName));
    int disagreements = 0;
    for (int row = 0; row < version.itemCount(); ++row) {
        const bool disagree = grid->data(grid->index(row, 0), RevealModel::DisagreementRole).toBool();
        disagreements += disagree ? 1 : 0;
        const QString key = grid->data(grid->index(row, 0), RevealModel::ItemKeyRole).toString();
        CHECK(disagree == (key == arguable[0]->key || key == arguable[1]->key));
        CHECK(grid->data(grid->index(row, 0), Qt::BackgroundRole).isValid() == disagree);
    }
    CHECK(disagreements == 2);
    // The spread, against the scores stored at submit.
    const auto scores = selectRows<double>(
        *db, QStringLiteral("SELECT score FROM evaluations WHERE calibration_session_id = ?"), { sessionId },
        QStringLiteral("read scores"), [](const QSqlQuery& q) { return q.value(0).toDouble(); });
    REQUIRE(scores.size() == 3);
    const auto [low, high] = std::minmax_element(scores.cbegin(), scores.cend());
    CHECK(*grid->reveal()->range == Approx(*high - *low));
    CHECK(*high == Approx(1.0)); // qa1 gave full marks
    CHECK(*low < 1.0);
    const int totalRow = grid->totalRow();
    CHECK(grid->data(grid->index(totalRow, 1)).toString() == QLocale().toString(100.0, 'f', 1)); // the reference
    CHECK(grid->data(grid->index(grid->deviationRow(), 1)).toString() == QLocale().toString(0.0, 'f', 1));

    // Nothing the agent is judged by moved.
    CHECK(agentFigures(*db, agentId) == before);

    // The organiser agrees on the first disputed item and keeps a note; the draft version gets it.
    auto* revealView = managerPage.findChild<QTableView*>(QStringLiteral("revealTableView"));
    for (int row = 0; row < version.itemCount(); ++row)
        if (grid->data(grid->index(row, 0), RevealModel::ItemKeyRole).toString() == arguable[0]->key)
            revealView->selectRow(row);
    auto* note = managerPage.findChild<QLineEdit*>(QStringLiteral("noteLineEdit"));
    REQUIRE(note->isEnabled());
    note->setText(QStringLiteral("고객이 먼저 말을 꺼내도 인사는 생략하지 않는다."));
    auto* agreed = managerPage.findChild<QComboBox*>(QStringLiteral("agreedComboBox"));
    agreed->setCurrentIndex(agreed->findData(arguable[0]->bestOption()));
    managerPage.saveConclusion();
    const auto key = CalibrationRepository(*db).items(sessionId);
    REQUIRE(key.size() == 1);
    CHECK(key[0].itemKey == arguable[0]->key);
    CHECK(key[0].agreedOption == arguable[0]->bestOption());
    CHECK(count(*db,
                QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'calibration_session' AND entity_id = ? "
                               "AND action = 'answer_key'"),
                { sessionId })
          == 1);
    test::saveScreenshot(managerPage, QStringLiteral("calibration-reveal-ko.png"));
    managerPage.findChild<QTabWidget*>(QStringLiteral("detailTabWidget"))->setCurrentIndex(1);
    test::saveScreenshot(managerPage, QStringLiteral("calibration-agreement-ko.png"));
}

TEST_CASE("In a window the reveal is read on the worker, and one that arrives after another session was chosen is not "
          "shown",
          "[calibration]")
{
    QTemporaryDir dir;
    const auto db = demoCentre(dir);
    const BackgroundReads worker(*db);
    CalibrationPage page(*db, test::actorOf(*db, QStringLiteral("manager")));
    page.resize(1366, 768);
    page.show();
    REQUIRE(test::readsDone(page));

    // The demo's past meetings are revealed, its coming one is still blind.
    QList<qint64> revealed;
    qint64 blind = 0;
    const CalibrationSessionModel* sessions = page.sessionModel();
    for (int row = 0; row < sessions->rowCount(); ++row) {
        const CalibrationSession& session = sessions->summary(row).session;
        if (session.revealed)
            revealed << session.id;
        else
            blind = session.id;
    }
    REQUIRE(revealed.size() >= 2);
    REQUIRE(blind > 0);

    // The page opens on the first revealed session, its grid read in the background.
    const qint64 first = page.currentSessionId();
    CHECK(first == revealed.first());
    RevealModel* grid = page.revealModel();
    REQUIRE(grid->reveal());
    CHECK(grid->reveal()->session.id == first);
    const ScorecardVersion version = *ScorecardRepository(*db).version(grid->reveal()->session.scorecardVersionId);
    CHECK(grid->rowCount() == version.itemCount() + 2); // each item, then the total and deviation rows

    // Another revealed session: the first one's grid goes at once, and the new one comes from the worker.
    REQUIRE(page.selectSession(revealed.at(1)));
    CHECK_FALSE(grid->reveal());
    CHECK(grid->rowCount() == 0);
    REQUIRE(test::readsDone(page));
    REQUIRE(grid->reveal());
    CHECK(grid->reveal()->session.id == revealed.at(1));

    // The first session again, then at once the blind one: the first's reveal, read meanwhile, stays unseen.
    REQUIRE(page.selectSession(first));
    REQUIRE(page.selectSession(blind));
    REQUIRE(test::readsDone(page));
    QTest::qWait(0);
    CHECK(page.currentSessionId() == blind);
    CHECK_FALSE(grid->reveal());
    CHECK(grid->rowCount() == 0);

    // A session created here is selected once the sessions, read again in the background, arrive.
    page.newSession();
    auto* dialog = page.findChild<NewCalibrationDialog*>();
    REQUIRE(dialog);
    auto* participants = dialog->findChild<QListWidget*>(QStringLiteral("participantsListWidget"));
    REQUIRE(participants->count() >= 2);
    for (int row = 0; row < participants->count(); ++row)
        participants->item(row)->setCheckState(row < 2 ? Qt::Checked : Qt::Unchecked);
    auto* reference = dialog->findChild<QComboBox*>(QStringLiteral("referenceComboBox"));
    reference->setCurrentIndex(reference->findData(participants->item(0)->data(Qt::UserRole)));
    dialog->accept();
    const qint64 created = count(*db, QStringLiteral("SELECT MAX(id) FROM calibration_sessions"), {});
    REQUIRE_FALSE(revealed.contains(created));
    REQUIRE(created != blind);
    REQUIRE(test::readsDone(page));
    QTest::qWait(0);
    CHECK(page.currentSessionId() == created);
}
