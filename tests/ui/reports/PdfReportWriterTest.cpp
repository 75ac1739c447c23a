#include "ReportFixture.h"
#include "reports/PdfReportWriter.h"
#include "reports/ReportBuilder.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace qadesk;

namespace {

// poppler-utils (scripts/setup): pdfinfo, pdftotext, pdffonts.
QString poppler(const QString& tool, const QStringList& arguments)
{
    QProcess process;
    process.start(tool, arguments);
    REQUIRE(process.waitForFinished(20000));
    INFO(tool.toStdString() << ": " << process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pages(const QString& pdf)
{
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(poppler(QStringLiteral("pdfinfo"), { pdf }));
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

QString pageText(const QString& pdf, int page)
{
    return poppler(QStringLiteral("pdftotext"), { QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                  QString::number(page), QStringLiteral("-layout"), pdf, QStringLiteral("-") });
}

} // namespace

TEST_CASE("PDF: Hangul names and the figures, searchable, with embedded fonts and the period on every page")
{
    const test::ReportFixture f;
    QString error;
    const auto report = ReportBuilder::build(*f.db, test::managerActor(), ReportRequest { QStringLiteral("team"), f.from, f.to, {}, f.asOf }, {}, &error);
    REQUIRE(report);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.pdf"));
    const auto count = PdfReportWriter(*report).write(path, {}, &error);
    INFO(error.toStdString());
    REQUIRE(count);
    CHECK(pages(path) == *count);

    QString all;
    for (int page = 1; page <= *count; ++page) {
        const QString text = pageText(path, page);
        CHECK(text.contains(QStringLiteral("Team summary")));
        CHECK(text.contains(QStringLiteral("Period 2026-10 · All teams")));
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(*count)));
        all += text;
    }
    for (const char* expected : { "박하늘", "김민지", "이서준", "Agents ranked", "85.0", "76.7", "95.0", "80.0 %", "66.7 %" })
        CHECK(all.contains(QString::fromUtf8(expected)));

    // Every font is embedded (pdffonts: the "emb" column).
    const QStringList fonts = poppler(QStringLiteral("pdffonts"), { path }).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(fonts.isEmpty());
    for (const QString& font : fonts)
        CHECK(font.contains(QRegularExpression(QStringLiteral("\\byes\\s+(yes|no)\\s+(yes|no)\\s+\\d+"))));
}

TEST_CASE("PDF: a long table goes on across pages under its repeated header")
{
    Report report;
    report.title = QStringLiteral("Long");
    report.periodText = QStringLiteral("2026-10");
    report.scopeText = QStringLiteral("All teams");
    ReportTable table;
    table.key = QStringLiteral("rows");
    table.title = QStringLiteral("Rows");
    table.columns = { { QStringLiteral("Agent"), ColumnType::Text, 0 }, { QStringLiteral("Score"), ColumnType::Decimal, 1 } };
    for (int r = 0; r < 120; ++r)
        table.rows << QVariantList { QString::fromUtf8("상담사 %1").arg(r + 1), 50.0 + r / 4.0 };
    report.tables << table;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    QString error;
    const auto count = PdfReportWriter(report).write(path, {}, &error);
    REQUIRE(count);
    CHECK(*count > 2);
    CHECK(pages(path) == *count);
    for (int page = 2; page <= *count; ++page)
        CHECK(pageText(path, page).contains(QRegularExpression(QStringLiteral("Agent\\s+Score"))));
    const QString last = pageText(path, *count);
    CHECK(last.contains(QString::fromUtf8("상담사 120")));
    CHECK(last.contains(QStringLiteral("79.8")));
    CHECK_FALSE(pageText(path, 1).contains(QString::fromUtf8("상담사 120")));
}

TEST_CASE("PDF: a cancelled export leaves no file")
{
    Report report;
    report.tables << ReportTable { QStringLiteral("a"), QStringLiteral("A"), {}, {}, {}, {} };
    QTemporaryDir dir;
    QString error;
    CHECK_FALSE(PdfReportWriter(report).write(dir.filePath(QStringLiteral("x.pdf")), [](double) { return false; }, &error));
    CHECK(error.contains(QStringLiteral("cancelled")));
    CHECK(QDir(dir.path()).isEmpty());
}
