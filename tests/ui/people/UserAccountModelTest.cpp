#include "people/UserAccountModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

const QList<Team> s_teams { Team { 1, QString::fromUtf8("상담2팀"), {} },
                            Team { 2, QString::fromUtf8("상담1팀"), {} } };
const QList<Agent> s_agents { Agent { 7, QStringLiteral("A001"), QString::fromUtf8("김민수"), 2, {}, true } };

QList<UserAccount> accounts()
{
    return {
        UserAccount { User { 11, QStringLiteral("yoon"), QString::fromUtf8("윤평가"), Role::Evaluator, 0, true }, {} },
        UserAccount { User { 12, QStringLiteral("lead1"), QString::fromUtf8("박팀장"), Role::TeamLead, 0, true },
                      { 1, 2 } },
        UserAccount { User { 13, QStringLiteral("minsu"), QString::fromUtf8("김민수"), Role::Agent, 7, false }, {} },
        UserAccount { User { 10, QStringLiteral("admin"), QString::fromUtf8("관리자"), Role::Admin, 0, true }, {} },
    };
}

} // namespace

TEST_CASE("The user table names roles, teams and agents as people read them, and passes the model tester")
{
    UserAccountModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAccounts(accounts(), s_teams, s_agents);
    REQUIRE(model.rowCount() == 4);
    CHECK(model.columnCount() == 6);
    CHECK(model.headerData(UserAccountModel::RoleColumn, Qt::Horizontal).toString() == QStringLiteral("Role"));

    const auto cell
        = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
    CHECK(cell(0, UserAccountModel::LoginColumn).toString() == QStringLiteral("yoon"));
    CHECK(cell(0, UserAccountModel::RoleColumn).toString() == QStringLiteral("QA evaluator"));
    CHECK(cell(0, UserAccountModel::TeamsColumn).toString().isEmpty());
    CHECK(cell(1, UserAccountModel::RoleColumn).toString() == QStringLiteral("Team lead")); // never "team_lead"
    CHECK(cell(1, UserAccountModel::TeamsColumn).toString() == QString::fromUtf8("상담1팀, 상담2팀"));
    CHECK(cell(2, UserAccountModel::AgentColumn).toString() == QString::fromUtf8("A001 · 김민수"));
    CHECK(cell(2, UserAccountModel::ActiveColumn).toString() == QStringLiteral("Deactivated"));
    CHECK_FALSE(cell(2, UserAccountModel::NameColumn, UserAccountModel::ActiveRole).toBool());
    CHECK(cell(2, UserAccountModel::NameColumn, Qt::ForegroundRole).isValid()); // deactivated rows are greyed
    CHECK_FALSE(cell(0, UserAccountModel::NameColumn, Qt::ForegroundRole).isValid());
    CHECK(cell(3, UserAccountModel::RoleColumn).toString() == QStringLiteral("Administrator"));
    CHECK(cell(3, UserAccountModel::ActiveColumn).toString() == QStringLiteral("Active"));
    CHECK(cell(1, UserAccountModel::AgentColumn, UserAccountModel::UserIdRole).toLongLong() == 12);

    CHECK(model.indexOf(13).row() == 2);
    CHECK_FALSE(model.indexOf(99).isValid());
    CHECK(model.account(model.index(1, 0)).teamIds == QList<qint64> { 1, 2 });

    // Sorting by role orders by power: administrator, evaluator, team lead, agent.
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(UserAccountModel::SortRole);
    proxy.sort(UserAccountModel::RoleColumn);
    QStringList logins;
    for (int row = 0; row < proxy.rowCount(); ++row)
        logins << proxy.index(row, UserAccountModel::LoginColumn).data().toString();
    CHECK(logins
          == QStringList { QStringLiteral("admin"), QStringLiteral("yoon"), QStringLiteral("lead1"),
                           QStringLiteral("minsu") });

    // An agent or team the lists do not name shows its id rather than nothing.
    model.setAccounts(
        { UserAccount { User { 20, QStringLiteral("ghost"), QStringLiteral("Ghost"), Role::TeamLead, 0, true },
                        { 5 } } },
        {}, {});
    CHECK(model.index(0, UserAccountModel::TeamsColumn).data().toString() == QStringLiteral("#5"));
    model.setAccounts({}, {}, {});
    CHECK(model.rowCount() == 0);
}
