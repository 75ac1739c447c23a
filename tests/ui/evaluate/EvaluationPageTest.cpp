#include "TestSupport.h"
#include "UiTestSupport.h"
#include "evaluate/CallPlayerWidget.h"
#include "evaluate/EvaluationPage.h"
#include "evaluate/TranscriptView.h"
#include "evaluate/WaveformView.h"
#include "scorecards/ScorecardFormView.h"
#include "shell/Dialogs.h"
#include "storage/ContactRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/RecordingPeaksRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/SqlSupport.h"
#include "storage/StorageError.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QMediaPlayer>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace qadesk;

namespace {

std::unique_ptr<Database> demoCentre(const QTemporaryDir& dir)
{
    DemoOptions options;
    options.agents = 4;
    options.months = 1;
    options.until = QDate(2026, 11, 20);
    options.recordings = 1;
    options.contactsPerAgentMonth = 12;
    return test::demoWorkspace(dir, options);
}

qint64 firstContact(const Database& db, const QString& where)
{
    const auto ids = selectRows<qint64>(db, QStringLiteral("SELECT c.id FROM contacts c WHERE %1 AND NOT EXISTS (SELECT 1 "
                                                           "FROM evaluations e WHERE e.contact_id = c.id) ORDER BY c.id LIMIT 1")
                                                .arg(where),
                                        {}, QStringLiteral("find a contact"), [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    REQUIRE_FALSE(ids.isEmpty());
    return ids.first();
}

} // namespace

TEST_CASE("evaluating a call: play, seek, comment at a moment, answer, survive a crash, submit and lock")
{
    QTemporaryDir dir;
    const auto db = demoCentre(dir);
    const qint64 call = firstContact(*db, QStringLiteral("c.channel = 'call' AND EXISTS (SELECT 1 FROM recordings r WHERE r.contact_id = c.id)"));
    qint64 evaluationId = 0;
    {
        auto page = std::make_unique<EvaluationPage>(*db, QStringLiteral("qa1"));
        page->resize(1400, 850);
        page->show();
        REQUIRE(page->openContact(call));
        REQUIRE(page->evaluation());
        evaluationId = page->evaluation()->id;
        CHECK(page->evaluation()->status == EvaluationStatus::Draft);

        CallPlayerWidget* player = page->player();
        CHECK(player->isVisible());
        CHECK(player->statusText().isEmpty());
        player->play();
        REQUIRE(QTest::qWaitFor([&] { return player->player()->playbackState() == QMediaPlayer::PlayingState; },
                                10000));
        REQUIRE(QTest::qWaitFor([&] { return player->duration() > 5000; }, 10000));
        player->seek(4000);
        REQUIRE(QTest::qWaitFor([&] { return player->position() >= 4000; }, 10000));
        player->pause();
        page->addAnnotation(QString::fromUtf8("고객 말을 끊고 안내함"));

        // Every item, the best option, through the form as the evaluator clicks it.
        const ScorecardVersion version = *ScorecardRepository(*db).version(page->evaluation()->scorecardVersionId);
        for (const auto& section : version.sections) {
            for (const auto& item : section.items) {
                auto* best = page->form()->findChild<QWidget*>(QStringLiteral("item_") + item.key)->findChildren<QRadioButton*>().first();
                QTest::mouseClick(best, Qt::LeftButton, {}, QPoint(4, best->height() / 2));
            }
        }
        CHECK(page->evaluation()->answers.size() == version.itemCount());
        test::saveScreenshot(*page, QStringLiteral("evaluate-call.png"));
        // The widget goes away without a submit (the window closed, the app was killed after an autosave).
    }
    {
        EvaluationPage page(*db, QStringLiteral("qa1"));
        REQUIRE(page.openContact(call));
        REQUIRE(page.evaluation()->id == evaluationId); // the same draft, not a new one
        const ScorecardVersion version = *ScorecardRepository(*db).version(page.evaluation()->scorecardVersionId);
        CHECK(page.evaluation()->answers.size() == version.itemCount());
        REQUIRE(page.evaluation()->annotations.size() == 1);
        CHECK(*page.evaluation()->annotations[0].anchor.positionMs >= 3500);

        Dialogs::setNextAnswer(QMessageBox::Yes);
        REQUIRE(page.submit());
        CHECK(page.evaluation()->status == EvaluationStatus::Submitted);
        CHECK(page.evaluation()->submittedBy == QStringLiteral("qa1"));
        CHECK(page.statusText().contains(QStringLiteral("qa1")));
        const auto* anyChoice = page.form()->findChildren<QRadioButton*>().first();
        CHECK_FALSE(anyChoice->isEnabled());
    }
    Evaluation stored = *EvaluationRepository(*db).find(evaluationId);
    CHECK(stored.score.has_value());
    CHECK_THROWS_AS(EvaluationRepository(*db).saveDraft(stored), StorageError);
}

TEST_CASE("a call's waveform is computed in the background, cached, and drawn at once when the call is reopened")
{
    QTemporaryDir dir;
    const auto db = demoCentre(dir);
    const qint64 call = firstContact(*db, QStringLiteral("c.channel = 'call' AND EXISTS (SELECT 1 FROM recordings r WHERE r.contact_id = c.id)"));
    const QString recording = QDir(db->folder()).filePath(ContactRepository(*db).find(call)->recording->path);
    {
        EvaluationPage page(*db, QStringLiteral("qa1"));
        page.resize(1400, 850);
        page.show();
        REQUIRE(page.openContact(call));
        WaveformView* waveform = page.player()->waveform();
        CHECK(waveform->isVisible());
        CHECK(waveform->message().startsWith(QString::fromUtf8("Drawing waveform…"))); // the page is not kept waiting
        REQUIRE(QTest::qWaitFor([&] { return waveform->peaks().has_value(); }, 15000));
        const WaveformPeaks& peaks = *waveform->peaks();
        // The demo call is stereo: the agent on the left, the customer on the right, taking turns.
        REQUIRE(peaks.channels == 2);
        CHECK(peaks.durationMs > 5000);
        CHECK(peaks.maxPeak(0, 0, peaks.durationMs) > 50);
        CHECK(peaks.maxPeak(1, 0, peaks.durationMs) > 50);
        CHECK(peaks.peaks[0] != peaks.peaks[1]);
        CHECK(RecordingPeaksRepository(*db).find(call, RecordingStamp::of(recording)) == peaks);

        // Clicking on the waveform moves the playhead.
        QTest::mouseClick(waveform, Qt::LeftButton, {}, QPoint(waveform->width() / 2, waveform->height() / 2));
        REQUIRE(QTest::qWaitFor(
            [&] { return std::abs(page.player()->position() - page.player()->duration() / 2) < 1500; }, 10000));
    }
    {
        EvaluationPage page(*db, QStringLiteral("qa1"));
        REQUIRE(page.openContact(call));
        CHECK(page.player()->waveform()->peaks().has_value()); // from the cache, without waiting
        CHECK(page.player()->waveform()->message().isEmpty());
    }
    {
        // The file replaced by garbage: the cache is stale, and decoding it says what is wrong instead of crashing.
        QFile file(recording);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(5000, '\x5a'));
        file.close();
        EvaluationPage page(*db, QStringLiteral("qa1"));
        page.show();
        REQUIRE(page.openContact(call));
        WaveformView* waveform = page.player()->waveform();
        REQUIRE(QTest::qWaitFor([&] { return waveform->message().contains(QFileInfo(recording).fileName()); },
                                15000));
        CHECK(waveform->message().contains(QStringLiteral("damaged")));
        CHECK_FALSE(waveform->peaks());
        REQUIRE(QTest::qWaitFor([&] { return !page.player()->statusText().isEmpty(); }, 10000)); // the player says so too
        test::saveScreenshot(page, QStringLiteral("evaluate-call-damaged.png"));
    }
}

TEST_CASE("an unanswered item blocks the submit and is outlined")
{
    QTemporaryDir dir;
    const auto db = demoCentre(dir);
    EvaluationPage page(*db, QStringLiteral("qa2"));
    REQUIRE(page.openContact(firstContact(*db, QStringLiteral("c.channel = 'call'"))));
    CHECK_FALSE(page.submit());
    CHECK(page.statusText().contains(QStringLiteral("Not submitted")));
    CHECK(page.evaluation()->status == EvaluationStatus::Draft);
}

TEST_CASE("evaluating a chat: the transcript shows waits and comments anchor to a message")
{
    QTemporaryDir dir;
    const auto db = demoCentre(dir);
    EvaluationPage page(*db, QStringLiteral("qa1"));
    page.resize(1400, 850);
    page.show();
    REQUIRE(page.openContact(firstContact(*db, QStringLiteral("c.channel = 'chat'"))));
    CHECK(page.transcript()->isVisible());
    CHECK_FALSE(page.player()->isVisible());
    CHECK(page.transcript()->html().contains(QStringLiteral("waited")));
    CHECK(page.transcript()->find(QString::fromUtf8("감사")));
    page.transcript()->selectMessage(2);
    page.addAnnotation(QStringLiteral("Greeting took long"));
    REQUIRE(page.evaluation()->annotations.size() == 1);
    CHECK(page.evaluation()->annotations[0].anchor.messageSequence == 2);
    test::saveScreenshot(page, QStringLiteral("evaluate-chat.png"));
}
