#include "ReportCharts.h"

#include "shell/Theme.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace qadesk {
namespace {

// The widest line of a horizontal bar's category, in line heights: within the 40 % of a chart's width that Qt Charts
// leaves its axes, on the preview of a 1366-pixel screen and in the PDF.
constexpr double s_categoryWidthEm = 24;
constexpr double s_labelScale = 0.85; // axis labels and the legend, of the chart's font
constexpr int s_chartHeight = 240; // the least height of a chart on screen, in pixels

QFont sized(const QFont& font, double factor, bool bold = false)
{
    QFont result = font;
    result.setPointSizeF(font.pointSizeF() * factor);
    result.setBold(bold);
    return result;
}

// A category of horizontal bars (an item's question) on lines of at most `width` pixels, broken at spaces: the axis
// would otherwise cut a long one to "…". Axis labels are rich text.
QStringList wrappedLines(const QString& text, const QFontMetricsF& metrics, double width)
{
    QStringList lines;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
            lines << line;
            line = word;
        } else {
            line = longer;
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

QString wrapped(const QString& text, const QFontMetricsF& metrics, double width)
{
    QStringList lines = wrappedLines(text, metrics, width);
    for (QString& line : lines)
        line = line.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

// A value axis over the data with some room, or from the chart's own limits; bars always start at zero.
QValueAxis* valueAxis(const ReportChart& chart, const QFont& font)
{
    double low = 0;
    double high = 0;
    bool any = false;
    for (const auto& series : chart.series) {
        for (const auto& value : series.values) {
            if (!value)
                continue;
            low = any ? std::min(low, *value) : *value;
            high = any ? std::max(high, *value) : *value;
            any = true;
        }
    }
    const double room = std::max(1.0, (high - low) * 0.15);
    double minimum = chart.minimum.value_or(chart.kind == ReportChart::Kind::Lines ? std::floor(low - room) : 0.0);
    double maximum = chart.maximum.value_or(std::ceil(high + room));
    if (maximum <= minimum)
        maximum = minimum + 1;
    auto* axis = new QValueAxis;
    axis->setRange(minimum, maximum);
    if (!chart.minimum || !chart.maximum)
        axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(chart.valueTitle);
    axis->setLabelsFont(sized(font, 0.85));
    axis->setTitleFont(sized(font, 0.85));
    return axis;
}

} // namespace

QChart* ReportCharts::create(const ReportChart& chart, const QFont& font, const QPalette& palette)
{
    const QList<QColor> colours = theme::seriesColours(palette);
    auto* result = new QChart;
    result->setTitle(chart.title);
    result->setTitleFont(sized(font, 1.1, true));
    result->setBackgroundRoundness(0);
    result->setMargins(QMargins(4, 4, 4, 4));
    result->legend()->setFont(sized(font, s_labelScale));
    result->legend()->setVisible(chart.series.size() > 1);
    result->legend()->setAlignment(Qt::AlignBottom);

    auto* categories = new QBarCategoryAxis;
    categories->setLabelsFont(sized(font, s_labelScale));
    auto* values = valueAxis(chart, font);
    const bool horizontal = chart.kind == ReportChart::Kind::HorizontalBars;
    QStringList labels = chart.categories;
    if (horizontal) {
        // Horizontal bars list categories bottom-up; reverse them so the first reads at the top.
        std::reverse(labels.begin(), labels.end());
        const QFontMetricsF metrics(categories->labelsFont());
        for (QString& label : labels)
            label = wrapped(label, metrics, s_categoryWidthEm * metrics.height());
    }
    categories->append(labels);
    result->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    result->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);

    if (chart.kind == ReportChart::Kind::Lines) {
        for (int s = 0; s < chart.series.size(); ++s) {
            const ReportSeries& series = chart.series.at(s);
            auto* line = new QLineSeries;
            line->setName(series.name);
            QPen pen(colours.at(s % colours.size()), 2.5);
            if (s == 2) // the third line of a report is its fitted trend
                pen.setStyle(Qt::DashLine);
            line->setPen(pen);
            line->setPointsVisible(s != 2);
            for (int c = 0; c < series.values.size(); ++c) {
                if (series.values.at(c))
                    line->append(c, *series.values.at(c));
            }
            result->addSeries(line);
            line->attachAxis(categories);
            line->attachAxis(values);
        }
        theme::styleChart(result, palette);
        return result;
    }
    QAbstractBarSeries* bars = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                          : static_cast<QAbstractBarSeries*>(new QBarSeries);
    for (int s = 0; s < chart.series.size(); ++s) {
        const ReportSeries& series = chart.series.at(s);
        auto* set = new QBarSet(series.name);
        set->setColor(colours.at(s % colours.size()));
        set->setBorderColor(colours.at(s % colours.size()));
        set->setLabelFont(sized(font, 0.75));
        set->setLabelColor(palette.color(QPalette::Text)); // outside the bars
        QList<std::optional<double>> ordered = series.values;
        if (horizontal)
            std::reverse(ordered.begin(), ordered.end());
        for (const auto& value : ordered)
            *set << value.value_or(0.0);
        bars->append(set);
    }
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->setLabelsFormat(QStringLiteral("@value"));
    bars->setLabelsPrecision(3);
    result->addSeries(bars);
    bars->attachAxis(categories);
    bars->attachAxis(values);
    theme::styleChart(result, palette);
    return result;
}

int ReportCharts::preferredHeight(const ReportChart& chart, const QFont& font)
{
    if (chart.kind != ReportChart::Kind::HorizontalBars)
        return s_chartHeight;
    // Each category's lines with the margins Qt Charts keeps around a label (it cuts a label taller than its band to
    // "..."), plus the title and the value axis. Hangul falls back to a font with taller lines than the Latin one.
    const QFontMetricsF metrics(sized(font, s_labelScale));
    const double line = 1.6 * metrics.height();
    double height = 8 * metrics.height();
    for (const QString& category : chart.categories)
        height += wrappedLines(category, metrics, s_categoryWidthEm * metrics.height()).size() * line + metrics.height();
    return std::max(s_chartHeight, int(std::ceil(height)));
}

QPicture ReportCharts::picture(const ReportChart& chart, const QSizeF& size, const QFont& font)
{
    QGraphicsScene scene;
    QChart* drawn = create(chart, font, theme::palette(theme::Scheme::Light)); // paper is white
    scene.addItem(drawn); // the scene owns it
    drawn->resize(size);
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    // The chart lays out its axes and labels from posted layout requests.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QPicture picture;
    QPainter painter(&picture);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), size), scene.sceneRect());
    painter.end();
    return picture;
}

} // namespace qadesk
