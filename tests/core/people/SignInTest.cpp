#include "people/SignIn.h"
#include "people/UserAccounts.h"
#include "storage/OrganizationRepository.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace qadesk;

TEST_CASE("Sign-in checks the password and gives the actor with their teams", "[people]")
{
    const auto db = test::memoryWorkspace();
    const qint64 team = TeamRepository(*db).add(Team { 0, QStringLiteral("Alpha"), {} });
    const qint64 adminId = UserAccounts::addFirstAdministrator(
        *db, User { 0, QStringLiteral("admin"), QStringLiteral("Admin"), Role::Admin, 0, true }, QStringLiteral("admin-password"));
    const Actor admin = SignIn::actorFor(*db, *UserRepository(*db).find(adminId));
    const qint64 leadId = UserAccounts(*db, admin).add(
        UserAccount { User { 0, QStringLiteral("lead"), QString::fromUtf8("박팀장"), Role::TeamLead, 0, true }, { team } },
        QString::fromUtf8("팀장의비밀번호입니다"));

    QString error;
    const auto lead = SignIn::authenticate(*db, QStringLiteral("lead"), QString::fromUtf8("팀장의비밀번호입니다"), &error);
    REQUIRE(lead);
    CHECK(lead->userId == leadId);
    CHECK(lead->role == Role::TeamLead);
    CHECK(lead->teamIds == QList<qint64> { team });
    CHECK(lead->displayName == QString::fromUtf8("박팀장"));

    // A wrong password and an unknown login get the same answer.
    CHECK_FALSE(SignIn::authenticate(*db, QStringLiteral("lead"), QStringLiteral("wrong"), &error));
    CHECK(error == QStringLiteral("Wrong login or password."));
    error.clear();
    CHECK_FALSE(SignIn::authenticate(*db, QStringLiteral("nobody"), QString::fromUtf8("팀장의비밀번호입니다"), &error));
    CHECK(error == QStringLiteral("Wrong login or password."));

    UserAccounts(*db, admin).deactivate(leadId);
    CHECK_FALSE(SignIn::authenticate(*db, QStringLiteral("lead"), QString::fromUtf8("팀장의비밀번호입니다"), &error));
    CHECK(error == QStringLiteral("lead has been deactivated; an administrator can reactivate the account."));
}

TEST_CASE("A user without a password (made before sign-in existed) cannot sign in", "[people]")
{
    const auto db = test::memoryWorkspace();
    UserRepository(*db).add(User { 0, QStringLiteral("old"), QStringLiteral("Old"), Role::Evaluator, 0, true });
    QString error;
    CHECK_FALSE(SignIn::authenticate(*db, QStringLiteral("old"), QString(), &error));
    CHECK(error == QStringLiteral("Wrong login or password."));
}

TEST_CASE("Wrong passwords are answered ever more slowly: 1 s, 2 s, 4 s … at most 30 s", "[people]")
{
    CHECK(SignIn::retryDelayMs(0) == 0);
    CHECK(SignIn::retryDelayMs(1) == 1000);
    CHECK(SignIn::retryDelayMs(2) == 2000);
    CHECK(SignIn::retryDelayMs(3) == 4000);
    CHECK(SignIn::retryDelayMs(5) == 16000);
    CHECK(SignIn::retryDelayMs(6) == 30000);
    CHECK(SignIn::retryDelayMs(40) == 30000);
}
