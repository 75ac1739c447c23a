#include "TestSupport.h"
#include "UiTestSupport.h"
#include "agents/AgentPage.h"
#include "agents/CoachingSessionDialog.h"
#include "disputes/DisputesPage.h"
#include "evaluate/CallPlayerWidget.h"
#include "evaluate/EvaluationPage.h"
#include "planning/PlanningPage.h"
#include "reports/ReportsPage.h"
#include "scorecards/ScorecardDesignerPage.h"
#include "scorecards/ScorecardFormView.h"
#include "overview/OverviewPage.h"
#include "people/PasswordHash.h"
#include "people/UserAccounts.h"
#include "shell/AppSettings.h"
#include "shell/Dialogs.h"
#include "shell/MainWindow.h"
#include "shell/Translator.h"
#include "storage/ContactRepository.h"
#include "storage/DisputeRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/SqlSupport.h"
#include "team/TeamPage.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace qadesk;

namespace {

// A workspace whose administrator "admin" signs in with "first-admin".
QString workspaceWithUsers(const QTemporaryDir& dir)
{
    PasswordHash::setCost(PasswordHash::minimumCost());
    const auto db = test::fileWorkspace(dir, QStringLiteral("centre.qadesk"));
    test::addSampleContact(*db);
    UserAccounts::addFirstAdministrator(*db, User { 0, QStringLiteral("admin"), QStringLiteral("관리자"), Role::Admin, 0, true },
                                        QStringLiteral("first-admin"));
    return db->path();
}

bool openSignedIn(MainWindow& window, const QString& path)
{
    test::answerSignIn(QStringLiteral("admin"), QStringLiteral("first-admin"));
    return window.openWorkspace(path);
}

// A demo centre of November 2026 in `dir`, closed again so the window can open it.
QString demoCentre(const QTemporaryDir& dir)
{
    DemoOptions options;
    options.agents = 4;
    options.months = 1;
    options.until = QDate(2026, 11, 20);
    options.recordings = 2;
    options.contactsPerAgentMonth = 12;
    return test::demoWorkspace(dir, options)->path();
}

// That demo centre open in a main window, once the reports page has computed its preview: for the tests that change
// the evaluations and watch the status bar and the reports follow.
struct OpenDemo {
    QTemporaryDir dir;
    AppSettings settings { dir.filePath(QStringLiteral("settings.ini")) };
    MainWindow window { settings };
    QLabel* workspaceLabel = nullptr;
    ReportsPage* reports = nullptr;

    OpenDemo()
    {
        REQUIRE(window.openWorkspace(demoCentre(dir)));
        REQUIRE(QTest::qWaitFor([this] { return !window.isReading(); }, 20000)); // the counts read in the background
        workspaceLabel = window.statusBar()->findChild<QLabel*>(QStringLiteral("workspaceLabel"));
        REQUIRE(workspaceLabel);
        reports = qobject_cast<ReportsPage*>(window.page(QStringLiteral("reports")));
        REQUIRE(reports);
        REQUIRE(QTest::qWaitFor([this] { return !reports->isPreviewing(); }, 20000));
    }
    const Database& db() const { return *window.database(); }
    qint64 evaluations() const
    {
        return selectRows<qint64>(db(), QStringLiteral("SELECT COUNT(*) FROM evaluations"), {}, QStringLiteral("count"),
                                  [](const QSqlQuery& q) { return q.value(0).toLongLong(); })
            .value(0);
    }
    // The workspace holds `expected` evaluations, the status bar says so once it counted, and the reports, out of
    // view when it changed, compute again when shown.
    void checkFollowed(qint64 expected)
    {
        CHECK(evaluations() == expected);
        REQUIRE(QTest::qWaitFor([this] { return !window.isReading(); }, 20000));
        CHECK(workspaceLabel->text().contains(QStringLiteral("·  %1 evaluation").arg(expected)));
        REQUIRE(window.showPage(QStringLiteral("reports")));
        CHECK(reports->isPreviewing());
        REQUIRE(QTest::qWaitFor([this] { return !reports->isPreviewing(); }, 20000));
    }
};

// Clicks the option of `item` that earns the most in the form's row for it.
void chooseBest(const ScorecardFormView& form, const ScorecardItem& item)
{
    QWidget* row = form.itemRow(item.key);
    REQUIRE(row);
    auto* best = row->findChildren<QRadioButton*>().at(item.bestOption());
    QTest::mouseClick(best, Qt::LeftButton, {}, QPoint(4, best->height() / 2));
}

qint64 firstContact(const Database& db, const QString& where)
{
    const auto ids = selectRows<qint64>(
        db,
        QStringLiteral("SELECT c.id FROM contacts c WHERE %1 AND NOT EXISTS (SELECT 1 "
                       "FROM evaluations e WHERE e.contact_id = c.id) ORDER BY c.id LIMIT 1")
            .arg(where),
        {}, QStringLiteral("find a contact"), [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    REQUIRE_FALSE(ids.isEmpty());
    return ids.first();
}

// Where a widget ends on the window's x axis.
int rightEdge(const QWidget* widget, const QWidget& window)
{
    return widget->mapTo(&window, QPoint(widget->width(), 0)).x();
}

// Alt+letter keys claimed more than once among the widgets `window` shows together (a page of a stack or a tab
// that is not current does not count), as "key: who "text", who "text"".
QStringList duplicateMnemonics(QWidget& window)
{
    QMap<QString, QStringList> owners;
    const auto claim = [&owners](const QString& text, const QString& who) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            owners[key.toString()] << who + QStringLiteral(" \"") + text + QLatin1Char('"');
    };
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(&window))
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            claim(button->text(), widget->objectName());
        else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
            claim(label->text(), widget->objectName());
        else if (auto* group = qobject_cast<QGroupBox*>(widget))
            claim(group->title(), widget->objectName());
        else if (auto* tabs = qobject_cast<QTabWidget*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                claim(tabs->tabText(i), widget->objectName());
        } else if (auto* menus = qobject_cast<QMenuBar*>(widget)) {
            for (QAction* action : menus->actions())
                claim(action->text(), widget->objectName());
        }
    }
    QStringList duplicates;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        if (it.value().size() > 1)
            duplicates << it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(", "));
    }
    return duplicates;
}

} // namespace

TEST_CASE("the main window opens a workspace, lists its areas and remembers it")
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    const QString path = workspaceWithUsers(dir);
    MainWindow window(settings);
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationListWidget"));
    REQUIRE(navigation);
    CHECK(navigation->count() == 0);

    REQUIRE(openSignedIn(window, path));
    CHECK(window.database() != nullptr);
    CHECK(navigation->count() >= 1);
    CHECK(qobject_cast<OverviewPage*>(window.page(QStringLiteral("overview"))));
    CHECK(window.windowTitle().contains(QStringLiteral("centre.qadesk")));
    CHECK(window.actor().login == QStringLiteral("admin"));
    CHECK(settings.lastLogin(path) == QStringLiteral("admin"));
    // Outside a demo the status bar names who is signed in, and there is no "view as".
    CHECK(window.findChild<QLabel*>(QStringLiteral("userLabel"))->text() == QStringLiteral("Signed in as 관리자 (Administrator)"));
    CHECK_FALSE(window.findChild<QComboBox*>(QStringLiteral("userComboBox"))->isVisibleTo(&window));
    CHECK(settings.recentWorkspaces() == QStringList { path });
    CHECK(settings.value(AppSettings::Key::LastWorkspace).toString() == path);

    // A message that came before the window was shown (an integrity check in the background, an upgrade) leaves the
    // workspace and its counts readable: the message is drawn from the left edge, and ends before them.
    REQUIRE(QTest::qWaitFor([&window] { return !window.isReading(); }, 20000));
    auto* workspace = window.statusBar()->findChild<QLabel*>(QStringLiteral("workspaceLabel"));
    const QString message = QStringLiteral("Checking centre.qadesk for damage in the background…");
    window.statusBar()->showMessage(message);
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(workspace->isVisible());
    CHECK(workspace->text().startsWith(QStringLiteral("Workspace: ")));
    CHECK(workspace->toolTip() == path);
    CHECK(workspace->geometry().left() > window.statusBar()->fontMetrics().horizontalAdvance(message) + 6);
    window.statusBar()->clearMessage();
    CHECK(workspace->isVisible());

    window.closeWorkspace();
    CHECK(window.database() == nullptr);
    CHECK(navigation->count() == 0);
}

TEST_CASE("a workspace where nobody has a password says who sets one, and a refused sign-in keeps the open one")
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    const QString path = workspaceWithUsers(dir);
    QString nobody;
    {
        const auto db = test::fileWorkspace(dir, QStringLiteral("nobody.qadesk"));
        UserRepository(*db).add(User { 0, QStringLiteral("admin"), QStringLiteral("관리자"), Role::Admin, 0, true });
        nobody = db->path();
    }
    MainWindow window(settings);
    Dialogs::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(window.openWorkspace(nobody));
    CHECK(window.database() == nullptr);
    CHECK(Dialogs::lastWarning().contains(QStringLiteral("nobody.qadesk")));
    CHECK(Dialogs::lastWarning().contains(QStringLiteral("qadesk-cli user passwd")));

    REQUIRE(openSignedIn(window, path));
    test::answerSignIn(QStringLiteral("admin"), QStringLiteral("not-the-password"));
    CHECK_FALSE(window.signInAgain());
    CHECK(window.actor().login == QStringLiteral("admin"));
    test::answerSignIn(QStringLiteral("admin"), QStringLiteral("not-the-password"));
    CHECK_FALSE(window.openWorkspace(path));
    CHECK(window.database() != nullptr);
    CHECK(window.database()->path() == path);
}

TEST_CASE("only a demo has the \"view as\" switcher, labelled as the demo's; a lead viewed as sees their team")
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    const QString path = demoCentre(dir);
    {
        MainWindow window(settings);
        REQUIRE(window.openWorkspace(path)); // no sign-in in a demo
        CHECK(window.isDemo());
        CHECK(window.actor().login == QStringLiteral("admin"));
        auto* label = window.findChild<QLabel*>(QStringLiteral("viewAsLabel"));
        auto* users = window.findChild<QComboBox*>(QStringLiteral("userComboBox"));
        CHECK(label->isVisibleTo(&window));
        CHECK(label->text() == QStringLiteral("Demo: &view as"));
        CHECK(users->isVisibleTo(&window));
        CHECK_FALSE(window.findChild<QLabel*>(QStringLiteral("userLabel"))->isVisibleTo(&window));
        CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("signInAction"))->isVisible());
        CHECK_FALSE(window.signInAgain());

        const int lead = users->findData(QStringLiteral("lead1"));
        REQUIRE(lead >= 0);
        users->setCurrentIndex(lead);
        emit users->activated(lead);
        CHECK(window.actor().login == QStringLiteral("lead1"));
        REQUIRE(window.actor().teamIds.size() == 1);
        auto* team = qobject_cast<TeamPage*>(window.page(QStringLiteral("team")));
        REQUIRE(team);
        REQUIRE(QTest::qWaitFor([&window] { return !window.isReading(); }, 20000)); // its roster, read in the background
        auto* teams = team->findChild<QComboBox*>(QStringLiteral("teamComboBox"));
        REQUIRE(teams->count() == 1); // the lead's own team, no "All teams"
        CHECK(teams->itemData(0).toLongLong() == window.actor().teamIds.first());
        for (const auto& agent : team->roster().agents)
            CHECK(agent.teamId == window.actor().teamIds.first());
        CHECK(settings.lastLogin(path) == QStringLiteral("lead1"));
    }
    MainWindow again(settings);
    REQUIRE(again.openWorkspace(path));
    CHECK(again.actor().login == QStringLiteral("lead1")); // the demo remembers whom it was viewed as
}

TEST_CASE("the window carries the team page's chosen agent to the agent page")
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    DemoOptions options;
    options.agents = 4;
    options.months = 1;
    options.until = QDate(2026, 11, 20);
    options.recordings = 0;
    const QString path = test::demoWorkspace(dir, options)->path();
    MainWindow window(settings);
    REQUIRE(window.openWorkspace(path));
    for (const char* id : { "overview", "evaluate", "team", "agent", "disputes", "scorecards", "planning", "reports" })
        CHECK(window.page(QString::fromLatin1(id)));

    REQUIRE(window.showPage(QStringLiteral("team")));
    auto* team = qobject_cast<TeamPage*>(window.page(QStringLiteral("team")));
    REQUIRE(team);
    const qint64 agentId = AgentRepository(*window.database()).all().last().id;
    emit team->agentActivated(agentId);
    auto* agent = qobject_cast<AgentPage*>(window.page(QStringLiteral("agent")));
    REQUIRE(agent);
    CHECK(agent->agentId() == agentId);
    CHECK(window.findChild<QListWidget*>(QStringLiteral("navigationListWidget"))->currentItem()->text() == QStringLiteral("Agent"));
}

TEST_CASE("a bad file is refused with its name and reason, and the open workspace stays")
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    const QString path = workspaceWithUsers(dir);
    const QString bad = dir.filePath(QStringLiteral("notes.qadesk"));
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a workspace");
    file.close();

    MainWindow window(settings);
    REQUIRE(openSignedIn(window, path));
    Dialogs::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(window.openWorkspace(bad));
    CHECK(Dialogs::lastWarning().contains(QStringLiteral("notes.qadesk")));
    CHECK(Dialogs::lastWarning().contains(QStringLiteral("not an SQLite database")));
    CHECK(window.database() != nullptr);
    CHECK(window.database()->path() == path);
    CHECK(settings.recentWorkspaces() == QStringList { path });
}

TEST_CASE("switching the language to Korean retranslates the window")
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    REQUIRE(openSignedIn(window, workspaceWithUsers(dir)));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationListWidget"));
    auto* korean = window.findChild<QAction*>(QStringLiteral("languageKoreanAction"));
    auto* english = window.findChild<QAction*>(QStringLiteral("languageEnglishAction"));
    REQUIRE(korean);
    korean->trigger();
    QCoreApplication::processEvents();
    CHECK(settings.value(AppSettings::Key::Language).toString() == QStringLiteral("ko"));
    CHECK(navigation->item(0)->text() == QString::fromUtf8("개요"));
    english->trigger();
    QCoreApplication::processEvents();
    CHECK(navigation->item(0)->text() == QStringLiteral("Overview"));
}

TEST_CASE("the window fits a 1366×768 screen on the evaluate page, with a live call and with a missing recording")
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    const QString path = demoCentre(dir);
    MainWindow window(settings);
    REQUIRE(window.openWorkspace(path));
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.showPage(QStringLiteral("evaluate")));
    auto* page = qobject_cast<EvaluationPage*>(window.page(QStringLiteral("evaluate")));
    REQUIRE(page);
    auto* submit = page->findChild<QPushButton*>(QStringLiteral("submitButton"));
    auto* users = window.findChild<QComboBox*>(QStringLiteral("userComboBox"));
    REQUIRE(submit);
    REQUIRE(users);
    const auto fits = [&](const char* state) {
        INFO(state);
        QCoreApplication::processEvents();
        CHECK(window.minimumSizeHint().width() <= 1366);
        CHECK(window.width() <= 1366);
        CHECK(submit->isVisible());
        CHECK(rightEdge(submit, window) <= window.width());
        CHECK(rightEdge(users, window) <= window.width());
    };

    const qint64 live = firstContact(*window.database(),
                                     QStringLiteral("c.channel = 'call' AND NOT EXISTS (SELECT 1 FROM "
                                                    "recordings r WHERE r.contact_id = c.id)"));
    REQUIRE(page->openContact(live));
    auto* clockButton = page->findChild<QPushButton*>(QStringLiteral("liveClockButton"));
    REQUIRE(clockButton->isVisible());
    QTest::mouseClick(clockButton, Qt::LeftButton);
    auto* clock = page->findChild<QLabel*>(QStringLiteral("liveClockLabel"));
    REQUIRE(QTest::qWaitFor([clock] { return clock->text().startsWith(QStringLiteral("Live")); }, 5000));
    fits("live call");
    test::saveScreenshot(window, QStringLiteral("evaluate-live.png"));

    const qint64 recorded = firstContact(*window.database(),
                                         QStringLiteral("c.channel = 'call' AND EXISTS (SELECT 1 FROM "
                                                        "recordings r WHERE r.contact_id = c.id)"));
    REQUIRE(page->openContact(recorded));
    fits("call with its recording");
    CHECK(page->player()->findChild<QSlider*>(QStringLiteral("positionSlider"))->width()
          >= CallPlayerWidget::s_minimumSeekWidth);

    const QString recording = QDir(window.database()->folder())
                                  .filePath(ContactRepository(*window.database()).find(recorded)->recording->path);
    REQUIRE(QFile::remove(recording));
    REQUIRE(page->openContact(recorded));
    CHECK(page->player()->statusText().contains(QStringLiteral("missing")));
    fits("call whose recording is missing");

    REQUIRE(page->openContact(live));
    installTranslations(QStringLiteral("ko")); // Korean labels run longer
    fits("live call in Korean");
    installTranslations(QStringLiteral("en"));
}

TEST_CASE("a submitted evaluation updates the status bar's counts and the reports at once")
{
    OpenDemo demo;
    const qint64 before = demo.evaluations();
    CHECK(demo.workspaceLabel->text().contains(QStringLiteral("·  %1 evaluation").arg(before)));

    auto* page = qobject_cast<EvaluationPage*>(demo.window.page(QStringLiteral("evaluate")));
    REQUIRE(page->openContact(firstContact(demo.db(), QStringLiteral("c.channel = 'chat'"))));
    const ScorecardVersion form = *ScorecardRepository(demo.db()).version(page->evaluation()->scorecardVersionId);
    for (const auto& section : form.sections) {
        for (const auto& item : section.items)
            chooseBest(*page->form(), item);
    }
    Dialogs::setNextAnswer(QMessageBox::Yes);
    REQUIRE(page->submit());
    demo.checkFollowed(before + 1);
}

TEST_CASE("an overturned dispute updates the status bar's counts and the reports at once")
{
    OpenDemo demo;
    const Database& db = demo.db();
    const test::Disputable target = test::disputableEvaluation(db);
    Dispute dispute;
    dispute.evaluationId = target.evaluationId;
    dispute.itemKey = target.itemKey;
    dispute.raisedBy
        = UserRepository(db).add(User { 0, QStringLiteral("lead9"), QStringLiteral("팀장"), Role::TeamLead, 0, true });
    dispute.raisedAt = db.time().now();
    dispute.reason = QStringLiteral("The answer was right");
    const qint64 disputeId = DisputeRepository(db).raise(dispute, QStringLiteral("lead9"));
    const qint64 before = demo.evaluations();

    REQUIRE(demo.window.showPage(QStringLiteral("disputes")));
    auto* disputes = qobject_cast<DisputesPage*>(demo.window.page(QStringLiteral("disputes")));
    REQUIRE(QTest::qWaitFor([&demo] { return !demo.window.isReading(); }, 20000)); // the queue, read in the background
    REQUIRE(disputes->selectDispute(disputeId));
    // Its evaluation, read in the background too.
    REQUIRE(QTest::qWaitFor([&demo] { return !demo.window.isReading(); }, 20000));
    REQUIRE(disputes->currentDispute());
    const ScorecardVersion form
        = *ScorecardRepository(db).version(EvaluationRepository(db).find(target.evaluationId)->scorecardVersionId);
    chooseBest(*disputes->revisionForm(), *form.findItem(target.itemKey));
    disputes->findChild<QPlainTextEdit*>(QStringLiteral("notePlainTextEdit"))->setPlainText(QStringLiteral("Agreed"));
    Dialogs::setNextAnswer(QMessageBox::Yes);
    INFO(disputes->statusText().toStdString());
    REQUIRE(disputes->overturn());
    demo.checkFollowed(before + 1); // the revision
}

TEST_CASE("no two controls of a page or dialog share an Alt+letter key")
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    const QString path = demoCentre(dir);
    MainWindow window(settings);
    REQUIRE(window.openWorkspace(path));
    const Database& db = *window.database();
    const Actor actor = window.actor();
    EvaluationPage evaluate(db, actor);
    REQUIRE(evaluate.openContact(firstContact(db, QStringLiteral("c.channel = 'call'"))));
    ScorecardDesignerPage designer(db, actor);
    PlanningPage planning(db, actor);
    const qint64 agent
        = selectRows<qint64>(db, QStringLiteral("SELECT MIN(id) FROM agents"), {}, QStringLiteral("agent"),
                             [](const QSqlQuery& q) { return q.value(0).toLongLong(); })
              .value(0);
    CoachingSessionDialog coaching(db, actor, agent, std::nullopt);
    const QList<std::pair<const char*, QWidget*>> windows { { "main window", &window },
                                                            { "evaluate", &evaluate },
                                                            { "scorecards", &designer },
                                                            { "planning", &planning },
                                                            { "coaching", &coaching } };
    for (const auto& [name, widget] : windows) {
        INFO(name);
        widget->show(); // before it is shown, every child counts as hidden
        CHECK(duplicateMnemonics(*widget).join(QLatin1Char('\n')).toStdString() == std::string());
    }
    // The window's menus share the keys with the page in view.
    window.show();
    for (const char* id :
         { "overview", "team", "agent", "evaluate", "scorecards", "planning", "reports", "disputes" }) {
        INFO(id);
        REQUIRE(window.showPage(QString::fromLatin1(id)));
        CHECK(duplicateMnemonics(window).join(QLatin1Char('\n')).toStdString() == std::string());
    }
}
