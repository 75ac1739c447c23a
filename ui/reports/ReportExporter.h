#pragma once

#include "PdfReportWriter.h"
#include "reports/Report.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace qadesk {

enum class ReportFormat { Csv, Xlsx, Pdf };

// Writes a report in one of the three formats, for the Reports page and qadesk-cli alike: CSV (one file per table,
// CsvReportWriter), XLSX (XlsxReportWriter) or PDF (PdfReportWriter).
class ReportExporter final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::ReportExporter)

public:
    // Make it in the GUI thread: a PDF's charts are drawn here. write() may then run in any thread.
    ReportExporter(Report report, ReportFormat format);

    // Writes the report to `path` (CSV: beside it, one file per table) and returns the files written; nullopt with
    // *error naming the file on failure or cancel (then nothing new is left behind).
    std::optional<QStringList> write(const QString& path, const ReportProgress& progress, QString* error) const;
    ReportFormat format() const { return m_format; }

    static std::optional<ReportFormat> formatFromCode(const QString& code); // "csv", "xlsx", "pdf"
    static std::optional<ReportFormat> formatOfFile(const QString& path); // from the extension
    static QString code(ReportFormat format);
    static QString fileFilter(ReportFormat format); // for file dialogs

private:
    Report m_report;
    ReportFormat m_format;
    std::optional<PdfReportWriter> m_pdf;
};

} // namespace qadesk
