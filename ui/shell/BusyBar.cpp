#include "BusyBar.h"

#include <QPainter>
#include <QTimerEvent>

#include <algorithm>

namespace qadesk {

BusyBar::BusyBar(QWidget* parent)
    : QProgressBar(parent)
{
    setRange(0, 0);
    setTextVisible(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void BusyBar::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    // A quarter of the width, moving right; what passes the right edge comes in again at the left, so the band is
    // always whole in view.
    const int band = std::max(width() / 4, 1);
    const qint64 elapsed = m_since.isValid() ? m_since.elapsed() : 0;
    const int left = int((elapsed % s_sweepMs) * width() / s_sweepMs);
    painter.fillRect(QRect(left, 0, band, height()), palette().highlight());
    if (left + band > width())
        painter.fillRect(QRect(0, 0, left + band - width(), height()), palette().highlight());
}

void BusyBar::timerEvent(QTimerEvent* event)
{
    if (event->timerId() != m_frames.timerId()) {
        QProgressBar::timerEvent(event);
        return;
    }
    update();
}

void BusyBar::showEvent(QShowEvent* event)
{
    m_since.start();
    m_frames.start(s_frameMs, Qt::CoarseTimer, this);
    QProgressBar::showEvent(event);
}

void BusyBar::hideEvent(QHideEvent* event)
{
    m_frames.stop();
    QProgressBar::hideEvent(event);
}

} // namespace qadesk
