#pragma once

#include "reports/Report.h"

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QPicture>

#include <optional>

namespace qadesk {

// Writes a report as a PDF for printing and sharing: A4 landscape pages, each headed with the report's title,
// period and scope and footed with "Page n of m"; every table with its chart above it and its note below, breaking
// across pages with its header row repeated. Text is set in a CJK font (Noto Sans CJK KR where installed), embedded,
// so Hangul prints and can be searched and copied.
class PdfReportWriter final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::PdfReportWriter)

public:
    // Draws the report's charts, so it must be made in the GUI thread (Qt Charts need it); write() may then run in
    // any thread.
    explicit PdfReportWriter(Report report);

    // Writes the file and returns its page count. On failure returns nullopt with *error naming the file; a cancel
    // through `progress` or a failure leaves the file as it was (the PDF appears only when complete).
    std::optional<int> write(const QString& path, const ReportProgress& progress, QString* error) const;

    // The font everything is set in, at body size.
    static QFont baseFont();

private:
    Report m_report;
    QList<QPicture> m_charts; // one per table, null where the table has no chart
    QList<double> m_chartHeights; // each chart's height (pixels at 96 dpi) at s_chartWidth
};

} // namespace qadesk
