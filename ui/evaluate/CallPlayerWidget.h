#pragma once

#include "MarkerStrip.h"

#include <QWidget>

class QAudioOutput;
class QComboBox;
class QLabel;
class QMediaPlayer;
class QSlider;
class QToolButton;

namespace qadesk {

// Plays a call recording: play/pause, seek by click and drag, ±5 s, speed 0.5–2×, volume, markers for anchored
// comments. Errors (a missing or corrupt file) go to its status line; it never blocks or crashes. Its QActions carry
// the shortcuts (Space, Ctrl+←/→, Ctrl+↑/↓), so the window's shortcut list shows them.
class CallPlayerWidget final : public QWidget {
    Q_OBJECT

public:
    explicit CallPlayerWidget(QWidget* parent = nullptr);
    ~CallPlayerWidget() override;

    void setSource(const QString& absolutePath); // an empty path: nothing to play
    void setMarkers(const QList<MarkerStrip::Marker>& markers);
    qint64 position() const;
    qint64 duration() const;
    bool isPlaying() const;
    QString statusText() const;
    QMediaPlayer* player() const { return m_player; }

    void play();
    void pause();
    void togglePlay();
    void seek(qint64 positionMs);
    void skip(qint64 deltaMs);
    void setSpeed(double rate);
    double speed() const;

signals:
    void positionChanged(qint64 positionMs);

private:
    void updateTime();
    static QString clock(qint64 ms);

    QMediaPlayer* m_player = nullptr;
    QAudioOutput* m_output = nullptr;
    QToolButton* m_playButton = nullptr;
    QSlider* m_positionSlider = nullptr;
    MarkerStrip* m_markers = nullptr;
    QLabel* m_timeLabel = nullptr;
    QComboBox* m_speedComboBox = nullptr;
    QSlider* m_volumeSlider = nullptr;
    QLabel* m_statusLabel = nullptr;
    QList<MarkerStrip::Marker> m_markerList;
};

} // namespace qadesk
