#pragma once

#include "Report.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace qadesk {

// Writes a report as an Excel workbook (libxlsxwriter): one sheet per table, named after it. Each sheet starts with
// the report's title, period and scope, then the bold header row (frozen, with a filter) and the rows as typed
// cells — numbers stay numbers, with the report's decimals, percentages as % cells, dates as dates — and the
// table's note below. Columns are as wide as their contents (Hangul counts double); sheets print landscape, one
// page wide, with the title and page numbers in the margins.
class XlsxReportWriter final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::XlsxReportWriter)

public:
    // Writes to a temporary file beside `path` and saves it into place when complete (QSaveFile: the mode of the
    // replaced file, else 0666 less the umask), so a failure or a cancel by `progress` leaves the old file (or none).
    // Returns false with *error naming the file and the reason.
    static bool write(const Report& report, const QString& path, const ReportProgress& progress, QString* error);
    // The sheet names, in table order: table titles made valid for Excel (at most 31 characters, none of []:*?/\)
    // and unique.
    static QStringList sheetNames(const Report& report);

    static constexpr int s_headerRow = 3; // 0-based row of the column titles; data follows
};

} // namespace qadesk
