#pragma once

#include "media/CallAnalysis.h"
#include "media/WaveformPeaks.h"

#include <QPixmap>
#include <QWidget>
#include <optional>

namespace qadesk {

// The recording's waveform above the player's controls: each channel's peaks mirrored around its own centre line,
// the agent's lane on top in the agent's colour and the customer's below in theirs, with a legend; the part not yet
// played is paler, and a line marks the playhead. Clicking or dragging asks to seek. While the peaks are being
// computed it shows how far that has got, and if they cannot be, why. From the keyboard, the arrow keys step 5 s,
// Page Up/Down 30 s and Home/End go to either end; the accessible description says where the playhead is.
//
// Once the call is analysed, dead air and overtalk lie on the lanes as translucent bands in colours taken from the
// palette, named in the legend; hovering a band says what and how long it is, and clicking it seeks to its start.
class WaveformView final : public QWidget {
    Q_OBJECT

public:
    static constexpr qint64 s_stepMs = 5000;
    static constexpr qint64 s_pageMs = 30000;

    explicit WaveformView(QWidget* parent = nullptr);

    // agentChannel: 0 when the agent is on the left/first channel; ignored for mono peaks.
    void setPeaks(const WaveformPeaks& peaks, int agentChannel);
    void setProgress(double fraction); // computing: 0..1
    void setError(const QString& message);
    void clear();
    void setDuration(qint64 durationMs); // the player's; until it is known the peaks' own length is used
    void setPosition(qint64 positionMs);
    // Both sides silent (dead air) and both speaking (overtalk), from CallAnalysis; cleared with the peaks.
    void setBands(const QList<TimeSpan>& deadAir, const QList<TimeSpan>& overtalk);
    const QList<TimeSpan>& deadAir() const { return m_deadAir; }
    const QList<TimeSpan>& overtalk() const { return m_overtalk; }
    // The bands' colours for `palette`: a shade of its text colour for silence, a warm colour as light or dark as
    // the palette needs for talk-over; both translucent, so the waveform shows through.
    static QColor deadAirColour(const QPalette& palette);
    static QColor overtalkColour(const QPalette& palette);

    const std::optional<WaveformPeaks>& peaks() const { return m_peaks; }
    QString message() const; // the progress or error shown instead of a waveform; empty while one is drawn

    QSize sizeHint() const override { return { 400, 96 }; }
    QSize minimumSizeHint() const override { return { 120, 64 }; }

signals:
    void seekRequested(qint64 positionMs);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override; // tooltips name the band under the mouse

private:
    struct Band
    {
        TimeSpan span;
        bool overtalk = false;
    };
    enum class State { Empty, Computing, Ready, Failed };

    qint64 timelineMs() const;
    int xOf(qint64 positionMs) const;
    void seekTo(int x);
    std::optional<Band> bandAt(int x) const;
    QString bandText(const Band& band) const;
    void paintBands(QPainter& painter) const;
    void renderLanes(); // the waveform itself into m_lanes, redone only when the peaks, size or palette change
    void paintLegend(QPainter& painter) const;
    void retranslate();
    void describePosition();

    State m_state = State::Empty;
    std::optional<WaveformPeaks> m_peaks;
    int m_agentChannel = 0;
    double m_progress = 0;
    QString m_error;
    qint64 m_durationMs = 0;
    qint64 m_positionMs = 0;
    QPixmap m_lanes;
    QList<TimeSpan> m_deadAir;
    QList<TimeSpan> m_overtalk;
};

} // namespace qadesk
