#include "people/PeoplePage.h"

#include "PeopleTestWorkspace.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "people/ProblemLabel.h"
#include "people/SignIn.h"
#include "people/UserAccountModel.h"
#include "people/UserAccounts.h"
#include "people/UserDialog.h"
#include "shell/Dialogs.h"
#include "storage/OrganizationRepository.h"
#include "storage/SqlSupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>

using namespace qadesk;
using test::answerUserDialog;
using test::chooseRole;
using test::type;

namespace {

void selectLogin(QTableView* view, const QString& login)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, UserAccountModel::LoginColumn).data().toString() == login) {
            view->selectRow(row);
            return;
        }
    }
    FAIL("no row for " << login.toStdString());
}

QList<qint64> teamsInDatabase(const Database& db, qint64 userId)
{
    return selectRows<qint64>(db, QStringLiteral("SELECT team_id FROM user_teams WHERE user_id = ? ORDER BY team_id"),
                              { userId }, QStringLiteral("read"),
                              [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
}

} // namespace

TEST_CASE("An administrator adds an evaluator and a lead of two teams, then deactivates the evaluator")
{
    test::PeopleWorkspace workspace;
    const Database& db = *workspace.db;
    PeoplePage page(db, workspace.admin);
    page.resize(1100, 520);
    page.show();
    QSignalSpy changed(&page, &PeoplePage::accountsChanged);
    auto* table = page.findChild<QTableView*>(QStringLiteral("usersTableView"));
    auto* add = page.findChild<QPushButton*>(QStringLiteral("addButton"));
    auto* edit = page.findChild<QPushButton*>(QStringLiteral("editButton"));
    auto* deactivate = page.findChild<QPushButton*>(QStringLiteral("deactivateButton"));
    auto* status = page.findChild<ProblemLabel*>(QStringLiteral("statusLabel"));
    CHECK_FALSE(page.findChild<ProblemLabel*>(QStringLiteral("refusalLabel"))->isVisible());
    CHECK(table->model()->rowCount() == 1);
    CHECK(add->isEnabled());
    CHECK_FALSE(edit->isEnabled()); // nobody chosen yet
    CHECK(edit->toolTip() == QStringLiteral("Choose a user in the list first."));

    QString problem;
    answerUserDialog(
        [](UserDialog& dialog) {
            type(dialog, "loginLineEdit", QStringLiteral("yoon"));
            dialog.findChild<QLineEdit*>(QStringLiteral("displayNameLineEdit"))->setText(QString::fromUtf8("윤평가"));
            chooseRole(dialog, Role::Evaluator);
            CHECK_FALSE(dialog.findChild<QListWidget*>(QStringLiteral("teamsListWidget"))->isEnabled());
            CHECK_FALSE(dialog.findChild<QComboBox*>(QStringLiteral("agentComboBox"))->isEnabled());
            type(dialog, "passwordLineEdit", QStringLiteral("evaluate-me"));
            type(dialog, "confirmLineEdit", QStringLiteral("evaluate-me"));
        },
        &problem);
    QTest::mouseClick(add, Qt::LeftButton);
    CHECK(problem.isEmpty());
    const auto yoon = UserRepository(db).findByLogin(QStringLiteral("yoon"));
    REQUIRE(yoon);
    CHECK(yoon->displayName == QString::fromUtf8("윤평가"));
    CHECK(yoon->role == Role::Evaluator);
    CHECK(yoon->active);
    CHECK(test::auditActions(db, QStringLiteral("user"), yoon->id) == QStringList { QStringLiteral("admin:add") });
    QString error;
    CHECK(SignIn::authenticate(db, QStringLiteral("yoon"), QStringLiteral("evaluate-me"), &error));
    CHECK(status->text() == QString::fromUtf8("Added 윤평가 (yoon)."));
    CHECK(table->model()->rowCount() == 2);
    REQUIRE(changed.size() == 1);
    CHECK(changed.at(0).at(0).toLongLong() == yoon->id);

    answerUserDialog(
        [](UserDialog& dialog) {
            type(dialog, "loginLineEdit", QStringLiteral("lead1"));
            dialog.findChild<QLineEdit*>(QStringLiteral("displayNameLineEdit"))->setText(QString::fromUtf8("박팀장"));
            chooseRole(dialog, Role::TeamLead);
            auto* teams = dialog.findChild<QListWidget*>(QStringLiteral("teamsListWidget"));
            CHECK(teams->isEnabled());
            CHECK(teams->count() == 2);
            for (int row = 0; row < teams->count(); ++row)
                teams->item(row)->setCheckState(Qt::Checked);
            type(dialog, "passwordLineEdit", QStringLiteral("lead-password"));
            type(dialog, "confirmLineEdit", QStringLiteral("lead-password"));
        },
        &problem);
    QTest::mouseClick(add, Qt::LeftButton);
    CHECK(problem.isEmpty());
    const auto lead = UserRepository(db).findByLogin(QStringLiteral("lead1"));
    REQUIRE(lead);
    CHECK(lead->role == Role::TeamLead);
    CHECK(teamsInDatabase(db, lead->id) == QList<qint64> { workspace.firstTeam, workspace.secondTeam });
    CHECK(test::auditActions(db, QStringLiteral("user"), lead->id) == QStringList { QStringLiteral("admin:add") });
    // The new lead is selected; the table names the role and the teams, never the stored codes.
    const QModelIndex leadRow = table->selectionModel()->selectedRows().value(0);
    REQUIRE(leadRow.isValid());
    CHECK(leadRow.data(UserAccountModel::UserIdRole).toLongLong() == lead->id);
    CHECK(leadRow.siblingAtColumn(UserAccountModel::RoleColumn).data().toString() == QStringLiteral("Team lead"));
    CHECK(leadRow.siblingAtColumn(UserAccountModel::TeamsColumn).data().toString()
          == QString::fromUtf8("상담1팀, 상담2팀"));

    // A taken login is refused by core; the dialog says so and nothing is written.
    answerUserDialog(
        [](UserDialog& dialog) {
            type(dialog, "loginLineEdit", QStringLiteral("yoon"));
            type(dialog, "displayNameLineEdit", QStringLiteral("Another Yoon"));
            type(dialog, "passwordLineEdit", QStringLiteral("another-password"));
            type(dialog, "confirmLineEdit", QStringLiteral("another-password"));
        },
        &problem);
    QTest::mouseClick(add, Qt::LeftButton);
    CHECK(problem == QString::fromUtf8("Login \"yoon\" is taken by 윤평가."));
    CHECK(UserRepository(db).all().size() == 3);
    test::saveScreenshot(page, QStringLiteral("people-page.png"));

    // Deactivating asks first, then hides the user unless deactivated users are shown.
    selectLogin(table, QStringLiteral("yoon"));
    REQUIRE(deactivate->isEnabled());
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(deactivate, Qt::LeftButton);
    CHECK_FALSE(UserRepository(db).find(yoon->id)->active);
    CHECK(test::auditActions(db, QStringLiteral("user"), yoon->id)
          == QStringList { QStringLiteral("admin:add"), QStringLiteral("admin:deactivate") });
    CHECK(status->text() == QStringLiteral("yoon is deactivated."));
    CHECK(table->model()->rowCount() == 2);
    page.findChild<QCheckBox*>(QStringLiteral("showDeactivatedCheckBox"))->setChecked(true);
    CHECK(table->model()->rowCount() == 3);
    selectLogin(table, QStringLiteral("yoon"));
    CHECK_FALSE(deactivate->isEnabled());
    CHECK(table->selectionModel()
              ->selectedRows()
              .value(0)
              .siblingAtColumn(UserAccountModel::ActiveColumn)
              .data()
              .toString()
          == QStringLiteral("Deactivated"));

    // Core refuses the last administrator deactivating themselves; the page shows it and stays whole.
    selectLogin(table, QStringLiteral("admin"));
    Dialogs::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(deactivate, Qt::LeftButton);
    CHECK(status->isProblem());
    CHECK(status->text()
          == QString::fromUtf8("관리자 is the last active administrator; make another administrator first."));
    CHECK(UserRepository(db).find(workspace.admin.userId)->active);
}

TEST_CASE("An administrator edits a user into an agent user and sets a password through the same dialog")
{
    test::PeopleWorkspace workspace;
    const Database& db = *workspace.db;
    const qint64 minsu
        = UserAccounts(db, workspace.admin)
              .add(UserAccount { User { 0, QStringLiteral("minsu"), QStringLiteral("Minsu"), Role::Evaluator, 0, true },
                                 {} },
                   QStringLiteral("first-password"));
    PeoplePage page(db, workspace.admin);
    page.show();
    auto* table = page.findChild<QTableView*>(QStringLiteral("usersTableView"));
    selectLogin(table, QStringLiteral("minsu"));

    QString problem;
    answerUserDialog(
        [](UserDialog& dialog) {
            CHECK_FALSE(
                dialog.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->isVisible()); // edit: no password
            chooseRole(dialog, Role::Agent);
            auto* agents = dialog.findChild<QComboBox*>(QStringLiteral("agentComboBox"));
            CHECK(agents->isEnabled());
            agents->setCurrentIndex(agents->findText(QString::fromUtf8("A001 · 김민수")));
        },
        &problem);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("editButton")), Qt::LeftButton);
    CHECK(problem.isEmpty());
    CHECK(UserRepository(db).find(minsu)->role == Role::Agent);
    CHECK(UserRepository(db).find(minsu)->agentId == workspace.agent);
    CHECK(table->selectionModel()
              ->selectedRows()
              .value(0)
              .siblingAtColumn(UserAccountModel::AgentColumn)
              .data()
              .toString()
          == QString::fromUtf8("A001 · 김민수"));

    answerUserDialog(
        [](UserDialog& dialog) {
            CHECK_FALSE(dialog.findChild<QComboBox*>(QStringLiteral("roleComboBox"))->isVisible());
            type(dialog, "passwordLineEdit", QStringLiteral("second-password"));
            type(dialog, "confirmLineEdit", QStringLiteral("second-passwort"));
            CHECK_FALSE(dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))
                            ->button(QDialogButtonBox::Ok)
                            ->isEnabled());
            CHECK(dialog.findChild<ProblemLabel*>(QStringLiteral("problemLabel"))->text()
                  == QStringLiteral("The two passwords differ."));
            QTest::keyClick(dialog.findChild<QLineEdit*>(QStringLiteral("confirmLineEdit")), Qt::Key_Backspace);
            QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("confirmLineEdit")), QStringLiteral("d"));
        },
        &problem);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("setPasswordButton")), Qt::LeftButton);
    CHECK(problem.isEmpty());
    QString error;
    CHECK_FALSE(SignIn::authenticate(db, QStringLiteral("minsu"), QStringLiteral("first-password"), &error));
    CHECK(SignIn::authenticate(db, QStringLiteral("minsu"), QStringLiteral("second-password"), &error));
    CHECK(
        test::auditActions(db, QStringLiteral("user"), minsu)
        == QStringList { QStringLiteral("admin:add"), QStringLiteral("admin:edit"), QStringLiteral("admin:password") });
}

TEST_CASE("For an evaluator the People page lists no one, disables its buttons and says why")
{
    test::PeopleWorkspace workspace;
    const Database& db = *workspace.db;
    const qint64 yoon
        = UserAccounts(db, workspace.admin)
              .add(UserAccount { User { 0, QStringLiteral("yoon"), QStringLiteral("Yoon"), Role::Evaluator, 0, true },
                                 {} },
                   QStringLiteral("evaluate-me"));
    const Actor evaluator = SignIn::actorFor(db, *UserRepository(db).find(yoon));
    PeoplePage page(db, evaluator);
    page.show();
    const QString refusal = QStringLiteral("Only managers and administrators manage people.");
    auto* label = page.findChild<ProblemLabel*>(QStringLiteral("refusalLabel"));
    CHECK(label->isVisible());
    CHECK(label->text() == refusal);
    CHECK(page.findChild<QTableView*>(QStringLiteral("usersTableView"))->model()->rowCount() == 0);
    for (const char* name : { "addButton", "editButton", "deactivateButton", "setPasswordButton" }) {
        auto* button = page.findChild<QPushButton*>(QString::fromLatin1(name));
        INFO(name);
        CHECK_FALSE(button->isEnabled());
        CHECK(button->toolTip() == refusal);
    }
    CHECK_FALSE(page.findChild<QCheckBox*>(QStringLiteral("showDeactivatedCheckBox"))->isEnabled());
}

TEST_CASE("A manager manages people, but core's refusal to add an administrator is shown in the dialog")
{
    test::PeopleWorkspace workspace;
    const Database& db = *workspace.db;
    const qint64 managerId
        = UserAccounts(db, workspace.admin)
              .add(UserAccount { User { 0, QStringLiteral("park"), QStringLiteral("Park"), Role::Manager, 0, true },
                                 {} },
                   QStringLiteral("manage-people"));
    PeoplePage page(db, SignIn::actorFor(db, *UserRepository(db).find(managerId)));
    page.show();
    CHECK_FALSE(page.findChild<ProblemLabel*>(QStringLiteral("refusalLabel"))->isVisible());
    CHECK(page.findChild<QTableView*>(QStringLiteral("usersTableView"))->model()->rowCount() == 2);
    auto* add = page.findChild<QPushButton*>(QStringLiteral("addButton"));
    REQUIRE(add->isEnabled());

    QString problem;
    answerUserDialog(
        [](UserDialog& dialog) {
            type(dialog, "loginLineEdit", QStringLiteral("second.admin"));
            type(dialog, "displayNameLineEdit", QStringLiteral("Second Admin"));
            chooseRole(dialog, Role::Admin);
            type(dialog, "passwordLineEdit", QStringLiteral("admin-password"));
            type(dialog, "confirmLineEdit", QStringLiteral("admin-password"));
        },
        &problem);
    QTest::mouseClick(add, Qt::LeftButton);
    CHECK(problem == QStringLiteral("Only an administrator adds, changes or deactivates an administrator."));
    CHECK_FALSE(UserRepository(db).findByLogin(QStringLiteral("second.admin")));
}
