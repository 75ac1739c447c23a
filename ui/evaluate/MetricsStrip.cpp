#include "MetricsStrip.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace qadesk {

MetricsStrip::MetricsStrip(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_noteLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("metricsStrip"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->setSpacing(0);
    m_label->setObjectName(QStringLiteral("metricsLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // wraps instead of widening the pane
    m_noteLabel->setObjectName(QStringLiteral("metricsNoteLabel"));
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_noteLabel->setForegroundRole(QPalette::PlaceholderText);
    m_noteLabel->hide();
    layout->addWidget(m_label);
    layout->addWidget(m_noteLabel);
}

void MetricsStrip::setMetrics(const QList<Metric>& metrics, const QString& note)
{
    m_metrics = metrics;
    // Names in the palette's muted text colour, values in bold, so a row of numbers reads at a glance.
    const QString muted = palette().placeholderText().color().name();
    QStringList parts;
    QStringList tips;
    for (const Metric& metric : metrics) {
        // Non-breaking spaces inside a measure, so the line wraps only between measures.
        const auto unbroken = [](const QString& text) {
            return text.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
        };
        parts << QStringLiteral("<span style='color:%1'>%2</span>&nbsp;<b>%3</b>")
                     .arg(muted, unbroken(metric.name), unbroken(metric.value));
        if (!metric.toolTip.isEmpty())
            tips << QStringLiteral("%1: %2").arg(metric.name, metric.toolTip);
    }
    // The dot keeps to the measure before it, so no line starts with one.
    m_label->setText(parts.join(QStringLiteral("&nbsp;&nbsp;·&nbsp; ")));
    m_label->setToolTip(tips.join(QLatin1Char('\n')));
    m_noteLabel->setText(note);
    m_noteLabel->setVisible(!note.isEmpty());
}

void MetricsStrip::clear()
{
    setMetrics({});
}

QString MetricsStrip::value(const QString& name) const
{
    for (const Metric& metric : m_metrics) {
        if (metric.name == name)
            return metric.value;
    }
    return {};
}

QString MetricsStrip::note() const
{
    return m_noteLabel->text();
}

QString MetricsStrip::duration(qint64 ms)
{
    const QString sign = ms < 0 ? QStringLiteral("−") : QString();
    const qint64 magnitude = std::abs(ms);
    if (magnitude < 60 * 1000)
        return sign + tr("%1 s").arg(QLocale().toString(double(magnitude) / 1000.0, 'f', 1));
    const qint64 seconds = (magnitude + 500) / 1000;
    if (seconds % 60 == 0)
        return sign + tr("%1 min").arg(seconds / 60);
    return sign + tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString MetricsStrip::percent(double fraction)
{
    return tr("%1 %").arg(qRound(fraction * 100));
}

} // namespace qadesk
