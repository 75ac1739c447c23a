#include "TestSupport.h"
#include "UiTestSupport.h"
#include "autoqa/AutoQaPage.h"
#include "io/ImportWizard.h"
#include "people/PasswordHash.h"
#include "people/UserAccounts.h"
#include "shell/AppSettings.h"
#include "shell/MainWindow.h"
#include "storage/ScorecardRepository.h"
#include "storage/SqlSupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(content) == content.size());
}

struct Suggestion
{
    QString itemKey;
    bool passed = false;
    bool operator==(const Suggestion&) const = default;
};

QList<Suggestion> suggestionsFor(const Database& db, const QString& externalId)
{
    return selectRows<Suggestion>(
        db,
        QStringLiteral("SELECT s.item_key, s.passed FROM auto_qa_suggestions s JOIN contacts c "
                       "ON c.id = s.contact_id WHERE c.external_id = ? ORDER BY s.item_key"),
        { externalId }, QStringLiteral("read the suggestions"), [](const QSqlQuery& q) {
            return Suggestion { q.value(0).toString(), q.value(1).toBool() };
        });
}

} // namespace

TEST_CASE("contacts imported from the main window are checked by the auto-QA rules once the import has committed")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QString path;
    {
        // Agent A001 and a published chat form whose greeting item wants 안녕하세요 in the first agent message.
        PasswordHash::setCost(PasswordHash::minimumCost());
        const auto db = test::fileWorkspace(dir, QStringLiteral("centre.qadesk"));
        test::addSampleContact(*db);
        UserAccounts::addFirstAdministrator(
            *db, User { 0, QStringLiteral("admin"), QStringLiteral("관리자"), Role::Admin, 0, true },
            QStringLiteral("first-admin"));
        ScorecardVersion content = test::sampleVersion();
        AutoQaRule greeting;
        greeting.phrases = { QStringLiteral("안녕하세요") };
        greeting.window = AutoQaRule::Window::FirstMessages;
        greeting.windowSize = 1;
        content.sections[0].items[0].autoRule = greeting;
        ScorecardRepository cards(*db);
        const qint64 card = cards.create(Scorecard { 0, QStringLiteral("채팅 평가표"), {}, Channel::Chat }, content,
                                         QStringLiteral("t"));
        cards.publish(cards.latestVersion(card)->id, test::managerActor());
        path = db->path();
    }
    // Two chats: the agent greets in the first, not in the second.
    const QString manifest = dir.filePath(QStringLiteral("contacts.csv"));
    writeFile(manifest,
              "external_id,channel,agent_id,started_at,duration_s,direction,queue,handle_s,hold_s,acw_s,fcr,"
              "csat,nps,recording,transcript\n"
              "CH-1,chat,A001,2026-11-02 09:00:00+09:00,,inbound,web,,,,,,,,greeted.json\n"
              "CH-2,chat,A001,2026-11-02 10:00:00+09:00,,inbound,web,,,,,,,,curt.json\n");
    const auto transcript = [](const char* hour, const char* agentText) {
        return QByteArray(R"({"messages": [{"time": "2026-11-02T)") + hour
            + R"(:00:10+09:00", "sender": "customer", "text": "문의합니다"}, {"time": "2026-11-02T)" + hour
            + R"(:00:40+09:00", "sender": "agent", "text": ")" + agentText + R"("}]})";
    };
    writeFile(dir.filePath(QStringLiteral("greeted.json")), transcript("09", "안녕하세요, 김민지입니다."));
    writeFile(dir.filePath(QStringLiteral("curt.json")), transcript("10", "네."));

    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    test::answerSignIn(QStringLiteral("admin"), QStringLiteral("first-admin"));
    REQUIRE(window.openWorkspace(path));
    auto* autoqa = qobject_cast<AutoQaPage*>(window.page(QStringLiteral("autoqa")));
    REQUIRE(autoqa);
    REQUIRE_FALSE(autoqa->isChecking());

    // File → Import contacts…: the wizard checks the manifest and imports both chats.
    // The wizard is modal: it is driven from inside its exec(), and closed however far it got.
    bool imported = false;
    QTimer::singleShot(0, &window, [&] {
        auto* wizard = qobject_cast<ImportWizard*>(QApplication::activeModalWidget());
        if (!wizard)
            return;
        const auto settled = [wizard] {
            return QTest::qWaitFor(
                [wizard] {
                    return !wizard->findChild<QWidget*>(QStringLiteral("cancelCheckButton"))->isEnabled()
                        && !wizard->findChild<QWidget*>(QStringLiteral("cancelImportButton"))->isEnabled();
                },
                30000);
        };
        wizard->setManifest(manifest);
        wizard->findChild<QComboBox*>(QStringLiteral("timeZoneComboBox"))->setEditText(QStringLiteral("Asia/Seoul"));
        wizard->next();
        if (settled() && wizard->button(QWizard::NextButton)->isEnabled()) {
            wizard->next();
            imported = QTest::qWaitFor([wizard] { return wizard->summary().has_value(); }, 30000);
        }
        wizard->accept();
    });
    auto* importAction = window.findChild<QAction*>(QStringLiteral("importContactsAction"));
    REQUIRE(importAction->isEnabled());
    importAction->trigger();
    REQUIRE(imported);

    // The window started the check of the new contacts as the wizard closed, and it stores their suggestions.
    CHECK(autoqa->isChecking());
    REQUIRE(QTest::qWaitFor([&] { return !autoqa->isChecking(); }, 30000));
    CHECK(suggestionsFor(*window.database(), QStringLiteral("CH-1"))
          == QList<Suggestion> { { QStringLiteral("greeting"), true } });
    CHECK(suggestionsFor(*window.database(), QStringLiteral("CH-2"))
          == QList<Suggestion> { { QStringLiteral("greeting"), false } });
}
