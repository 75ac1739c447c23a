#include "evaluate/WaveformView.h"
#include "shell/Theme.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

using namespace qadesk;

namespace {

// Two seconds at 50 bins a second: channel 0 loud in the first second, channel 1 in the second.
WaveformPeaks twoSides()
{
    WaveformPeaks peaks;
    peaks.channels = 2;
    peaks.durationMs = 2000;
    peaks.peaks.resize(2);
    for (int bin = 0; bin < 100; ++bin) {
        peaks.peaks[0] << quint8(bin < 50 ? 230 : 0);
        peaks.peaks[1] << quint8(bin < 50 ? 0 : 230);
    }
    return peaks;
}

bool near(const QColor& a, const QColor& b)
{
    const auto close = [](int x, int y) { return std::abs(x - y) < 40; };
    return close(a.red(), b.red()) && close(a.green(), b.green()) && close(a.blue(), b.blue());
}

void dragTo(QWidget& widget, int x)
{
    const QPointF at(x, widget.height() / 2);
    QMouseEvent move(QEvent::MouseMove, at, widget.mapToGlobal(at), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&widget, &move);
}

} // namespace

TEST_CASE("each side is drawn in its colour in its own lane, the agent's on top")
{
    WaveformView view;
    view.resize(400, 96);
    view.show();
    // The agent on the right channel: their lane (on top) is loud in the second second.
    view.setPeaks(twoSides(), 1);
    view.setDuration(2000);
    view.setPosition(2000); // all played: full colours everywhere
    CHECK(view.message().isEmpty());
    const QImage image = view.grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    const auto pixel = [&](int x, int y) { return image.pixelColor(int(x * ratio), int(y * ratio)); };
    const int topLane = 36; // below the centre of the top lane, clear of the legend
    const int bottomLane = 72;
    CHECK(near(pixel(300, topLane), theme::colour(theme::Colour::Accent, view.palette())));
    CHECK(near(pixel(100, bottomLane), theme::colour(theme::Colour::Secondary, view.palette())));
    CHECK(near(pixel(100, topLane), view.palette().base().color())); // the agent is silent in the first second
    CHECK(near(pixel(300, bottomLane), view.palette().base().color()));

    // Before the playhead full colour, after it paler.
    view.setPosition(1000);
    const QImage half = view.grab().toImage();
    CHECK_FALSE(near(half.pixelColor(int(300 * ratio), int(topLane * ratio)), theme::colour(theme::Colour::Accent, view.palette())));
    CHECK(near(half.pixelColor(int(100 * ratio), int(bottomLane * ratio)), theme::colour(theme::Colour::Secondary, view.palette())));
}

TEST_CASE("a mono recording is one lane in a neutral colour")
{
    WaveformView view;
    view.resize(400, 96);
    view.show();
    WaveformPeaks mono = twoSides();
    mono.channels = 1;
    mono.peaks.resize(1);
    view.setPeaks(mono, 0);
    view.setPosition(2000);
    const QImage image = view.grab().toImage();
    const qreal ratio = image.devicePixelRatio();
    const QColor middle = image.pixelColor(int(100 * ratio), int(60 * ratio));
    CHECK_FALSE(near(middle, theme::colour(theme::Colour::Accent, view.palette())));
    CHECK_FALSE(near(middle, theme::colour(theme::Colour::Secondary, view.palette())));
    CHECK_FALSE(near(middle, view.palette().base().color()));
}

TEST_CASE("clicking or dragging on the waveform asks to seek there")
{
    WaveformView view;
    view.resize(400, 96);
    view.show();
    QSignalSpy seeks(&view, &WaveformView::seekRequested);
    QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(100, 48));
    CHECK(seeks.isEmpty()); // nothing to seek in yet

    view.setPeaks(twoSides(), 0);
    view.setDuration(4000); // the player's length wins over the peaks' own
    QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(100, 48));
    REQUIRE(seeks.size() == 1);
    CHECK(seeks.last().first().toLongLong() == 1000);
    dragTo(view, 300);
    REQUIRE(seeks.size() == 2);
    CHECK(seeks.last().first().toLongLong() == 3000);
    dragTo(view, 500); // past the edge: the end
    CHECK(seeks.last().first().toLongLong() == 4000);
}

TEST_CASE("while computing it shows the progress, and a failure says why")
{
    WaveformView view;
    view.resize(400, 96);
    view.show();
    view.setProgress(0.427);
    CHECK(view.message() == QCoreApplication::translate("qadesk::WaveformView", "Drawing waveform… %1%").arg(42));
    CHECK_FALSE(view.peaks());
    view.grab();
    view.setError(QStringLiteral("The recording /x/call.wav is damaged."));
    CHECK(view.message() == QStringLiteral("The recording /x/call.wav is damaged."));
    view.grab();
    view.setPeaks(twoSides(), 0);
    CHECK(view.message().isEmpty());
    CHECK(view.peaks());
    view.clear();
    CHECK_FALSE(view.peaks());
    CHECK(view.message().isEmpty());
}
