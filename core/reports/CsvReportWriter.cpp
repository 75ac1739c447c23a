#include "CsvReportWriter.h"

#include <QDir>
#include <QSaveFile>

namespace qadesk {
namespace {

QString quoted(const QString& field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n'))
        && !field.contains(QLatin1Char('\r')))
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// A spreadsheet runs a field that starts with =, +, -, @, a tab or a carriage return as a formula, so a comment such
// as =HYPERLINK(…) would act when the file is opened (CSV injection). Such text gets a leading ' as OWASP advises.
QString neutralised(const QString& text)
{
    static const QString s_formulaStarts = QStringLiteral("=+-@\t\r");
    return !text.isEmpty() && s_formulaStarts.contains(text.front()) ? QLatin1Char('\'') + text : text;
}

} // namespace

QString CsvReportWriter::tablePath(const QString& path, const ReportTable& table)
{
    QString stem = path;
    if (stem.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        stem.chop(4);
    return QStringLiteral("%1-%2.csv").arg(stem, table.key);
}

QString CsvReportWriter::field(const ReportColumn& column, const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return {};
    switch (column.type) {
    case ColumnType::Text:
        return neutralised(value.toString());
    case ColumnType::Integer:
        return QString::number(value.toLongLong());
    case ColumnType::Decimal:
        return QString::number(value.toDouble(), 'f', column.decimals);
    case ColumnType::Percent:
        return QString::number(value.toDouble(), 'f', column.decimals + 2);
    case ColumnType::Date:
        return value.toDate().toString(Qt::ISODate);
    }
    return value.toString();
}

QString CsvReportWriter::toCsv(const ReportTable& table)
{
    QStringList lines;
    QStringList header;
    for (const auto& column : table.columns)
        header << quoted(neutralised(column.title));
    lines << header.join(QLatin1Char(','));
    for (const auto& row : table.rows) {
        QStringList fields;
        for (int c = 0; c < table.columns.size(); ++c)
            fields << quoted(field(table.columns.at(c), row.value(c)));
        lines << fields.join(QLatin1Char(','));
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

std::optional<QStringList> CsvReportWriter::write(const Report& report, const QString& path,
                                                  const ReportProgress& progress, QString* error)
{
    QList<std::pair<QString, QByteArray>> files;
    for (int t = 0; t < report.tables.size(); ++t) {
        if (progress && !progress(0.5 * t / report.tables.size())) {
            *error = tr("The export was cancelled; no file was written.");
            return std::nullopt;
        }
        const ReportTable& table = report.tables.at(t);
        files << std::pair { tablePath(path, table), QByteArray("\xEF\xBB\xBF") + toCsv(table).toUtf8() };
    }
    QStringList written;
    for (const auto& [file, bytes] : files) {
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
            *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString());
            for (const QString& done : written)
                QFile::remove(done);
            return std::nullopt;
        }
        written << file;
        if (progress)
            progress(0.5 + 0.5 * written.size() / files.size());
    }
    return written;
}

} // namespace qadesk
