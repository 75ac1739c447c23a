#include "RatingsImport.h"

#include "CsvReader.h"
#include "ImportProblem.h"

#include <QHash>
#include <QLocale>
#include <cmath>

namespace qadesk {
namespace {

std::optional<double> number(const QString& text)
{
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

std::optional<RatingsTable> RatingsImport::parse(const QString& text, const QString& file, Values values,
                                                 QString* error)
{
    const auto fail = [&](int line, const QString& column, const QString& message) {
        *error = ImportProblem { file, line, column, message }.toString();
        return std::nullopt;
    };
    QString csvError;
    const QList<CsvRecord> records = CsvReader::parse(text, &csvError);
    if (!csvError.isEmpty())
        return fail(0, {}, csvError);
    if (records.isEmpty())
        return fail(0, {}, tr("the file is empty; its first line names the unit column and then each rater"));
    const CsvRecord& header = records.first();
    if (header.fields.size() < 2)
        return fail(header.line, {}, tr("the header must name the unit column and at least one rater"));
    if (header.fields.size() - 1 > s_maxRaters)
        return fail(header.line, {},
                    tr("%1 raters; at most %2 are allowed").arg(header.fields.size() - 1).arg(s_maxRaters));

    RatingsTable table;
    const auto columnName = [&](qsizetype column) {
        const QString name = header.fields.at(column).trimmed().remove(QChar(0xFEFF));
        return name.isEmpty() ? tr("column %1").arg(column + 1) : name;
    };
    for (qsizetype column = 1; column < header.fields.size(); ++column) {
        const QString name = header.fields.at(column).trimmed();
        if (name.isEmpty())
            return fail(header.line, columnName(column), tr("the rater has no name"));
        if (const qsizetype earlier = table.raters.indexOf(name); earlier >= 0)
            return fail(header.line, name, tr("repeats column %1").arg(earlier + 2));
        table.raters.append(name);
    }

    // Cells as text first: whether they are numbers or labels is known only once every cell is seen.
    QList<QStringList> cells;
    QHash<QString, int> unitLines;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const CsvRecord& record = records.at(i);
        if (record.fields.size() > header.fields.size()) {
            return fail(record.line, {},
                        tr("%1 fields, but the header has %2").arg(record.fields.size()).arg(header.fields.size()));
        }
        const QString unit = record.fields.at(0).trimmed();
        if (unit.isEmpty())
            return fail(record.line, columnName(0), tr("the unit has no id"));
        if (unitLines.contains(unit))
            return fail(record.line, columnName(0), tr("\"%1\" repeats line %2").arg(unit).arg(unitLines.value(unit)));
        unitLines.insert(unit, record.line);
        table.units.append(unit);
        table.lines.append(record.line);
        QStringList row;
        // A spreadsheet may leave out empty cells at the end of a row: they are missing ratings.
        for (qsizetype column = 1; column < header.fields.size(); ++column)
            row.append(record.fields.value(column).trimmed());
        cells.append(row);
    }
    if (table.units.isEmpty())
        return fail(header.line, {}, tr("no units: the header is followed by no rows"));

    bool labels = false;
    if (values == Values::NumbersOrLabels) {
        for (const QStringList& row : cells) {
            for (const QString& cell : row)
                labels = labels || (!cell.isEmpty() && !number(cell));
        }
    }
    QHash<QString, int> codes;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        QList<std::optional<double>> row;
        for (qsizetype column = 0; column < cells.at(i).size(); ++column) {
            const QString& cell = cells.at(i).at(column);
            if (cell.isEmpty()) {
                row.append(std::nullopt);
            } else if (labels) {
                if (!codes.contains(cell)) {
                    codes.insert(cell, int(table.labels.size()));
                    table.labels.append(cell);
                }
                row.append(double(codes.value(cell)));
            } else {
                const auto value = number(cell);
                // Labels were allowed had the data been nominal, so the message says so.
                if (!value) {
                    return fail(table.lines.at(i), table.raters.at(column),
                                tr("\"%1\" is not a number (text labels are for nominal data only)").arg(cell));
                }
                if (values == Values::NonNegativeNumbers && *value < 0) {
                    return fail(table.lines.at(i), table.raters.at(column),
                                tr("%1 is negative; ratio data start at 0").arg(cell));
                }
                row.append(*value);
            }
        }
        table.ratings.append(row);
    }
    return table;
}

std::optional<RatingsTable> RatingsImport::read(const QString& path, std::optional<TextEncoding> encoding,
                                                Values values, QString* error)
{
    const auto decoded = TextDecoding::readFile(path, encoding, error);
    if (!decoded)
        return std::nullopt;
    return parse(decoded->text, path, values, error);
}

} // namespace qadesk
