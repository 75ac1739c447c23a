#include "TestSupport.h"
#include "overview/OverviewPage.h"
#include "shell/AppSettings.h"
#include "shell/MainWindow.h"
#include "shell/PageReader.h"
#include "storage/DisputeRepository.h"
#include "storage/OrganizationRepository.h"
#include "team/TeamPage.h"

#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

const char* const s_laterPages[] { "evaluate",   "team",     "agent",   "disputes", "calibration",
                                   "scorecards", "planning", "reports", "people" };

// Whether the window has made the page with this id (MainWindow names each "<id>Page").
bool made(const MainWindow& window, const char* id)
{
    return window.findChild<QWidget*>(QString::fromLatin1(id) + QStringLiteral("Page")) != nullptr;
}

bool readingDone(const MainWindow& window)
{
    return QTest::qWaitFor([&window] { return !window.isReading(); }, 20000);
}

bool pageReading(QWidget* page)
{
    return page->findChild<PageReader*>(QString(), Qt::FindDirectChildrenOnly)->isReading();
}

// Raises a dispute on the newest disputable evaluation, as a lead of another desktop or of another page would.
void raiseDispute(const Database& db, const QString& lead)
{
    const test::Disputable target = test::disputableEvaluation(db);
    Dispute dispute;
    dispute.evaluationId = target.evaluationId;
    dispute.itemKey = target.itemKey;
    dispute.raisedBy = UserRepository(db).add(User { 0, lead, QStringLiteral("팀장"), Role::TeamLead, 0, true });
    dispute.raisedAt = db.time().now();
    dispute.reason = QStringLiteral("The answer was right");
    DisputeRepository(db).raise(dispute, lead);
}

// A closed demo workspace file of four agents, for the window to open.
QString demoPath(const QTemporaryDir& dir)
{
    DemoOptions options;
    options.agents = 4;
    options.months = 1;
    options.until = QDate(2026, 11, 20);
    options.recordings = 0;
    return test::demoWorkspace(dir, options)->path();
}

} // namespace

TEST_CASE("a page is made and read only when first shown, and reads again on a change, not on every show")
{
    QTemporaryDir dir;
    const QString path = demoPath(dir);
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    window.show();
    REQUIRE(window.openWorkspace(path));

    // Only the first screen exists, reading in the background; nothing was made (so nothing read) for the others.
    CHECK(made(window, "overview"));
    for (const char* id : s_laterPages) {
        INFO(id);
        CHECK_FALSE(made(window, id));
    }
    REQUIRE(readingDone(window));
    auto* overview = qobject_cast<OverviewPage*>(window.page(QStringLiteral("overview")));
    REQUIRE(overview);
    const int openDisputes = overview->overview().openDisputes;

    REQUIRE(window.showPage(QStringLiteral("team")));
    CHECK(made(window, "team"));
    CHECK_FALSE(made(window, "agent"));
    REQUIRE(readingDone(window));
    auto* team = qobject_cast<TeamPage*>(window.page(QStringLiteral("team")));
    CHECK_FALSE(team->roster().agents.isEmpty());

    // Showing a page again without a change reads nothing.
    REQUIRE(window.showPage(QStringLiteral("overview")));
    CHECK_FALSE(pageReading(overview));
    REQUIRE(window.showPage(QStringLiteral("team")));
    CHECK_FALSE(pageReading(team));

    // A change refreshes the page in view at once; a hidden page reads when next shown.
    REQUIRE(window.showPage(QStringLiteral("overview")));
    raiseDispute(*window.database(), QStringLiteral("lead8"));
    CHECK(pageReading(overview));
    CHECK_FALSE(pageReading(team));
    REQUIRE(readingDone(window));
    CHECK(overview->overview().openDisputes == openDisputes + 1);
    REQUIRE(window.showPage(QStringLiteral("team")));
    CHECK(pageReading(team));
    REQUIRE(readingDone(window));
}

TEST_CASE("another program's commit refreshes the page in view within 2 s")
{
    QTemporaryDir dir;
    const QString path = demoPath(dir);
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    window.show();
    REQUIRE(window.openWorkspace(path));
    REQUIRE(readingDone(window));
    auto* overview = qobject_cast<OverviewPage*>(window.page(QStringLiteral("overview")));
    const int openDisputes = overview->overview().openDisputes;

    QString error;
    const auto other = Database::open(path, &error); // another desktop on the same file
    INFO(error.toStdString());
    REQUIRE(other);
    other->time().setNow(window.database()->time().now());
    raiseDispute(*other, QStringLiteral("lead7"));
    REQUIRE(QTest::qWaitFor([overview] { return pageReading(overview); }, 2000));
    REQUIRE(readingDone(window));
    CHECK(overview->overview().openDisputes == openDisputes + 1);
}

TEST_CASE("a page's read superseded by a newer one is discarded, and the page shows the newer result")
{
    QTemporaryDir dir;
    const auto db = test::fileWorkspace(dir);
    const BackgroundReads worker(*db);
    QWidget page;
    PageReader reader(*db, &page);
    QStringList filled;
    const auto fill = [&filled](QString& text) { filled << text; };
    const auto failed = [&filled](const QString& error) { filled << QStringLiteral("failed: ") + error; };
    reader.read<QString>([](const Database&) { return QStringLiteral("older"); }, fill, failed);
    CHECK(reader.isReading());
    reader.read<QString>([](const Database&) { return QStringLiteral("newer"); }, fill, failed);
    REQUIRE(QTest::qWaitFor([&reader] { return !reader.isReading(); }, 20000));
    QTest::qWait(0); // the older read's result, had it been kept, would have arrived first
    CHECK(filled == QStringList { QStringLiteral("newer") });
    auto* busy = page.findChild<QWidget*>(QStringLiteral("pageBusyBar"));
    REQUIRE(busy);
    CHECK_FALSE(busy->isVisibleTo(&page));
}
