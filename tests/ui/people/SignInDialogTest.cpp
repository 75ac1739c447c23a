#include "people/SignInDialog.h"

#include "PeopleTestWorkspace.h"
#include "TestSupport.h"
#include "UiTestSupport.h"
#include "people/ProblemLabel.h"
#include "people/UserAccounts.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace qadesk;

TEST_CASE("Signing in: a wrong password is refused and the button waits, the right one gives the administrator")
{
    QTemporaryDir dir;
    test::PeopleWorkspace workspace(test::fileWorkspace(dir, QStringLiteral("hanbit.qadesk")));
    SignInDialog dialog(*workspace.db, QStringLiteral("admin"));
    dialog.show();
    auto* login = dialog.findChild<QLineEdit*>(QStringLiteral("loginLineEdit"));
    auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"));
    auto* problem = dialog.findChild<ProblemLabel*>(QStringLiteral("problemLabel"));
    auto* countdown = dialog.findChild<QLabel*>(QStringLiteral("countdownLabel"));
    QPushButton* signIn
        = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    CHECK(login->text() == QStringLiteral("admin")); // the caller's remembered login
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("workspaceLabel"))->text()
          == QStringLiteral("Sign in to hanbit.qadesk."));
    CHECK(password->echoMode() == QLineEdit::Password);
    CHECK(signIn->text() == QStringLiteral("Sign in"));
    CHECK_FALSE(signIn->isEnabled()); // no password yet

    QTest::keyClicks(password, QStringLiteral("not-the-password"));
    REQUIRE(signIn->isEnabled());
    QTest::mouseClick(signIn, Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK_FALSE(dialog.actor());
    CHECK(dialog.failures() == 1);
    CHECK(problem->isVisible());
    CHECK(problem->text() == QStringLiteral("Wrong login or password."));
    CHECK(password->text().isEmpty()); // the refused password is not kept

    // A second try at once is held back, even with a password typed, and the wait is shown.
    QTest::keyClicks(password, QStringLiteral("first-admin"));
    CHECK_FALSE(signIn->isEnabled());
    CHECK(countdown->isVisible());
    CHECK(countdown->text().startsWith(QStringLiteral("You can try again in")));
    test::saveScreenshot(dialog, QStringLiteral("sign-in.png"));

    // SignIn::retryDelayMs(1) is one second; wait generously, then the right password signs in.
    REQUIRE(QTest::qWaitFor([&] { return signIn->isEnabled(); }, 10000));
    CHECK_FALSE(countdown->isVisible());
    QTest::mouseClick(signIn, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.actor());
    CHECK(dialog.actor()->login == QStringLiteral("admin"));
    CHECK(dialog.actor()->role == Role::Admin);
    CHECK(dialog.actor()->userId == workspace.admin.userId);
    CHECK(password->text().isEmpty());
}

TEST_CASE("Signing in as a deactivated user is refused with the reason")
{
    test::PeopleWorkspace workspace;
    const UserAccounts accounts(*workspace.db, workspace.admin);
    const qint64 yoon = accounts.add(
        UserAccount { User { 0, QStringLiteral("yoon"), QStringLiteral("Yoon"), Role::Evaluator, 0, true }, {} },
        QStringLiteral("evaluate-me"));
    accounts.deactivate(yoon);

    SignInDialog dialog(*workspace.db, QString());
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("loginLineEdit")), QStringLiteral("yoon"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit")), QStringLiteral("evaluate-me"));
    QTest::mouseClick(dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    CHECK_FALSE(dialog.actor());
    CHECK(dialog.findChild<ProblemLabel*>(QStringLiteral("problemLabel"))->text()
          == QStringLiteral("yoon has been deactivated; an administrator can reactivate the account."));
}
