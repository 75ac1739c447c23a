#pragma once

#include "reports/Report.h"

#include <QCoreApplication>
#include <QFont>
#include <QPalette>
#include <QPicture>
#include <QSizeF>

class QChart;

namespace qadesk {

// Report charts drawn with Qt Charts: bars, horizontal bars or lines over the chart's categories, in a fixed
// palette so a series keeps its colour from the preview to the PDF.
class ReportCharts final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::ReportCharts)

public:
    // A new chart (the caller owns it) with its text in `font`'s family at `font`'s size.
    static QChart* create(const ReportChart& chart, const QFont& font, const QPalette& palette);
    // The height (pixels) that shows every category whole: horizontal bars need a line of height per line of their
    // wrapped categories.
    static int preferredHeight(const ReportChart& chart, const QFont& font);
    // The chart laid out at `size` (in pixels at 96 dpi) and recorded as vector drawing commands. Qt Charts live in
    // the GUI thread, so call this there; the picture can then be painted from any thread (PdfReportWriter does).
    static QPicture picture(const ReportChart& chart, const QSizeF& size, const QFont& font);
};

} // namespace qadesk
