#include "TestSupport.h"
#include "evaluate/EvaluationQueueModel.h"
#include "overview/OverviewPage.h"
#include "people/UserAccountModel.h"
#include "scorecards/ScorecardDesignerPage.h"
#include "shell/AppSettings.h"
#include "shell/MainWindow.h"
#include "shell/PageReader.h"
#include "storage/ContactRepository.h"
#include "storage/DisputeRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/ScorecardRepository.h"
#include "team/TeamPage.h"

#include <QComboBox>
#include <QTableView>
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

TEST_CASE("the evaluate, scorecards, people and team pages show nothing until their background read is done, then what "
          "it read")
{
    QTemporaryDir dir;
    const QString path = demoPath(dir);
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    window.show();
    REQUIRE(window.openWorkspace(path));
    const Database& db = *window.database();
    // A call of an hour ago, so the queue (the last month, not yet evaluated) lists one whatever day the test runs.
    Contact call;
    call.externalId = QStringLiteral("LAZY-1");
    call.agentId = AgentRepository(db).all().first().id;
    call.startedAt = db.time().now().addSecs(-3600);
    call.durationSeconds = 240;
    const qint64 callId = ContactRepository(db).add(call);
    REQUIRE(readingDone(window));

    // Each page is made on its first showing, and what it shows arrives only with its read.
    REQUIRE(window.showPage(QStringLiteral("evaluate")));
    QWidget* evaluate = window.page(QStringLiteral("evaluate"));
    const QAbstractItemModel* queue = evaluate->findChild<QTableView*>(QStringLiteral("queueTableView"))->model();
    CHECK(pageReading(evaluate));
    CHECK(queue->rowCount() == 0);
    REQUIRE(readingDone(window));
    QList<qint64> listed;
    for (int row = 0; row < queue->rowCount(); ++row)
        listed << queue->index(row, 0).data(EvaluationQueueModel::ContactIdRole).toLongLong();
    CHECK(listed.contains(callId));

    REQUIRE(window.showPage(QStringLiteral("scorecards")));
    auto* scorecards = qobject_cast<ScorecardDesignerPage*>(window.page(QStringLiteral("scorecards")));
    REQUIRE(scorecards);
    CHECK(pageReading(scorecards));
    CHECK(scorecards->version().id == 0);
    CHECK(scorecards->findChild<QComboBox*>(QStringLiteral("scorecardComboBox"))->count() == 0);
    REQUIRE(readingDone(window));
    const ScorecardRepository forms(db);
    const QList<Scorecard> all = forms.all();
    REQUIRE_FALSE(all.isEmpty());
    CHECK(scorecards->findChild<QComboBox*>(QStringLiteral("scorecardComboBox"))->count() == all.size());
    CHECK(scorecards->version().id == forms.latestVersion(all.first().id)->id);
    CHECK_FALSE(scorecards->version().sections.isEmpty());
    CHECK(scorecards->itemDisputesCounted()); // read after the form, by the same reader

    REQUIRE(window.showPage(QStringLiteral("people")));
    QWidget* people = window.page(QStringLiteral("people"));
    const UserAccountModel* accounts = people->findChild<UserAccountModel*>();
    REQUIRE(accounts);
    CHECK(pageReading(people));
    CHECK(accounts->rowCount() == 0);
    REQUIRE(readingDone(window));
    CHECK(accounts->rowCount() == UserRepository(db).all().size());

    REQUIRE(window.showPage(QStringLiteral("team")));
    auto* team = qobject_cast<TeamPage*>(window.page(QStringLiteral("team")));
    auto* teams = team->findChild<QComboBox*>(QStringLiteral("teamComboBox"));
    CHECK(pageReading(team));
    CHECK(team->roster().agents.isEmpty());
    CHECK(teams->count() == 0);
    REQUIRE(readingDone(window));
    const QList<Agent> agents = AgentRepository(db).all();
    CHECK(team->roster().agents.size() == std::count_if(agents.cbegin(), agents.cend(), [](const Agent& a) { return a.active; }));
    CHECK(teams->count() == 1 + TeamRepository(db).all().size()); // "All teams" first
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
