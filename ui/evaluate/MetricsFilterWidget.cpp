#include "MetricsFilterWidget.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QSpinBox>

namespace qadesk {

MetricsFilterWidget::MetricsFilterWidget(QWidget* parent)
    : QWidget(parent)
    , m_measure(new QComboBox(this))
    , m_threshold(new QSpinBox(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_measure, 1);
    layout->addWidget(m_threshold);
    m_measure->setObjectName(QStringLiteral("metricsMeasureComboBox"));
    m_threshold->setObjectName(QStringLiteral("metricsThresholdSpinBox"));
    for (int measure = int(Measure::None); measure <= int(Measure::FirstResponse); ++measure)
        m_measure->addItem(QString(), measure);
    m_threshold->setRange(0, 3600);
    m_threshold->setEnabled(false);
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        m_threshold->blockSignals(true);
        m_threshold->setValue(defaultThreshold(Measure(m_measure->currentData().toInt())));
        m_threshold->blockSignals(false);
        updateUnit();
        emit filterChanged();
    });
    connect(m_threshold, &QSpinBox::valueChanged, this, &MetricsFilterWidget::filterChanged);
    retranslate();
}

MetricsFilterWidget::~MetricsFilterWidget() = default;

// The threshold a measure starts at when chosen: the examples and a centre's usual targets.
int MetricsFilterWidget::defaultThreshold(Measure measure)
{
    switch (measure) {
    case Measure::None:
        return 0;
    case Measure::DeadAir:
        return 20; // s
    case Measure::Overtalk:
        return 5; // %
    case Measure::ReplyWait:
        return 2; // min
    case Measure::FirstResponse:
        return 60; // s
    }
    return 0;
}

MetricsFilter MetricsFilterWidget::filter() const
{
    MetricsFilter filter;
    const qint64 value = m_threshold->value();
    switch (Measure(m_measure->currentData().toInt())) {
    case Measure::None:
        break;
    case Measure::DeadAir:
        filter.deadAirOverMs = value * 1000;
        break;
    case Measure::Overtalk:
        filter.overtalkOverShare = double(value) / 100.0;
        break;
    case Measure::ReplyWait:
        filter.replyWaitOverMs = value * 60 * 1000;
        break;
    case Measure::FirstResponse:
        filter.firstResponseOverMs = value * 1000;
        break;
    }
    return filter;
}

void MetricsFilterWidget::setFilter(const MetricsFilter& filter)
{
    Measure measure = Measure::None;
    qint64 value = 0;
    if (filter.deadAirOverMs) {
        measure = Measure::DeadAir;
        value = *filter.deadAirOverMs / 1000;
    } else if (filter.overtalkOverShare) {
        measure = Measure::Overtalk;
        value = qRound64(*filter.overtalkOverShare * 100.0);
    } else if (filter.replyWaitOverMs) {
        measure = Measure::ReplyWait;
        value = *filter.replyWaitOverMs / 60000;
    } else if (filter.firstResponseOverMs) {
        measure = Measure::FirstResponse;
        value = *filter.firstResponseOverMs / 1000;
    }
    const QSignalBlocker blockMeasure(m_measure);
    const QSignalBlocker blockThreshold(m_threshold);
    m_measure->setCurrentIndex(m_measure->findData(int(measure)));
    m_threshold->setValue(int(value));
    updateUnit();
    emit filterChanged();
}

void MetricsFilterWidget::setNoneText(const QString& text)
{
    m_noneText = text;
    retranslate();
}

void MetricsFilterWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MetricsFilterWidget::retranslate()
{
    const QStringList measures { m_noneText.isEmpty() ? tr("Any conversation") : m_noneText, tr("Dead air over"),
                                 tr("Overtalk over"), tr("A reply wait over"), tr("First response over") };
    for (int i = 0; i < measures.size(); ++i)
        m_measure->setItemText(i, measures.at(i));
    m_measure->setAccessibleName(tr("Conversation measure"));
    m_threshold->setAccessibleName(tr("Threshold"));
    updateUnit();
}

void MetricsFilterWidget::updateUnit()
{
    const auto measure = Measure(m_measure->currentData().toInt());
    m_threshold->setEnabled(measure != Measure::None);
    m_threshold->setSuffix(measure == Measure::Overtalk        ? tr(" %")
                               : measure == Measure::ReplyWait ? tr(" min")
                               : measure == Measure::None      ? QString()
                                                               : tr(" s"));
}

} // namespace qadesk
