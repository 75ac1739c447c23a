#include "TestSupport.h"
#include "agents/AgentPage.h"
#include "overview/OverviewPage.h"
#include "shell/AppSettings.h"
#include "shell/Dialogs.h"
#include "shell/MainWindow.h"
#include "shell/Translator.h"
#include "storage/OrganizationRepository.h"
#include "team/TeamPage.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace qadesk;

namespace {

QString workspaceWithUsers(const QTemporaryDir& dir)
{
    const auto db = test::fileWorkspace(dir, QStringLiteral("centre.qadesk"));
    test::addSampleContact(*db);
    UserRepository(*db).add(User { 0, QStringLiteral("admin"), QStringLiteral("관리자"), Role::Admin, 0, true });
    return db->path();
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

    REQUIRE(window.openWorkspace(path));
    CHECK(window.database() != nullptr);
    CHECK(navigation->count() >= 1);
    CHECK(qobject_cast<OverviewPage*>(window.page(QStringLiteral("overview"))));
    CHECK(window.windowTitle().contains(QStringLiteral("centre.qadesk")));
    CHECK(window.actor() == QStringLiteral("admin"));
    CHECK(settings.recentWorkspaces() == QStringList { path });
    CHECK(settings.value(AppSettings::Key::LastWorkspace).toString() == path);

    window.closeWorkspace();
    CHECK(window.database() == nullptr);
    CHECK(navigation->count() == 0);
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
    REQUIRE(window.openWorkspace(path));
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
    REQUIRE(window.openWorkspace(workspaceWithUsers(dir)));
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
