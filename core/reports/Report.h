#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

namespace qadesk {

// A report is a title and a list of typed tables, each with an optional chart. Every format (CSV, XLSX, PDF, the
// preview in the app) renders this one model, so a figure reads the same wherever it is shown.

// How a column's values are stored in the rows and shown.
enum class ColumnType {
    Text, // QString
    Integer, // qint64
    Decimal, // double, in the unit the title names (score points 0–100, seconds, minutes)
    Percent, // double, a 0..1 fraction, shown × 100 with a % sign
    Date, // QDate
};

struct ReportColumn {
    QString title;
    ColumnType type = ColumnType::Text;
    int decimals = 1; // Decimal and Percent: digits shown after the point (for Percent, of the percentage)
};

// One line or set of bars: a value per category of its chart, nullopt where there is none.
struct ReportSeries {
    QString name;
    QList<std::optional<double>> values;
};

// A chart of a table's figures, in display units (score points, percentages 0–100).
struct ReportChart {
    enum class Kind { Bars, HorizontalBars, Lines };
    Kind kind = Kind::Bars;
    QString title;
    QStringList categories;
    QList<ReportSeries> series;
    QString valueTitle; // the value axis, e.g. "Score"
    std::optional<double> minimum; // of the value axis; nullopt: from the data
    std::optional<double> maximum;
};

struct ReportTable {
    QString key; // stable ASCII name, never translated: CSV file names and tests use it ("agents", "items")
    QString title;
    QList<ReportColumn> columns;
    QList<QVariantList> rows; // one value per column as ColumnType says; a null QVariant is "no value"
    QString note; // how the figures were computed, shown under the table
    std::optional<ReportChart> chart;

    int column(const QString& title) const; // position of the column with this title, or -1
};

struct Report {
    QString id; // the ReportKind id it was built as
    QString title;
    QDate from; // the period, both days included
    QDate to;
    QString periodText; // "2026-10" for a calendar month, else "2026-10-01 – 2026-10-15"
    QString scopeText; // "All teams", "Team: …", "Agent: …"
    QDateTime generatedAt;
    QList<ReportTable> tables;

    const ReportTable* table(const QString& key) const; // nullptr when the report has no such table
};

// Reports and exports call this between steps with the fraction done; returning false cancels the work.
using ReportProgress = std::function<bool(double fraction)>;

class ReportText final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::ReportText)

public:
    // A value as people read it (the app, the PDF): locale digits, "87.5 %", ISO dates; "—" for no value.
    static QString display(const ReportColumn& column, const QVariant& value, const QLocale& locale = QLocale());
    // "2026-10" when from–to is one calendar month, else both days.
    static QString period(const QDate& from, const QDate& to);
    // Parses "YYYY-MM" into its first and last day; nullopt when the text is not a month.
    static std::optional<std::pair<QDate, QDate>> month(const QString& text);
};

} // namespace qadesk
