#include "TestSupport.h"
#include "UiTestSupport.h"
#include "io/ImportWizard.h"
#include "storage/ContactRepository.h"
#include "storage/OrganizationRepository.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTableWidget>
#include <QTest>

using namespace qadesk;

namespace {

template <typename T> T* child(const QWidget& parent, const char* name)
{
    auto* widget = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

// Waits for the work started on the current page (a check or an import) to let the wizard go on or to end.
void waitForPage(const ImportWizard& wizard)
{
    REQUIRE(QTest::qWaitFor(
        [&] {
            return !child<QWidget>(wizard, "cancelCheckButton")->isEnabled()
                && !child<QWidget>(wizard, "cancelImportButton")->isEnabled();
        },
        30000));
}

void startWizard(ImportWizard& wizard, const char* manifest)
{
    wizard.setManifest(test::dataPath(QStringLiteral("import/") + QString::fromUtf8(manifest)));
    child<QComboBox>(wizard, "timeZoneComboBox")->setEditText(QStringLiteral("Asia/Seoul"));
    wizard.show();
    wizard.next();
    waitForPage(wizard);
}

} // namespace

TEST_CASE("the import wizard lists each problem, imports nothing by default, and the good rows when chosen")
{
    QTemporaryDir dir;
    const auto db = test::fileWorkspace(dir);
    test::addSampleContact(*db);
    const qint64 before = ContactRepository(*db).count();

    ImportWizard wizard(*db, test::actorOf(*db, QStringLiteral("eval")));
    wizard.resize(1000, 640);
    startWizard(wizard, "contacts-mixed.csv");
    REQUIRE(wizard.currentId() == 1);
    CHECK(child<QTableWidget>(wizard, "rowsTableWidget")->rowCount() == 3);
    auto* problems = child<QTableWidget>(wizard, "problemsTableWidget");
    CHECK(problems->rowCount() == 13);
    CHECK(problems->item(0, 0)->text() == QStringLiteral("contacts-mixed.csv"));
    CHECK(problems->item(0, 1)->text() == QStringLiteral("4"));
    CHECK(child<QLabel>(wizard, "checkSummaryLabel")->text().contains(QStringLiteral("3 ready, 6 with problems")));
    // "Nothing" is chosen: the wizard cannot go on to write.
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    test::saveScreenshot(wizard, QStringLiteral("import-check.png"));

    child<QRadioButton>(wizard, "goodRowsRadioButton")->setChecked(true);
    REQUIRE(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    REQUIRE(QTest::qWaitFor(
        [&] { return wizard.summary().has_value() || !child<QLabel>(wizard, "importResultLabel")->text().isEmpty(); },
        30000));
    REQUIRE(wizard.summary());
    CHECK(wizard.summary()->contactsAdded == 3);
    CHECK(child<QLabel>(wizard, "importResultLabel")->text().contains(QStringLiteral("3")));
    CHECK(ContactRepository(*db).count() == before + 3);
    CHECK(wizard.button(QWizard::FinishButton)->isEnabled());
}

TEST_CASE("unknown agents are shown, and ticking them creates them on the next check")
{
    QTemporaryDir dir;
    const auto db = test::fileWorkspace(dir);
    test::addSampleContact(*db);

    ImportWizard wizard(*db, test::actorOf(*db, QStringLiteral("eval")));
    startWizard(wizard, "contacts-cp949.csv");
    auto* agents = child<QTableWidget>(wizard, "agentsTableWidget");
    REQUIRE(agents->rowCount() == 1);
    CHECK(agents->item(0, 0)->text() == QStringLiteral("B777"));
    CHECK(agents->item(0, 1)->text() == QStringLiteral("정하늘"));
    CHECK(child<QTableWidget>(wizard, "problemsTableWidget")->rowCount() == 1);

    child<QCheckBox>(wizard, "createAgentsAgainCheckBox")->setChecked(true); // checks again
    waitForPage(wizard);
    CHECK(child<QTableWidget>(wizard, "problemsTableWidget")->rowCount() == 0);
    CHECK(child<QTableWidget>(wizard, "rowsTableWidget")->rowCount() == 3);
    REQUIRE(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    REQUIRE(QTest::qWaitFor([&] { return wizard.summary().has_value(); }, 30000));
    CHECK(wizard.summary()->agentsCreated == 1);
    CHECK(AgentRepository(*db).findByEmployeeId(QStringLiteral("B777")));
}

TEST_CASE("a manifest that cannot be read stops the wizard with the reason")
{
    QTemporaryDir dir;
    const auto db = test::fileWorkspace(dir);
    ImportWizard wizard(*db, test::managerActor());
    startWizard(wizard, "missing.csv");
    CHECK(child<QLabel>(wizard, "checkSummaryLabel")->text().contains(QStringLiteral("missing.csv: no such file")));
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
}
