#pragma once

#include "Report.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace qadesk {

// Writes a report as CSV: one file per table, because RFC 4180 wants every record of a file to have the same
// fields, and scripts and spreadsheets read one table per file. Files are UTF-8 with a BOM (so Excel reads Hangul),
// CRLF line ends, a header line of column titles, and fields quoted when they hold a comma, quote or line break.
// Values are machine-readable: numbers with a '.' and no grouping, rounded as the report shows them; percentages as
// fractions (87.5 % is 0.875); dates as YYYY-MM-DD; no value as an empty field. Text that a spreadsheet would run
// as a formula (starting with =, +, -, @, tab or CR) is written with a leading ' (OWASP's advice on CSV injection);
// numbers are never text, so a negative number stays a number.
class CsvReportWriter final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::CsvReportWriter)

public:
    // Where a table goes for `path` "out/team.csv": "out/team-<table key>.csv".
    static QString tablePath(const QString& path, const ReportTable& table);
    // Writes every table; returns the files written, in table order. On failure returns nullopt with *error naming
    // the file, and leaves none of this report's files behind; `progress` may cancel before anything is written.
    static std::optional<QStringList> write(const Report& report, const QString& path, const ReportProgress& progress,
                                            QString* error);
    // A table as CSV text (header and rows, CRLF, no BOM).
    static QString toCsv(const ReportTable& table);
    // One value as written in a field, before quoting.
    static QString field(const ReportColumn& column, const QVariant& value);
};

} // namespace qadesk
