#include "WaveformView.h"

#include "MetricsStrip.h"
#include "shell/Theme.h"

#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QTime>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace qadesk {

namespace {
constexpr int s_lanePadding = 2; // pixels between the lanes and the edges
constexpr int s_bandSlop = 2; // pixels either side of a band that still count as on it, so a short one is clickable

QString clockOf(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

WaveformView::WaveformView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("waveformView"));
    setMinimumHeight(64);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    retranslate();
}

void WaveformView::retranslate()
{
    setToolTip(tr("Click or drag to move the playhead"));
    setAccessibleName(tr("Waveform of the recording"));
    describePosition();
}

void WaveformView::describePosition()
{
    const auto clock
        = [](qint64 ms) { return QTime::fromMSecsSinceStartOfDay(int(ms)).toString(QStringLiteral("mm:ss")); };
    setAccessibleDescription(timelineMs() > 0 ? tr("Playhead at %1 of %2").arg(clock(m_positionMs), clock(timelineMs()))
                                              : message());
}

void WaveformView::setPeaks(const WaveformPeaks& peaks, int agentChannel)
{
    m_state = State::Ready;
    m_peaks = peaks;
    m_agentChannel = agentChannel;
    m_error.clear();
    renderLanes();
    describePosition();
    update();
}

void WaveformView::setProgress(double fraction)
{
    m_state = State::Computing;
    m_progress = std::clamp(fraction, 0.0, 1.0);
    m_peaks.reset();
    m_lanes = {};
    update();
}

void WaveformView::setError(const QString& message)
{
    m_state = State::Failed;
    m_error = message;
    m_peaks.reset();
    m_lanes = {};
    update();
}

void WaveformView::clear()
{
    m_state = State::Empty;
    m_peaks.reset();
    m_deadAir.clear();
    m_overtalk.clear();
    m_error.clear();
    m_lanes = {};
    m_durationMs = 0;
    m_positionMs = 0;
    update();
}

void WaveformView::setDuration(qint64 durationMs)
{
    if (durationMs == m_durationMs)
        return;
    m_durationMs = durationMs;
    renderLanes();
    describePosition();
    update();
}

void WaveformView::setBands(const QList<TimeSpan>& deadAir, const QList<TimeSpan>& overtalk)
{
    m_deadAir = deadAir;
    m_overtalk = overtalk;
    update();
}

QColor WaveformView::deadAirColour(const QPalette& palette)
{
    QColor colour = palette.text().color();
    colour.setAlpha(48);
    return colour;
}

QColor WaveformView::overtalkColour(const QPalette& palette)
{
    // An orange that neither lane uses, lighter on a dark base so it still stands out.
    const bool dark = palette.base().color().lightness() < 128;
    QColor colour = QColor::fromHsl(24, 220, dark ? 160 : 120);
    colour.setAlpha(dark ? 110 : 90);
    return colour;
}

void WaveformView::setPosition(qint64 positionMs)
{
    if (positionMs == m_positionMs)
        return;
    m_positionMs = positionMs;
    describePosition();
    update();
}

QString WaveformView::message() const
{
    switch (m_state) {
    case State::Computing:
        return tr("Drawing waveform… %1%").arg(int(std::floor(m_progress * 100)));
    case State::Failed:
        return m_error;
    case State::Empty:
    case State::Ready:
        break;
    }
    return {};
}

qint64 WaveformView::timelineMs() const
{
    if (m_durationMs > 0)
        return m_durationMs;
    return m_peaks ? m_peaks->durationMs : 0;
}

int WaveformView::xOf(qint64 positionMs) const
{
    const qint64 timeline = timelineMs();
    return timeline > 0 ? int(double(positionMs) / double(timeline) * width()) : 0;
}

void WaveformView::seekTo(int x)
{
    const qint64 timeline = timelineMs();
    if (timeline > 0)
        emit seekRequested(std::clamp(qint64(double(x) / std::max(1, width()) * timeline), qint64(0), timeline));
}

std::optional<WaveformView::Band> WaveformView::bandAt(int x) const
{
    if (m_state != State::Ready)
        return std::nullopt;
    // Overtalk first: it is the shorter kind, and the two never overlap anyway (silent versus both speaking).
    for (const bool overtalk : { true, false }) {
        for (const TimeSpan& span : overtalk ? m_overtalk : m_deadAir) {
            if (x >= xOf(span.startMs) - s_bandSlop && x <= xOf(span.endMs) + s_bandSlop)
                return Band { span, overtalk };
        }
    }
    return std::nullopt;
}

QString WaveformView::bandText(const Band& band) const
{
    const QString what
        = band.overtalk ? tr("Overtalk: both speaking for %1 (%2–%3)") : tr("Dead air: both silent for %1 (%2–%3)");
    return what.arg(MetricsStrip::duration(band.span.lengthMs()), clockOf(band.span.startMs), clockOf(band.span.endMs))
        + QLatin1Char('\n') + tr("Click to play from its start.");
}

void WaveformView::renderLanes()
{
    m_lanes = {};
    if (!m_peaks || m_peaks->isEmpty() || width() <= 0 || height() <= 0)
        return;
    const qreal ratio = devicePixelRatioF();
    m_lanes = QPixmap(size() * ratio);
    m_lanes.setDevicePixelRatio(ratio);
    m_lanes.fill(Qt::transparent);
    QPainter painter(&m_lanes);

    // The agent's lane on top whichever channel carries them; a mono recording is one lane for both.
    const bool stereo = m_peaks->channels >= 2;
    const int agent = std::clamp(m_agentChannel, 0, 1);
    const QList<std::pair<int, QColor>> lanes = stereo
        ? QList<std::pair<int, QColor>> { { agent, theme::colour(theme::Colour::Accent, palette()) }, { 1 - agent, theme::colour(theme::Colour::Secondary, palette()) } }
        : QList<std::pair<int, QColor>> { { 0, theme::colour(theme::Colour::Neutral, palette()) } };
    const double laneHeight = double(height() - 2 * s_lanePadding) / double(lanes.size());
    const double timeline = double(timelineMs());
    for (int lane = 0; lane < lanes.size(); ++lane) {
        const auto& [channel, colour] = lanes.at(lane);
        const double centre = s_lanePadding + laneHeight * (lane + 0.5);
        const double halfHeight = laneHeight / 2.0 - 1.0;
        painter.setPen(QPen(colour.lighter(170), 0));
        painter.drawLine(QPointF(0, centre), QPointF(width(), centre));
        painter.setPen(QPen(colour, 0));
        // One column per pixel: the loudest bin under it, mirrored, so short loud moments never vanish.
        for (int x = 0; x < width(); ++x) {
            const auto from = qint64(timeline * x / width());
            const auto to = qint64(timeline * (x + 1) / width());
            const double extent = halfHeight * m_peaks->maxPeak(channel, from, std::max(to, from + 1)) / 255.0;
            if (extent >= 0.5)
                painter.drawLine(QPointF(x + 0.5, centre - extent), QPointF(x + 0.5, centre + extent));
        }
    }
}

void WaveformView::paintLegend(QPainter& painter) const
{
    const bool stereo = m_peaks && m_peaks->channels >= 2;
    QList<std::pair<QString, QColor>> entries = stereo
        ? QList<std::pair<QString, QColor>> { { tr("Agent"), theme::colour(theme::Colour::Accent, palette()) },
                                                { tr("Customer"), theme::colour(theme::Colour::Secondary, palette()) } }
        : QList<std::pair<QString, QColor>> { { tr("Agent and customer (mono)"), theme::colour(theme::Colour::Neutral, palette()) } };
    if (!m_deadAir.isEmpty())
        entries.append({ tr("Dead air"), deadAirColour(palette()) });
    if (!m_overtalk.isEmpty())
        entries.append({ tr("Overtalk"), overtalkColour(palette()) });
    const QFontMetrics metrics(font());
    const int box = metrics.ascent() - 2;
    int x = 6;
    const int y = 4;
    for (const auto& [label, colour] : entries) {
        const int textWidth = metrics.horizontalAdvance(label);
        const QRect area(x - 3, y - 1, box + 6 + textWidth + 4, metrics.height() + 2);
        QColor backdrop = palette().base().color();
        backdrop.setAlpha(200);
        painter.fillRect(area, backdrop);
        painter.fillRect(QRect(x, y + (metrics.height() - box) / 2, box, box), colour);
        painter.setPen(palette().text().color());
        painter.drawText(QPoint(x + box + 4, y + metrics.ascent()), label);
        x = area.right() + 8;
    }
}

void WaveformView::paintBands(QPainter& painter) const
{
    for (const bool overtalk : { false, true }) {
        const QColor fill = overtalk ? overtalkColour(palette()) : deadAirColour(palette());
        QColor edge = fill;
        edge.setAlpha(std::min(255, fill.alpha() * 3));
        for (const TimeSpan& span : overtalk ? m_overtalk : m_deadAir) {
            const int left = xOf(span.startMs);
            const int right = std::max(left + 2, xOf(span.endMs)); // a short band stays visible
            const QRect area(left, 1, right - left, height() - 2);
            painter.fillRect(area, fill);
            painter.fillRect(QRect(area.left(), area.top(), 1, area.height()), edge);
            painter.fillRect(QRect(area.right(), area.top(), 1, area.height()), edge);
        }
    }
}

void WaveformView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    painter.setPen(palette().mid().color());
    painter.drawRect(rect().adjusted(0, 0, -1, -1));

    if (m_state != State::Ready) {
        const QString text = message();
        if (m_state == State::Computing) {
            // A thin bar along the bottom, so the progress reads at a glance.
            painter.fillRect(QRect(1, height() - 4, int((width() - 2) * m_progress), 3), palette().highlight());
        }
        painter.setPen(m_state == State::Failed ? theme::colour(theme::Colour::Bad, palette()) : palette().placeholderText().color());
        painter.drawText(rect().adjusted(8, 4, -8, -6), Qt::AlignCenter | Qt::TextWordWrap, text);
        return;
    }

    painter.drawPixmap(0, 0, m_lanes);
    const int playhead = std::clamp(xOf(m_positionMs), 0, width() - 1);
    QColor unplayed = palette().base().color();
    unplayed.setAlpha(130);
    painter.fillRect(QRect(playhead, 1, width() - playhead - 1, height() - 2), unplayed);
    paintBands(painter); // over the paler part too: a band ahead of the playhead is where to listen next
    painter.fillRect(QRect(playhead - 1, 0, 2, height()), palette().text());
    paintLegend(painter);
    if (hasFocus()) {
        painter.setPen(QPen(palette().highlight(), 2));
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

void WaveformView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    renderLanes();
}

void WaveformView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const int x = int(event->position().x());
    if (const auto band = bandAt(x))
        emit seekRequested(band->span.startMs);
    else
        seekTo(x);
}

void WaveformView::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() & Qt::LeftButton)
        seekTo(int(event->position().x()));
}

bool WaveformView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const auto band = bandAt(help->pos().x());
        QToolTip::showText(help->globalPos(), band ? bandText(*band) : toolTip(), this);
        return true;
    }
    return QWidget::event(event);
}

void WaveformView::keyPressEvent(QKeyEvent* event)
{
    const qint64 timeline = timelineMs();
    std::optional<qint64> target;
    switch (event->key()) {
    case Qt::Key_Left:
        target = m_positionMs - s_stepMs;
        break;
    case Qt::Key_Right:
        target = m_positionMs + s_stepMs;
        break;
    case Qt::Key_PageUp:
        target = m_positionMs - s_pageMs;
        break;
    case Qt::Key_PageDown:
        target = m_positionMs + s_pageMs;
        break;
    case Qt::Key_Home:
        target = 0;
        break;
    case Qt::Key_End:
        target = timeline;
        break;
    default:
        break;
    }
    if (!target || timeline <= 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    emit seekRequested(std::clamp(*target, qint64(0), timeline));
}

void WaveformView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        renderLanes();
    QWidget::changeEvent(event);
}

} // namespace qadesk
