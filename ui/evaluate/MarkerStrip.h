#pragma once

#include <QColor>
#include <QWidget>

namespace qadesk {

// A thin bar under the player's slider showing where comments and answers are anchored in the recording.
// Clicking a marker (or anywhere) asks to seek there.
class MarkerStrip final : public QWidget {
    Q_OBJECT

public:
    struct Marker {
        qint64 positionMs = 0;
        QString label;
        QColor color;
    };

    explicit MarkerStrip(QWidget* parent = nullptr);
    void setMarkers(const QList<Marker>& markers, qint64 durationMs);
    QSize sizeHint() const override { return { 200, 14 }; }

signals:
    void seekRequested(qint64 positionMs);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override; // tooltips name the marker under the mouse

private:
    int xOf(qint64 positionMs) const;
    const Marker* markerAt(int x) const;
    QList<Marker> m_markers;
    qint64 m_durationMs = 0;
};

} // namespace qadesk
