#include "MarkerStrip.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace qadesk {

MarkerStrip::MarkerStrip(QWidget* parent)
    : QWidget(parent)
{
    setFixedHeight(14);
    setCursor(Qt::PointingHandCursor);
}

void MarkerStrip::setMarkers(const QList<Marker>& markers, qint64 durationMs)
{
    m_markers = markers;
    m_durationMs = durationMs;
    update();
}

int MarkerStrip::xOf(qint64 positionMs) const
{
    return m_durationMs > 0 ? int(double(positionMs) / double(m_durationMs) * (width() - 1)) : 0;
}

const MarkerStrip::Marker* MarkerStrip::markerAt(int x) const
{
    for (const auto& marker : m_markers) {
        if (std::abs(xOf(marker.positionMs) - x) <= 4)
            return &marker;
    }
    return nullptr;
}

void MarkerStrip::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    for (const auto& marker : m_markers) {
        const int x = xOf(marker.positionMs);
        painter.fillRect(QRect(x - 2, 1, 4, height() - 2), marker.color);
    }
}

void MarkerStrip::mousePressEvent(QMouseEvent* event)
{
    const int x = int(event->position().x());
    const Marker* marker = markerAt(x);
    if (m_durationMs > 0)
        emit seekRequested(marker ? marker->positionMs : qint64(double(x) / std::max(1, width() - 1) * m_durationMs));
}

bool MarkerStrip::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        if (const Marker* marker = markerAt(help->pos().x()))
            QToolTip::showText(help->globalPos(), marker->label, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace qadesk
