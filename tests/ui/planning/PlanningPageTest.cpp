#include "TestSupport.h"
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
