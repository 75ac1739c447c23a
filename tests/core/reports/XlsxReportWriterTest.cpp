#include "ReportFixture.h"
#include "reports/ReportBuilder.h"
#include "reports/XlsxReportWriter.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QProcess>
#include <QRegularExpression>

#include <sys/stat.h>

using namespace qadesk;

namespace {

// One part of the workbook's zip, as unzip (scripts/setup installs it) prints it.
QString part(const QString& workbook, const QString& name)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), { QStringLiteral("-p"), workbook, name });
    REQUIRE(unzip.waitForFinished(10000));
    INFO(name.toStdString());
    REQUIRE(unzip.exitCode() == 0);
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

// The raw value of a cell ("F5") in a sheet's XML; strings come back as their index in sharedStrings.xml.
QString cellValue(const QString& sheet, const QString& reference)
{
    const auto match = QRegularExpression(QStringLiteral("<c r=\"%1\"[^>]*><v>([^<]*)</v>").arg(reference)).match(sheet);
    INFO(reference.toStdString());
    REQUIRE(match.hasMatch());
    return match.captured(1);
}

QStringList sharedStrings(const QString& xml)
{
    QStringList strings;
    auto it = QRegularExpression(QStringLiteral("<si><t[^>]*>([^<]*)</t></si>")).globalMatch(xml);
    while (it.hasNext())
        strings << it.next().captured(1);
    return strings;
}

} // namespace

TEST_CASE("XLSX: a sheet per table with the header, number formats and the report's figures")
{
    const test::ReportFixture f;
    QString error;
    const auto report = ReportBuilder::build(*f.db, test::managerActor(), ReportRequest { QStringLiteral("team"), f.from, f.to, {}, f.asOf }, {}, &error);
    REQUIRE(report);
    QTemporaryDir dir;
    const QString path = dir.filePath(QString::fromUtf8("팀 요약.xlsx"));
    INFO(error.toStdString());
    REQUIRE(XlsxReportWriter::write(*report, path, {}, &error));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList { QString::fromUtf8("팀 요약.xlsx") });

    const QString workbook = part(path, QStringLiteral("xl/workbook.xml"));
    CHECK(workbook.contains(QStringLiteral("<sheet name=\"Teams\" sheetId=\"1\"")));
    CHECK(workbook.contains(QStringLiteral("<sheet name=\"Agents ranked\" sheetId=\"2\"")));
    CHECK(workbook.contains(QStringLiteral("<sheet name=\"Score distribution\" sheetId=\"3\"")));

    const QStringList strings = sharedStrings(part(path, QStringLiteral("xl/sharedStrings.xml")));
    for (const char* expected : { "Rank", "Agent", "Average score", "Item pass rate", "Team summary — Agents ranked" })
        CHECK(strings.contains(QString::fromUtf8(expected)));
    CHECK(strings.contains(QStringLiteral("Period 2026-10 · All teams")));

    // Agents ranked: the header is row 4, 박하늘 first (95), 김민지 second (85, pass rate 0.8 in a % cell).
    const QString sheet = part(path, QStringLiteral("xl/worksheets/sheet2.xml"));
    CHECK(strings.value(cellValue(sheet, QStringLiteral("A4")).toInt()) == QStringLiteral("Rank"));
    CHECK(strings.value(cellValue(sheet, QStringLiteral("B5")).toInt()) == QString::fromUtf8("박하늘"));
    CHECK(cellValue(sheet, QStringLiteral("F5")).toDouble() == Approx(95.0));
    CHECK(strings.value(cellValue(sheet, QStringLiteral("B6")).toInt()) == QString::fromUtf8("김민지"));
    CHECK(cellValue(sheet, QStringLiteral("F6")).toDouble() == Approx(85.0));
    CHECK(cellValue(sheet, QStringLiteral("K6")).toDouble() == Approx(0.8));
    CHECK_FALSE(QRegularExpression(QStringLiteral("<c r=\"K5\"[^>]*><v>")).match(sheet).hasMatch()); // no value: blank
    CHECK(sheet.contains(QStringLiteral("<pane ySplit=\"4\" topLeftCell=\"A5\" activePane=\"bottomLeft\" state=\"frozen\"/>")));
    CHECK(sheet.contains(QStringLiteral("<autoFilter ref=\"A4:L7\"/>")));
    CHECK(QRegularExpression(QStringLiteral("<col min=\"2\" max=\"2\" width=\"[0-9.]+\"")).match(sheet).hasMatch());

    const QString styles = part(path, QStringLiteral("xl/styles.xml"));
    CHECK(styles.contains(QStringLiteral("formatCode=\"0.0%\"")));
    CHECK(styles.contains(QStringLiteral("formatCode=\"#,##0.0\"")));
    CHECK(styles.contains(QStringLiteral("<b/>")));
    CHECK(part(path, QStringLiteral("docProps/core.xml")).contains(QStringLiteral("<dc:title>Team summary</dc:title>")));
}

TEST_CASE("XLSX sheet names are valid and unique")
{
    Report report;
    for (const char* title : { "Pass rate / team: [all]", "Pass rate / team: [all]", "History",
                               "A title far longer than Excel's thirty-one characters" })
        report.tables << ReportTable { QStringLiteral("k"), QString::fromUtf8(title), {}, {}, {}, {} };
    CHECK(XlsxReportWriter::sheetNames(report)
          == QStringList { QStringLiteral("Pass rate   team   all"), QStringLiteral("Pass rate   team   all (2)"),
                           QStringLiteral("k"), QStringLiteral("A title far longer than Excel's") });
}

TEST_CASE("XLSX leaves the old file when cancelled")
{
    const test::ReportFixture f;
    QString error;
    const auto report = ReportBuilder::build(*f.db, test::managerActor(), ReportRequest { QStringLiteral("items"), f.from, f.to, {}, f.asOf }, {}, &error);
    REQUIRE(report);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("items.xlsx"));
    QFile old(path);
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    CHECK_FALSE(XlsxReportWriter::write(*report, path, [](double) { return false; }, &error));
    CHECK(error.contains(QStringLiteral("cancelled")));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList { QStringLiteral("items.xlsx") });
    REQUIRE(old.open(QIODevice::ReadOnly));
    CHECK(old.readAll() == "old");
}

TEST_CASE("XLSX is saved with the mode of any file the user saves, not owner-only")
{
    const test::ReportFixture f;
    QString error;
    const auto report = ReportBuilder::build(*f.db, test::managerActor(), ReportRequest { QStringLiteral("items"), f.from, f.to, {}, f.asOf }, {}, &error);
    REQUIRE(report);
    QTemporaryDir dir;
    const auto modeOf = [](const QString& path) {
        struct stat status {};
        REQUIRE(::stat(QFile::encodeName(path).constData(), &status) == 0);
        return status.st_mode & 0777;
    };
    // A new file gets 0666 less the umask, as open(2) gives it.
    const mode_t previous = ::umask(022);
    CHECK(XlsxReportWriter::write(*report, dir.filePath(QStringLiteral("a.xlsx")), {}, &error));
    ::umask(027);
    CHECK(XlsxReportWriter::write(*report, dir.filePath(QStringLiteral("b.xlsx")), {}, &error));
    ::umask(022);
    // A replaced file keeps its mode.
    QFile old(dir.filePath(QStringLiteral("c.xlsx")));
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.close();
    REQUIRE(::chmod(QFile::encodeName(old.fileName()).constData(), 0640) == 0);
    CHECK(XlsxReportWriter::write(*report, old.fileName(), {}, &error));
    ::umask(previous);
    CHECK(modeOf(dir.filePath(QStringLiteral("a.xlsx"))) == 0644);
    CHECK(modeOf(dir.filePath(QStringLiteral("b.xlsx"))) == 0640);
    CHECK(modeOf(old.fileName()) == 0640);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 3);
}
