#pragma once

#include "analytics/ConversationMetrics.h"

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace qadesk {

// One threshold on the stored conversation measures, as the queue and a sampling plan's reserve use it: "dead air
// over 20 s", "overtalk over 5 %", "a reply wait over 2 min", "first response over 60 s", or none.
class MetricsFilterWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit MetricsFilterWidget(QWidget* parent = nullptr);
    ~MetricsFilterWidget() override;
    Q_DISABLE_COPY_MOVE(MetricsFilterWidget)

    // The filter chosen; empty when the first choice ("any", or the text given to setNoneText) is current.
    MetricsFilter filter() const;
    // Shows the first threshold set in `filter` (the widget holds one at a time).
    void setFilter(const MetricsFilter& filter);
    // The text of the "no threshold" choice; "Any conversation" unless set.
    void setNoneText(const QString& text);

signals:
    void filterChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Measure { None, DeadAir, Overtalk, ReplyWait, FirstResponse };
    static int defaultThreshold(Measure measure);
    void retranslate();
    void updateUnit();

    QComboBox* m_measure;
    QSpinBox* m_threshold;
    QString m_noneText;
};

} // namespace qadesk
