#include "TestSupport.h"
#include "UiTestSupport.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportTableModel.h"
#include "reports/ReportsPage.h"
#include "shell/Dialogs.h"
#include "storage/OrganizationRepository.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>

using namespace qadesk;

namespace {

std::unique_ptr<Database> smallCentre(const QTemporaryDir& dir)
{
    DemoOptions options;
    options.agents = 6;
    options.months = 3;
    options.until = QDate(2026, 11, 20);
    options.recordings = 0;
    return test::demoWorkspace(dir, options);
}

void waitForPreview(ReportsPage& page)
{
    QSignalSpy previewed(&page, &ReportsPage::previewed);
    REQUIRE(previewed.wait(10000));
    // Quick changes gather into one preview; wait until the last has shown.
    while (page.isPreviewing())
        REQUIRE(previewed.wait(10000));
}

} // namespace

TEST_CASE("the reports page previews the chosen report and exports it to the file chosen")
{
    QTemporaryDir dir;
    const auto db = smallCentre(dir);
    ReportsPage page(*db, test::managerActor());
    page.resize(1200, 800);
    page.show();
    page.setReport(QStringLiteral("team"));
    page.setMonth(QDate(2026, 10, 15));
    waitForPreview(page);

    REQUIRE(page.report());
    CHECK(page.report()->id == QStringLiteral("team"));
    CHECK(page.report()->periodText == QStringLiteral("2026-10"));
    auto* tabs = page.findChild<QTabWidget*>(QStringLiteral("tablesTabWidget"));
    REQUIRE(tabs);
    REQUIRE(tabs->count() == page.report()->tables.size());
    auto* agents = page.findChild<QTableView*>(QStringLiteral("agentsTableView"));
    REQUIRE(agents);
    const auto* sorted = qobject_cast<const QSortFilterProxyModel*>(agents->model());
    REQUIRE(sorted);
    const auto* model = qobject_cast<const ReportTableModel*>(sorted->sourceModel());
    REQUIRE(model);
    CHECK(model->rowCount() == 6);
    QAbstractItemModelTester tester(const_cast<ReportTableModel*>(model), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model->headerData(1, Qt::Horizontal).toString() == QStringLiteral("Agent"));
    const QModelIndex average = model->index(0, model->table().column(QStringLiteral("Average score")));
    CHECK(model->data(average).toString() == QLocale().toString(model->data(average, ReportTableModel::RawValueRole).toDouble(), 'f', 1));
    CHECK(page.findChild<QChartView*>(QStringLiteral("distributionChartView")));

    // Narrowing to a team computes again.
    const qint64 team = TeamRepository(*db).all().first().id;
    page.setTeam(team);
    waitForPreview(page);
    REQUIRE(page.report());
    CHECK(page.report()->scopeText.startsWith(QStringLiteral("Team: ")));
    CHECK(page.report()->table(QStringLiteral("agents"))->rows.size() == 2);

    for (const auto format : { ReportFormat::Xlsx, ReportFormat::Pdf, ReportFormat::Csv }) {
        const QString path = dir.filePath(QStringLiteral("team.") + ReportExporter::code(format));
        Dialogs::setNextFileName(path);
        QSignalSpy exported(&page, &ReportsPage::exported);
        REQUIRE(page.exportReport(format));
        CHECK(page.isExporting());
        REQUIRE(exported.wait(20000));
        INFO(exported.at(0).at(1).toString().toStdString());
        CHECK(exported.at(0).at(0).toBool());
        const QString written = format == ReportFormat::Csv ? dir.filePath(QStringLiteral("team-agents.csv")) : path;
        CHECK(QFile(written).size() > 0);
        CHECK(page.findChild<QLabel*>(QStringLiteral("statusLabel"))->text().startsWith(QStringLiteral("Saved ")));
    }

    // No file chosen: nothing happens.
    Dialogs::setNextFileName(QString());
    CHECK_FALSE(page.exportReport(ReportFormat::Pdf));
}

TEST_CASE("the agent report card waits for an agent")
{
    QTemporaryDir dir;
    const auto db = smallCentre(dir);
    ReportsPage page(*db, test::managerActor());
    page.setReport(QStringLiteral("agent"));
    page.setMonth(QDate(2026, 10, 1));
    waitForPreview(page);
    CHECK_FALSE(page.report());
    CHECK(page.findChild<QLabel*>(QStringLiteral("statusLabel"))->text().contains(QStringLiteral("choose an agent")));
    CHECK_FALSE(page.findChild<QPushButton*>(QStringLiteral("pdfButton"))->isEnabled());

    const Agent agent = AgentRepository(*db).all().first();
    page.setAgent(agent.id);
    waitForPreview(page);
    REQUIRE(page.report());
    CHECK(page.report()->table(QStringLiteral("summary"))->rows.at(0).at(0).toString() == agent.name);
    CHECK(page.findChild<QPushButton*>(QStringLiteral("pdfButton"))->isEnabled());
}

TEST_CASE("the reports page dates evaluations by their submission or by their contact, as chosen")
{
    QTemporaryDir dir;
    const auto db = smallCentre(dir);
    ReportsPage page(*db, test::managerActor());
    page.show();
    page.setReport(QStringLiteral("team"));
    page.setMonth(QDate(2026, 10, 1));
    waitForPreview(page);
    REQUIRE(page.report());
    CHECK(page.request().basis == PeriodBasis::Evaluation);
    CHECK(page.report()->periodText == QStringLiteral("2026-10"));

    auto* basis = page.findChild<QComboBox*>(QStringLiteral("basisComboBox"));
    REQUIRE(basis);
    REQUIRE(basis->count() == 2);
    CHECK(basis->itemText(1) == QStringLiteral("Contact date"));
    basis->setCurrentIndex(1);
    waitForPreview(page);
    REQUIRE(page.report());
    CHECK(page.request().basis == PeriodBasis::Contact);
    CHECK(page.report()->periodText == QStringLiteral("2026-10, by contact date"));
    test::saveScreenshot(page, QStringLiteral("reports-by-contact.png"));
}

TEST_CASE("the items chart shows each question whole, on as many lines as it needs, never cut to an ellipsis")
{
    QTemporaryDir dir;
    const auto db = smallCentre(dir);
    ReportsPage page(*db, test::managerActor());
    page.resize(1366, 768);
    page.show();
    page.setReport(QStringLiteral("items"));
    page.setMonth(QDate(2026, 10, 15));
    waitForPreview(page);
    REQUIRE(page.report());
    const ReportTable* items = page.report()->table(QStringLiteral("items"));
    REQUIRE(items);
    auto* tabs = page.findChild<QTabWidget*>(QStringLiteral("tablesTabWidget"));
    tabs->setCurrentWidget(page.findChild<QWidget*>(QStringLiteral("itemsTab")));
    auto* chartView = page.findChild<QChartView*>(QStringLiteral("itemsChartView"));
    REQUIRE(chartView);
    QCoreApplication::processEvents();

    // What the chart draws: its text items, a label's lines joined. The axis cuts a label that does not fit to "...".
    QStringList drawn;
    for (const QGraphicsItem* item : chartView->scene()->items()) {
        if (const auto* text = dynamic_cast<const QGraphicsTextItem*>(item); text && text->isVisible())
            drawn << text->toPlainText().simplified();
    }
    const int question = items->column(ReportBuilder::tr("Question"));
    REQUIRE(question >= 0);
    const int charted = int(std::min<qsizetype>(10, items->rows.size()));
    REQUIRE(charted > 3);
    int longQuestions = 0;
    for (int row = 0; row < charted; ++row) {
        const QString whole = items->rows.at(row).at(question).toString();
        INFO(whole.toStdString());
        CHECK(drawn.contains(whole));
        longQuestions += whole.size() > 28 ? 1 : 0; // the length the chart used to cut questions at
    }
    CHECK(longQuestions > 0);
    for (const QString& text : drawn)
        CHECK_FALSE(text.endsWith(QStringLiteral("...")));
    test::saveScreenshot(page, QStringLiteral("reports-items.png"));
}
