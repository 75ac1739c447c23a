#include "XlsxReportWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>

namespace qadesk {
namespace {

constexpr int s_maximumSheetName = 31; // Excel's limit
constexpr double s_minimumWidth = 6;
constexpr double s_maximumWidth = 60; // longer text wraps
constexpr double s_maximumHeaderWidth = 18; // longer titles wrap onto a second line

// Excel measures column widths in characters of its default font; Hangul and other wide characters take two.
double displayWidth(const QString& text)
{
    double width = 0;
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
            || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
            || (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2.0 : 1.0;
    }
    return width;
}

// Excel reads '&' in page headers as a code, and takes at most 255 bytes for the whole header.
QByteArray headerText(const QString& text)
{
    QString escaped = text.left(60);
    return escaped.replace(QLatin1Char('&'), QStringLiteral("&&")).toUtf8();
}

QString numberFormat(const ReportColumn& column)
{
    const QString decimals = column.decimals > 0 ? QStringLiteral(".") + QString(column.decimals, QLatin1Char('0')) : QString();
    switch (column.type) {
    case ColumnType::Integer:
        return QStringLiteral("#,##0");
    case ColumnType::Decimal:
        return QStringLiteral("#,##0") + decimals;
    case ColumnType::Percent:
        return QStringLiteral("0") + decimals + QLatin1Char('%');
    case ColumnType::Date:
        return QStringLiteral("yyyy-mm-dd");
    case ColumnType::Text:
        break;
    }
    return {};
}

// The workbook's cell formats, made once each.
class Formats {
public:
    explicit Formats(lxw_workbook* workbook)
        : m_workbook(workbook)
    {
        m_title = workbook_add_format(workbook);
        format_set_bold(m_title);
        format_set_font_size(m_title, 14);
        m_subtitle = workbook_add_format(workbook);
        format_set_italic(m_subtitle);
        format_set_font_color(m_subtitle, 0x5A6270);
        m_header = workbook_add_format(workbook);
        format_set_bold(m_header);
        format_set_text_wrap(m_header);
        format_set_align(m_header, LXW_ALIGN_VERTICAL_TOP);
        format_set_bg_color(m_header, 0xE8ECF2);
        format_set_bottom(m_header, LXW_BORDER_THIN);
        m_note = workbook_add_format(workbook);
        format_set_italic(m_note);
        format_set_font_color(m_note, 0x5A6270);
    }

    lxw_format* title() const { return m_title; }
    lxw_format* subtitle() const { return m_subtitle; }
    lxw_format* header() const { return m_header; }
    lxw_format* note() const { return m_note; }

    // The format of a column's cells: its number format, or wrapping top-aligned text.
    lxw_format* cell(const ReportColumn& column)
    {
        const QString code = numberFormat(column);
        const QString key = code.isEmpty() ? QStringLiteral("text") : code;
        if (lxw_format* known = m_cells.value(key))
            return known;
        lxw_format* format = workbook_add_format(m_workbook);
        format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
        if (code.isEmpty())
            format_set_text_wrap(format);
        else
            format_set_num_format(format, code.toUtf8().constData());
        m_cells.insert(key, format);
        return format;
    }

private:
    lxw_workbook* m_workbook;
    lxw_format* m_title;
    lxw_format* m_subtitle;
    lxw_format* m_header;
    lxw_format* m_note;
    QHash<QString, lxw_format*> m_cells;
};

lxw_error writeCell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const ReportColumn& column, const QVariant& value,
                    lxw_format* format)
{
    if (value.isNull() || !value.isValid())
        return worksheet_write_blank(sheet, row, col, format);
    switch (column.type) {
    case ColumnType::Text:
        return worksheet_write_string(sheet, row, col, value.toString().toUtf8().constData(), format);
    case ColumnType::Integer:
    case ColumnType::Decimal:
    case ColumnType::Percent:
        return worksheet_write_number(sheet, row, col, value.toDouble(), format);
    case ColumnType::Date: {
        const QDate date = value.toDate();
        lxw_datetime datetime { date.year(), date.month(), date.day(), 0, 0, 0 };
        return worksheet_write_datetime(sheet, row, col, &datetime, format);
    }
    }
    return LXW_NO_ERROR;
}

} // namespace

QStringList XlsxReportWriter::sheetNames(const Report& report)
{
    static const QString s_forbidden = QStringLiteral("[]:*?/\\");
    QStringList names;
    for (const auto& table : report.tables) {
        QString base = table.title.trimmed();
        for (QChar& ch : base) {
            if (s_forbidden.contains(ch))
                ch = QLatin1Char(' ');
        }
        while (base.startsWith(QLatin1Char('\'')))
            base.remove(0, 1);
        base = base.left(s_maximumSheetName).trimmed();
        while (base.endsWith(QLatin1Char('\'')))
            base.chop(1);
        if (base.isEmpty() || base.compare(QStringLiteral("History"), Qt::CaseInsensitive) == 0)
            base = table.key.left(s_maximumSheetName);
        QString name = base;
        // Excel compares sheet names without regard to case.
        const auto taken = [&names](const QString& candidate) {
            return std::any_of(names.cbegin(), names.cend(), [&candidate](const QString& other) {
                return other.compare(candidate, Qt::CaseInsensitive) == 0;
            });
        };
        for (int n = 2; taken(name); ++n) {
            const QString suffix = QStringLiteral(" (%1)").arg(n);
            name = base.left(s_maximumSheetName - suffix.size()) + suffix;
        }
        names << name;
    }
    return names;
}

bool XlsxReportWriter::write(const Report& report, const QString& path, const ReportProgress& progress, QString* error)
{
    const QFileInfo target(path);
    QTemporaryFile temporary(target.absoluteDir().filePath(QStringLiteral(".%1-XXXXXX.xlsx").arg(target.completeBaseName())));
    if (!temporary.open()) {
        *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), temporary.errorString());
        return false;
    }
    const QString temporaryPath = temporary.fileName();
    temporary.close();

    lxw_workbook* workbook = workbook_new(QFile::encodeName(temporaryPath).constData());
    if (!workbook) {
        *error = tr("Could not write %1: the workbook could not be created.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    const QByteArray title = report.title.toUtf8();
    const QByteArray subject = (report.periodText + QStringLiteral(" · ") + report.scopeText).toUtf8();
    const QByteArray comments = tr("Generated by QA Desk on %1.").arg(report.generatedAt.toString(Qt::ISODate)).toUtf8();
    lxw_doc_properties properties {};
    properties.title = const_cast<char*>(title.constData());
    properties.subject = const_cast<char*>(subject.constData());
    properties.author = const_cast<char*>("QA Desk");
    properties.comments = const_cast<char*>(comments.constData());
    workbook_set_properties(workbook, &properties);

    Formats formats(workbook);
    const QStringList names = sheetNames(report);
    const QString subtitle = tr("Period %1 · %2").arg(report.periodText, report.scopeText);
    lxw_error failure = LXW_NO_ERROR;
    const auto check = [&failure](lxw_error result) {
        if (failure == LXW_NO_ERROR)
            failure = result;
    };
    bool cancelled = false;
    for (int t = 0; t < report.tables.size() && !cancelled && failure == LXW_NO_ERROR; ++t) {
        const ReportTable& table = report.tables.at(t);
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, names.at(t).toUtf8().constData());
        if (!sheet) {
            *error = tr("Could not write %1: Excel refuses the sheet name \"%2\".").arg(QDir::toNativeSeparators(path), names.at(t));
            workbook_close(workbook);
            return false;
        }
        check(worksheet_write_string(sheet, 0, 0, (report.title + QStringLiteral(" — ") + table.title).toUtf8().constData(),
                                     formats.title()));
        check(worksheet_write_string(sheet, 1, 0, subtitle.toUtf8().constData(), formats.subtitle()));

        QList<double> widths;
        int headerLines = 1;
        for (int c = 0; c < table.columns.size(); ++c) {
            const ReportColumn& column = table.columns.at(c);
            check(worksheet_write_string(sheet, s_headerRow, lxw_col_t(c), column.title.toUtf8().constData(), formats.header()));
            double width = 0;
            for (const auto& row : table.rows)
                width = std::max(width, displayWidth(ReportText::display(column, row.value(c), QLocale::c())));
            const double header = displayWidth(column.title);
            width = std::clamp(std::max(width, std::min(header, s_maximumHeaderWidth)) + 2, s_minimumWidth, s_maximumWidth);
            headerLines = std::max(headerLines, int(std::ceil(header / (width - 1))));
            widths << width;
        }
        check(worksheet_set_row(sheet, s_headerRow, 15.0 * headerLines, nullptr));
        for (int c = 0; c < table.columns.size(); ++c)
            check(worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths.at(c), formats.cell(table.columns.at(c))));

        for (int r = 0; r < table.rows.size(); ++r) {
            const QVariantList& row = table.rows.at(r);
            for (int c = 0; c < table.columns.size(); ++c)
                check(writeCell(sheet, lxw_row_t(s_headerRow + 1 + r), lxw_col_t(c), table.columns.at(c), row.value(c),
                                formats.cell(table.columns.at(c))));
            if (progress && r % 200 == 199 && !progress((t + double(r) / table.rows.size()) / report.tables.size())) {
                cancelled = true;
                break;
            }
        }
        const lxw_row_t lastRow = lxw_row_t(s_headerRow + std::max<qsizetype>(table.rows.size(), 1));
        if (!table.note.isEmpty())
            check(worksheet_write_string(sheet, lastRow + 2, 0, table.note.toUtf8().constData(), formats.note()));
        if (!table.columns.isEmpty())
            check(worksheet_autofilter(sheet, s_headerRow, 0, lastRow, lxw_col_t(table.columns.size() - 1)));
        worksheet_freeze_panes(sheet, s_headerRow + 1, 0);

        worksheet_set_landscape(sheet);
        worksheet_set_paper(sheet, 9); // A4
        worksheet_fit_to_pages(sheet, 1, 0);
        check(worksheet_repeat_rows(sheet, s_headerRow, s_headerRow));
        check(worksheet_set_header(sheet, (QByteArrayLiteral("&L") + headerText(report.title + QStringLiteral(" — ") + table.title)
                                           + QByteArrayLiteral("&R") + headerText(report.periodText + QStringLiteral(" · ") + report.scopeText))
                                              .constData()));
        check(worksheet_set_footer(sheet, "&C&P / &N"));
        if (progress && !progress(double(t + 1) / report.tables.size()))
            cancelled = true;
    }
    const lxw_error closed = workbook_close(workbook);
    if (cancelled) {
        *error = tr("The export was cancelled; %1 was not written.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (failure != LXW_NO_ERROR || closed != LXW_NO_ERROR) {
        *error = tr("Could not write %1: %2")
                     .arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(failure != LXW_NO_ERROR ? failure : closed)));
        return false;
    }
    // Copied into place through QSaveFile, as every other export: the file gets the mode any file the user saves gets
    // (0666 less the umask, or the replaced file's), where renaming the temporary file would keep its owner-only 0600.
    QFile finished(temporaryPath);
    QSaveFile out(path);
    if (!finished.open(QIODevice::ReadOnly)) {
        *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), finished.errorString());
        return false;
    }
    const QByteArray bytes = finished.readAll();
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString());
        return false;
    }
    return true;
}

} // namespace qadesk
