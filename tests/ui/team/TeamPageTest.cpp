#include "team/TeamPage.h"

#include "TestSupport.h"
#include "UiTestSupport.h"
#include "storage/CoachingRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/SqlSupport.h"
#include "team/TeamRosterModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

// A manager sees every team and agent.
const Actor s_manager { 0, QStringLiteral("manager"), QStringLiteral("manager"), Role::Manager, {}, 0 };

const QDate s_month(2026, 11, 1);

Answer greeting(bool passed)
{
    return Answer { QStringLiteral("greeting"), passed ? 0 : 1, false, {}, {} };
}

// A hand-built centre, every figure of the tests worked out from it (target 85):
//   Alpha  Kim  Sep 20 .80, Sep 25 .80, Oct 1 .80, Oct 3 .90, Oct 5 .80 (greeting failed but on Oct 3), coached on
//               greeting Oct 15 15:00; Oct 20, 25, 28 .90 and Nov 3 .90, Nov 10 .84 (greeting passed): November 2
//               done of 2 planned, average 87.0
//          Lee  Nov 4 .60, a Nov 14 contact planned but not evaluated: 1 / 2, average 60.0, below target
//          Old  inactive, Nov 7 .99: not listed
//   Beta   Park Nov 5 .95, nothing planned: 1, average 95.0
//          Choi a Nov 6 contact only: 0, no average
struct Centre : test::EvaluatedWorkspace
{
    Centre()
    {
        const QList<std::tuple<QDate, double, bool>> greetings {
            { QDate(2026, 9, 20), 0.80, false }, { QDate(2026, 9, 25), 0.80, false },
            { QDate(2026, 10, 1), 0.80, false }, { QDate(2026, 10, 3), 0.90, true },
            { QDate(2026, 10, 5), 0.80, false }, { QDate(2026, 10, 20), 0.90, true },
            { QDate(2026, 10, 25), 0.90, true }, { QDate(2026, 10, 28), 0.90, true },
        };
        for (const auto& [day, score, passed] : greetings)
            evaluation(QStringLiteral("Kim"), QStringLiteral("Alpha"), day, score, false, EvaluationKind::Regular,
                       { greeting(passed) });
        const qint64 kim1 = evaluation(QStringLiteral("Kim"), QStringLiteral("Alpha"), QDate(2026, 11, 3), 0.90, false,
                                       EvaluationKind::Regular, { greeting(true) });
        const qint64 kim2 = evaluation(QStringLiteral("Kim"), QStringLiteral("Alpha"), QDate(2026, 11, 10), 0.84, false,
                                       EvaluationKind::Regular, { greeting(true) });
        const qint64 lee = evaluation(QStringLiteral("Lee"), QStringLiteral("Alpha"), QDate(2026, 11, 4), 0.60);
        const Contact leeLater = contact(QStringLiteral("Lee"), QStringLiteral("Alpha"), QDate(2026, 11, 14));
        evaluation(QStringLiteral("Park"), QStringLiteral("Beta"), QDate(2026, 11, 5), 0.95);
        contact(QStringLiteral("Choi"), QStringLiteral("Beta"), QDate(2026, 11, 6));
        evaluation(QStringLiteral("Old"), QStringLiteral("Alpha"), QDate(2026, 11, 7), 0.99);
        run(QStringLiteral("UPDATE agents SET active = 0 WHERE id = ?"), { agents.value(QStringLiteral("Old")) });

        run(QStringLiteral("INSERT INTO sampling_plans (name, period_start, period_end, rule_json, seed, created_at) "
                           "VALUES ('November', '2026-11-01', '2026-11-30', '{}', 7, 0)"),
            {});
        const QString assign
            = QStringLiteral("INSERT INTO assignments (plan_id, contact_id, evaluator_id, due, evaluation_id) "
                             "SELECT 1, contact_id, ?, '2026-11-30', id FROM evaluations WHERE id = ?");
        for (const qint64 done : { kim1, kim2, lee })
            run(assign, { evaluator, done });
        run(QStringLiteral(
                "INSERT INTO assignments (plan_id, contact_id, evaluator_id, due) VALUES (1, ?, ?, '2026-11-30')"),
            { leeLater.id, evaluator });

        CoachingSession session;
        session.agentId = agents.value(QStringLiteral("Kim"));
        session.coachId = evaluator;
        session.heldAt = test::centreTime(QDate(2026, 10, 15), QTime(15, 0));
        session.focusItemKeys = { QStringLiteral("greeting") };
        CoachingRepository(*db).add(session, QStringLiteral("qa"));
    }

    void run(const QString& sql, const QVariantList& values)
    {
        execWith(*db, sql, values, QStringLiteral("build the team"));
    }
};

int rowOf(const QAbstractItemModel* rows, qint64 agentId)
{
    for (int row = 0; row < rows->rowCount(); ++row) {
        if (rows->index(row, 0).data(TeamRosterModel::AgentIdRole).toLongLong() == agentId)
            return row;
    }
    FAIL("agent " << agentId << " is not in the table");
    return -1;
}

} // namespace

TEST_CASE("the team page: every active agent, sorted by number, flagged, counted against the plan, and opened")
{
    const Centre centre;
    const Database& db = *centre.db;
    TeamPage page(db, s_manager);
    page.resize(1180, 620);
    page.show();
    auto* table = page.findChild<QTableView*>(QStringLiteral("rosterTableView"));
    REQUIRE(table);
    auto* sorted = qobject_cast<QSortFilterProxyModel*>(table->model());
    REQUIRE(sorted);
    const QAbstractItemModelTester tester(sorted->sourceModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.showMonth(QDate(2026, 11, 20));
    REQUIRE(page.roster().month == s_month);

    // The active agents, once each, with the month's work against the plan.
    const qint64 kim = centre.agents.value(QStringLiteral("Kim"));
    const qint64 lee = centre.agents.value(QStringLiteral("Lee"));
    const qint64 park = centre.agents.value(QStringLiteral("Park"));
    const qint64 choi = centre.agents.value(QStringLiteral("Choi"));
    REQUIRE(sorted->rowCount() == 4);
    const auto done
        = [sorted](qint64 agent) { return sorted->index(rowOf(sorted, agent), TeamRosterModel::DoneColumn); };
    CHECK(done(kim).data().toString() == QStringLiteral("2 / 2"));
    CHECK(done(kim).data(TeamRosterModel::SortRole).toDouble() == Approx(1.0));
    CHECK(done(lee).data().toString() == QStringLiteral("1 / 2"));
    CHECK(done(lee).data(TeamRosterModel::SortRole).toDouble() == Approx(0.5));
    CHECK(done(park).data().toString() == QStringLiteral("1"));
    CHECK(done(choi).data().toString() == QStringLiteral("0"));

    // A click on the Average header sorts by the number, agents without an average last.
    QHeaderView* header = table->horizontalHeader();
    const int averageColumn = TeamRosterModel::AverageColumn;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(averageColumn) + header->sectionSize(averageColumn) / 2,
                             header->height() / 2));
    REQUIRE(header->sortIndicatorSection() == averageColumn);
    if (header->sortIndicatorOrder() == Qt::DescendingOrder)
        table->sortByColumn(averageColumn, Qt::AscendingOrder);
    QStringList order;
    QStringList shown;
    for (int row = 0; row < sorted->rowCount(); ++row) {
        order << sorted->index(row, TeamRosterModel::AgentColumn).data().toString();
        shown << sorted->index(row, averageColumn).data().toString();
    }
    CHECK(order
          == QStringList { QStringLiteral("Lee"), QStringLiteral("Kim"), QStringLiteral("Park"),
                           QStringLiteral("Choi") });
    CHECK(shown.mid(0, 3) == QStringList { QStringLiteral("60.0"), QStringLiteral("87.0"), QStringLiteral("95.0") });
    CHECK_FALSE(sorted->index(3, averageColumn).data(TeamRosterModel::SortRole).isValid());
    test::saveScreenshot(page, QStringLiteral("team.png"));

    // Lee is below the target: the flag by name, coloured, with its reason in the tooltip.
    const int flaggedRow = rowOf(sorted, lee);
    const QModelIndex flags = sorted->index(flaggedRow, TeamRosterModel::FlagsColumn);
    CHECK(flags.data().toString().contains(QStringLiteral("Below target")));
    CHECK(flags.data(Qt::ToolTipRole).toString().contains(QStringLiteral("target of 85")));
    CHECK(flags.data(Qt::ForegroundRole).value<QColor>().isValid());
    const QVariantList means = sorted->index(flaggedRow, TeamRosterModel::TrendColumn).data(TeamRosterModel::MonthlyMeansRole).toList();
    CHECK(means.size() == TeamRoster::s_defaultMonths);

    // Double-click and Enter open the agent.
    QSignalSpy activated(&page, &TeamPage::agentActivated);
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    table->scrollTo(sorted->index(flaggedRow, TeamRosterModel::AgentColumn));
    const QRect rect = table->visualRect(sorted->index(flaggedRow, TeamRosterModel::AgentColumn));
    // In Qt 6.4 mouseDClick alone does not make an item view emit doubleClicked; the click before it, as a user's, does.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    REQUIRE(activated.count() == 1);
    CHECK(activated.at(0).at(0).toLongLong() == lee);
    const int otherRow = flaggedRow == 0 ? 1 : 0;
    table->setCurrentIndex(sorted->index(otherRow, TeamRosterModel::AgentColumn));
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(activated.count() == 2);
    CHECK(activated.at(1).at(0).toLongLong() == sorted->index(otherRow, 0).data(TeamRosterModel::AgentIdRole).toLongLong());

    // One team: only its active agents.
    auto* teams = page.findChild<QComboBox*>(QStringLiteral("teamComboBox"));
    teams->setCurrentIndex(teams->findText(QStringLiteral("Alpha")));
    REQUIRE(sorted->rowCount() == 2);
    QSet<qint64> alpha;
    for (int row = 0; row < sorted->rowCount(); ++row)
        alpha.insert(sorted->index(row, 0).data(TeamRosterModel::AgentIdRole).toLongLong());
    CHECK(alpha == QSet<qint64> { kim, lee });
}

TEST_CASE("the team page's coaching list shows each session of the last three months with each focus item's verdict")
{
    const Centre centre;
    TeamPage page(*centre.db, s_manager);
    page.resize(1180, 620);
    page.show();
    page.showMonth(s_month);
    page.findChild<QTabWidget*>(QStringLiteral("teamTabWidget"))->setCurrentIndex(1);

    auto* table = page.findChild<QTableWidget*>(QStringLiteral("coachingTableWidget"));
    REQUIRE(table);
    REQUIRE(table->rowCount() == 1);
    QStringList cells;
    for (int c = 0; c < table->columnCount(); ++c)
        cells << table->item(0, c)->text();
    // Greeting passed 1 of 5 in the 60 days before (Sep 20, 25, Oct 1, 3, 5) and 5 of 5 after (Oct 20, 25, 28, Nov 3,
    // 10): +80 points; pooled 6/10, z = 0.8 / √(0.6 × 0.4 × (1/5 + 1/5)) = 2.582, p = 0.0098 < 0.05.
    CHECK(cells
          == QStringList { QStringLiteral("2026-10-15"), QStringLiteral("Kim"), QStringLiteral("QA"),
                           QStringLiteral("첫인사를 정확히 했는가?"), QStringLiteral("20% (5)"),
                           QStringLiteral("100% (5)"), QStringLiteral("+80.0"), QStringLiteral("Improved") });
    CHECK(table->item(0, 6)->toolTip() == QStringLiteral("p = 0.010"));
    test::saveScreenshot(page, QStringLiteral("team-coaching.png"));

    // October alone still shows it; in August (June to August) there was none.
    page.showMonth(QDate(2026, 10, 31));
    CHECK(table->rowCount() == 1);
    page.showMonth(QDate(2026, 8, 1));
    CHECK(table->rowCount() == 0);
}
