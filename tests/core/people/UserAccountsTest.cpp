#include "people/AccessRules.h"
#include "people/SignIn.h"
#include "people/UserAccounts.h"
#include "storage/AuditLog.h"
#include "storage/OrganizationRepository.h"
#include "storage/SqlSupport.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

struct People {
    std::unique_ptr<Database> db = test::memoryWorkspace();
    qint64 alpha = TeamRepository(*db).add(Team { 0, QString::fromUtf8("상담1팀"), {} });
    qint64 beta = TeamRepository(*db).add(Team { 0, QString::fromUtf8("상담2팀"), {} });
    qint64 agent = AgentRepository(*db).add(Agent { 0, QStringLiteral("A001"), QString::fromUtf8("김민수"), alpha, {}, true });
    qint64 adminId = UserAccounts::addFirstAdministrator(*db, User { 0, QStringLiteral("admin"), QString::fromUtf8("관리자"),
                                                                     Role::Admin, 0, true },
                                                         QStringLiteral("admin-password"));
    Actor admin = SignIn::actorFor(*db, *UserRepository(*db).find(adminId));

    QString storedHash(qint64 userId) const
    {
        return selectRows<QString>(*db, QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), { userId },
                                   QStringLiteral("read"), [](const QSqlQuery& q) { return q.value(0).toString(); })
            .value(0);
    }
};

UserAccount account(const QString& login, Role role, QList<qint64> teams = {}, qint64 agentId = 0)
{
    return UserAccount { User { 0, login, login.toUpper(), role, agentId, true }, std::move(teams) };
}

} // namespace

TEST_CASE("An admin adds an evaluator, a lead of two teams and an agent user, and each is audited", "[people]")
{
    People p;
    const UserAccounts accounts(*p.db, p.admin);
    const qint64 evaluator = accounts.add(account(QStringLiteral("yoon"), Role::Evaluator), QStringLiteral("evaluate-me"));
    const qint64 lead = accounts.add(account(QStringLiteral("lead1"), Role::TeamLead, { p.beta, p.alpha }),
                                     QStringLiteral("lead-password"));
    const qint64 agent = accounts.add(account(QStringLiteral("minsu"), Role::Agent, {}, p.agent), QStringLiteral("agent-password"));

    CHECK(UserRepository(*p.db).teamsLedBy(lead) == QList<qint64> { p.alpha, p.beta });
    CHECK(UserRepository(*p.db).find(agent)->agentId == p.agent);
    // The list reads every lead's teams at once; only the lead has any.
    QHash<qint64, QList<qint64>> listed;
    for (const UserAccount& a : accounts.list())
        listed.insert(a.user.id, a.teamIds);
    CHECK(listed == QHash<qint64, QList<qint64>> { { p.adminId, {} }, { evaluator, {} }, { lead, { p.alpha, p.beta } },
                                                    { agent, {} } });
    // Only a hash is stored, never the password.
    CHECK(p.storedHash(evaluator).startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(p.storedHash(evaluator).contains(QStringLiteral("evaluate-me")));
    CHECK(test::auditActions(*p.db, QStringLiteral("user"), evaluator) == QStringList { QStringLiteral("admin:add") });
    const auto entries = AuditLog(*p.db).entriesFor(QStringLiteral("user"), lead);
    REQUIRE(entries.size() == 1);
    const QJsonObject after = QJsonDocument::fromJson(entries.first().after.toUtf8()).object();
    CHECK(after.value(QStringLiteral("role")).toString() == QStringLiteral("team_lead"));
    CHECK(after.value(QStringLiteral("teams")).toArray().size() == 2);
    CHECK_FALSE(entries.first().after.contains(QStringLiteral("argon2")));
}

TEST_CASE("Accounts that break a rule are refused with the field named, and nothing is written", "[people]")
{
    People p;
    const UserAccounts accounts(*p.db, p.admin);
    const auto refused = [&](const UserAccount& a, const QString& password, const QString& expected) {
        const int before = UserRepository(*p.db).all().size();
        try {
            accounts.add(a, password);
            FAIL("accepted " << a.user.login.toStdString());
        } catch (const StorageError& error) {
            CHECK(error.message() == expected);
        }
        CHECK(UserRepository(*p.db).all().size() == before);
    };
    refused(account(QStringLiteral("Kim Lee"), Role::Evaluator), QStringLiteral("long enough"),
            QStringLiteral("Login \"Kim Lee\": use 1 to 63 lower-case letters, digits, '.', '_' or '-', starting with a letter."));
    refused(account(QStringLiteral("admin"), Role::Evaluator), QStringLiteral("long enough"),
            QString::fromUtf8("Login \"admin\" is taken by 관리자."));
    refused(account(QStringLiteral("shorty"), Role::Evaluator), QStringLiteral("1234567"),
            QStringLiteral("Login \"shorty\": the password needs at least 8 characters."));
    refused(account(QStringLiteral("lead2"), Role::TeamLead), QStringLiteral("long enough"),
            QStringLiteral("Login \"lead2\": a team lead needs at least one team."));
    refused(account(QStringLiteral("lead3"), Role::TeamLead, { 999 }), QStringLiteral("long enough"),
            QStringLiteral("Login \"lead3\": team 999 does not exist."));
    refused(account(QStringLiteral("agentless"), Role::Agent), QStringLiteral("long enough"),
            QStringLiteral("Login \"agentless\": an agent user must be linked to an existing agent record."));
    refused(account(QStringLiteral("qa2"), Role::Evaluator, { p.alpha }), QStringLiteral("long enough"),
            QStringLiteral("Login \"qa2\": only a team lead leads teams."));
    accounts.add(account(QStringLiteral("minsu"), Role::Agent, {}, p.agent), QStringLiteral("long enough"));
    refused(account(QStringLiteral("minsu2"), Role::Agent, {}, p.agent), QStringLiteral("long enough"),
            QStringLiteral("Login \"minsu2\": minsu is already the user of that agent."));
}

TEST_CASE("Only managers and admins manage people, and only an admin makes an admin", "[people]")
{
    People p;
    const UserAccounts byAdmin(*p.db, p.admin);
    const qint64 managerId = byAdmin.add(account(QStringLiteral("manager"), Role::Manager), QStringLiteral("manage-all"));
    const qint64 evaluatorId = byAdmin.add(account(QStringLiteral("qa"), Role::Evaluator), QStringLiteral("evaluate-all"));
    const Actor manager = SignIn::actorFor(*p.db, *UserRepository(*p.db).find(managerId));
    const Actor evaluator = SignIn::actorFor(*p.db, *UserRepository(*p.db).find(evaluatorId));

    CHECK_NOTHROW(UserAccounts(*p.db, manager).add(account(QStringLiteral("qa2"), Role::Evaluator), QStringLiteral("12345678")));
    CHECK_THROWS_AS(UserAccounts(*p.db, manager).add(account(QStringLiteral("boss"), Role::Admin), QStringLiteral("12345678")),
                    AccessDenied);
    CHECK_THROWS_AS(UserAccounts(*p.db, manager).deactivate(p.adminId), AccessDenied);
    CHECK_THROWS_AS(UserAccounts(*p.db, evaluator).add(account(QStringLiteral("qa3"), Role::Evaluator),
                                                       QStringLiteral("12345678")),
                    AccessDenied);
    CHECK_THROWS_AS(UserAccounts(*p.db, evaluator).list(), AccessDenied);
    // Everyone may change their own password, nobody else's without managing people.
    CHECK_NOTHROW(UserAccounts(*p.db, evaluator).setPassword(evaluatorId, QStringLiteral("a new secret")));
    CHECK_THROWS_AS(UserAccounts(*p.db, evaluator).setPassword(managerId, QStringLiteral("a new secret")), AccessDenied);
    CHECK(test::auditActions(*p.db, QStringLiteral("user"), evaluatorId)
          == QStringList { QStringLiteral("admin:add"), QStringLiteral("qa:password") });
}

TEST_CASE("Users are deactivated, never deleted, and the last admin and oneself stay active", "[people]")
{
    People p;
    const UserAccounts accounts(*p.db, p.admin);
    const qint64 qa = accounts.add(account(QStringLiteral("qa"), Role::Evaluator), QStringLiteral("evaluate-all"));
    accounts.deactivate(qa);
    const auto stored = UserRepository(*p.db).find(qa);
    REQUIRE(stored);
    CHECK_FALSE(stored->active);
    CHECK(stored->displayName == QStringLiteral("QA"));
    CHECK(test::auditActions(*p.db, QStringLiteral("user"), qa)
          == QStringList { QStringLiteral("admin:add"), QStringLiteral("admin:deactivate") });

    CHECK_THROWS_WITH(accounts.deactivate(p.adminId),
                      QString::fromUtf8("관리자 is the last active administrator; make another administrator first.").toStdString());
    const qint64 second = accounts.add(account(QStringLiteral("root2"), Role::Admin), QStringLiteral("second-admin"));
    CHECK_THROWS_WITH(accounts.deactivate(p.adminId), "You cannot deactivate yourself.");
    CHECK_NOTHROW(UserAccounts(*p.db, SignIn::actorFor(*p.db, *UserRepository(*p.db).find(second))).deactivate(p.adminId));
}

TEST_CASE("Editing a lead's teams and role is audited with before and after", "[people]")
{
    People p;
    const UserAccounts accounts(*p.db, p.admin);
    const qint64 lead = accounts.add(account(QStringLiteral("lead1"), Role::TeamLead, { p.alpha }), QStringLiteral("lead-password"));
    UserAccount changed = *accounts.find(QStringLiteral("lead1"));
    changed.teamIds = { p.alpha, p.beta };
    accounts.edit(changed);
    CHECK(UserRepository(*p.db).teamsLedBy(lead) == QList<qint64> { p.alpha, p.beta });
    changed.user.role = Role::Evaluator;
    changed.teamIds.clear();
    accounts.edit(changed);
    CHECK(UserRepository(*p.db).teamsLedBy(lead).isEmpty());
    const auto entries = AuditLog(*p.db).entriesFor(QStringLiteral("user"), lead);
    REQUIRE(entries.size() == 3);
    CHECK(QJsonDocument::fromJson(entries.at(2).before.toUtf8()).object().value(QStringLiteral("role")).toString()
          == QStringLiteral("team_lead"));
    CHECK(QJsonDocument::fromJson(entries.at(2).after.toUtf8()).object().value(QStringLiteral("role")).toString()
          == QStringLiteral("evaluator"));
    // An edit that changes nothing writes nothing.
    accounts.edit(changed);
    CHECK(AuditLog(*p.db).entriesFor(QStringLiteral("user"), lead).size() == 3);
}
