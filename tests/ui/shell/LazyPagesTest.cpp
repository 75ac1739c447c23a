#include "TestSupport.h"
#include "analytics/ConversationMetrics.h"
#include "disputes/DisputesPage.h"
#include "evaluate/EvaluationQueueModel.h"
#include "overview/OverviewPage.h"
#include "people/UserAccountModel.h"
#include "planning/PlanningPage.h"
#include "planning/Sampler.h"
#include "reports/ReportsPage.h"
#include "scorecards/ScorecardDesignerPage.h"
#include "shell/AppSettings.h"
#include "shell/MainWindow.h"
#include "shell/PageReader.h"
#include "storage/ContactRepository.h"
#include "storage/DisputeRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/SqlSupport.h"
#include "team/TeamPage.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QSet>
#include <QSpinBox>
#include <QStatusBar>
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

qint64 countOf(const Database& db, const QString& sql)
{
    return selectRows<qint64>(db, sql, {}, QStringLiteral("count"),
                              [](const QSqlQuery& q) { return q.value(0).toLongLong(); })
        .value(0);
}

qint64 openDisputes(const Database& db)
{
    return countOf(db, QStringLiteral("SELECT COUNT(*) FROM disputes WHERE status = 'open'"));
}

// Saves a plan of two November contacts per agent, as the planning page of another desktop would; returns its id.
qint64 savePlan(const Database& db, const Actor& actor)
{
    SamplingRule rule;
    rule.perAgent = 2;
    QString error;
    auto plan = Sampler::draw(db, QDate(2026, 11, 1), QDate(2026, 11, 30), rule, 7, &error);
    INFO(error.toStdString());
    REQUIRE(plan);
    return Sampler::save(db, *plan, actor);
}

qint64 plansSaved(const Database& db)
{
    return countOf(db, QStringLiteral("SELECT COUNT(*) FROM sampling_plans"));
}

int rows(QWidget* page, const char* table)
{
    return page->findChild<QAbstractItemView*>(QString::fromLatin1(table))->model()->rowCount();
}

bool previewed(ReportsPage* reports)
{
    return QTest::qWaitFor([reports] { return !reports->isPreviewing(); }, 20000);
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
    CHECK_FALSE(pageReading(team)); // its roster shows no disputes
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
    page.resize(400, 300);
    page.show();
    reader.read<QString>([](const Database&) { return QStringLiteral("older"); }, fill, failed);
    CHECK(reader.isReading());
    // Meanwhile a busy bar along the top, named for screen readers, drawn in the palette's colours only: its window
    // colour, and a band of highlight that moves.
    auto* bar = page.findChild<QProgressBar*>(QStringLiteral("pageBusyBar"));
    REQUIRE(bar);
    CHECK(bar->isVisible());
    CHECK(bar->maximum() == 0);
    CHECK_FALSE(bar->accessibleName().isEmpty());
    CHECK(bar->geometry() == QRect(0, 0, 400, 4));
    const QImage frame = bar->grab().toImage();
    QSet<QRgb> colours;
    for (int x = 0; x < frame.width(); ++x)
        colours << frame.pixel(x, frame.height() / 2);
    CHECK(colours
          == QSet<QRgb> { bar->palette().color(QPalette::Window).rgb(), bar->palette().color(QPalette::Highlight).rgb() });
    reader.read<QString>([](const Database&) { return QStringLiteral("newer"); }, fill, failed);
    REQUIRE(QTest::qWaitFor([&reader] { return !reader.isReading(); }, 20000));
    QTest::qWait(0); // the older read's result, had it been kept, would have arrived first
    CHECK(filled == QStringList { QStringLiteral("newer") });
    auto* busy = page.findChild<QWidget*>(QStringLiteral("pageBusyBar"));
    REQUIRE(busy);
    CHECK_FALSE(busy->isVisibleTo(&page));
}

TEST_CASE("the disputes, planning and reports pages read nothing until shown, then show what the workspace holds")
{
    QTemporaryDir dir;
    const QString path = demoPath(dir);
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    window.show();
    REQUIRE(window.openWorkspace(path));
    REQUIRE(readingDone(window));
    const Database& db = *window.database();
    const qint64 planId = savePlan(db, window.actor());
    const qint64 plans = plansSaved(db);
    QString error;
    REQUIRE(ConversationMetrics::setReplyLimit(db, window.actor(), 95, &error));
    REQUIRE(countOf(db, QStringLiteral("SELECT value FROM workspace_settings WHERE key = 'reply_limit_s'")) == 95);
    for (const char* id : { "disputes", "planning", "reports" }) {
        INFO(id);
        CHECK_FALSE(made(window, id));
    }

    // Each shows nothing read on the GUI thread at first: its rows come from the background read.
    REQUIRE(window.showPage(QStringLiteral("disputes")));
    auto* disputes = qobject_cast<DisputesPage*>(window.page(QStringLiteral("disputes")));
    CHECK(pageReading(disputes));
    CHECK(rows(disputes, "queueTableView") == 0);
    CHECK(rows(disputes, "historyTableView") == 0);
    REQUIRE(readingDone(window));
    CHECK(openDisputes(db) > 0);
    CHECK(rows(disputes, "queueTableView") == openDisputes(db));
    CHECK(rows(disputes, "historyTableView")
          == countOf(db, QStringLiteral("SELECT COUNT(*) FROM disputes WHERE status <> 'open'")));

    REQUIRE(window.showPage(QStringLiteral("planning")));
    auto* planning = qobject_cast<PlanningPage*>(window.page(QStringLiteral("planning")));
    auto* replyLimit = planning->findChild<QSpinBox*>(QStringLiteral("replyLimitSpinBox"));
    CHECK(pageReading(planning));
    CHECK(rows(planning, "plansTableWidget") == 0);
    CHECK_FALSE(replyLimit->isEnabled()); // nobody changes the limit before it is read
    REQUIRE(readingDone(window));
    CHECK(rows(planning, "plansTableWidget") == plans);
    // The new plan's row: none of its contacts is evaluated yet.
    const auto* plansTable = planning->findChild<QAbstractItemView*>(QStringLiteral("plansTableWidget"))->model();
    const QString name
        = selectRows<QString>(db, QStringLiteral("SELECT name FROM sampling_plans WHERE id = ?"), { planId },
                              QStringLiteral("name"), [](const QSqlQuery& q) { return q.value(0).toString(); })
              .value(0);
    const QModelIndexList named
        = plansTable->match(plansTable->index(0, 0), Qt::DisplayRole, name, -1, Qt::MatchExactly);
    REQUIRE(named.size() == 1);
    CHECK(plansTable->index(named.first().row(), 2).data()
          == QStringLiteral("0 / %1").arg(countOf(
              db, QStringLiteral("SELECT COUNT(*) FROM assignments WHERE plan_id = %1").arg(planId))));
    CHECK(replyLimit->isEnabled()); // the demo opens as its administrator
    CHECK(replyLimit->value() == 95);

    REQUIRE(window.showPage(QStringLiteral("reports")));
    auto* reports = qobject_cast<ReportsPage*>(window.page(QStringLiteral("reports")));
    auto* teams = reports->findChild<QComboBox*>(QStringLiteral("teamComboBox"));
    auto* agents = reports->findChild<QComboBox*>(QStringLiteral("agentComboBox"));
    CHECK(pageReading(reports));
    CHECK(teams->count() == 1); // "All teams" only
    REQUIRE(previewed(reports));
    CHECK(teams->count() == 1 + countOf(db, QStringLiteral("SELECT COUNT(*) FROM teams")));
    CHECK(agents->count() == 1 + countOf(db, QStringLiteral("SELECT COUNT(*) FROM agents")));
    CHECK(reports->report().has_value());
}

TEST_CASE("a change makes only the pages that show what it changed read again")
{
    QTemporaryDir dir;
    const QString path = demoPath(dir);
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    window.show();
    REQUIRE(window.openWorkspace(path));
    const Database& db = *window.database();
    for (const char* id : { "disputes", "planning", "reports", "overview" }) {
        REQUIRE(window.showPage(QString::fromLatin1(id)));
        REQUIRE(readingDone(window));
    }
    auto* disputes = window.page(QStringLiteral("disputes"));
    auto* planning = window.page(QStringLiteral("planning"));
    auto* reports = qobject_cast<ReportsPage*>(window.page(QStringLiteral("reports")));
    REQUIRE(previewed(reports));
    auto* counts = window.statusBar()->findChild<QLabel*>(QStringLiteral("workspaceLabel"))->findChild<PageReader*>();
    REQUIRE(counts);

    // A raised dispute: the disputes and reports pages show disputes; the planning page and the counts do not.
    const qint64 open = openDisputes(db);
    raiseDispute(db, QStringLiteral("lead8"));
    REQUIRE(openDisputes(db) == open + 1);
    CHECK_FALSE(counts->isReading());
    REQUIRE(readingDone(window)); // the overview, in view
    REQUIRE(window.showPage(QStringLiteral("planning")));
    CHECK_FALSE(pageReading(planning));
    REQUIRE(window.showPage(QStringLiteral("disputes")));
    CHECK(pageReading(disputes));
    REQUIRE(readingDone(window));
    CHECK(rows(disputes, "queueTableView") == open + 1);
    REQUIRE(window.showPage(QStringLiteral("reports")));
    CHECK(reports->isPreviewing());
    REQUIRE(previewed(reports));

    // A saved plan: the planning and reports pages show plans; the disputes page and the counts do not.
    REQUIRE(window.showPage(QStringLiteral("overview")));
    REQUIRE(readingDone(window));
    const qint64 plans = plansSaved(db);
    CHECK(rows(planning, "plansTableWidget") == plans);
    savePlan(db, window.actor());
    CHECK_FALSE(counts->isReading());
    REQUIRE(readingDone(window));
    REQUIRE(window.showPage(QStringLiteral("disputes")));
    CHECK_FALSE(pageReading(disputes));
    REQUIRE(window.showPage(QStringLiteral("planning")));
    CHECK(pageReading(planning));
    REQUIRE(readingDone(window));
    REQUIRE(plansSaved(db) == plans + 1);
    CHECK(rows(planning, "plansTableWidget") == plans + 1);
    REQUIRE(window.showPage(QStringLiteral("reports")));
    CHECK(reports->isPreviewing());
    REQUIRE(previewed(reports));
}
