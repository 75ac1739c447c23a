#include "ReportFixture.h"
#include "io/CsvReader.h"
#include "reports/CsvReportWriter.h"
#include "reports/ReportBuilder.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>

#include <cmath>

using namespace qadesk;

namespace {

// Reads a written table back: the BOM, then the records as a spreadsheet would parse them.
QList<QStringList> readBack(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("\r\n"));
    QString error;
    QList<QStringList> records;
    for (const auto& record : CsvReader::parse(QString::fromUtf8(bytes.mid(3)), &error))
        records << record.fields;
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    return records;
}

// A field parsed back as its column's type equals the report's value as rounded for display.
void checkField(const ReportColumn& column, const QVariant& value, const QString& field)
{
    INFO(column.title.toStdString() << " = " << field.toStdString());
    if (value.isNull()) {
        CHECK(field.isEmpty());
        return;
    }
    switch (column.type) {
    case ColumnType::Text:
        CHECK(field == value.toString());
        break;
    case ColumnType::Integer:
        CHECK(field.toLongLong() == value.toLongLong());
        break;
    case ColumnType::Decimal:
        CHECK(std::abs(field.toDouble() - value.toDouble()) <= 0.5 * std::pow(10.0, -column.decimals) + 1e-12);
        break;
    case ColumnType::Percent:
        CHECK(std::abs(field.toDouble() - value.toDouble()) <= 0.5 * std::pow(10.0, -column.decimals - 2) + 1e-12);
        break;
    case ColumnType::Date:
        CHECK(QDate::fromString(field, Qt::ISODate) == value.toDate());
        break;
    }
}

} // namespace

TEST_CASE("CSV: one file per table that parses back to the report's figures")
{
    const test::ReportFixture f;
    QTemporaryDir dir;
    for (const auto& kind : ReportBuilder::kinds()) {
        ReportRequest request { kind.id, f.from, f.to, ScoreScope { kind.needsAgent ? f.kim : 0, 0 }, f.asOf };
        QString error;
        const auto report = ReportBuilder::build(*f.db, test::managerActor(), request, {}, &error);
        REQUIRE(report);
        const QString path = dir.filePath(kind.id + QStringLiteral(".csv"));
        const auto files = CsvReportWriter::write(*report, path, {}, &error);
        INFO(error.toStdString());
        REQUIRE(files);
        REQUIRE(files->size() == report->tables.size());
        for (int t = 0; t < report->tables.size(); ++t) {
            const ReportTable& table = report->tables.at(t);
            CHECK(files->at(t) == dir.filePath(QStringLiteral("%1-%2.csv").arg(kind.id, table.key)));
            const auto records = readBack(files->at(t));
            REQUIRE(records.size() == table.rows.size() + 1);
            for (int c = 0; c < table.columns.size(); ++c)
                CHECK(records.at(0).at(c) == table.columns.at(c).title);
            for (int r = 0; r < table.rows.size(); ++r) {
                REQUIRE(records.at(r + 1).size() == table.columns.size());
                for (int c = 0; c < table.columns.size(); ++c)
                    checkField(table.columns.at(c), table.rows.at(r).value(c), records.at(r + 1).at(c));
            }
        }
    }
    // Hangul comes through: the agent card's comments.
    const auto comments = readBack(dir.filePath(QStringLiteral("agent-comments.csv")));
    CHECK(comments.at(2).contains(QString::fromUtf8("인사 누락")));
}

TEST_CASE("CSV quotes commas, quotes and line breaks as RFC 4180 says")
{
    ReportTable table;
    table.key = QStringLiteral("t");
    table.columns = { { QStringLiteral("Note, first"), ColumnType::Text, 0 }, { QStringLiteral("Rate"), ColumnType::Percent, 1 },
                      { QStringLiteral("Points"), ColumnType::Decimal, 2 } };
    table.rows << QVariantList { QString::fromUtf8("그가 \"좋다\"고,\n말했다"), 0.87549, -3.14159 }
               << QVariantList { QString(), QVariant(), 1234567.0 };
    CHECK(CsvReportWriter::toCsv(table)
          == QString::fromUtf8("\"Note, first\",Rate,Points\r\n\"그가 \"\"좋다\"\"고,\n말했다\",0.875,-3.14\r\n,,1234567.00\r\n"));
}

TEST_CASE("CSV text that a spreadsheet would run as a formula starts with a quote, and negative numbers stay numbers")
{
    ReportTable table;
    table.key = QStringLiteral("t");
    table.columns = { { QStringLiteral("Comment"), ColumnType::Text, 0 }, { QStringLiteral("Change"), ColumnType::Decimal, 1 },
                      { QStringLiteral("Count"), ColumnType::Integer, 0 } };
    table.rows << QVariantList { QStringLiteral("=HYPERLINK(\"http://evil\",\"x\")"), -3.14159, qint64(-2) }
               << QVariantList { QStringLiteral("+82 10-****-5678"), -0.5, qint64(0) }
               << QVariantList { QStringLiteral("-5 points"), 2.0, qint64(1) }
               << QVariantList { QStringLiteral("@SUM(A1:A9)"), QVariant(), QVariant() }
               << QVariantList { QStringLiteral("\tcmd"), QVariant(), QVariant() }
               << QVariantList { QStringLiteral("a=b, -1"), QVariant(), QVariant() };
    CHECK(CsvReportWriter::toCsv(table)
          == QStringLiteral("Comment,Change,Count\r\n"
                            "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",-3.1,-2\r\n"
                            "'+82 10-****-5678,-0.5,0\r\n"
                            "'-5 points,2.0,1\r\n"
                            "'@SUM(A1:A9),,\r\n"
                            "'\tcmd,,\r\n"
                            "\"a=b, -1\",,\r\n"));
    CHECK(CsvReportWriter::field(table.columns.at(1), -12.24) == QStringLiteral("-12.2"));
    CHECK(CsvReportWriter::field(table.columns.at(0), QStringLiteral("-12.25")) == QStringLiteral("'-12.25"));
}

TEST_CASE("CSV writes nothing when cancelled and names the file it cannot write")
{
    Report report;
    report.tables << ReportTable { QStringLiteral("a"), QStringLiteral("A"), {}, {}, {}, {} };
    QTemporaryDir dir;
    QString error;
    CHECK_FALSE(CsvReportWriter::write(report, dir.filePath(QStringLiteral("r.csv")), [](double) { return false; }, &error));
    CHECK(QDir(dir.path()).isEmpty());
    CHECK(error.contains(QStringLiteral("cancelled")));
    CHECK_FALSE(CsvReportWriter::write(report, dir.filePath(QStringLiteral("missing/r.csv")), {}, &error));
    CHECK(error.contains(QStringLiteral("r-a.csv")));
}
