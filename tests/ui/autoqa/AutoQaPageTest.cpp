#include "autoqa/AutoQaPage.h"

#include "TestSupport.h"
#include "UiTestSupport.h"
#include "autoqa/AutoQaStore.h"
#include "evaluate/AutoQaSuggestionsView.h"
#include "evaluate/CallPlayerWidget.h"
#include "evaluate/EvaluationPage.h"
#include "scorecards/ScorecardFormView.h"
#include "storage/SqlSupport.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

int count(const Database& db, const QString& sql)
{
    return selectRows<int>(db, sql, {}, QStringLiteral("count"), [](const QSqlQuery& q) { return q.value(0).toInt(); })
        .value(0);
}

} // namespace

TEST_CASE("an auto suggestion on the demo's recorded call is pre-selected, and its evidence is one click away")
{
    QTemporaryDir dir;
    const auto db = test::evaluationDemo(dir);
    const qint64 call
        = selectRows<qint64>(*db,
                             QStringLiteral("SELECT c.id FROM contacts c JOIN recordings r ON r.contact_id "
                                            "= c.id ORDER BY c.started_at DESC, c.id LIMIT 1"),
                             {}, QStringLiteral("the latest recorded call"),
                             [](const QSqlQuery& q) { return q.value(0).toLongLong(); })
              .value(0);
    EvaluationPage page(*db, test::actorOf(*db, QStringLiteral("qa1")));
    page.resize(1366, 768);
    page.show();
    REQUIRE(page.openContact(call));
    auto* view = page.findChild<AutoQaSuggestionsView*>();
    REQUIRE(view);
    CHECK(view->isVisible());
    // The demo's call form checks the longest dead air (at most 5 s); this call has a hold of 4-9 s.
    const auto suggestions = view->suggestions();
    const auto deadAir = std::find_if(suggestions.begin(), suggestions.end(), [](const AutoQaSuggestion& s) {
        return s.itemKey == QStringLiteral("hold_etiquette");
    });
    REQUIRE(deadAir != suggestions.end());
    REQUIRE(deadAir->evidence.size() == 1);
    REQUIRE(deadAir->evidence.first().span);
    const qint64 spanStart = deadAir->evidence.first().span->startMs;
    CHECK(deadAir->measured == Approx(deadAir->evidence.first().span->lengthMs() / 1000.0));
    // Pre-selected in the form, and nothing stored until the evaluator answers.
    CHECK(test::choice(page, QStringLiteral("hold_etiquette"), deadAir->optionIndex)->isChecked());
    CHECK(page.evaluation()->id == 0);
    QWidget* row = view->findChild<QWidget*>(QStringLiteral("suggestion_hold_etiquette"));
    REQUIRE(row);
    CHECK(row->findChild<QLabel*>(QStringLiteral("autoBadgeLabel"))->text()
          == QCoreApplication::translate("qadesk::AutoQaSuggestionsView", "auto"));
    CHECK(row->findChildren<QLabel*>().size() >= 3);
    auto* show = row->findChild<QToolButton*>(QStringLiteral("showEvidenceButton"));
    REQUIRE(show);
    REQUIRE(QTest::qWaitFor([&] { return page.player()->duration() > 0; }, 10000)); // seekable once loaded
    QTest::mouseClick(show, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return std::abs(page.player()->position() - spanStart) < 300; }, 10000));
    // Changing the answer is the evaluator's choice; the row says so.
    const int other = deadAir->optionIndex == 0 ? 1 : 0;
    QTest::mouseClick(test::choice(page, QStringLiteral("hold_etiquette"), other), Qt::LeftButton);
    CHECK(view->findChild<QWidget*>(QStringLiteral("suggestion_hold_etiquette"))
              ->findChildren<QLabel*>()
              .at(1)
              ->text()
              .contains(QCoreApplication::translate("qadesk::AutoQaSuggestionsView", "you changed it")));
    view->showEvidence(QStringLiteral("hold_etiquette"));
    test::saveScreenshot(page, QStringLiteral("autoqa-suggestion.png"));
}

TEST_CASE("the coverage view counts the contacts checked and evaluated, and checks again in the background")
{
    QTemporaryDir dir;
    const auto db = test::evaluationDemo(dir);
    AutoQaPage page(*db, test::actorOf(*db, QStringLiteral("manager")));
    page.resize(1366, 768);
    page.show();
    page.setPeriod(QDate(2026, 11, 1), QDate(2026, 11, 30));
    // The demo checked every contact as it arrived. Counted here straight from the tables.
    const int contacts = count(*db, QStringLiteral("SELECT COUNT(*) FROM contacts"));
    const int evaluated
        = count(*db,
                QStringLiteral("SELECT COUNT(DISTINCT contact_id) FROM evaluations WHERE submitted_at IS NOT "
                               "NULL AND superseded = 0 AND kind <> 'calibration'"));
    REQUIRE(contacts > 0);
    const QLocale locale;
    auto* headline = page.findChild<QLabel*>(QStringLiteral("headlineLabel"));
    CHECK(headline->text()
          == QCoreApplication::translate("qadesk::AutoQaCoverage",
                                         "Auto-checked %1 % of %2 contacts; evaluated by people %3 %")
                 .arg(locale.toString(100.0, 'f', 1), locale.toString(contacts),
                      locale.toString(100.0 * evaluated / contacts, 'f', 1)));
    auto* table = page.findChild<QTableWidget*>(QStringLiteral("agreementTableWidget"));
    const int ruledItemsAnswered
        = count(*db,
                QStringLiteral("SELECT COUNT(*) FROM (SELECT DISTINCT e.scorecard_version_id, a.item_key "
                               "FROM auto_qa_agreements a JOIN evaluations e ON e.id = a.evaluation_id "
                               "WHERE e.superseded = 0 AND e.kind <> 'calibration') x"));
    CHECK(ruledItemsAnswered > 0);
    CHECK(table->rowCount() == ruledItemsAnswered);

    auto* run = page.findChild<QPushButton*>(QStringLiteral("runButton"));
    REQUIRE(run->isEnabled());
    QTest::mouseClick(run, Qt::LeftButton);
    CHECK(page.isChecking());
    REQUIRE(QTest::qWaitFor([&] { return !page.isChecking(); }, 30000));
    CHECK(page.findChild<QLabel*>(QStringLiteral("runStatusLabel"))->text()
          == QCoreApplication::translate("qadesk::AutoQaPage", "%n contact(s) checked, ", nullptr, 0)
              + QCoreApplication::translate("qadesk::AutoQaPage", "%n already up to date.", nullptr, contacts));
    test::saveScreenshot(page, QStringLiteral("coverage.png"));

    // A team lead reads the coverage of their team but may not run the checks.
    AutoQaPage leadView(*db, test::actorOf(*db, QStringLiteral("lead1")));
    CHECK_FALSE(leadView.findChild<QPushButton*>(QStringLiteral("runButton"))->isEnabled());
}
