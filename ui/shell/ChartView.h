#pragma once

#include <QChartView>

#include <functional>

namespace qadesk {

// A chart view that can be read from the keyboard: it takes focus, Left/Right (and Home/End) select a point of the
// current series, Up/Down change series, and the selected point is marked and described to screen readers
// ("Series: category, value") through the accessible description.
class ChartView final : public QChartView
{
    Q_OBJECT

public:
    explicit ChartView(QChart* chart = nullptr, QWidget* parent = nullptr);
    explicit ChartView(QWidget* parent)
        : ChartView(nullptr, parent)
    {
    }

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Series
    {
        QString name;
        QList<QPair<QString, double>> points; // category or x, value
        std::function<void(int)> mark; // marks point i (-1: none)
    };

    QList<Series> readableSeries() const;
    void select(int series, int point);

    int m_series = 0;
    int m_point = -1;
};

} // namespace qadesk
