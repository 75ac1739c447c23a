#include "ReportExporter.h"

#include "reports/CsvReportWriter.h"
#include "reports/XlsxReportWriter.h"

#include <QFileInfo>

namespace qadesk {

ReportExporter::ReportExporter(Report report, ReportFormat format)
    : m_report(std::move(report))
    , m_format(format)
{
    if (format == ReportFormat::Pdf)
        m_pdf.emplace(m_report);
}

std::optional<QStringList> ReportExporter::write(const QString& path, const ReportProgress& progress, QString* error) const
{
    switch (m_format) {
    case ReportFormat::Csv:
        return CsvReportWriter::write(m_report, path, progress, error);
    case ReportFormat::Xlsx:
        if (!XlsxReportWriter::write(m_report, path, progress, error))
            return std::nullopt;
        return QStringList { path };
    case ReportFormat::Pdf:
        if (!m_pdf->write(path, progress, error))
            return std::nullopt;
        return QStringList { path };
    }
    return std::nullopt;
}

std::optional<ReportFormat> ReportExporter::formatFromCode(const QString& code)
{
    for (const auto format : { ReportFormat::Csv, ReportFormat::Xlsx, ReportFormat::Pdf }) {
        if (code.compare(ReportExporter::code(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

std::optional<ReportFormat> ReportExporter::formatOfFile(const QString& path)
{
    return formatFromCode(QFileInfo(path).suffix());
}

QString ReportExporter::code(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Csv:
        return QStringLiteral("csv");
    case ReportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QString ReportExporter::fileFilter(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Csv:
        return tr("CSV, one file per table (*.csv)");
    case ReportFormat::Xlsx:
        return tr("Excel workbook (*.xlsx)");
    case ReportFormat::Pdf:
        return tr("PDF document (*.pdf)");
    }
    return {};
}

} // namespace qadesk
