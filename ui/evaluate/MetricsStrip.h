#pragma once

#include <QWidget>

class QLabel;

namespace qadesk {

// A line of conversation measures beside a recording or a transcript, each a name and its value ("Dead air 4.5 s"),
// wrapped when the pane is narrow, with a note under them when the measures are limited (a mono call).
class MetricsStrip final : public QWidget
{
    Q_OBJECT

public:
    struct Metric
    {
        QString name;
        QString value;
        QString toolTip; // what the measure means, in words
    };

    explicit MetricsStrip(QWidget* parent = nullptr);

    void setMetrics(const QList<Metric>& metrics, const QString& note = {});
    void clear();
    const QList<Metric>& metrics() const { return m_metrics; }
    QString value(const QString& name) const; // the value shown for `name`, empty when there is no such measure
    QString note() const;

    // A length for people: "4.5 s" under a minute, "2 min 05 s" or "2 min" from a minute on; negative lengths keep
    // their sign.
    static QString duration(qint64 ms);
    static QString percent(double fraction); // 0..1 as "83 %"

private:
    QLabel* m_label = nullptr;
    QLabel* m_noteLabel = nullptr;
    QList<Metric> m_metrics;
};

} // namespace qadesk
