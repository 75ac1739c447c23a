#include "TestSupport.h"
#include "UiTestSupport.h"
#include "storage/SqlSupport.h"
#include "team/TeamPage.h"
#include "team/TeamRosterModel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QSet>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace qadesk;

namespace {

const QDate s_month(2026, 11, 1);

std::unique_ptr<Database> demoCentre(const QTemporaryDir& dir)
{
    DemoOptions options;
    options.agents = 6;
    options.months = 3;
    options.until = QDate(2026, 11, 20);
    options.recordings = 0;
    options.contactsPerAgentMonth = 14;
    return test::demoWorkspace(dir, options);
}

int count(const Database& db, const QString& sql, const QVariantList& values)
{
    return selectRows<int>(db, sql, values, QStringLiteral("count"), [](const QSqlQuery& q) { return q.value(0).toInt(); }).value(0);
}

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
    QTemporaryDir dir;
    const auto db = demoCentre(dir);
    TeamPage page(*db);
    page.resize(1180, 620);
    page.show();
    auto* table = page.findChild<QTableView*>(QStringLiteral("rosterTableView"));
    REQUIRE(table);
    auto* sorted = qobject_cast<QSortFilterProxyModel*>(table->model());
    REQUIRE(sorted);
    const QAbstractItemModelTester tester(sorted->sourceModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.showMonth(QDate(2026, 11, 20));
    REQUIRE(page.roster().month == s_month);

    // Every active agent, once.
    const auto active = selectRows<qint64>(*db, QStringLiteral("SELECT id FROM agents WHERE active = 1"), {},
                                           QStringLiteral("agents"), [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    REQUIRE(sorted->rowCount() == active.size());
    QSet<qint64> listed;
    for (int row = 0; row < sorted->rowCount(); ++row)
        listed.insert(sorted->index(row, 0).data(TeamRosterModel::AgentIdRole).toLongLong());
    CHECK(listed == QSet<qint64>(active.cbegin(), active.cend()));

    // Done / planned as SQL counts them: submitted this month (latest revisions, no calibration) against the
    // assignments of the plans covering the month.
    const qint64 monthStart = QDateTime(s_month, QTime(0, 0)).toMSecsSinceEpoch();
    const qint64 monthEnd = QDateTime(s_month.addMonths(1), QTime(0, 0)).toMSecsSinceEpoch();
    for (const qint64 agentId : active) {
        const int done = count(*db,
                               QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE agent_id = ? AND submitted_at >= ? "
                                              "AND submitted_at < ? AND superseded = 0 AND status <> 'draft' AND kind <> "
                                              "'calibration'"),
                               { agentId, monthStart, monthEnd });
        const int planned = count(*db,
                                  QStringLiteral("SELECT COUNT(*) FROM assignments a JOIN contacts c ON c.id = a.contact_id "
                                                 "JOIN sampling_plans p ON p.id = a.plan_id WHERE c.agent_id = ? AND "
                                                 "p.period_start <= '2026-11-30' AND p.period_end >= '2026-11-01'"),
                                  { agentId });
        REQUIRE(planned > 0); // the demo plans every agent's month
        const QModelIndex cell = sorted->index(rowOf(sorted, agentId), TeamRosterModel::DoneColumn);
        CHECK(cell.data().toString() == QStringLiteral("%1 / %2").arg(done).arg(planned));
        CHECK(cell.data(TeamRosterModel::SortRole).toDouble() == Approx(double(done) / planned));
    }

    // A click on the Average header sorts by the number, agents without an average last.
    QHeaderView* header = table->horizontalHeader();
    const int averageColumn = TeamRosterModel::AverageColumn;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(averageColumn) + header->sectionSize(averageColumn) / 2,
                             header->height() / 2));
    REQUIRE(header->sortIndicatorSection() == averageColumn);
    if (header->sortIndicatorOrder() == Qt::DescendingOrder)
        table->sortByColumn(averageColumn, Qt::AscendingOrder);
    QList<double> averages;
    bool missingSeen = false;
    for (int row = 0; row < sorted->rowCount(); ++row) {
        const QVariant value = sorted->index(row, averageColumn).data(TeamRosterModel::SortRole);
        if (!value.isValid()) {
            missingSeen = true;
            continue;
        }
        CHECK_FALSE(missingSeen);
        averages << value.toDouble();
        CHECK(sorted->index(row, averageColumn).data().toString() == QLocale().toString(value.toDouble(), 'f', 1));
    }
    REQUIRE(averages.size() >= 2);
    CHECK(std::is_sorted(averages.cbegin(), averages.cend()));
    CHECK(averages.first() < averages.last());
    test::saveScreenshot(page, QStringLiteral("team.png"));

    // A flagged agent shows each flag by name, coloured, with its reason in the tooltip.
    const auto flagged = std::find_if(page.roster().agents.cbegin(), page.roster().agents.cend(),
                                      [](const RosterAgent& a) { return !a.findings.isEmpty(); });
    REQUIRE(flagged != page.roster().agents.cend());
    const int flaggedRow = rowOf(sorted, flagged->agentId);
    const QModelIndex flags = sorted->index(flaggedRow, TeamRosterModel::FlagsColumn);
    for (const TrendFinding& finding : flagged->findings) {
        CHECK(flags.data().toString().contains(Trend::flagName(finding.flag)));
        CHECK(flags.data(Qt::ToolTipRole).toString().contains(finding.reason.toHtmlEscaped()));
    }
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
    CHECK(activated.at(0).at(0).toLongLong() == flagged->agentId);
    const int otherRow = flaggedRow == 0 ? 1 : 0;
    table->setCurrentIndex(sorted->index(otherRow, TeamRosterModel::AgentColumn));
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(activated.count() == 2);
    CHECK(activated.at(1).at(0).toLongLong() == sorted->index(otherRow, 0).data(TeamRosterModel::AgentIdRole).toLongLong());

    // One team: only its active agents.
    auto* teams = page.findChild<QComboBox*>(QStringLiteral("teamComboBox"));
    REQUIRE(teams->count() >= 2);
    teams->setCurrentIndex(1);
    const qint64 teamId = teams->currentData().toLongLong();
    CHECK(sorted->rowCount()
          == count(*db, QStringLiteral("SELECT COUNT(*) FROM agents WHERE active = 1 AND team_id = ?"), { teamId }));
    for (const RosterAgent& agent : page.roster().agents)
        CHECK(agent.teamId == teamId);
}

TEST_CASE("the team page's coaching list shows every session of the last three months with each focus item's verdict")
{
    QTemporaryDir dir;
    const auto db = demoCentre(dir);
    TeamPage page(*db);
    page.resize(1180, 620);
    page.show();
    page.showMonth(s_month);
    page.findChild<QTabWidget*>(QStringLiteral("teamTabWidget"))->setCurrentIndex(1);

    const int held = count(*db, QStringLiteral("SELECT COUNT(*) FROM coaching_sessions WHERE held_at >= ? AND held_at < ?"),
                           { QDateTime(QDate(2026, 9, 1), QTime(0, 0)).toMSecsSinceEpoch(),
                             QDateTime(QDate(2026, 12, 1), QTime(0, 0)).toMSecsSinceEpoch() });
    REQUIRE(held > 0);
    REQUIRE(page.coachingSessions().size() == held);

    auto* table = page.findChild<QTableWidget*>(QStringLiteral("coachingTableWidget"));
    REQUIRE(table);
    int row = 0;
    for (const SessionEffect& effect : page.coachingSessions()) {
        REQUIRE_FALSE(effect.items.isEmpty()); // the demo coaches its agents' weak items
        for (const FocusItemEffect& item : effect.items) {
            REQUIRE(row < table->rowCount());
            CHECK(table->item(row, 1)->text() == effect.agentName);
            CHECK(table->item(row, 3)->text() == item.question);
            CHECK(table->item(row, 4)->text().endsWith(QStringLiteral("(%1)").arg(item.beforeApplicable)));
            CHECK(table->item(row, 5)->text().endsWith(QStringLiteral("(%1)").arg(item.afterApplicable)));
            CHECK(table->item(row, 7)->text() == CoachingEffect::verdictName(item.verdict()));
            ++row;
        }
    }
    CHECK(row == table->rowCount());
    test::saveScreenshot(page, QStringLiteral("team-coaching.png"));
}
