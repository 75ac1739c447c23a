#pragma once

#include "MarkerStrip.h"
#include "media/CallAnalysis.h"
#include "media/WaveformDecoder.h"

#include <QFutureWatcher>
#include <QWidget>

class QAction;
class QAudioOutput;
class QComboBox;
class QLabel;
class QMediaPlayer;
class QSlider;
class QToolButton;

namespace qadesk {

class Database;
class MetricsStrip;
class WaveformView;
struct Recording;

// Plays a call recording: a waveform of both sides, play/pause, seek by click and drag (on the waveform or the
// slider), ±5 s, speed 0.5–2×, volume, markers for anchored comments. The waveform comes from the workspace's cache
// when the file is unchanged; otherwise it is computed on a worker thread, the call playable meanwhile, then cached.
// Errors (a missing or corrupt file) go to its status line and the waveform's place; it never blocks or crashes.
// Once the waveform is there, the call is analysed on a worker thread (CallAnalysis): dead air and overtalk become
// bands on the waveform, and a strip above it gives talk times, talk ratio, dead air, overtalk, the longest agent
// monologue and the agent's mean response time. A cached waveform without frame levels (cached before calls were
// analysed) is decoded again, so every call gets its analysis.
// Its QActions carry the shortcuts (Space, Ctrl+←/→, Ctrl+↑/↓), so the window's shortcut list shows them.
class CallPlayerWidget final : public QWidget {
    Q_OBJECT

public:
    static constexpr int s_minimumSeekWidth = 200; // px: fine enough to find a moment in a call of several minutes

    // `workspace` holds the waveform cache and must outlive the widget.
    explicit CallPlayerWidget(const Database& workspace, QWidget* parent = nullptr);
    ~CallPlayerWidget() override; // cancels a waveform still being computed

    // Plays the recording of contact `contactId` found at `absolutePath` (recording.path may be relative).
    void setRecording(qint64 contactId, const QString& absolutePath, const Recording& recording);
    void clearRecording(); // nothing to play
    void setMarkers(const QList<MarkerStrip::Marker>& markers);
    qint64 position() const;
    qint64 duration() const;
    bool isPlaying() const;
    QString statusText() const;
    QMediaPlayer* player() const { return m_player; } // null until the first recording is set
    WaveformView* waveform() const { return m_waveform; }
    MetricsStrip* metrics() const { return m_metrics; }
    const std::optional<CallAnalysis>& analysis() const { return m_analysis; } // nullopt until analysed

    void play();
    void pause();
    void togglePlay();
    void seek(qint64 positionMs);
    void skip(qint64 deltaMs);
    void setSpeed(double rate);
    double speed() const;

signals:
    void positionChanged(qint64 positionMs);

protected:
    void changeEvent(QEvent* event) override;

private:
    QMediaPlayer* mediaPlayer(); // made at the first call
    float volume() const; // the slider's, 0..1
    void retranslate();
    void setStatus(const QString& text);
    static QString missingText(const QString& path);
    void showWaveform(qint64 contactId, const QString& absolutePath, const Recording& recording);
    void cancelWaveform();
    void analyse(const WaveformPeaks& peaks, int agentChannel); // on a worker thread; then shows the result
    void showMetrics();
    void updateTime();
    static QString clock(qint64 ms);

    const Database& m_workspace;
    QMediaPlayer* m_player = nullptr;
    QAudioOutput* m_output = nullptr;
    WaveformView* m_waveform = nullptr;
    QFutureWatcher<WaveformResult>* m_waveformWatcher = nullptr; // the decode in progress, if any
    QFutureWatcher<std::optional<CallAnalysis>>* m_analysisWatcher = nullptr; // the analysis in progress, if any
    MetricsStrip* m_metrics = nullptr;
    std::optional<CallAnalysis> m_analysis;
    QToolButton* m_backButton = nullptr;
    QToolButton* m_playButton = nullptr;
    QToolButton* m_forwardButton = nullptr;
    QList<QAction*> m_shortcuts; // in the order of retranslate()'s texts
    QSlider* m_positionSlider = nullptr;
    MarkerStrip* m_markers = nullptr;
    QLabel* m_timeLabel = nullptr;
    QComboBox* m_speedComboBox = nullptr;
    QSlider* m_volumeSlider = nullptr;
    QLabel* m_statusLabel = nullptr;
    QList<MarkerStrip::Marker> m_markerList;
    QString m_missingPath; // the recording that was not found, for its message in another language
};

} // namespace qadesk
