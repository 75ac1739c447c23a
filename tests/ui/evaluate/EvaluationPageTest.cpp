#include "evaluate/EvaluationPage.h"

#include "TestSupport.h"
#include "UiTestSupport.h"
#include "analytics/ChatAnalysis.h"
#include "autoqa/AutoQaStore.h"
#include "evaluate/CallPlayerWidget.h"
#include "evaluate/MetricsFilterWidget.h"
#include "evaluate/MetricsStrip.h"
#include "evaluate/EvaluationQueue.h"
#include "evaluate/EvaluationQueueModel.h"
#include "evaluate/TranscriptView.h"
#include "evaluate/WaveformView.h"
#include "scorecards/ScorecardFormView.h"
#include "shell/Dialogs.h"
#include "shell/Translator.h"
#include "storage/ContactRepository.h"
#include "storage/EvaluationRepository.h"
#include "storage/OrganizationRepository.h"
#include "storage/RecordingPeaksRepository.h"
#include "storage/ScorecardRepository.h"
#include "storage/SqlSupport.h"
#include "storage/StorageError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMediaPlayer>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

// The start of the page's refusal to submit an incomplete form, in the language of the run (QADESK_TEST_LANGUAGE).
QString notSubmitted()
{
    return QCoreApplication::translate("qadesk::EvaluationPage",
                                       "Not submitted: %1 item(s) need an answer and %2 failed item(s) need a comment "
                                       "(outlined in red).")
        .section(QStringLiteral("%1"), 0, 0);
}

// "· 3 of 12 items answered", as the score line ends in the run's language.
QString itemsAnswered(qsizetype answered, int total)
{
    return QStringLiteral("·")
        + QCoreApplication::translate("qadesk::EvaluationPage", "Score %1 (raw %2) · %3 of %4 items answered")
              .section(QStringLiteral("·"), 1)
              .arg(answered)
              .arg(total);
}

// What the waveform says while it is being drawn, in the run's language.
QString drawingWaveform()
{
    return QCoreApplication::translate("qadesk::WaveformView", "Drawing waveform… %1%").section(QStringLiteral("%1"), 0, 0);
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

qint64 evaluationRows(const Database& db, qint64 contactId)
{
    return selectRows<qint64>(db, QStringLiteral("SELECT COUNT(*) FROM evaluations WHERE contact_id = ?"),
                              { contactId }, QStringLiteral("count evaluations"),
                              [](const QSqlQuery& q) { return q.value(0).toLongLong(); })
        .value(0);
}

void click(QAbstractButton* button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(4, button->height() / 2));
}

template <typename T> T* child(const QWidget& parent, const char* name)
{
    T* widget = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget);
    return widget;
}

// The item a failed answer zeroes the evaluation with, and the index of its failing option.
std::pair<const ScorecardItem*, int> criticalItem(const ScorecardVersion& version)
{
    for (const auto& section : version.sections) {
        for (const auto& item : section.items) {
            if (item.critical != CriticalScope::Evaluation)
                continue;
            for (int o = 0; o < item.options.size(); ++o) {
                if (item.options.at(o).fails)
                    return { &item, o };
            }
        }
    }
    FAIL("the form has no critical item");
    return { nullptr, -1 };
}

// The contact's cell in the queue's first column, as the view shows it; invalid when not listed.
QModelIndex queueIndex(const QTableView* queue, qint64 contactId)
{
    const QAbstractItemModel* model = queue->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(EvaluationQueueModel::ContactIdRole).toLongLong() == contactId)
            return model->index(row, 0);
    }
    return {};
}

} // namespace

TEST_CASE("answers stay with their contact: a submitted call's answers never reach the next chat, which starts from "
          "its auto-QA suggestions and is stored only from its first answer")
{
    QTemporaryDir dir;
    DemoOptions options;
    options.agents = 4;
    options.months = 1;
    // The queue lists the last month of contacts before the workspace's clock, which the demo sets to its last day.
    options.until = QDate(2026, 11, 20);
    options.recordings = 1;
    options.contactsPerAgentMonth = 12;
    const auto db = test::demoWorkspace(dir, options);
    const qint64 callA = firstContact(*db, QStringLiteral("c.channel = 'call'"));
    const qint64 chatB = firstContact(*db, QStringLiteral("c.channel = 'chat'"));
    const qint64 evaluator = UserRepository(*db).findByLogin(QStringLiteral("qa1"))->id;

    EvaluationPage page(*db, test::actorOf(*db, QStringLiteral("qa1")));
    page.resize(1366, 768);
    page.show();
    QSignalSpy submitted(&page, &EvaluationPage::evaluationsChanged);

    // Call A: opening it stores nothing.
    REQUIRE(page.openContact(callA));
    CHECK(evaluationRows(*db, callA) == 0);
    const ScorecardVersion callForm = *ScorecardRepository(*db).version(page.evaluation()->scorecardVersionId);
    const auto [critical, failing] = criticalItem(callForm);
    const QString comment = QStringLiteral("Told the customer the wrong fee");
    QHash<QString, std::optional<int>> given; // item key -> option clicked
    for (const auto& section : callForm.sections) {
        for (const auto& item : section.items) {
            const int option = item.key == critical->key ? failing : item.bestOption();
            click(test::choice(page, item.key, option));
            given.insert(item.key, option);
            if (given.size() == 1) { // the first answer starts the draft, with exactly that answer
                const auto draft = EvaluationRepository(*db).draftFor(callA, evaluator);
                REQUIRE(draft);
                const Evaluation stored = *EvaluationRepository(*db).find(*draft);
                REQUIRE(stored.answers.size() == 1);
                CHECK(stored.answers[0].itemKey == item.key);
                CHECK(stored.answers[0].optionIndex == option);
            }
        }
    }
    auto* criticalComment = page.form()->findChild<QLineEdit*>(QStringLiteral("comment_") + critical->key);
    REQUIRE(criticalComment);
    QTest::keyClicks(criticalComment, comment);
    Dialogs::setNextAnswer(QMessageBox::Yes);
    REQUIRE(page.submit());
    CHECK(submitted.count() == 1);
    const qint64 evaluationA = page.evaluation()->id;
    {
        const Evaluation stored = *EvaluationRepository(*db).find(evaluationA);
        CHECK(stored.status == EvaluationStatus::Submitted);
        CHECK(stored.criticalFailed);
        CHECK(stored.score == 0.0); // the failed critical item zeroes the evaluation
        REQUIRE(stored.answers.size() == callForm.itemCount());
        for (const auto& answer : stored.answers) {
            CHECK(answer.optionIndex == given.value(answer.itemKey));
            CHECK(answer.comment == (answer.itemKey == critical->key ? comment : QString()));
        }
        CHECK(evaluationRows(*db, callA) == 1);
    }
    // The submitted contact stays highlighted in the queue, marked evaluated.
    auto* queue = child<QTableView>(page, "queueTableView");
    const QModelIndexList selected = queue->selectionModel()->selectedRows();
    REQUIRE(selected.size() == 1);
    CHECK(selected.first().data(EvaluationQueueModel::ContactIdRole).toLongLong() == callA);
    CHECK(selected.first().siblingAtColumn(5).data().toString().contains(
        QCoreApplication::translate("qadesk::EvaluationPage", "evaluated")));

    // Chat B, opened from the queue: only its auto-QA suggestions are chosen, and still nothing stored.
    auto* channel = child<QComboBox>(page, "channelComboBox");
    channel->setCurrentIndex(channel->findData(QStringLiteral("chat")));
    const QModelIndex cellB = queueIndex(queue, chatB);
    REQUIRE(cellB.isValid());
    queue->scrollTo(cellB);
    // A click makes B the current row, Enter opens it (a double click does both).
    QTest::mouseClick(queue->viewport(), Qt::LeftButton, {}, queue->visualRect(cellB).center());
    QTest::keyClick(queue, Qt::Key_Return);
    REQUIRE(page.evaluation());
    INFO(page.statusText().toStdString());
    REQUIRE(page.evaluation()->contactId == chatB);
    const ScorecardVersion chatForm = *ScorecardRepository(*db).version(page.evaluation()->scorecardVersionId);
    QHash<QString, int> suggested; // item key -> suggested option
    for (const auto& suggestion : AutoQaStore(*db).suggestions(chatB, chatForm.id))
        suggested.insert(suggestion.itemKey, suggestion.optionIndex);
    REQUIRE_FALSE(suggested.isEmpty()); // the demo's chat form has rules
    QString firstUnsuggested;
    for (const auto& section : chatForm.sections) {
        for (const auto& item : section.items) {
            if (firstUnsuggested.isEmpty() && !suggested.contains(item.key))
                firstUnsuggested = item.key;
            for (int option = 0; option < item.options.size(); ++option) {
                const QRadioButton* radio = test::choice(page, item.key, option);
                CHECK(radio->isChecked() == (suggested.value(item.key, -1) == option));
                CHECK(radio->isEnabled());
            }
        }
    }
    for (const QLineEdit* edit : page.form()->findChildren<QLineEdit*>())
        CHECK(edit->text().isEmpty());
    CHECK(page.form()->answers().size() == suggested.size());
    CHECK(child<QLabel>(page, "scoreLabel")->text().contains(itemsAnswered(suggested.size(), chatForm.itemCount())));
    CHECK(evaluationRows(*db, chatB) == 0);

    // The first answer on B stores B's draft with the suggestions and that answer.
    REQUIRE_FALSE(firstUnsuggested.isEmpty());
    click(test::choice(page, firstUnsuggested, 0));
    CHECK(evaluationRows(*db, chatB) == 1);
    const auto draftB = EvaluationRepository(*db).draftFor(chatB, evaluator);
    REQUIRE(draftB);
    const Evaluation storedB = *EvaluationRepository(*db).find(*draftB);
    REQUIRE(storedB.answers.size() == suggested.size() + 1);
    CHECK(storedB.answerFor(firstUnsuggested)->optionIndex == 0);
    CHECK(storedB.answerFor(firstUnsuggested)->comment.isEmpty());
    for (auto it = suggested.begin(); it != suggested.end(); ++it)
        CHECK(storedB.answerFor(it.key())->optionIndex == it.value());
    CHECK(child<QLabel>(page, "scoreLabel")->text().contains(itemsAnswered(suggested.size() + 1, chatForm.itemCount())));

    // Back to A: its own answers, read-only, and no second evaluation of it.
    REQUIRE(page.openContact(callA));
    CHECK(page.evaluation()->id == evaluationA);
    const QList<Answer> shown = page.form()->answers();
    REQUIRE(shown.size() == callForm.itemCount());
    for (const auto& answer : shown) {
        CHECK(answer.optionIndex == given.value(answer.itemKey));
        CHECK(answer.comment == (answer.itemKey == critical->key ? comment : QString()));
    }
    for (const QRadioButton* radio : page.form()->findChildren<QRadioButton*>())
        CHECK_FALSE(radio->isEnabled());
    CHECK(evaluationRows(*db, callA) == 1);
    CHECK(evaluationRows(*db, chatB) == 1);
}

TEST_CASE("the form stays put while the score header changes, and the seek slider keeps its width")
{
    QTemporaryDir dir;
    const auto db = test::evaluationDemo(dir);
    const qint64 call = firstContact(
        *db, QStringLiteral("c.channel = 'call' AND EXISTS (SELECT 1 FROM recordings r WHERE r.contact_id = c.id)"));
    EvaluationPage page(*db, test::actorOf(*db, QStringLiteral("qa1")));
    page.resize(1366, 768);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(page.openContact(call));
    QCoreApplication::processEvents();
    CHECK(page.player()->findChild<QSlider*>(QStringLiteral("positionSlider"))->width()
          >= CallPlayerWidget::s_minimumSeekWidth);

    const ScorecardVersion form = *ScorecardRepository(*db).version(page.evaluation()->scorecardVersionId);
    const auto [critical, failing] = criticalItem(form);
    auto* viewport = child<QScrollArea>(page, "formScrollArea")->viewport();
    auto* scoreLabel = child<QLabel>(page, "scoreLabel");
    auto* banner = child<QLabel>(page, "criticalBannerLabel");
    QList<std::pair<QString, QRect>> before;
    for (const auto& section : form.sections) {
        for (const auto& item : section.items) {
            QWidget* row = page.form()->itemRow(item.key);
            before << std::pair { item.key, QRect(row->mapTo(viewport, QPoint(0, 0)), row->size()) };
        }
    }
    const QString header = scoreLabel->text();
    CHECK_FALSE(banner->isVisible());

    // Failing the critical item turns the header from "—" to scores and raises the banner.
    click(test::choice(page, critical->key, failing));
    QCoreApplication::processEvents();
    CHECK(scoreLabel->text() != header);
    CHECK(banner->isVisible());
    for (const auto& [key, geometry] : before) {
        QWidget* row = page.form()->itemRow(key);
        INFO(key.toStdString());
        CHECK(QRect(row->mapTo(viewport, QPoint(0, 0)), row->size()) == geometry);
    }
}

TEST_CASE("a refused submit scrolls to the first item that still needs an answer")
{
    QTemporaryDir dir;
    const auto db = test::evaluationDemo(dir);
    EvaluationPage page(*db, test::actorOf(*db, QStringLiteral("qa2")));
    page.resize(1366, 768);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(page.openContact(firstContact(*db, QStringLiteral("c.channel = 'call'"))));
    const ScorecardVersion form = *ScorecardRepository(*db).version(page.evaluation()->scorecardVersionId);
    QStringList keys;
    for (const auto& section : form.sections) {
        for (const auto& item : section.items)
            keys << item.key;
    }
    REQUIRE(keys.size() >= 6);
    for (qsizetype i = 0; i + 1 < keys.size(); ++i) // all but the last
        click(test::choice(page, keys.at(i), form.findItem(keys.at(i))->bestOption()));
    auto* scrollArea = child<QScrollArea>(page, "formScrollArea");
    QCoreApplication::processEvents();
    scrollArea->verticalScrollBar()->setValue(0);
    QWidget* last = page.form()->itemRow(keys.last());
    const QRect visible = scrollArea->viewport()->rect();
    REQUIRE_FALSE(visible.intersects(QRect(last->mapTo(scrollArea->viewport(), QPoint(0, 0)), last->size())));

    CHECK_FALSE(page.submit());
    CHECK(page.statusText().contains(notSubmitted()));
    const QRect shown(last->mapTo(scrollArea->viewport(), QPoint(0, 0)), last->size());
    CHECK(visible.contains(shown.topLeft()));
    CHECK(last->styleSheet().contains(QStringLiteral("#b00020"))); // outlined
}

TEST_CASE("switching the language retranslates the whole evaluation page, the open contact and its form")
{
    QTemporaryDir dir;
    const auto db = test::evaluationDemo(dir);
    const qint64 call = firstContact(
        *db, QStringLiteral("c.channel = 'call' AND EXISTS (SELECT 1 FROM recordings r WHERE r.contact_id = c.id)"));
    const QString externalId = ContactRepository(*db).find(call)->externalId;
    installTranslations(QStringLiteral("en"));
    EvaluationPage page(*db, test::actorOf(*db, QStringLiteral("qa1")));
    page.show();
    REQUIRE(page.openContact(call));
    const ScorecardVersion form = *ScorecardRepository(*db).version(page.evaluation()->scorecardVersionId);
    const ScorecardItem* yesNo = nullptr;
    for (const auto& section : form.sections) {
        for (const auto& item : section.items) {
            if (!yesNo && item.kind == ItemKind::YesNo)
                yesNo = &item;
        }
    }
    REQUIRE(yesNo);
    // The demo's rules suggest answers for some items of the call; they are pre-selected.
    const int suggested = int(AutoQaStore(*db).suggestions(call, form.id).size());
    click(test::choice(page, yesNo->key, 0));
    auto* status = child<QComboBox>(page, "statusComboBox");
    auto* queueLabel = child<QLabel>(page, "queueLabel");
    auto* contact = child<QLabel>(page, "contactLabel");
    auto* score = child<QLabel>(page, "scoreLabel");
    auto* play = page.player()->findChild<QToolButton*>(QStringLiteral("playButton"));
    REQUIRE(play);
    CHECK(status->itemText(0) == QStringLiteral("To evaluate"));
    CHECK(queueLabel->text() == QStringLiteral("Queue"));
    CHECK(play->text() == QStringLiteral("Play"));
    CHECK(test::choice(page, yesNo->key, 0)->text().startsWith(QStringLiteral("Yes")));

    installTranslations(QStringLiteral("ko"));
    QCoreApplication::processEvents();
    CHECK(status->itemText(0) == QString::fromUtf8("평가할 상담"));
    CHECK(queueLabel->text() == QString::fromUtf8("평가 대기열"));
    CHECK(play->text() == QString::fromUtf8("재생"));
    CHECK(test::choice(page, yesNo->key, 0)->text().startsWith(QString::fromUtf8("예")));
    CHECK(test::choice(page, yesNo->key, 0)->isChecked()); // the answer survives the rebuilt form
    CHECK(score->text().contains(QString::fromUtf8("개 항목 중 %1개 답변").arg(suggested + 1)));
    CHECK(contact->text().contains(externalId)); // still the open contact, not the empty page's hint

    installTranslations(QStringLiteral("en"));
    QCoreApplication::processEvents();
    CHECK(status->itemText(0) == QStringLiteral("To evaluate"));
    CHECK(play->text() == QStringLiteral("Play"));
    CHECK(score->text().contains(QStringLiteral("items answered")));
    CHECK(page.evaluation()->answers.size() == suggested + 1);
}

TEST_CASE("evaluating a call: play, seek, comment at a moment, answer, survive a crash, submit and lock")
{
    QTemporaryDir dir;
    const auto db = test::evaluationDemo(dir);
    const qint64 call = firstContact(*db, QStringLiteral("c.channel = 'call' AND EXISTS (SELECT 1 FROM recordings r WHERE r.contact_id = c.id)"));
    qint64 evaluationId = 0;
    {
        auto page = std::make_unique<EvaluationPage>(*db, test::actorOf(*db, QStringLiteral("qa1")));
        page->resize(1400, 850);
        page->show();
        REQUIRE(page->openContact(call));
        REQUIRE(page->evaluation());
        CHECK(page->evaluation()->id == 0); // stored with the first answer or comment
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
        evaluationId = page->evaluation()->id;
        CHECK(evaluationId != 0);
        test::saveScreenshot(*page, QStringLiteral("evaluate-call.png"));
        // The widget goes away without a submit (the window closed, the app was killed after an autosave).
    }
    {
        EvaluationPage page(*db, test::actorOf(*db, QStringLiteral("qa1")));
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
    const auto db = test::evaluationDemo(dir);
    const qint64 call = firstContact(*db, QStringLiteral("c.channel = 'call' AND EXISTS (SELECT 1 FROM recordings r WHERE r.contact_id = c.id)"));
    const QString recording = QDir(db->folder()).filePath(ContactRepository(*db).find(call)->recording->path);
    // The demo's auto-QA check measured the call and cached its waveform: start from a call without one.
    execWith(*db, QStringLiteral("DELETE FROM recording_peaks"), {}, QStringLiteral("forget the cached waveforms"));
    {
        EvaluationPage page(*db, test::actorOf(*db, QStringLiteral("qa1")));
        page.resize(1400, 850);
        page.show();
        REQUIRE(page.openContact(call));
        WaveformView* waveform = page.player()->waveform();
        CHECK(waveform->isVisible());
        CHECK(waveform->message().startsWith(drawingWaveform())); // the page is not kept waiting
        REQUIRE(QTest::qWaitFor([&] { return waveform->peaks().has_value(); }, 15000));
        const WaveformPeaks& peaks = *waveform->peaks();
        // The demo call is stereo: the agent on the left, the customer on the right, taking turns.
        REQUIRE(peaks.channels == 2);
        CHECK(peaks.durationMs > 5000);
        CHECK(peaks.maxPeak(0, 0, peaks.durationMs) > 50);
        CHECK(peaks.maxPeak(1, 0, peaks.durationMs) > 50);
        CHECK(peaks.peaks[0] != peaks.peaks[1]);
        CHECK(RecordingPeaksRepository(*db).find(call, RecordingStamp::of(recording)) == peaks);

        // Clicking on the waveform moves the playhead. (A quarter of the way in, where the demo's latest call has
        // neither dead air nor overtalk: a click on a band would play from the band's start.)
        REQUIRE(QTest::qWaitFor([&] { return page.player()->analysis().has_value(); }, 10000));
        QTest::mouseClick(waveform, Qt::LeftButton, {}, QPoint(waveform->width() / 4, waveform->height() / 2));
        REQUIRE(QTest::qWaitFor(
            [&] { return std::abs(page.player()->position() - page.player()->duration() / 4) < 1500; }, 10000));
    }
    {
        EvaluationPage page(*db, test::actorOf(*db, QStringLiteral("qa1")));
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
        EvaluationPage page(*db, test::actorOf(*db, QStringLiteral("qa1")));
        page.show();
        REQUIRE(page.openContact(call));
        WaveformView* waveform = page.player()->waveform();
        REQUIRE(QTest::qWaitFor([&] { return waveform->message().contains(QFileInfo(recording).fileName()); },
                                15000));
        const QString damaged = QCoreApplication::translate(
            "qadesk::WaveformDecoder", "The recording %1 is not audio that QA Desk can read, or it is damaged (%2).");
        CHECK(waveform->message().contains(damaged.section(QStringLiteral("%1"), 1).section(QStringLiteral("%2"), 0, 0)));
        CHECK_FALSE(waveform->peaks());
        REQUIRE(QTest::qWaitFor([&] { return !page.player()->statusText().isEmpty(); }, 10000)); // the player says so too
        test::saveScreenshot(page, QStringLiteral("evaluate-call-damaged.png"));
    }
}

TEST_CASE("the demo's latest recorded call shows its hold as dead air and its interruption as overtalk")
{
    QTemporaryDir dir;
    const auto db = test::evaluationDemo(dir);
    const qint64 call
        = selectRows<qint64>(*db,
                             QStringLiteral("SELECT c.id FROM contacts c JOIN recordings r ON r.contact_id = "
                                            "c.id ORDER BY c.started_at DESC, c.id LIMIT 1"),
                             {}, QStringLiteral("the latest recorded call"),
                             [](const QSqlQuery& q) { return q.value(0).toLongLong(); })
              .value(0);
    EvaluationPage page(*db, test::actorOf(*db, QStringLiteral("qa1")));
    page.resize(1366, 768);
    page.show();
    REQUIRE(page.openContact(call));
    REQUIRE(QTest::qWaitFor([&] { return page.player()->analysis().has_value(); }, 15000));
    const WaveformView* waveform = page.player()->waveform();
    // The hold is 4-9 s of silence plus the pause between lines; the interruption 0.8-1.8 s (DemoWorkspaceBuilder).
    REQUIRE(waveform->deadAir().size() == 1);
    CHECK(waveform->deadAir().first().lengthMs() >= 4000);
    CHECK(waveform->deadAir().first().lengthMs() <= 9800);
    REQUIRE(waveform->overtalk().size() == 1);
    CHECK(waveform->overtalk().first().lengthMs() >= 500);
    CHECK(waveform->overtalk().first().lengthMs() <= 1900);
    CHECK(page.player()->metrics()->isVisible());
    const QString overtalk = QCoreApplication::translate("qadesk::CallPlayerWidget", "Overtalk");
    CHECK_FALSE(page.player()->metrics()->value(overtalk).isEmpty());
    test::saveScreenshot(page, QStringLiteral("waveform-bands-ko.png"));
}

TEST_CASE("a demo chat with a reply of minutes shows it in the transcript's strip")
{
    QTemporaryDir dir;
    const auto db = test::evaluationDemo(dir);
    ContactRepository contacts(*db);
    const QList<qint64> chats
        = selectRows<qint64>(*db, QStringLiteral("SELECT id FROM contacts WHERE channel = 'chat' ORDER BY id"), {},
                             QStringLiteral("chats"), [](const QSqlQuery& q) { return q.value(0).toLongLong(); });
    qint64 slow = 0;
    std::optional<ChatAnalysis> analysis;
    for (const qint64 id : chats) {
        analysis = ChatAnalysis::of(contacts.find(id)->messages);
        if (analysis->longestWaitMs.value_or(0) > 2 * 60 * 1000) {
            slow = id;
            break;
        }
    }
    REQUIRE(slow != 0);
    EvaluationPage page(*db, test::actorOf(*db, QStringLiteral("qa1")));
    page.resize(1366, 768);
    page.show();
    REQUIRE(page.openContact(slow));
    const MetricsStrip* strip = page.transcript()->metrics();
    CHECK(strip->isVisible());
    const QString longestWait = QCoreApplication::translate("qadesk::TranscriptView", "Longest wait");
    CHECK(strip->value(longestWait) == MetricsStrip::duration(*analysis->longestWaitMs));
    const QString minutes = QCoreApplication::translate("qadesk::MetricsStrip", "%1 min").arg(QString());
    CHECK(strip->value(longestWait).contains(minutes));
    test::saveScreenshot(page, QStringLiteral("chat-metrics-ko.png"));
}

TEST_CASE("the queue's metrics filter keeps only the chats with a reply wait over the threshold")
{
    QTemporaryDir dir;
    const auto db = test::evaluationDemo(dir);
    EvaluationPage page(*db, test::actorOf(*db, QStringLiteral("qa1")));
    page.resize(1366, 768);
    page.show();
    auto* status = child<QComboBox>(page, "statusComboBox");
    status->setCurrentIndex(status->findData(int(QueueFilter::Status::Any)));
    const QAbstractItemModel* queue = child<QTableView>(page, "queueTableView")->model();
    const int everything = queue->rowCount();
    MetricsFilter slow;
    slow.replyWaitOverMs = 2 * 60 * 1000;
    child<MetricsFilterWidget>(page, "queueMetricsFilterWidget")->setFilter(slow);
    REQUIRE(queue->rowCount() > 0); // the demo has slow chats
    CHECK(queue->rowCount() < everything);
    ContactRepository contacts(*db);
    for (int row = 0; row < queue->rowCount(); ++row) {
        const qint64 id = queue->index(row, 0).data(EvaluationQueueModel::ContactIdRole).toLongLong();
        CHECK(ChatAnalysis::of(contacts.find(id)->messages).longestWaitMs.value_or(0) > slow.replyWaitOverMs);
    }
    test::saveScreenshot(page, QStringLiteral("queue-metrics-filter.png"));
    child<MetricsFilterWidget>(page, "queueMetricsFilterWidget")->setFilter({});
    CHECK(queue->rowCount() == everything);
}

TEST_CASE("an unanswered item blocks the submit and is outlined")
{
    QTemporaryDir dir;
    const auto db = test::evaluationDemo(dir);
    EvaluationPage page(*db, test::actorOf(*db, QStringLiteral("qa2")));
    REQUIRE(page.openContact(firstContact(*db, QStringLiteral("c.channel = 'call'"))));
    CHECK_FALSE(page.submit());
    CHECK(page.statusText().contains(notSubmitted()));
    CHECK(page.evaluation()->status == EvaluationStatus::Draft);
}

TEST_CASE("evaluating a chat: the transcript shows waits and comments anchor to a message")
{
    QTemporaryDir dir;
    const auto db = test::evaluationDemo(dir);
    EvaluationPage page(*db, test::actorOf(*db, QStringLiteral("qa1")));
    page.resize(1400, 850);
    page.show();
    REQUIRE(page.openContact(firstContact(*db, QStringLiteral("c.channel = 'chat'"))));
    CHECK(page.transcript()->isVisible());
    CHECK_FALSE(page.player()->isVisible());
    CHECK(page.transcript()->html().contains(
        QCoreApplication::translate("qadesk::TranscriptView", "waited %1").arg(QString()).trimmed()));
    CHECK(page.transcript()->find(QString::fromUtf8("감사")));
    page.transcript()->selectMessage(2);
    page.addAnnotation(QStringLiteral("Greeting took long"));
    REQUIRE(page.evaluation()->annotations.size() == 1);
    CHECK(page.evaluation()->annotations[0].anchor.messageSequence == 2);
    test::saveScreenshot(page, QStringLiteral("evaluate-chat.png"));
}

TEST_CASE("showing a chat's personal data is for managers and is audited with who and which contact")
{
    QTemporaryDir dir;
    const auto db = test::evaluationDemo(dir);
    const qint64 contact = firstContact(*db, QStringLiteral("c.channel = 'chat'"));
    const auto reveals = [&db] {
        return selectRows<QString>(*db,
                                   QStringLiteral("SELECT actor || ':' || entity_id FROM audit_log WHERE entity = 'contact' "
                                                  "AND action = 'reveal'"),
                                   {}, QStringLiteral("read"), [](const QSqlQuery& q) { return q.value(0).toString(); });
    };

    EvaluationPage evaluator(*db, test::actorOf(*db, QStringLiteral("qa1")));
    evaluator.show();
    REQUIRE(evaluator.openContact(contact));
    CHECK_FALSE(evaluator.transcript()->findChild<QCheckBox*>(QStringLiteral("revealPersonalDataCheckBox"))->isVisible());

    EvaluationPage manager(*db, test::actorOf(*db, QStringLiteral("manager")));
    manager.show();
    REQUIRE(manager.openContact(contact));
    auto* reveal = manager.transcript()->findChild<QCheckBox*>(QStringLiteral("revealPersonalDataCheckBox"));
    REQUIRE(reveal->isVisible());
    CHECK(reveals().isEmpty()); // looking is not revealing
    reveal->click();
    CHECK(manager.transcript()->isRevealed());
    CHECK(reveals() == QStringList { QStringLiteral("manager:%1").arg(contact) });
}

TEST_CASE("a team lead reads a contact's form but may not evaluate it, and the page says why")
{
    QTemporaryDir dir;
    const auto db = test::evaluationDemo(dir);
    EvaluationPage page(*db, test::actorOf(*db, QStringLiteral("lead1")));
    page.show();
    REQUIRE(page.openContact(firstContact(*db, QStringLiteral("c.channel = 'chat'"))));
    const QString reason = QCoreApplication::translate(
        "qadesk::AccessRules", "Only QA evaluators, managers and administrators evaluate contacts.");
    auto* submit = page.findChild<QPushButton*>(QStringLiteral("submitButton"));
    CHECK_FALSE(submit->isEnabled());
    CHECK(submit->toolTip() == reason);
    CHECK(page.statusText() == reason);
    const qint64 before = selectRows<qint64>(*db, QStringLiteral("SELECT COUNT(*) FROM evaluations"), {}, QStringLiteral("count"),
                                             [](const QSqlQuery& q) { return q.value(0).toLongLong(); })
                              .value(0);
    Dialogs::setNextAnswer(QMessageBox::Yes);
    CHECK_FALSE(page.submit());
    CHECK(selectRows<qint64>(*db, QStringLiteral("SELECT COUNT(*) FROM evaluations"), {}, QStringLiteral("count"),
                             [](const QSqlQuery& q) { return q.value(0).toLongLong(); })
              .value(0)
          == before);
}

TEST_CASE("a draft changed from another desktop: the page refuses to save over it and offers reload or keep mine")
{
    QTemporaryDir dir;
    const auto db = test::evaluationDemo(dir);
    // The other desktop: a second connection to the same workspace, its clock at 10:00 of the same day.
    QString error;
    const auto other = Database::open(db->path(), &error);
    INFO(error.toStdString());
    REQUIRE(other);
    other->time().setNow(test::fixedNow());
    const Actor evaluator = test::actorOf(*db, QStringLiteral("qa2"));
    EvaluationPage page(*db, evaluator);
    page.resize(1366, 768);
    page.show();
    const qint64 contactId = firstContact(*db, QStringLiteral("c.channel = 'call'"));
    REQUIRE(page.openContact(contactId));
    const ScorecardVersion version = *ScorecardRepository(*db).version(page.evaluation()->scorecardVersionId);
    const QString firstKey = version.sections.first().items.first().key;
    click(test::choice(page, firstKey, 0)); // the first answer stores the draft
    const qint64 draftId = page.evaluation()->id;
    REQUIRE(draftId != 0);
    auto* conflictFrame = child<QWidget>(page, "conflictFrame");
    CHECK_FALSE(conflictFrame->isVisible());

    // The other desktop saves the draft with its own comment; this page then saves its changed answer.
    const auto changeElsewhere = [&](qint64 id, const QString& comment) {
        EvaluationRepository evaluations(*other);
        Evaluation theirs = *evaluations.find(id);
        theirs.overallComment = comment;
        evaluations.saveDraft(theirs);
    };
    changeElsewhere(draftId, QStringLiteral("다른 PC에서 저장"));
    click(test::choice(page, firstKey, 1));
    CHECK_FALSE(page.saveDraft());
    CHECK(page.hasConflict());
    CHECK(conflictFrame->isVisible());
    const QString expected
        = QCoreApplication::translate("qadesk::RowVersion",
                                      "%1 changed this evaluation at %2 — reload, or keep yours as a new draft")
              .arg(evaluator.displayName, QStringLiteral("10:00"));
    CHECK(child<QLabel>(page, "conflictLabel")->text() == expected);
    test::saveScreenshot(page, QStringLiteral("conflict-message.png"));
    // Nothing of this page's form went over theirs, and the autosave does not try again behind the evaluator's back.
    EvaluationRepository evaluations(*db);
    const Evaluation stored = *evaluations.find(draftId);
    CHECK(stored.overallComment == QStringLiteral("다른 PC에서 저장"));
    CHECK(stored.answerFor(firstKey)->optionIndex == 0);
    CHECK(stored.rowVersion == 2);
    CHECK_FALSE(page.saveDraft());

    // Keep mine: this form becomes a new draft of the same contact; theirs stays as it was.
    click(child<QPushButton>(page, "keepMineButton"));
    CHECK_FALSE(page.hasConflict());
    CHECK_FALSE(conflictFrame->isVisible());
    const qint64 keptId = page.evaluation()->id;
    CHECK(keptId != draftId);
    CHECK(evaluationRows(*db, contactId) == 2);
    const Evaluation kept = *evaluations.find(keptId);
    CHECK(kept.status == EvaluationStatus::Draft);
    CHECK(kept.contactId == contactId);
    CHECK(kept.answerFor(firstKey)->optionIndex == 1);
    CHECK(kept.overallComment.isEmpty());
    CHECK(test::auditActions(*db, QStringLiteral("evaluation"), keptId)
          == QStringList { QStringLiteral("qa2:create"), QStringLiteral("qa2:keep_after_conflict") });
    CHECK(*evaluations.find(draftId) == stored);

    // Reload: the other desktop changes the kept draft too; this page's next change is refused, and reloading shows
    // theirs and saves on from it.
    changeElsewhere(keptId, QStringLiteral("또 다른 저장"));
    click(test::choice(page, firstKey, 0));
    CHECK_FALSE(page.saveDraft());
    REQUIRE(page.hasConflict());
    click(child<QPushButton>(page, "reloadButton"));
    CHECK_FALSE(page.hasConflict());
    CHECK_FALSE(conflictFrame->isVisible());
    CHECK(page.evaluation()->id == keptId);
    CHECK(page.evaluation()->overallComment == QStringLiteral("또 다른 저장"));
    CHECK(page.evaluation()->answerFor(firstKey)->optionIndex == 1);
    CHECK(evaluations.find(keptId)->rowVersion == 2);
    CHECK(evaluationRows(*db, contactId) == 2);
    click(test::choice(page, firstKey, 0));
    CHECK(page.saveDraft());
    const Evaluation saved = *evaluations.find(keptId);
    CHECK(saved.rowVersion == 3);
    CHECK(saved.answerFor(firstKey)->optionIndex == 0);
    CHECK(saved.overallComment == QStringLiteral("또 다른 저장"));
}
