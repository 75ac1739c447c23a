#include "PeopleTestWorkspace.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "agents/AgentPage.h"
#include "disputes/DisputesPage.h"
#include "evaluate/EvaluationPage.h"
#include "io/ContactImport.h"
#include "people/NewWorkspaceDialog.h"
#include "people/PasswordHash.h"
#include "people/PeoplePage.h"
#include "people/ProblemLabel.h"
#include "people/UserDialog.h"
#include "scorecards/ScorecardFormView.h"
#include "shell/AppSettings.h"
#include "shell/Dialogs.h"
#include "shell/MainWindow.h"
#include "storage/OrganizationRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/SqlSupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlRecord>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

// One row of a query, its columns as text joined by "|".
QString row(const Database& db, const QString& sql, const QVariantList& values = {})
{
    const auto rows = selectRows<QString>(db, sql, values, QStringLiteral("read"), [](const QSqlQuery& q) {
        QStringList columns;
        for (int c = 0; c < q.record().count(); ++c)
            columns << q.value(c).toString();
        return columns.join(QLatin1Char('|'));
    });
    return rows.value(0);
}

qint64 number(const Database& db, const QString& sql, const QVariantList& values = {})
{
    return row(db, sql, values).toLongLong();
}

// Fills the next NewWorkspaceDialog with a Seoul centre whose administrator is kim.admin and presses Create; *problem
// keeps what the dialog said when it stayed open.
void answerNewWorkspace(const QString& file, QString* problem)
{
    *problem = QStringLiteral("no new-workspace dialog was shown");
    QTimer::singleShot(0, qApp, [file, problem] {
        auto* dialog = qobject_cast<NewWorkspaceDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        const auto edit = [dialog](const char* name) { return dialog->findChild<QLineEdit*>(QString::fromLatin1(name)); };
        edit("pathLineEdit")->setText(file);
        edit("centreNameLineEdit")->setText(QString::fromUtf8("한빛 고객센터"));
        auto* zones = dialog->findChild<QComboBox*>(QStringLiteral("timeZoneComboBox"));
        zones->setCurrentIndex(zones->findText(QStringLiteral("Asia/Seoul")));
        edit("adminLoginLineEdit")->clear();
        QTest::keyClicks(edit("adminLoginLineEdit"), QStringLiteral("kim.admin"));
        edit("adminDisplayNameLineEdit")->setText(QString::fromUtf8("김관리"));
        QTest::keyClicks(edit("adminPasswordLineEdit"), QStringLiteral("first-admin"));
        QTest::keyClicks(edit("adminConfirmLineEdit"), QStringLiteral("first-admin"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        problem->clear();
        if (dialog->isVisible()) {
            *problem = dialog->findChild<ProblemLabel*>(QStringLiteral("problemLabel"))->text();
            dialog->reject();
        }
    });
}

// Adds a user through the People page's dialog; a team lead leads the teams named.
void addUser(PeoplePage& page, const QString& login, const QString& name, Role role, const QString& password,
             const QStringList& teams = {})
{
    QString problem;
    test::answerUserDialog(
        [&](UserDialog& dialog) {
            test::type(dialog, "loginLineEdit", login);
            dialog.findChild<QLineEdit*>(QStringLiteral("displayNameLineEdit"))->setText(name);
            test::chooseRole(dialog, role);
            auto* teamList = dialog.findChild<QListWidget*>(QStringLiteral("teamsListWidget"));
            for (int row = 0; row < teamList->count(); ++row) {
                if (teams.contains(teamList->item(row)->text()))
                    teamList->item(row)->setCheckState(Qt::Checked);
            }
            test::type(dialog, "passwordLineEdit", password);
            test::type(dialog, "confirmLineEdit", password);
        },
        &problem);
    page.addUser();
    INFO(problem.toStdString());
    REQUIRE(problem.isEmpty());
}

void signInAs(MainWindow& window, const QString& login, const QString& password)
{
    test::answerSignIn(login, password);
    REQUIRE(window.signInAgain());
    REQUIRE(window.actor().login == login);
}

} // namespace

TEST_CASE("A centre's first day: a new workspace, its people, a manifest, an evaluation, a dispute and its decision")
{
    PasswordHash::setCost(PasswordHash::minimumCost());
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    window.resize(1366, 768);
    window.show();
    auto* userLabel = window.findChild<QLabel*>(QStringLiteral("userLabel"));

    // 1. File → New workspace: the centre and its administrator, who is signed in at once.
    const QString file = dir.filePath(QStringLiteral("hanbit.qadesk"));
    QString problem;
    answerNewWorkspace(file, &problem);
    window.findChild<QAction*>(QStringLiteral("newWorkspaceAction"))->trigger();
    INFO(problem.toStdString());
    REQUIRE(problem.isEmpty());
    REQUIRE(window.database());
    const Database& db = *window.database();
    CHECK(db.path() == file);
    CHECK_FALSE(window.isDemo());
    CHECK(window.actor().login == QStringLiteral("kim.admin"));
    CHECK(window.actor().role == Role::Admin);
    CHECK(userLabel->text() == QString::fromUtf8("Signed in as 김관리 (Administrator)"));
    CHECK_FALSE(window.findChild<QComboBox*>(QStringLiteral("userComboBox"))->isVisibleTo(&window));
    CHECK(row(db, QStringLiteral("SELECT login, role, active FROM users"))
          == QStringLiteral("kim.admin|admin|1"));
    CHECK(number(db, QStringLiteral("SELECT COUNT(*) FROM scorecard_versions WHERE published_at IS NOT NULL")) == 2);

    // 2. On the People page the administrator adds two evaluators (the lead follows the import: a lead needs a team).
    REQUIRE(window.showPage(QStringLiteral("people")));
    auto* people = qobject_cast<PeoplePage*>(window.page(QStringLiteral("people")));
    REQUIRE(people);
    addUser(*people, QStringLiteral("yoon"), QString::fromUtf8("윤평가"), Role::Evaluator, QStringLiteral("evaluate-me"));
    addUser(*people, QStringLiteral("han"), QString::fromUtf8("한평가"), Role::Evaluator, QStringLiteral("evaluate-too"));
    CHECK(row(db, QStringLiteral("SELECT group_concat(login || ':' || role, ',') FROM (SELECT login, role FROM users "
                                 "ORDER BY id)"))
          == QStringLiteral("kim.admin:admin,yoon:evaluator,han:evaluator"));
    const qint64 yoon = number(db, QStringLiteral("SELECT id FROM users WHERE login = 'yoon'"));
    const qint64 han = number(db, QStringLiteral("SELECT id FROM users WHERE login = 'han'"));

    // 3. The CP949 manifest, creating the agents and the team it names; then the lead of that team.
    ContactImportOptions options;
    options.timeZone = db.time().zone();
    options.createUnknownAgents = true;
    const ImportPlan plan = ContactImport::check(db, test::dataPath(QStringLiteral("import/contacts-cp949.csv")), options);
    REQUIRE(plan.problems.isEmpty());
    QString error;
    const auto summary = ContactImport::apply(db, plan, false, window.actor(), {}, &error);
    INFO(error.toStdString());
    REQUIRE(summary);
    CHECK(summary->contactsAdded == 3);
    CHECK(summary->agentsCreated == 2); // A001 and B777
    const qint64 team = number(db, QStringLiteral("SELECT id FROM teams WHERE name = ?"), { QString::fromUtf8("채팅2팀") });
    REQUIRE(team != 0);
    people->refresh();
    addUser(*people, QStringLiteral("park"), QString::fromUtf8("박팀장"), Role::TeamLead, QStringLiteral("lead-the-team"),
            { QString::fromUtf8("채팅2팀") });
    const qint64 park = number(db, QStringLiteral("SELECT id FROM users WHERE login = 'park' AND role = 'team_lead'"));
    CHECK(number(db, QStringLiteral("SELECT team_id FROM user_teams WHERE user_id = ?"), { park }) == team);
    CHECK(number(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'user' AND actor = 'kim.admin' "
                                    "AND action = 'add'"))
          == 4); // the administrator, then the three the administrator added
    const qint64 contact = number(db, QStringLiteral("SELECT id FROM contacts WHERE external_id = 'T-2002'"));
    const qint64 agent = number(db, QStringLiteral("SELECT agent_id FROM contacts WHERE id = ?"), { contact });
    const qint64 otherAgent = number(db, QStringLiteral("SELECT id FROM agents WHERE employee_id = 'A001'"));
    REQUIRE(contact != 0);

    // 4. The evaluator signs in, evaluates the chat and submits.
    signInAs(window, QStringLiteral("yoon"), QStringLiteral("evaluate-me"));
    CHECK(userLabel->text() == QString::fromUtf8("Signed in as 윤평가 (QA evaluator)"));
    CHECK(settings.lastLogin(file) == QStringLiteral("yoon"));
    REQUIRE(window.showPage(QStringLiteral("evaluate")));
    auto* evaluate = qobject_cast<EvaluationPage*>(window.page(QStringLiteral("evaluate")));
    REQUIRE(evaluate->openContact(contact));
    const ScorecardVersion form = *ScorecardRepository(db).version(evaluate->evaluation()->scorecardVersionId);
    for (const auto& section : form.sections) {
        for (const auto& item : section.items) {
            auto* best = evaluate->form()->itemRow(item.key)->findChildren<QRadioButton*>().at(item.bestOption());
            QTest::mouseClick(best, Qt::LeftButton, {}, QPoint(4, best->height() / 2));
        }
    }
    Dialogs::setNextAnswer(QMessageBox::Yes);
    REQUIRE(evaluate->submit());
    const qint64 evaluation = number(db, QStringLiteral("SELECT id FROM evaluations WHERE contact_id = ?"), { contact });
    CHECK(row(db, QStringLiteral("SELECT evaluator_id, agent_id, team_id, status, submitted_by FROM evaluations WHERE id = ?"),
              { evaluation })
          == QStringLiteral("%1|%2|%3|submitted|yoon").arg(yoon).arg(agent).arg(team));

    // 5. The lead signs in, sees only their team's agent, and disputes the evaluation from the agent page.
    signInAs(window, QStringLiteral("park"), QStringLiteral("lead-the-team"));
    REQUIRE(window.showPage(QStringLiteral("agent")));
    auto* agentPage = qobject_cast<AgentPage*>(window.page(QStringLiteral("agent")));
    REQUIRE(QTest::qWaitFor([&window] { return !window.isReading(); }, 20000)); // the agents the lead may see
    CHECK_FALSE(agentPage->setAgent(otherAgent)); // A001 is in no team the lead leads
    REQUIRE(agentPage->setAgent(agent));
    REQUIRE(QTest::qWaitFor([&window] { return !window.isReading(); }, 20000)); // the page reads in the background
    auto* evaluations = agentPage->findChild<QTableView*>(QStringLiteral("evaluationsTableView"));
    REQUIRE(evaluations->model()->rowCount() == 1);
    evaluations->setCurrentIndex(evaluations->model()->index(0, 0));
    const QString reason = QString::fromUtf8("고객이 이미 본인 확인을 마친 상태였습니다");
    agentPage->disputeSelectedEvaluation([&](QDialog& dialog) {
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("reasonPlainTextEdit"))->setPlainText(reason);
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
    });
    const qint64 dispute = number(db, QStringLiteral("SELECT id FROM disputes WHERE evaluation_id = ?"), { evaluation });
    REQUIRE(dispute != 0);
    CHECK(row(db, QStringLiteral("SELECT raised_by, status, reason FROM disputes WHERE id = ?"), { dispute })
          == QStringLiteral("%1|open|%2").arg(park).arg(reason));
    CHECK(row(db, QStringLiteral("SELECT status FROM evaluations WHERE id = ?"), { evaluation }) == QStringLiteral("in_dispute"));

    // 6. The evaluator who made the evaluation may not decide it: both buttons are disabled and say why.
    signInAs(window, QStringLiteral("yoon"), QStringLiteral("evaluate-me"));
    REQUIRE(window.showPage(QStringLiteral("disputes")));
    auto* disputes = qobject_cast<DisputesPage*>(window.page(QStringLiteral("disputes")));
    REQUIRE(QTest::qWaitFor([&window] { return !window.isReading(); }, 20000)); // the queue reads in the background
    REQUIRE(disputes->selectDispute(dispute));
    test::saveScreenshot(window, QStringLiteral("own-evaluation-dispute.png"));
    const QString ownEvaluation = QStringLiteral("Nobody decides a dispute on an evaluation they made.");
    for (const char* name : { "upholdButton", "overturnButton" }) {
        auto* button = disputes->findChild<QPushButton*>(QString::fromLatin1(name));
        CHECK_FALSE(button->isEnabled());
        CHECK(button->toolTip() == ownEvaluation);
    }
    disputes->findChild<QPlainTextEdit*>(QStringLiteral("notePlainTextEdit"))->setPlainText(QStringLiteral("Mine was right"));
    CHECK_FALSE(disputes->uphold());
    CHECK(disputes->statusText() == ownEvaluation);
    CHECK(row(db, QStringLiteral("SELECT status FROM disputes WHERE id = ?"), { dispute }) == QStringLiteral("open"));

    // 7. The second evaluator upholds the score, with a note.
    signInAs(window, QStringLiteral("han"), QStringLiteral("evaluate-too"));
    REQUIRE(window.showPage(QStringLiteral("disputes")));
    disputes = qobject_cast<DisputesPage*>(window.page(QStringLiteral("disputes")));
    REQUIRE(QTest::qWaitFor([&window] { return !window.isReading(); }, 20000));
    REQUIRE(disputes->selectDispute(dispute));
    CHECK(disputes->findChild<QPushButton*>(QStringLiteral("upholdButton"))->isEnabled());
    disputes->findChild<QPlainTextEdit*>(QStringLiteral("notePlainTextEdit"))
        ->setPlainText(QString::fromUtf8("녹취상 본인 확인 절차가 빠졌습니다"));
    Dialogs::setNextAnswer(QMessageBox::Yes);
    INFO(disputes->statusText().toStdString());
    REQUIRE(disputes->uphold());
    test::saveScreenshot(window, QStringLiteral("signed-in-disputes.png"));
    CHECK(row(db, QStringLiteral("SELECT status, resolved_by FROM disputes WHERE id = ?"), { dispute })
          == QStringLiteral("upheld|%1").arg(han));
    CHECK(row(db, QStringLiteral("SELECT status FROM evaluations WHERE id = ?"), { evaluation }) == QStringLiteral("submitted"));
    CHECK(test::auditActions(db, QStringLiteral("dispute"), dispute)
          == QStringList { QStringLiteral("park:raise"), QStringLiteral("han:uphold") });
    CHECK(test::auditActions(db, QStringLiteral("evaluation"), evaluation).first().startsWith(QStringLiteral("yoon:")));
}
