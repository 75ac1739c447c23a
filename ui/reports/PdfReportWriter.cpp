#include "PdfReportWriter.h"

#include "ReportCharts.h"

#include <QDir>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextLayout>

#include <algorithm>
#include <functional>
#include <memory>
#include <numeric>
#include <vector>

namespace qadesk {
namespace {

constexpr int s_dpi = 300;
constexpr double s_chartWidth = 1100; // chart pictures are laid out at this size (pixels at 96 dpi) …
constexpr double s_chartHeight = 360; // … and scaled to the page width
constexpr double s_maximumStretch = 1.6; // how much wider than their contents table columns may grow
const QColor s_muted(0x5A6270);
const QColor s_rule(0xC9D0D8);
const QColor s_headerFill(0xE8ECF2);
const QColor s_stripe(0xF5F7FA);

double mm(double millimetres)
{
    return millimetres / 25.4 * s_dpi;
}

QFont styled(double pointSize, bool bold = false, bool italic = false)
{
    QFont font = PdfReportWriter::baseFont();
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

// Text wrapped to a width (at word boundaries, or anywhere for a word too long), measured and drawn the same way.
class Paragraph {
public:
    Paragraph(const QString& text, const QFont& font, double width, Qt::Alignment alignment, QPaintDevice* device)
        : m_layout(QString(text).replace(QLatin1Char('\n'), QChar::LineSeparator), font, device)
    {
        QTextOption option(alignment);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_layout.setTextOption(option);
        m_layout.beginLayout();
        for (QTextLine line = m_layout.createLine(); line.isValid(); line = m_layout.createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, m_height));
            m_height += line.height();
        }
        m_layout.endLayout();
    }
    double height() const { return m_height; }
    void draw(QPainter& painter, const QPointF& at) const { m_layout.draw(&painter, at); }

private:
    QTextLayout m_layout;
    double m_height = 0;
};

double textWidth(const QString& text, const QFont& font, QPaintDevice* device)
{
    return QFontMetricsF(font, device).horizontalAdvance(text);
}

double widestWord(const QString& text, const QFont& font, QPaintDevice* device)
{
    double widest = 0;
    for (const QString& word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
        widest = std::max(widest, textWidth(word, font, device));
    return widest;
}

// A piece of a page: a title, a chart, a table row, a note.
struct Block {
    double height = 0;
    std::function<void(QPainter&, double y)> paint;
    bool keepWithNext = false; // never the last block of a page (titles, header rows)
    int repeatedHeader = -1; // a table row: the header block drawn again above it when it starts a page
};

struct Placed {
    int block = 0;
    double y = 0;
};

} // namespace

PdfReportWriter::PdfReportWriter(Report report)
    : m_report(std::move(report))
{
    const QFont chartFont = styled(11);
    for (const auto& table : m_report.tables) {
        // Horizontal bars grow with their categories' lines, so no question is cut short.
        const double height
            = table.chart ? std::max<double>(s_chartHeight, ReportCharts::preferredHeight(*table.chart, chartFont)) : 0;
        m_charts << (table.chart ? ReportCharts::picture(*table.chart, QSizeF(s_chartWidth, height), chartFont) : QPicture());
        m_chartHeights << height;
    }
}

QFont PdfReportWriter::baseFont()
{
    // Latin text first in a Latin font: the CJK fonts set digits after Latin letters with substituted glyphs that
    // have no Unicode mapping in the PDF, so "A0007" would copy and search as "A". Hangul falls back to the CJK font.
    QFont font;
    font.setFamilies({ QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK KR"), QStringLiteral("Noto Sans KR"),
                       QStringLiteral("NanumGothic"), QStringLiteral("Malgun Gothic"), QStringLiteral("Apple SD Gothic Neo") });
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(8.5);
    return font;
}

std::optional<int> PdfReportWriter::write(const QString& path, const ReportProgress& progress, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    QPdfWriter writer(&file);
    writer.setResolution(s_dpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 10, 12, 10),
                                     QPageLayout::Millimeter));
    writer.setTitle(m_report.title);
    writer.setCreator(QStringLiteral("QA Desk"));
    QPaintDevice* device = &writer;
    const double width = writer.width();
    const double height = writer.height();
    const double pad = mm(1.2);
    const double gap = mm(4);

    const QFont titleFont = styled(13, true);
    const QFont subtitleFont = styled(9);
    const QFont smallFont = styled(7.5);
    const QFont tableTitleFont = styled(11, true);
    const QFont cellFont = styled(8.5);
    const QFont headerFont = styled(8.5, true);
    const QFont noteFont = styled(7.5, false, true);
    const double top = QFontMetricsF(titleFont, device).height() + QFontMetricsF(subtitleFont, device).height() + mm(5);
    const double bottom = height - QFontMetricsF(smallFont, device).height() - mm(3);

    QList<Block> blocks;
    const auto addText = [&](const QString& text, const QFont& font, const QColor& colour, double after, bool keep) {
        const auto paragraph = std::make_shared<Paragraph>(text, font, width, Qt::AlignLeft, device);
        blocks << Block { paragraph->height() + after,
                          [paragraph, colour](QPainter& painter, double y) {
                              painter.setPen(colour);
                              paragraph->draw(painter, QPointF(0, y));
                          },
                          keep };
    };

    for (int t = 0; t < m_report.tables.size(); ++t) {
        const ReportTable& table = m_report.tables.at(t);
        addText(table.title, tableTitleFont, Qt::black, mm(1.5), true);
        if (!m_charts.at(t).isNull()) {
            const QPicture chart = m_charts.at(t);
            const double chartHeight = width * m_chartHeights.at(t) / s_chartWidth;
            // Playing a picture scales it by the device's resolution over the picture's: undo that, then fit the width.
            const double scale = width / s_chartWidth * chart.logicalDpiX() / writer.logicalDpiX();
            blocks << Block { chartHeight + mm(2), [chart, scale](QPainter& painter, double y) {
                                 painter.save();
                                 painter.translate(0, y);
                                 painter.scale(scale, scale);
                                 painter.drawPicture(0, 0, chart);
                                 painter.restore();
                             } };
        }

        // Column widths: each column's natural width (its longest value and title on one line) when the table fits,
        // stretched a little to fill the page. Otherwise every column starts compact (numbers at their width with
        // the title wrapped, text at its title's longest word) and the room left goes to the columns that lose most.
        const int columns = int(table.columns.size());
        QList<QStringList> cells;
        for (const auto& row : table.rows) {
            QStringList texts;
            for (int c = 0; c < columns; ++c)
                texts << ReportText::display(table.columns.at(c), row.value(c));
            cells << texts;
        }
        QList<double> natural(columns, 0);
        QList<double> widths(columns, 0);
        const double slack = 2 * pad + mm(0.5); // padding, and room for rounding so a measured line never wraps
        for (int c = 0; c < columns; ++c) {
            double content = 0;
            double word = widestWord(table.columns.at(c).title, headerFont, device);
            for (const auto& texts : cells) {
                content = std::max(content, textWidth(texts.at(c), cellFont, device));
                word = std::max(word, std::min(widestWord(texts.at(c), cellFont, device), mm(35)));
            }
            natural[c] = std::max(content, textWidth(table.columns.at(c).title, headerFont, device)) + slack;
            widths[c] = table.columns.at(c).type == ColumnType::Text ? std::min(natural.at(c), std::max(word, mm(14)) + slack)
                                                                     : std::max(content, word) + slack;
        }
        const double compactSum = std::accumulate(widths.cbegin(), widths.cend(), 0.0);
        double missing = 0;
        for (int c = 0; c < columns; ++c)
            missing += natural.at(c) - widths.at(c);
        const double room = width - compactSum;
        if (room <= 0) {
            for (double& w : widths)
                w *= width / compactSum; // squeezed: text wraps anywhere
        } else if (room < missing) {
            for (int c = 0; c < columns; ++c)
                widths[c] += (natural.at(c) - widths.at(c)) * room / missing;
        } else {
            const double naturalSum = std::accumulate(natural.cbegin(), natural.cend(), 0.0);
            const double stretch = std::min(width / naturalSum, s_maximumStretch);
            for (int c = 0; c < columns; ++c)
                widths[c] = natural.at(c) * stretch;
        }

        // One block per row; the header block is repeated on each page the table continues on.
        const auto rowBlock = [&](const QStringList& texts, const QFont& font, const QColor& fill, bool header) {
            auto paragraphs = std::make_shared<std::vector<std::unique_ptr<Paragraph>>>();
            double rowHeight = 0;
            for (int c = 0; c < columns; ++c) {
                const ColumnType type = table.columns.at(c).type;
                const bool leftAligned = type == ColumnType::Text || type == ColumnType::Date;
                paragraphs->push_back(std::make_unique<Paragraph>(texts.value(c), font, widths.at(c) - 2 * pad,
                                                                  leftAligned ? Qt::AlignLeft : Qt::AlignRight, device));
                rowHeight = std::max(rowHeight, paragraphs->back()->height());
            }
            rowHeight += 2 * pad;
            const double tableWidth = std::accumulate(widths.cbegin(), widths.cend(), 0.0);
            return Block { rowHeight, [paragraphs, widths, fill, rowHeight, header, pad, tableWidth](QPainter& painter, double y) {
                              if (fill.isValid())
                                  painter.fillRect(QRectF(0, y, tableWidth, rowHeight), fill);
                              painter.setPen(QPen(header ? QColor(Qt::black) : s_rule, header ? 2 : 1));
                              painter.drawLine(QPointF(0, y + rowHeight), QPointF(tableWidth, y + rowHeight));
                              painter.setPen(Qt::black);
                              double x = 0;
                              for (size_t c = 0; c < paragraphs->size(); ++c) {
                                  paragraphs->at(c)->draw(painter, QPointF(x + pad, y + pad));
                                  x += widths.at(qsizetype(c));
                              }
                          } };
        };
        QStringList titles;
        for (const auto& column : table.columns)
            titles << column.title;
        const int header = int(blocks.size());
        blocks << rowBlock(titles, headerFont, s_headerFill, true);
        blocks.last().keepWithNext = true;
        for (int r = 0; r < cells.size(); ++r) {
            blocks << rowBlock(cells.at(r), cellFont, r % 2 ? s_stripe : QColor(), false);
            blocks.last().repeatedHeader = header;
        }
        if (cells.isEmpty())
            addText(tr("Nothing to show for this period."), noteFont, s_muted, mm(1), false);
        else if (!table.note.isEmpty())
            blocks.last().keepWithNext = true; // the note explains the rows: never alone on the next page
        if (!table.note.isEmpty())
            addText(table.note, noteFont, s_muted, 0, false);
        blocks.last().height += gap;
    }

    // Pages: a block goes to the next page when it (with the block it keeps with) does not fit.
    QList<QList<Placed>> pages { {} };
    double y = top;
    for (int b = 0; b < blocks.size(); ++b) {
        double need = blocks.at(b).height;
        for (int k = b; k + 1 < blocks.size() && blocks.at(k).keepWithNext; ++k)
            need += blocks.at(k + 1).height;
        if (y + need > bottom && !pages.last().isEmpty()) {
            pages << QList<Placed> {};
            y = top;
            if (const int repeated = blocks.at(b).repeatedHeader; repeated >= 0) {
                pages.last() << Placed { repeated, y };
                y += blocks.at(repeated).height;
            }
        }
        pages.last() << Placed { b, y };
        y += blocks.at(b).height;
    }

    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("Could not write %1: the PDF could not be started.").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const QString generated = tr("Generated %1").arg(QLocale().toString(m_report.generatedAt, QStringLiteral("yyyy-MM-dd HH:mm")));
    const QString period = tr("Period %1 · %2").arg(m_report.periodText, m_report.scopeText);
    for (int p = 0; p < pages.size(); ++p) {
        if (progress && !progress(double(p) / pages.size())) {
            painter.end();
            file.cancelWriting();
            *error = tr("The export was cancelled; %1 was not written.").arg(QDir::toNativeSeparators(path));
            return std::nullopt;
        }
        if (p > 0)
            writer.newPage();
        painter.setPen(Qt::black);
        painter.setFont(titleFont);
        const double titleHeight = QFontMetricsF(titleFont, device).height();
        painter.drawText(QRectF(0, 0, width, titleHeight), Qt::AlignLeft | Qt::AlignVCenter, m_report.title);
        painter.setFont(smallFont);
        painter.setPen(s_muted);
        painter.drawText(QRectF(0, 0, width, titleHeight), Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("QA Desk"));
        painter.setFont(subtitleFont);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, titleHeight, width, QFontMetricsF(subtitleFont, device).height()),
                         Qt::AlignLeft | Qt::AlignVCenter, period);
        painter.setPen(QPen(s_rule, 3));
        painter.drawLine(QPointF(0, top - mm(2.5)), QPointF(width, top - mm(2.5)));

        for (const Placed& placed : pages.at(p))
            blocks.at(placed.block).paint(painter, placed.y);

        painter.setFont(smallFont);
        painter.setPen(s_muted);
        const QRectF footer(0, bottom + mm(1), width, height - bottom - mm(1));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, generated);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, tr("Page %1 of %2").arg(p + 1).arg(pages.size()));
    }
    painter.end();
    if (!file.commit()) {
        *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    if (progress)
        progress(1.0);
    return int(pages.size());
}

} // namespace qadesk
