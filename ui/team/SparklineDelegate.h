#pragma once

#include <QStyledItemDelegate>

#include <optional>

namespace qadesk {

// Draws a small line of values in a cell: the QVariantList of doubles in `valuesRole`, oldest first, an invalid entry
// a gap that breaks the line. Every row shares one scale (setRange), so lines can be compared down a column; the
// target, when set, is a faint dashed line. The last value gets a larger dot, red when under the target.
class SparklineDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit SparklineDelegate(int valuesRole, QObject* parent = nullptr);

    void setRange(double low, double high);
    void setTarget(std::optional<double> target);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    const int m_valuesRole;
    double m_low = 0;
    double m_high = 100;
    std::optional<double> m_target;
};

} // namespace qadesk
