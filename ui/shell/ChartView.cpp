#include "ChartView.h"

#include "Theme.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QKeyEvent>
#include <QLocale>
#include <QTextDocumentFragment>
#include <QXYSeries>

#include <algorithm>
#include <cmath>
#include <limits>

namespace qadesk {
namespace {

// What a reader calls the point at `x`: its category where the axis has them, else the number.
QString categoryAt(const QChart* chart, double x)
{
    for (QAbstractAxis* axis : chart->axes()) {
        if (auto* bars = qobject_cast<QBarCategoryAxis*>(axis)) {
            const int i = int(std::lround(x));
            if (i >= 0 && i < bars->count()) // a long category is wrapped as rich text (ReportCharts)
                return QTextDocumentFragment::fromHtml(bars->at(i)).toPlainText().simplified();
        } else if (auto* categories = qobject_cast<QCategoryAxis*>(axis)) {
            for (const QString& label : categories->categoriesLabels()) {
                if (std::abs(categories->endValue(label) - x) < 1e-9)
                    return label;
            }
        }
    }
    return QLocale().toString(x, 'g', 4);
}

} // namespace

ChartView::ChartView(QChart* chart, QWidget* parent)
    : QChartView(parent)
{
    if (chart)
        setChart(chart);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Chart"));
}

QList<ChartView::Series> ChartView::readableSeries() const
{
    QList<Series> result;
    const QChart* shown = chart();
    const QColor selected = palette().color(QPalette::Highlight);
    for (QAbstractSeries* series : shown->series()) {
        if (auto* xy = qobject_cast<QXYSeries*>(series); xy && !xy->name().isEmpty() && xy->count() > 0) {
            Series entry { xy->name(), {}, [xy, selected](int i) {
                              xy->deselectAllPoints();
                              xy->setSelectedColor(selected);
                              if (i >= 0)
                                  xy->selectPoint(i);
                          } };
            for (const QPointF& point : xy->points())
                entry.points << qMakePair(categoryAt(shown, point.x()), point.y());
            result << entry;
        } else if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets()) {
                Series entry { set->label(), {}, [set, selected](int i) {
                                  set->deselectAllBars();
                                  set->setSelectedColor(selected);
                                  if (i >= 0)
                                      set->selectBar(i);
                              } };
                for (int i = 0; i < set->count(); ++i)
                    entry.points << qMakePair(categoryAt(shown, i), set->at(i));
                result << entry;
            }
        }
    }
    return result;
}

void ChartView::select(int series, int point)
{
    const QList<Series> all = readableSeries();
    for (const Series& each : all)
        each.mark(-1);
    if (all.isEmpty()) {
        setAccessibleDescription(tr("No data"));
        return;
    }
    m_series = std::clamp(series, 0, int(all.size()) - 1);
    const Series& current = all.at(m_series);
    m_point = std::clamp(point, 0, int(current.points.size()) - 1);
    current.mark(m_point);
    const auto& [category, value] = current.points.at(m_point);
    //: A chart point read out: series, category (a month, a team), value.
    setAccessibleDescription(tr("%1: %2, %3").arg(current.name, category, QLocale().toString(value, 'f', 1)));
    setToolTip(accessibleDescription());
}

void ChartView::focusInEvent(QFocusEvent* event)
{
    QChartView::focusInEvent(event);
    if (!chart())
        return;
    // Start on the series with the most points (the chart's subject: the score line, this month's bars).
    const QList<Series> all = readableSeries();
    int longest = 0;
    for (int i = 0; i < all.size(); ++i) {
        if (all.at(i).points.size() >= all.at(longest).points.size())
            longest = i;
    }
    if (m_series >= all.size() || m_point < 0)
        select(longest, 0);
    else
        select(m_series, m_point);
}

void ChartView::changeEvent(QEvent* event)
{
    // A new scheme reaches a chart that is not rebuilt: its background, axes and legend follow at once.
    if (event->type() == QEvent::PaletteChange && chart())
        theme::styleChart(chart(), palette());
    QChartView::changeEvent(event);
}

void ChartView::keyPressEvent(QKeyEvent* event)
{
    const int last = std::numeric_limits<int>::max(); // clamped to the series' last point
    switch (event->key()) {
    case Qt::Key_Left:
        select(m_series, m_point - 1);
        return;
    case Qt::Key_Right:
        select(m_series, m_point + 1);
        return;
    case Qt::Key_Home:
        select(m_series, 0);
        return;
    case Qt::Key_End:
        select(m_series, last);
        return;
    case Qt::Key_Up:
        select(m_series - 1, m_point);
        return;
    case Qt::Key_Down:
        select(m_series + 1, m_point);
        return;
    default:
        QChartView::keyPressEvent(event);
    }
}

} // namespace qadesk
