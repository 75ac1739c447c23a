#include "TestSupport.h"
#include "analytics/ConversationMetrics.h"
#include "evaluate/MetricsFilterWidget.h"
#include "planning/PlanningPage.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace qadesk;

namespace {

std::unique_ptr<Database> smallCentre(const QTemporaryDir& dir)
{
    DemoOptions options;
    options.agents = 6;
    options.months = 2;
    options.until = QDate(2026, 11, 20);
    options.recordings = 0;
    options.contactsPerAgentMonth = 25;
    return test::demoWorkspace(dir, options);
}

} // namespace

TEST_CASE("the planning page answers as the inputs change")
{
    QTemporaryDir dir;
    const auto db = smallCentre(dir);
    PlanningPage page(*db, test::actorOf(*db, QStringLiteral("manager")));

    // Sample size: 1,000 contacts, ±5 points at 95 % → Krejcie & Morgan's 278.
    auto* population = page.findChild<QSpinBox*>(QStringLiteral("populationSpinBox"));
    auto* margin = page.findChild<QDoubleSpinBox*>(QStringLiteral("marginSpinBox"));
    REQUIRE(population);
    REQUIRE(margin);
    population->setValue(1000);
    margin->setValue(5);
    REQUIRE(page.sampleSize());
    CHECK(page.sampleSize()->n == 278);

    // Headcount: A is the worked example of docs/planning.md; doubling B's evaluations costs more QA.
    REQUIRE(page.headcount(0));
    CHECK(page.headcount(0)->fte == Approx(2.534).epsilon(1e-3));
    auto* evaluationsB = page.findChild<QDoubleSpinBox*>(QStringLiteral("headcountBInput1"));
    REQUIRE(evaluationsB);
    evaluationsB->setValue(16);
    REQUIRE(page.headcount(1));
    CHECK(page.headcount(1)->fte > page.headcount(0)->fte * 1.5);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("copyScenarioButton")), Qt::LeftButton);
    CHECK(page.headcount(1)->fte == Approx(page.headcount(0)->fte));
}

TEST_CASE("the planning page draws, previews and saves a month's sample")
{
    QTemporaryDir dir;
    const auto db = smallCentre(dir);
    PlanningPage page(*db, test::actorOf(*db, QStringLiteral("manager")));
    auto* month = page.findChild<QDateEdit*>();
    REQUIRE(month);
    month->setDate(QDate(2026, 10, 1));
    auto* plans = page.findChild<QTableWidget*>(QStringLiteral("plansTableWidget"));
    const int before = plans->rowCount();

    REQUIRE(page.drawSample());
    const auto& plan = page.drawnPlan();
    REQUIRE(plan);
    CHECK(plan->agents.size() == 6);
    CHECK(page.findChild<QTableWidget*>(QStringLiteral("sampleTableWidget"))->rowCount() == 6);
    const int planned = int(plan->assignments.size());
    CHECK(planned > 0);
    REQUIRE(page.savePlan());
    CHECK(plans->rowCount() == before + 1);
    CHECK(plans->item(0, 2)->text().endsWith(QStringLiteral("/ %1").arg(planned)));
    CHECK_FALSE(page.findChild<QPushButton*>(QStringLiteral("savePlanButton"))->isEnabled());

    // For the docs: QADESK_SCREENSHOT_DIR=docs/images saves each tab as people see it.
    if (const QString folder = qEnvironmentVariable("QADESK_SCREENSHOT_DIR"); !folder.isEmpty()) {
        page.resize(1400, 820);
        page.show();
        auto* tabs = page.findChild<QTabWidget*>();
        REQUIRE(page.drawSample());
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QTest::qWait(200);
            CHECK(page.grab().save(QStringLiteral("%1/planning-tab%2.png").arg(folder).arg(tab + 1)));
        }
    }
}

TEST_CASE("a month without contacts draws nothing, says why, and cannot be saved")
{
    QTemporaryDir dir;
    const auto db = smallCentre(dir);
    PlanningPage page(*db, test::actorOf(*db, QStringLiteral("manager")));
    auto* month = page.findChild<QDateEdit*>();
    REQUIRE(month);
    auto* save = page.findChild<QPushButton*>(QStringLiteral("savePlanButton"));
    auto* status = page.findChild<QLabel*>(QStringLiteral("samplingStatusLabel"));
    auto* sample = page.findChild<QTableWidget*>(QStringLiteral("sampleTableWidget"));
    REQUIRE(save);
    REQUIRE(status);
    month->setDate(QDate(2026, 10, 1));
    REQUIRE(page.drawSample()); // a month with contacts first: its rows must not stay behind
    CHECK(save->isEnabled());
    CHECK(sample->rowCount() > 0);

    month->setDate(QDate(2027, 3, 1)); // the demo ends in November 2026
    CHECK_FALSE(page.drawSample());
    CHECK_FALSE(page.drawnPlan());
    CHECK_FALSE(save->isEnabled());
    CHECK(status->text().contains(QStringLiteral("no contacts in 2027-03-01 – 2027-03-31")));
    CHECK(save->toolTip() == status->text());
    CHECK(sample->rowCount() == 0);
}

TEST_CASE("a sample can reserve a share for chats with slow replies, and says which contacts it chose so")
{
    QTemporaryDir dir;
    const auto db = smallCentre(dir);
    PlanningPage page(*db, test::actorOf(*db, QStringLiteral("manager")));
    page.findChild<QDateEdit*>()->setDate(QDate(2026, 10, 1));
    auto* share = page.findChild<QSpinBox*>(QStringLiteral("reserveShareSpinBox"));
    auto* filter = page.findChild<MetricsFilterWidget*>(QStringLiteral("reserveFilterWidget"));
    REQUIRE(share);
    REQUIRE(filter);
    CHECK_FALSE(share->isEnabled()); // no filter, no reserve
    MetricsFilter slow;
    slow.replyWaitOverMs = 60000; // a reply wait over 1 min
    filter->setFilter(slow);
    CHECK(share->isEnabled());
    CHECK(share->value() == 20); // a filter starts the share at the usual 20 %
    share->setValue(50);

    REQUIRE(page.drawSample());
    const auto& plan = page.drawnPlan();
    REQUIRE(plan);
    CHECK(plan->rule.reserveShare == Approx(0.5));
    CHECK(plan->rule.reserveFilter == slow);
    auto* table = page.findChild<QTableWidget*>(QStringLiteral("sampleTableWidget"));
    REQUIRE(table->columnCount() == 6);
    int reserved = 0;
    for (int row = 0; row < plan->agents.size(); ++row) {
        CHECK(table->item(row, 4)->text() == QString::number(plan->agents.at(row).reserved));
        reserved += plan->agents.at(row).reserved;
    }
    CHECK(reserved > 0); // the demo has slow chats
    for (const auto& a : plan->assignments) {
        if (a.reserved) {
            const auto measured = ConversationMetrics::chat(*db, a.contactId);
            REQUIRE(measured);
            CHECK(*measured->longestWaitMs > 60000);
        }
    }
    CHECK(page.findChild<QLabel*>(QStringLiteral("samplingStatusLabel"))->text().contains(QStringLiteral("reserve")));
    const QString name = plan->plan.name;
    REQUIRE(page.savePlan());
    const auto* plans = page.findChild<QTableWidget*>(QStringLiteral("plansTableWidget"));
    const auto saved = plans->findItems(name, Qt::MatchExactly);
    REQUIRE(saved.size() == 1);
    CHECK(plans->item(saved.first()->row(), 4)->text() == QString::number(reserved));

    if (const QString folder = qEnvironmentVariable("QADESK_SCREENSHOT_DIR"); !folder.isEmpty()) {
        page.resize(1366, 768);
        page.show();
        page.findChild<QTabWidget*>()->setCurrentIndex(2);
        REQUIRE(page.drawSample());
        QTest::qWait(200);
        CHECK(page.grab().save(QStringLiteral("%1/planning-reserve.png").arg(folder)));
    }
}

TEST_CASE("the centre's reply limit is set by a manager on the standards tab, and only shown to others")
{
    QTemporaryDir dir;
    const auto db = smallCentre(dir);
    PlanningPage evaluatorView(*db, test::actorOf(*db, QStringLiteral("qa1")));
    auto* limit = evaluatorView.findChild<QSpinBox*>(QStringLiteral("replyLimitSpinBox"));
    REQUIRE(limit);
    CHECK(limit->value() == 60);
    CHECK_FALSE(limit->isEnabled());
    auto* apply = evaluatorView.findChild<QPushButton*>(QStringLiteral("applyReplyLimitButton"));
    CHECK_FALSE(apply->isEnabled());
    CHECK_FALSE(apply->toolTip().isEmpty());

    PlanningPage page(*db, test::actorOf(*db, QStringLiteral("manager")));
    page.findChild<QSpinBox*>(QStringLiteral("replyLimitSpinBox"))->setValue(120);
    REQUIRE(page.applyReplyLimit());
    CHECK(ConversationMetrics::replyLimitMs(*db) == 120000);
    CHECK(page.findChild<QLabel*>(QStringLiteral("standardsStatusLabel"))->text().contains(QStringLiteral("120")));
    if (const QString folder = qEnvironmentVariable("QADESK_SCREENSHOT_DIR"); !folder.isEmpty()) {
        page.resize(1366, 768);
        page.show();
        page.findChild<QTabWidget*>()->setCurrentIndex(3);
        QTest::qWait(200);
        CHECK(page.grab().save(QStringLiteral("%1/planning-standards.png").arg(folder)));
    }
}
