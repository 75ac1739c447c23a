#include "evaluate/CallPlayerWidget.h"

#include "TestSupport.h"
#include "evaluate/MetricsStrip.h"
#include "evaluate/WaveformView.h"
#include "model/Contact.h"
#include "storage/RecordingPeaksRepository.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace qadesk;

namespace {

void runSox(const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("sox"), arguments);
    const bool ran = process.waitForStarted(10000) && process.waitForFinished(60000)
        && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    INFO("sox " << arguments.join(QLatin1Char(' ')).toStdString() << ": "
                << QString::fromLocal8Bit(process.readAll()).toStdString());
    REQUIRE(ran);
}

// A 19-second 8 kHz 16-bit channel at `path`: silent, with a 300 Hz tone at -10 dBFS (a steady voice) in each span.
void writeChannel(const QTemporaryDir& dir, const QString& path, const QList<TimeSpan>& speech)
{
    const QString silence = dir.filePath(QStringLiteral("silence.wav"));
    runSox({ QStringLiteral("-n"), QStringLiteral("-r"), QStringLiteral("8000"), QStringLiteral("-b"),
             QStringLiteral("16"), QStringLiteral("-c"), QStringLiteral("1"), silence, QStringLiteral("trim"),
             QStringLiteral("0"), QStringLiteral("19") });
    QStringList mix { QStringLiteral("-m"), QStringLiteral("-v"), QStringLiteral("1"), silence };
    for (qsizetype i = 0; i < speech.size(); ++i) {
        const QString tone = dir.filePath(QStringLiteral("%1-%2.wav").arg(QFileInfo(path).baseName()).arg(i));
        runSox({ QStringLiteral("-n"), QStringLiteral("-r"), QStringLiteral("8000"), QStringLiteral("-b"),
                 QStringLiteral("16"), QStringLiteral("-c"), QStringLiteral("1"), tone, QStringLiteral("synth"),
                 QString::number(speech.at(i).lengthMs() / 1000.0, 'f', 3), QStringLiteral("sine"),
                 QStringLiteral("300"), QStringLiteral("vol"), QStringLiteral("0.3"), QStringLiteral("pad"),
                 QString::number(speech.at(i).startMs / 1000.0, 'f', 3) });
        mix << QStringLiteral("-v") << QStringLiteral("1") << tone;
    }
    runSox(mix << path);
}

// The call of these tests, by construction (ms): the agent (left) speaks 0.5-4, 8-11 and 15-18 s, the customer
// (right) 10-13.5 s; 19 s long.
struct ToneCall
{
    QTemporaryDir dir;
    QString stereo;
    QString mono;
};

const ToneCall& toneCall()
{
    static std::unique_ptr<ToneCall> s_call;
    if (s_call)
        return *s_call;
    if (QStandardPaths::findExecutable(QStringLiteral("sox")).isEmpty())
        FAIL("sox is needed to make the test call; scripts/setup installs it.");
    auto call = std::make_unique<ToneCall>();
    REQUIRE(call->dir.isValid());
    const QString agent = call->dir.filePath(QStringLiteral("agent.wav"));
    const QString customer = call->dir.filePath(QStringLiteral("customer.wav"));
    writeChannel(call->dir, agent, { { 500, 4000 }, { 8000, 11000 }, { 15000, 18000 } });
    writeChannel(call->dir, customer, { { 10000, 13500 } });
    call->stereo = call->dir.filePath(QStringLiteral("call.wav"));
    runSox({ QStringLiteral("-M"), agent, customer, call->stereo });
    call->mono = call->dir.filePath(QStringLiteral("mono.wav"));
    runSox({ call->stereo, call->mono, QStringLiteral("remix"), QStringLiteral("1,2") });
    s_call = std::move(call);
    return *s_call;
}

// The measure named `label` as the strip shows it in the run's language (QADESK_TEST_LANGUAGE, English by default).
QString measure(const char* label)
{
    return QCoreApplication::translate("qadesk::CallPlayerWidget", label);
}

// The seconds a MetricsStrip::duration() text stands for, in the run's language: "1 min 35 s", "2 min", "−9.5 s".
double secondsIn(const QString& value)
{
    const auto match = [&value](const char* format, const QString& number) {
        QString pattern = QRegularExpression::escape(QCoreApplication::translate("qadesk::MetricsStrip", format));
        pattern.replace(QStringLiteral("\\%1"), number).replace(QStringLiteral("\\%2"), QStringLiteral("(\\d+)"));
        return QRegularExpression(QStringLiteral("^(−?)") + pattern + QStringLiteral("$")).match(value);
    };
    INFO("value: " << value.toStdString());
    const auto sign = [](const QRegularExpressionMatch& m) { return m.captured(1).isEmpty() ? 1 : -1; };
    if (const auto m = match("%1 min %2 s", QStringLiteral("(\\d+)")); m.hasMatch())
        return sign(m) * (m.captured(2).toDouble() * 60 + m.captured(3).toDouble());
    if (const auto m = match("%1 min", QStringLiteral("(\\d+)")); m.hasMatch())
        return sign(m) * m.captured(2).toDouble() * 60;
    const auto seconds = match("%1 s", QStringLiteral("(\\d+\\.\\d)"));
    REQUIRE(seconds.hasMatch());
    return sign(seconds) * seconds.captured(2).toDouble();
}

void checkSpan(const TimeSpan& found, qint64 startMs, qint64 endMs)
{
    INFO("found " << found.startMs << "-" << found.endMs << ", made " << startMs << "-" << endMs);
    CHECK(std::abs(found.startMs - startMs) <= 300);
    CHECK(std::abs(found.endMs - endMs) <= 300);
}

// A player shown with one of the tone call's files, once its analysis has arrived. The workspace outlives the player.
struct AnalysedCall {
    std::unique_ptr<Database> db = test::memoryWorkspace();
    CallPlayerWidget player { *db };

    AnalysedCall(const QString& path, int channels)
    {
        const qint64 contactId = test::addSampleContact(*db);
        player.resize(900, 260);
        player.show();
        player.setRecording(contactId, path, Recording { path, 19000, channels, 0 });
        REQUIRE(QTest::qWaitFor([&] { return player.analysis().has_value(); }, 15000));
    }
};

} // namespace

TEST_CASE("a stereo call shows dead air and overtalk as bands, its measures in a strip, and a band click seeks there")
{
    AnalysedCall call(toneCall().stereo, 2);
    CallPlayerWidget& player = call.player;

    // Both silent from 4 to 8 s; both speaking from 10 to 11 s. The 1.5 s pause at 13.5 s is not dead air.
    const WaveformView* waveform = player.waveform();
    REQUIRE(waveform->deadAir().size() == 1);
    checkSpan(waveform->deadAir().first(), 4000, 8000);
    REQUIRE(waveform->overtalk().size() == 1);
    checkSpan(waveform->overtalk().first(), 10000, 11000);

    // By hand: the agent talks 3.5 + 3 + 3 = 9.5 s and the customer 3.5 s, so 9.5 / 13 = 73 % to 27 %; the longest
    // agent run without the customer or a dead-air pause is the first, 3.5 s; the agent answers the customer's only
    // turn (ending at 13.5 s) at 15 s.
    const MetricsStrip* strip = player.metrics();
    REQUIRE(strip->isVisible());
    CHECK(strip->note().isEmpty());
    CHECK(std::abs(secondsIn(strip->value(measure("Agent talk"))) - 9.5) <= 0.3);
    CHECK(std::abs(secondsIn(strip->value(measure("Customer talk"))) - 3.5) <= 0.3);
    CHECK(strip->value(measure("Talk ratio, agent : customer")) == QStringLiteral("73 : 27"));
    CHECK(std::abs(secondsIn(strip->value(measure("Dead air"))) - 4.0) <= 0.3);
    CHECK(std::abs(secondsIn(strip->value(measure("Longest dead air"))) - 4.0) <= 0.3);
    CHECK(std::abs(secondsIn(strip->value(measure("Overtalk"))) - 1.0) <= 0.3);
    CHECK(std::abs(secondsIn(strip->value(measure("Longest agent monologue"))) - 3.5) <= 0.3);
    CHECK(std::abs(secondsIn(strip->value(measure("Mean agent response"))) - 1.5) <= 0.3);

    // A click in the middle of a band plays from the band's start; a click beside it, from where it was clicked.
    REQUIRE(QTest::qWaitFor([&] { return player.duration() > 0; }, 10000));
    auto* view = player.waveform();
    const auto xAt = [&](qint64 ms) { return int(double(ms) / double(player.duration()) * view->width()); };
    QTest::mouseClick(view, Qt::LeftButton, {}, QPoint(xAt(6000), view->height() / 2));
    REQUIRE(QTest::qWaitFor([&] { return std::abs(player.position() - waveform->deadAir().first().startMs) < 100; },
                            10000));
    QTest::mouseClick(view, Qt::LeftButton, {}, QPoint(xAt(10500), view->height() / 2));
    REQUIRE(QTest::qWaitFor([&] { return std::abs(player.position() - waveform->overtalk().first().startMs) < 100; },
                            10000));
    QTest::mouseClick(view, Qt::LeftButton, {}, QPoint(xAt(16000), view->height() / 2));
    REQUIRE(QTest::qWaitFor([&] { return std::abs(player.position() - 16000) < 200; }, 10000));
}

TEST_CASE("a mono call shows dead air only and says it tells speech from silence only")
{
    AnalysedCall call(toneCall().mono, 1);
    CallPlayerWidget& player = call.player;
    REQUIRE(player.waveform()->deadAir().size() == 1);
    checkSpan(player.waveform()->deadAir().first(), 4000, 8000);
    CHECK(player.waveform()->overtalk().isEmpty());
    const MetricsStrip* strip = player.metrics();
    CHECK(strip->note().contains(measure("A mono recording: it tells speech from silence only, not who spoke, so "
                                         "talk times, overtalk and response times need a stereo recording.")));
    // Speech 0.5-4, 8-13.5 and 15-18 s: 3.5 + 5.5 + 3 = 12 s.
    CHECK(std::abs(secondsIn(strip->value(measure("Speech"))) - 12.0) <= 0.3);
    CHECK(strip->value(measure("Agent talk")).isEmpty());
    CHECK(strip->value(measure("Overtalk")).isEmpty());
}

TEST_CASE("a waveform cached without frame levels is decoded again, so the call is still analysed")
{
    const ToneCall& call = toneCall();
    const auto db = test::memoryWorkspace();
    const qint64 contactId = test::addSampleContact(*db);
    QString error;
    auto old = WaveformDecoder::decode(call.stereo, {}, &error);
    REQUIRE(old);
    old->levels.clear(); // as a version 1 cache entry reads
    const RecordingStamp stamp = RecordingStamp::of(call.stereo);
    RecordingPeaksRepository(*db).store(contactId, stamp, *old);

    CallPlayerWidget player(*db);
    player.show();
    player.setRecording(contactId, call.stereo, Recording { call.stereo, 19000, 2, 0 });
    // Not drawn from the cache.
    const QString drawing
        = QCoreApplication::translate("qadesk::WaveformView", "Drawing waveform… %1%").section(QStringLiteral("%1"), 0, 0);
    CHECK(player.waveform()->message().startsWith(drawing));
    REQUIRE(QTest::qWaitFor([&] { return player.analysis().has_value(); }, 15000));
    CHECK(player.waveform()->overtalk().size() == 1);
    const auto cached = RecordingPeaksRepository(*db).find(contactId, stamp);
    REQUIRE(cached);
    CHECK(cached->hasLevels()); // the entry is replaced by one that has them
}
