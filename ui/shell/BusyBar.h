#pragma once

#include <QBasicTimer>
#include <QElapsedTimer>
#include <QProgressBar>

namespace qadesk {

// A thin "working, no end known" bar (a progress bar with range 0..0, so screen readers hear a busy progress bar by
// its accessible name). It paints itself: a band in the palette's highlight colour sliding over the window colour,
// opaque, so each frame repaints its own few pixels only. A style's busy bar draws antialiased stripes across the
// whole width and, being transparent, makes what lies beneath it repaint on every frame.
class BusyBar final : public QProgressBar {
    Q_OBJECT

public:
    explicit BusyBar(QWidget* parent = nullptr);

    static constexpr int s_frameMs = 40; // 25 frames a second: smooth enough for a bar this thin
    static constexpr int s_sweepMs = 1600; // the band's way across the whole width

protected:
    void paintEvent(QPaintEvent* event) override;
    void timerEvent(QTimerEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QBasicTimer m_frames;
    QElapsedTimer m_since; // the band's position follows the time shown, whatever frames were late
};

} // namespace qadesk
