#include "PeopleTestWorkspace.h"

#include "TestSupport.h"
#include "people/PasswordHash.h"
#include "people/SignIn.h"
#include "people/UserAccounts.h"
#include "storage/OrganizationRepository.h"

namespace qadesk::test {

PeopleWorkspace::PeopleWorkspace(std::unique_ptr<Database> database)
    : db(database ? std::move(database) : memoryWorkspace())
{
    PasswordHash::setCost(PasswordHash::minimumCost());
    firstTeam = TeamRepository(*db).add(Team { 0, QString::fromUtf8("상담1팀"), {} });
    secondTeam = TeamRepository(*db).add(Team { 0, QString::fromUtf8("상담2팀"), {} });
    agent = AgentRepository(*db).add(
        Agent { 0, QStringLiteral("A001"), QString::fromUtf8("김민수"), firstTeam, {}, true });
    const qint64 adminId = UserAccounts::addFirstAdministrator(
        *db, User { 0, QStringLiteral("admin"), QString::fromUtf8("관리자"), Role::Admin, 0, true },
        QStringLiteral("first-admin"));
    admin = SignIn::actorFor(*db, *UserRepository(*db).find(adminId));
}

} // namespace qadesk::test
