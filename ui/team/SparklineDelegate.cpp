#include "SparklineDelegate.h"

#include "shell/Theme.h"

#include <QApplication>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>

namespace qadesk {

SparklineDelegate::SparklineDelegate(int valuesRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_valuesRole(valuesRole)
{
}

void SparklineDelegate::setRange(double low, double high)
{
    Q_ASSERT(high > low);
    m_low = low;
    m_high = high;
}

void SparklineDelegate::setTarget(std::optional<double> target)
{
    m_target = target;
}

void SparklineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    // The cell's background, selection and focus as the style draws them, without text.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear();
    const QWidget* widget = option.widget;
    (widget ? widget->style() : QApplication::style())->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

    const QVariantList values = index.data(m_valuesRole).toList();
    if (values.isEmpty())
        return;
    const QRectF area = QRectF(option.rect).adjusted(8, 5, -8, -5);
    const auto at = [&](qsizetype i, double value) {
        const double x = values.size() > 1 ? area.left() + area.width() * double(i) / double(values.size() - 1) : area.center().x();
        return QPointF(x, area.bottom() - (std::clamp(value, m_low, m_high) - m_low) / (m_high - m_low) * area.height());
    };

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QColor ink = selected ? option.palette.color(QPalette::HighlightedText)
                                : theme::colour(theme::Colour::Accent, option.palette);
    const QColor low = selected ? ink : theme::colour(theme::Colour::Bad, option.palette);
    if (m_target) {
        QColor faint = selected ? ink : theme::colour(theme::Colour::Target, option.palette);
        faint.setAlpha(140);
        painter->setPen(QPen(faint, 1, Qt::DashLine));
        const double y = at(0, *m_target).y();
        painter->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    }

    // A month without a mean breaks the line rather than bridging it, so a gap is not mistaken for a steady month.
    painter->setPen(QPen(ink, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    QPolygonF run;
    for (qsizetype i = 0; i <= values.size(); ++i) {
        if (i < values.size() && values.at(i).isValid()) {
            run << at(i, values.at(i).toDouble());
            continue;
        }
        if (run.size() > 1)
            painter->drawPolyline(run);
        run.clear();
    }
    // A dot on every month (a lone month shows too); the last, this month, larger and red under the target.
    painter->setPen(Qt::NoPen);
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!values.at(i).isValid())
            continue;
        const double value = values.at(i).toDouble();
        const bool last = i == values.size() - 1;
        painter->setBrush(last && m_target && value < *m_target ? low : ink);
        const double radius = last ? 3.2 : 1.8;
        painter->drawEllipse(at(i, value), radius, radius);
    }
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int points = int(index.data(m_valuesRole).toList().size());
    return QSize(std::max(90, 18 * points + 16), option.fontMetrics.height() + 12);
}

} // namespace qadesk
